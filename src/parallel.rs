//! An ordered parallel map over a lazy iterator, with bounded buffering.
//!
//! Archives are processed on every core, yet output must come out in input
//! order, byte-identical to a one-thread run, and memory must stay bounded
//! by the items in flight rather than by the size of the input. A small
//! pipeline of crossbeam channels: a reading thread pulls the items (an
//! input that blocks never holds back the results already done), `jobs`
//! workers map them, and the calling thread puts the results back in input
//! order and hands them to the sink, so reading, work and writing overlap.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};

use crossbeam_channel::{bounded, unbounded, Receiver, Sender};

/// Most items a worker takes at once: sixteen small documents are a few
/// milliseconds of work, against tens of microseconds per hand-over; one
/// wake-up per document made a two-job run of the 200 MB bench corpus
/// twice as slow on a busy two-core machine.
const BATCH: usize = 16;

/// Most worker threads, whatever `--jobs` asks: past the cores they only
/// cost memory (`--jobs 65535` started 15,000 threads and never ended).
pub const MAX_JOBS: usize = 64;

/// Applies `f` to every item of `items` on `jobs` threads (at most
/// [`MAX_JOBS`]) and hands the results to `sink` in input order, at most
/// `window` items in flight (read, being mapped, or done but waiting for
/// an earlier one).
///
/// With `jobs <= 1` everything runs on the calling thread, one item at a
/// time. The first error of `sink` stops the run (items in flight are
/// dropped) and is returned. A panic in `f` or in the iterator is
/// propagated to the caller.
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
{
    let jobs = jobs.min(MAX_JOBS);
    if jobs <= 1 {
        for item in items {
            sink(f(item))?;
        }
        return Ok(());
    }
    let window = window.max(1);
    let items = items.into_iter();
    let f = &f;
    // A token per item that may be in flight: the reader takes one before
    // it reads an item, the sink gives it back.
    let (token_tx, token_rx) = bounded::<()>(window);
    for _ in 0..window {
        let _ = token_tx.send(());
    }
    let (work_tx, work_rx) = bounded::<(usize, T)>(window);
    let (done_tx, done_rx) = unbounded::<Vec<(usize, std::thread::Result<R>)>>();
    // Small enough that every worker gets a share of the window.
    let batch_max = (window / (2 * jobs)).clamp(1, BATCH);
    std::thread::scope(|threads| {
        threads.spawn(move || {
            for (i, item) in items.enumerate() {
                // No token: the sink stopped.
                if token_rx.recv().is_err() || work_tx.send((i, item)).is_err() {
                    break;
                }
            }
        });
        for _ in 0..jobs {
            let (work_rx, done_tx) = (work_rx.clone(), done_tx.clone());
            threads.spawn(move || work(&work_rx, &done_tx, f, batch_max));
        }
        drop((work_rx, done_tx));
        // Owned here, so that leaving (an error, a panic) closes them and
        // the other threads end.
        let (token_tx, done_rx) = (token_tx, done_rx);
        let mut held = BTreeMap::new();
        let mut next = 0;
        for done in &done_rx {
            held.extend(done);
            while let Some(r) = held.remove(&next) {
                next += 1;
                match r {
                    Ok(r) => sink(r)?,
                    Err(payload) => panic::resume_unwind(payload),
                }
                let _ = token_tx.send(());
            }
        }
        Ok(())
    })
}

/// A worker: maps the items it receives, in batches of what has already
/// been read (at most `batch_max`), and sends each batch's results with
/// their places until either channel closes.
fn work<T, R, F>(
    work_rx: &Receiver<(usize, T)>,
    done_tx: &Sender<Vec<(usize, std::thread::Result<R>)>>,
    f: &F,
    batch_max: usize,
) where
    F: Fn(T) -> R + Sync,
{
    for first in work_rx {
        // The items already read, at once; never waits for more.
        let batch: Vec<(usize, T)> = std::iter::once(first)
            .chain(work_rx.try_iter().take(batch_max - 1))
            .collect();
        // A panic goes to the calling thread with its place, which
        // re-raises it: a lost result would stall the order.
        let done = batch
            .into_iter()
            .map(|(i, item)| (i, panic::catch_unwind(AssertUnwindSafe(|| f(item)))))
            .collect();
        if done_tx.send(done).is_err() {
            break;
        }
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
        Stop,
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
        // Four items that each wait until all four have started: they can
        // only finish if four threads run them at once (a run on fewer
        // would never end, so the waits give up after a while and the
        // count of those that saw all four says which happened).
        let started = AtomicUsize::new(0);
        let mut all_four = 0;
        for_each_ordered(
            0..4,
            4,
            4,
            |_| {
                started.fetch_add(1, Ordering::SeqCst);
                for _ in 0..2000 {
                    if started.load(Ordering::SeqCst) == 4 {
                        return true;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                false
            },
            |saw| {
                all_four += usize::from(saw);
                Ok::<(), Err>(())
            },
        )
        .unwrap();
        assert_eq!(all_four, 4);
    }

    /// `--jobs 65535` started 15,000 threads and never ended: at most
    /// [`MAX_JOBS`] run at once.
    #[test]
    fn no_more_than_max_jobs_threads_run() {
        let running = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let mut n = 0;
        for_each_ordered(
            0..500,
            65_535,
            1000,
            |_| {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(1));
                running.fetch_sub(1, Ordering::SeqCst);
            },
            |()| {
                n += 1;
                Ok::<(), Err>(())
            },
        )
        .unwrap();
        assert_eq!(n, 500);
        assert!(most.load(Ordering::SeqCst) <= MAX_JOBS);
    }

    #[test]
    fn no_more_than_the_window_is_in_flight() {
        // Items pulled but not yet sunk never exceed the window (plus the
        // one the reading thread holds).
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
        // The window, and the one item the reader holds waiting for a
        // token.
        assert!(worst <= 6, "{worst} items in flight");
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
        // The panic reaches the caller at its place in the order: every
        // result before it is sunk, in order, none after.
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
