//! Folder walks that read articles and nothing else (SPEC §4): symbolic
//! links not followed (unless `--follow`, and loops then caught), only
//! regular files (no FIFO, no device), hidden files skipped, only the known
//! types (`--type`, `--glob` change that), binaries skipped quietly in
//! folders but named when given, a size cap, never the `-o` file. Also how
//! each file is read (`--input auto` by extension and content) and how
//! odd file names are named.

#![cfg(unix)]

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

const GOOD: &str =
    "LĐLĐ quận Thanh Xuân:\n\nNăm 2016, LĐLĐ quận đã kết nạp 2134/1800 đoàn viên (đạt 128,56%).\n";

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs chitieu in `cwd`; a hang (the FIFO read) is cut after 60 s and
/// fails the test rather than the suite.
fn run(cwd: &Path, args: &[&str]) -> Run {
    let out = Command::cargo_bin("chitieu")
        .expect("binary built")
        .current_dir(cwd)
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The `doc` of every JSON Lines record.
fn docs(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["doc"].as_str().expect("doc").to_string()
        })
        .collect()
}

/// A folder `L` with one article.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("L")).expect("mkdir");
    fs::write(dir.path().join("L/a.txt"), GOOD).expect("write");
    dir
}

/// `ln -s . L/s; ln -s .. L/u` wrote 3.3 GB in 120 s; `ln -s . self`
/// repeated every record 41 times. Not followed: one record, exit 0.
#[test]
fn symlink_loops_and_self_links_are_not_followed() {
    let dir = corpus();
    symlink(".", dir.path().join("L/s")).expect("symlink");
    symlink("..", dir.path().join("L/u")).expect("symlink");
    symlink("a.txt", dir.path().join("L/self.txt")).expect("symlink");
    let r = run(dir.path(), &["extract", "--format", "jsonl", "L"]);
    assert_eq!((r.code, r.stderr.as_str()), (Some(0), ""));
    assert_eq!(docs(&r.stdout), ["L/a.txt"]);
}

/// With `--follow` the links are followed and each loop is reported
/// (exit 2), once, and the walk ends.
#[test]
fn followed_loops_are_reported_and_end() {
    let dir = corpus();
    symlink(".", dir.path().join("L/s")).expect("symlink");
    let r = run(
        dir.path(),
        &["extract", "--format", "jsonl", "--follow", "L"],
    );
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("loop"), "{}", r.stderr);
    assert_eq!(docs(&r.stdout), ["L/a.txt"]);
}

