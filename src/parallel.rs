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
use std::time::Duration;

/// How long the writing thread waits on one channel before it looks at the
/// other: short enough that no result waits on a blocked read.
const TICK: Duration = Duration::from_millis(1);

/// Most items handed to the pool as one task: eight small documents are a
/// few milliseconds of work, against tens of microseconds per hand-over.
const BATCH: usize = 8;

/// Applies `f` to every item of `items` on `jobs` threads and hands the
/// results to `sink` in input order, at most `window` items in flight
/// (handed to the pool, in batches of up to `window / (2 * jobs)`, at most
/// [`BATCH`]), plus one batch read ahead and the item the reading thread
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
    std::thread::scope(|threads| {
        // Reading runs on a thread of its own: an input that blocks (a pipe
        // still open, a slow disk) never holds back the results of the
        // documents already read. It may run a batch ahead.
        let batch_max = (window / (2 * jobs)).clamp(1, BATCH);
        let (item_tx, item_rx) = sync_channel::<T>(batch_max);
        threads.spawn(move || {
            for item in items {
                if item_tx.send(item).is_err() {
                    break;
                }
            }
        });
        pool.in_place_scope(|scope| {
            // Tasks in input order, each with its number of items.
            let mut pending: VecDeque<(Receiver<Vec<R>>, usize)> = VecDeque::with_capacity(window);
            let mut in_flight = 0;
            let mut reading = true;
            loop {
                // Every result that is ready goes out, in input order.
                while let Some((front, n)) = pending.front() {
                    let n = *n;
                    match front.try_recv() {
                        Ok(rs) => {
                            pending.pop_front();
                            in_flight -= n;
                            rs.into_iter().try_for_each(&mut sink)?;
                        }
                        Err(TryRecvError::Empty) => break,
                        Err(TryRecvError::Disconnected) => {
                            pending.pop_front();
                            in_flight -= n;
                        }
                    }
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
                                    Ok(more) => batch.push(more),
                                    Err(_) => break,
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
                } else if let Some((front, n)) = pending.front() {
                    let n = *n;
                    match front.recv_timeout(TICK) {
                        Ok(rs) => {
                            pending.pop_front();
                            in_flight -= n;
                            rs.into_iter().try_for_each(&mut sink)?;
                        }
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => {
                            pending.pop_front();
                            in_flight -= n;
                        }
                    }
                }
            }
        })
    })
}

/// The number of threads to use when the user gives none: all cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;
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
        // batch read ahead and the item the reading thread holds.
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
        // Window 5 on 4 threads: batches of one, one read ahead, one held.
        assert!(worst <= 7, "{worst} items in flight");
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
