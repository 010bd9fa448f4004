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

/// Inputs that were quadratic (issue 15): 100k nested `<div>` (1.1 MB;
/// 36 s before the depth cap) through the HTML reader, and one 1 MB
/// sentence without full stops (72 s reported) through the extraction.
/// Each must take well under 2 s; criterion prints the time.
fn pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    let n = 100_000;
    let page = format!(
        "<html><body>{}<p>Kết nạp 2134/1800 đoàn viên.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("html_100k_nested_divs", |b| {
        b.iter(|| chitieu::html::main_text(&page))
    });
    let clause = "LĐLĐ quận kết nạp 2134/1800 đoàn viên (đạt 128,56%), chiếm gần 40% tổng số, ";
    let sentence = clause.repeat((1 << 20) / clause.len());
    let doc = Document::new("s", sentence);
    group.throughput(Throughput::Bytes(doc.text.len() as u64));
    group.bench_function("one_1mb_sentence", |b| {
        b.iter(|| chitieu::extract(&doc, &Options::default()))
    });
    group.finish();
}

criterion_group!(benches, fixtures, pathological);
criterion_main!(benches);
