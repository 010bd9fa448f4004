//! An ordered parallel map over a lazy iterator, with bounded buffering.
//!
//! Archives are processed on every core, yet output must come out in input
//! order, byte-identical to a one-thread run, and memory must stay bounded
//! by the items in flight rather than by the size of the input. The calling
//! thread pulls items from the iterator and hands each to a rayon pool; at
//! most `window` items are in flight (queued, running, or done but not yet
//! consumed), and results reach the sink strictly in input order. Because
//! the calling thread does the pulling and the sinking, reading the inputs
//! and writing the output overlap with the work on the pool.

use std::collections::VecDeque;
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, TryRecvError};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// How long the writing thread waits on one channel before it looks at the
/// other: short enough that no result waits on a blocked read.
const TICK: Duration = Duration::from_millis(1);

/// Most items handed to the pool as one task: sixteen small documents are
/// a few milliseconds of work, against tens of microseconds per hand-over
/// (with eight, a two-job run of the 200 MB corpus switched threads about
/// 6,000 times; with sixteen and the wait below, about 3,000).
const BATCH: usize = 16;

/// Applies `f` to every item of `items` on `jobs` threads and hands the
/// results to `sink` in input order, at most `window` items in flight
/// (handed to the pool, in batches of up to `window / (2 * jobs)`, at most
/// [`BATCH`]), plus two batches read ahead and the item the reading thread
/// holds.
///
/// With `jobs <= 1` everything runs on the calling thread, one item at a
/// time, with no pool. The first error of `sink` stops the run (items in
/// flight finish, their results are dropped) and is returned; so is a pool
/// that cannot be built. A panic in `f` is propagated.
pub fn for_each_ordered<I, T, R, F, S, E>(
    items: I,
    jobs: usize,
    window: usize,
    f: F,
    mut sink: S,
) -> Result<(), E>
where
    I: IntoIterator<Item = T>,
    I::IntoIter: Send,
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync,
    S: FnMut(R) -> Result<(), E>,
    E: From<rayon::ThreadPoolBuildError>,
{
    if jobs <= 1 {
        for item in items {
            sink(f(item))?;
        }
        return Ok(());
    }
    let window = window.max(1);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let f = &f;
    let items = items.into_iter();
    // Reading runs on a thread of its own: an input that blocks (a pipe
    // still open, a slow disk) never holds back the results of the
    // documents already read. It may run two batches ahead.
    let batch_max = (window / (2 * jobs)).clamp(1, BATCH);
    let queue = Queue::new(2 * batch_max);
    std::thread::scope(|threads| {
        let reader = &queue;
        threads.spawn(move || {
            // Closes the queue however reading ends, a panic included.
            let _closer = Closer(reader);
            for item in items {
                if !reader.push(item) {
                    break;
                }
            }
        });
        // Lets a blocked reader go however this thread leaves.
        let _gone = Gone(&queue);
        let item_rx = &queue;
        pool.in_place_scope(|scope| {
            // Tasks in input order, each with its number of items.
            let mut pending: VecDeque<(Receiver<Vec<R>>, usize)> = VecDeque::with_capacity(window);
            let mut in_flight = 0;
            let mut reading = true;
            loop {
                // Every result that is ready goes out, in input order.
                while let Some(results) =
                    pending
                        .front()
                        .and_then(|(front, _)| match front.try_recv() {
                            Ok(rs) => Some(Some(rs)),
                            Err(TryRecvError::Empty) => None,
                            Err(TryRecvError::Disconnected) => Some(None),
                        })
                {
                    retire(&mut pending, &mut in_flight, results, &mut sink)?;
                }
                if !reading && pending.is_empty() {
                    return Ok(());
                }
                if reading && in_flight < window {
                    match item_rx.recv_timeout(TICK) {
                        Ok(item) => {
                            // The items already read go to the pool as one
                            // task: a hand-over per small document cost more
                            // in wake-ups than its work. Never waits for more.
                            let mut batch = vec![item];
                            while batch.len() < batch_max.min(window - in_flight) {
                                match item_rx.try_recv() {
                                    Some(more) => batch.push(more),
                                    None => break,
                                }
                            }
                            let batch_len = batch.len();
                            let (tx, rx) = sync_channel(1);
                            scope.spawn(move |_| {
                                let _ = tx.send(batch.into_iter().map(f).collect());
                            });
                            in_flight += batch_len;
                            pending.push_back((rx, batch_len));
                        }
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => reading = false,
                    }
                } else if let Some((front, _)) = pending.front() {
                    // The window is full (or reading is over): nothing can
                    // happen before the oldest task is done, so wait for it
                    // alone. (Waking every tick to look again preempted a
                    // worker a few times per task.)
                    let results = front.recv().ok();
                    retire(&mut pending, &mut in_flight, results, &mut sink)?;
                }
            }
        })
    })
}

