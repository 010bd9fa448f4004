//! `--jobs N` changes how fast, never what: the output of several threads
//! is byte for byte the output of one, in input order, errors included.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

fn extract(jobs: &str, format: &str, paths: &[&Path]) -> (Vec<u8>, Vec<u8>, Option<i32>) {
    let out = Command::cargo_bin("chitieu")
        .expect("binary is built")
        .arg("extract")
        .args(["--jobs", jobs, "--format", format, "--max-filesize", "64K"])
        .args(paths)
        .output()
        .expect("chitieu runs");
    (out.stdout, out.stderr, out.status.code())
}

fn fixtures() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = fs::read_dir("fixtures")
        .expect("fixtures/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

#[test]
fn four_jobs_give_the_output_of_one_on_the_fixtures() {
    let files = fixtures();
    let paths: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    for format in ["csv", "jsonl"] {
        let one = extract("1", format, &paths);
        let four = extract("4", format, &paths);
        assert!(one.0.len() > 1000, "the fixtures give records");
        assert_eq!(one, four, "--format {format}");
    }
}

#[test]
fn four_jobs_give_the_output_of_one_on_many_small_documents() {
    // Every paragraph of every fixture as a document of its own, so that
    // hundreds of uneven documents race through the pool; one file that is
    // too large to read must keep its place in the error stream and the
    // exit code.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut n = 0;
    for f in fixtures() {
        let text = fs::read_to_string(&f).expect("fixture reads");
        for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            fs::write(dir.path().join(format!("{n:05}.txt")), para).expect("write");
            n += 1;
        }
    }
    // A file past the --max-filesize given below.
    fs::write(dir.path().join("00050-bad.txt"), "12/10 ".repeat(20_000)).expect("write");
    assert!(n > 100, "{n} documents");
    let one = extract("1", "jsonl", &[dir.path()]);
    let four = extract("4", "jsonl", &[dir.path()]);
    assert!(!one.0.is_empty());
    assert_eq!(one.2, Some(2), "a failed input exits 2");
    assert_eq!(one, four);
    // Progress goes to a terminal only: piped stderr holds just the error.
    let stderr = String::from_utf8_lossy(&four.1);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("00050-bad.txt"));
}

#[test]
fn zero_jobs_is_a_usage_error() {
    let (_, _, code) = extract("0", "csv", &[Path::new("fixtures")]);
    assert_eq!(code, Some(2));
}
