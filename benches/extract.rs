//! Extraction throughput of each fixture, in MB/s (`cargo bench`).
//!
//! Times `chitieu::extract` on an already-normalised document, so reading
//! and writing are left out; the end-to-end figure is in README
//! "Performance". The default run is kept short (a few seconds per
//! fixture); pass criterion's `--measurement-time` for steadier numbers.

use std::fs;
use std::time::Duration;

use chitieu::{Document, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn fixtures(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut group = c.benchmark_group("extract");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    for p in paths {
        let text = fs::read_to_string(&p).expect("fixture is UTF-8");
        let name = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let doc = Document::new(name.clone(), &text);
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| chitieu::extract(&doc, &Options::default()))
        });
    }
    group.finish();
}

criterion_group!(benches, fixtures);
criterion_main!(benches);