/// Retires the oldest task: its results go to `sink`, in order; a task
/// that ended without them (it panicked; the scope will say so) gives
/// none.
fn retire<R, E>(
    pending: &mut VecDeque<(Receiver<Vec<R>>, usize)>,
    in_flight: &mut usize,
    results: Option<Vec<R>>,
    sink: &mut impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    if let Some((_, n)) = pending.pop_front() {
        *in_flight -= n;
    }
    results.into_iter().flatten().try_for_each(sink)
}

/// A bounded queue from the reading thread to the calling thread. The
/// reader, once the queue is full, is woken only when it has drained to
/// half: with a channel, every item taken woke it, and that hand-over cost
/// more than reading a small file.
struct Queue<T> {
    state: Mutex<QueueState<T>>,
    /// Signalled when an item arrives or reading ends.
    filled: Condvar,
    /// Signalled when the queue has drained to half, or the taker is gone.
    drained: Condvar,
    cap: usize,
}

struct QueueState<T> {
    items: VecDeque<T>,
    /// The reader is done.
    closed: bool,
    /// The taker is gone: the reader stops.
    gone: bool,
}

impl<T> Queue<T> {
    fn new(cap: usize) -> Self {
        Queue {
            state: Mutex::new(QueueState {
                items: VecDeque::with_capacity(cap),
                closed: false,
                gone: false,
            }),
            filled: Condvar::new(),
            drained: Condvar::new(),
            cap: cap.max(1),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, QueueState<T>> {
        // A panic while holding the lock leaves plain data: go on with it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds an item, waiting while the queue is full; `false` once the
    /// taker is gone.
    fn push(&self, item: T) -> bool {
        let mut s = self.lock();
        while s.items.len() >= self.cap && !s.gone {
            s = self.drained.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        if s.gone {
            return false;
        }
        s.items.push_back(item);
        if s.items.len() == 1 {
            self.filled.notify_one();
        }
        true
    }

    /// Takes an item if there is one.
    fn try_recv(&self) -> Option<T> {
        self.pop(&mut self.lock())
    }

    /// Takes the first item, waking the reader when that drains the queue
    /// to half.
    fn pop(&self, s: &mut QueueState<T>) -> Option<T> {
        let item = s.items.pop_front();
        if item.is_some() && s.items.len() == self.cap / 2 {
            self.drained.notify_one();
        }
        item
    }

    /// Takes an item, waiting at most `wait` for one.
    fn recv_timeout(&self, wait: Duration) -> Result<T, RecvTimeoutError> {
        let mut s = self.lock();
        if s.items.is_empty() && !s.closed {
            s = self
                .filled
                .wait_timeout(s, wait)
                .map(|(s, _)| s)
                .unwrap_or_else(|e| e.into_inner().0);
        }
        match self.pop(&mut s) {
            Some(item) => Ok(item),
            None if s.closed => Err(RecvTimeoutError::Disconnected),
            None => Err(RecvTimeoutError::Timeout),
        }
    }
}

/// Closes the queue when the reading thread ends.
struct Closer<'a, T>(&'a Queue<T>);

impl<T> Drop for Closer<'_, T> {
    fn drop(&mut self) {
        self.0.lock().closed = true;
        self.0.filled.notify_all();
    }
}

/// Releases the reader when the taking thread leaves.
struct Gone<'a, T>(&'a Queue<T>);

impl<T> Drop for Gone<'_, T> {
    fn drop(&mut self) {
        self.0.lock().gone = true;
        self.0.drained.notify_all();
    }
}