/// A FIFO held the run (and the documents before it) forever; a symlink
/// to `/dev/zero` grew to 5 GB. In a folder only regular files are read.
#[test]
fn fifos_and_devices_in_a_folder_are_skipped() {
    let dir = corpus();
    let fifo = dir.path().join("L/b.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    symlink("/dev/zero", dir.path().join("L/zero.txt")).expect("symlink");
    for follow in [false, true] {
        let mut args = vec!["extract", "--format", "jsonl", "L"];
        if follow {
            args.push("--follow");
        }
        let r = run(dir.path(), &args);
        assert_eq!((r.code, r.stderr.as_str()), (Some(0), ""), "{args:?}");
        assert_eq!(docs(&r.stdout), ["L/a.txt"], "{args:?}");
    }
}

/// `/dev/zero` named on the command line is read, up to the size cap:
/// an error naming it, not a run that fills the memory.
#[test]
fn an_endless_file_given_by_name_stops_at_the_size_cap() {
    let dir = corpus();
    let r = run(
        dir.path(),
        &["extract", "--max-filesize", "1M", "/dev/zero", "L/a.txt"],
    );
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("/dev/zero: larger than the 1 MiB limit"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("L/a.txt"));
}

/// A folder's `.png`, `.pdf`, `.xlsx` and other files were read as
/// articles (junk rows, or a "binary file" error on every run); hidden
/// files too. Now only the known types; a binary `.txt` in a folder is
/// skipped quietly, and named when given on the command line.
#[test]
fn only_known_types_are_read_and_binaries_skipped_quietly() {
    let dir = corpus();
    let l = dir.path().join("L");
    fs::write(l.join("x.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    fs::write(l.join("y.pdf"), b"%PDF-1.4\n2134/1800 \0\0").expect("write");
    fs::write(l.join("z.xlsx"), b"PK\x03\x04\0\0").expect("write");
    fs::write(l.join("notes.md"), GOOD).expect("write");
    fs::write(l.join(".draft.txt"), GOOD).expect("write");
    fs::write(l.join("bin.txt"), b"ab\0\0\0cd").expect("write");
    fs::write(l.join("B.TXT"), GOOD).expect("write");
    let r = run(dir.path(), &["extract", "--format", "jsonl", "L"]);
    assert_eq!((r.code, r.stderr.as_str()), (Some(0), ""));
    assert_eq!(docs(&r.stdout), ["L/B.TXT", "L/a.txt"]);
    // Given by name, the binary file is an error naming it.
    let r = run(dir.path(), &["extract", "L/bin.txt", "L/a.txt"]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.starts_with("chitieu: L/bin.txt: binary file"),
        "{}",
        r.stderr
    );
    // --glob reads what it matches, whatever the extension; `!` leaves out.
    let r = run(
        dir.path(),
        &["extract", "--format", "jsonl", "-g", "*.md", "L"],
    );
    assert_eq!(docs(&r.stdout), ["L/notes.md"]);
    let r = run(
        dir.path(),
        &["extract", "--format", "jsonl", "-g", "!a.*", "L"],
    );
    assert_eq!(docs(&r.stdout), ["L/B.TXT"]);
    // --type picks among the known types.
    fs::write(l.join("p.html"), format!("<p>{GOOD}</p>")).expect("write");
    let r = run(
        dir.path(),
        &["extract", "--format", "jsonl", "-t", "html", "L"],
    );
    assert_eq!(docs(&r.stdout), ["L/p.html"]);
}

/// A folder holding the `-o` file: `report corpus -o corpus/r.html` run
/// twice read its own old report back (1 → 2 documents), and `extract`
/// its own `out.csv`.
#[test]
fn the_output_file_is_never_read_from_a_folder() {
    let dir = corpus();
    for _ in 0..2 {
        let r = run(dir.path(), &["report", "L", "-o", "L/r.html"]);
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        assert!(r.stderr.contains("1 document"), "{}", r.stderr);
    }
    for _ in 0..2 {
        let r = run(
            dir.path(),
            &[
                "extract",
                "-g",
                "*.txt",
                "-g",
                "*.csv",
                "L",
                "-o",
                "L/out.csv",
            ],
        );
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        let csv = fs::read_to_string(dir.path().join("L/out.csv")).expect("read");
        assert_eq!(csv.lines().count(), 2, "header and one record: {csv}");
    }
}

/// `--input text` forces text even for `.html` (it was read as HTML);
/// `--input auto` reads a page saved by a browser as HTML whatever its
/// name (it was read as text).
#[test]
fn input_kind_forces_and_auto_sniffs() {
    let dir = corpus();
    let page = format!(
        "<!-- saved from url=(0040)https://example.vn/tin -->\n<html><body><nav>Trang chủ</nav>\
         <article><p>{}</p></article></body></html>",
        GOOD.trim_end()
    );
    fs::write(dir.path().join("L/page.txt"), &page).expect("write");
    fs::write(dir.path().join("L/page.html"), &page).expect("write");
    let quote = |args: &[&str]| -> Vec<String> {
        run(dir.path(), args)
            .stdout
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("json");
                v["quote"].as_str().expect("quote").to_string()
            })
            .collect()
    };
    for f in ["L/page.txt", "L/page.html"] {
        let auto = quote(&["extract", "--format", "jsonl", f]);
        assert_eq!(auto.len(), 1, "{f}");
        assert!(!auto[0].contains('<'), "{f}: read as HTML: {auto:?}");
        let text = quote(&["extract", "--format", "jsonl", "--input", "text", f]);
        assert!(
            text.iter().any(|q| q.contains("</p>")),
            "{f}: forced text: {text:?}"
        );
    }
}

/// Two files whose names differ only in a byte that is not UTF-8 were
/// both named `�…` (one `doc` for two files); and a name holding an
/// escape code went raw to the terminal in the error line.
#[test]
fn odd_file_names_stay_distinct_and_are_escaped_on_stderr() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = corpus();
    let l = dir.path().join("L");
    fs::write(l.join(OsStr::from_bytes(b"x\xff.txt")), GOOD).expect("write");
    fs::write(l.join(OsStr::from_bytes(b"x\xfe.txt")), GOOD).expect("write");
    let r = run(dir.path(), &["extract", "--format", "jsonl", "L"]);
    assert_eq!(r.code, Some(0));
    assert_eq!(docs(&r.stdout), ["L/a.txt", "L/x\\xFE.txt", "L/x\\xFF.txt"]);
    let evil = "bad\x1b[31m.txt";
    fs::write(l.join(evil), b"\0\0\0").expect("write");
    let r = run(dir.path(), &["extract", &format!("L/{evil}")]);
    assert_eq!(r.code, Some(2));
    assert!(!r.stderr.contains('\x1b'), "{:?}", r.stderr);
    assert!(r.stderr.contains("bad\\u{1b}[31m.txt"), "{:?}", r.stderr);
}

/// A file past `--max-filesize` is an error naming it and the limit; the
/// other inputs are still read. A bad size is a usage error.
#[test]
fn the_size_cap_is_a_clear_error() {
    let dir = corpus();
    fs::write(dir.path().join("L/big.txt"), GOOD.repeat(100)).expect("write");
    let r = run(dir.path(), &["extract", "--max-filesize", "2K", "L"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(
        r.stderr,
        "chitieu: L/big.txt: larger than the 2 KiB limit: not read (raise it with --max-filesize)\n"
    );
    assert!(r.stdout.contains("L/a.txt"));
    let r = run(dir.path(), &["extract", "--max-filesize", "lots", "L"]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("not a size"), "{}", r.stderr);
}