/// The number of threads to use when the user gives none: all cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::AssertUnwindSafe;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Debug, PartialEq)]
    enum Err {
        Pool,
        Stop,
    }

    impl From<rayon::ThreadPoolBuildError> for Err {
        fn from(_: rayon::ThreadPoolBuildError) -> Self {
            Err::Pool
        }
    }

    fn run(jobs: usize, window: usize, n: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for_each_ordered(
            0..n,
            jobs,
            window,
            |i| {
                // Uneven work, so later items often finish first.
                if i % 7 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                i * i
            },
            |r| {
                out.push(r);
                Ok::<(), Err>(())
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn results_come_out_in_input_order_whatever_finishes_first() {
        let want: Vec<usize> = (0..200).map(|i| i * i).collect();
        assert_eq!(run(1, 1, 200), want);
        assert_eq!(run(4, 3, 200), want);
        assert_eq!(run(3, 64, 200), want);
        assert_eq!(run(2, 0, 200), want);
        assert_eq!(run(4, 8, 0), Vec::<usize>::new());
    }

    #[test]
    fn items_run_at_the_same_time() {
        // Eight 50 ms waits on four threads: about 100 ms, not 400 ms
        // (waits, not work, so a busy machine does not make this flaky).
        let start = std::time::Instant::now();
        let mut n = 0;
        for_each_ordered(
            0..8,
            4,
            8,
            |_| std::thread::sleep(std::time::Duration::from_millis(50)),
            |()| {
                n += 1;
                Ok::<(), Err>(())
            },
        )
        .unwrap();
        assert_eq!(n, 8);
        let took = start.elapsed();
        assert!(took < std::time::Duration::from_millis(300), "{took:?}");
    }

    #[test]
    fn no_more_than_the_window_is_in_flight() {
        // Items pulled but not yet sunk never exceed the window, plus the
        // two batches read ahead and the item the reading thread holds.
        let pulled = AtomicUsize::new(0);
        let mut sunk = 0;
        let mut worst = 0;
        let items = (0..500).inspect(|_| {
            pulled.fetch_add(1, Ordering::SeqCst);
        });
        for_each_ordered(
            items,
            4,
            5,
            |i| i,
            |_| {
                sunk += 1;
                worst = worst.max(pulled.load(Ordering::SeqCst) - sunk);
                Ok::<(), Err>(())
            },
        )
        .unwrap();
        assert_eq!(sunk, 500);
        // Window 5 on 4 threads: batches of one, two read ahead, one held.
        assert!(worst <= 8, "{worst} items in flight");
    }

    #[test]
    fn a_reader_that_panics_ends_the_run_with_its_panic() {
        // The reading thread's queue is closed however it ends: the run
        // does not wait forever for items that will never come.
        let items = (0..100).inspect(|&i| assert!(i < 10, "the input broke"));
        let run = std::panic::catch_unwind(AssertUnwindSafe(|| {
            for_each_ordered(items, 2, 4, |i| i, |_| Ok::<(), Err>(()))
        }));
        assert!(run.is_err());
    }

    #[test]
    fn a_worker_that_panics_ends_the_run_with_its_panic() {
        // A task that dies sends no results: it is retired, the run goes
        // on to the end, and the panic reaches the caller.
        let mut sunk = Vec::new();
        let run = std::panic::catch_unwind(AssertUnwindSafe(|| {
            for_each_ordered(
                0..100,
                2,
                4,
                |i| {
                    assert!(i != 50, "the work broke");
                    i
                },
                |i| {
                    sunk.push(i);
                    Ok::<(), Err>(())
                },
            )
        }));
        assert!(run.is_err());
        assert!(!sunk.contains(&50));
        assert!(sunk.windows(2).all(|w| w[0] < w[1]), "in order");
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let mut seen = 0;
        let r = for_each_ordered(
            0..1000,
            2,
            4,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 {
                    Err(Err::Stop)
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(r, Err(Err::Stop));
        assert_eq!(seen, 11);
    }
}
