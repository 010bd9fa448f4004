//! Output that cannot destroy what it reads or lose what it had (SPEC §4):
//! `-o` naming an input is refused before anything is written, `-o` files
//! are replaced only when the run completes, `-o -` is standard output for
//! every command and format, and a write error on any output (the help and
//! the completion scripts included) is exit status 2 with a message, never
//! a panic.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;

const GOOD: &str =
    "LĐLĐ quận Thanh Xuân:\n\nNăm 2016, LĐLĐ quận đã kết nạp 2134/1800 đoàn viên (đạt 128,56%).\n";

fn chitieu(cwd: &Path) -> Command {
    let mut c = Command::cargo_bin("chitieu").expect("binary built");
    c.current_dir(cwd);
    c
}

fn with_good() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("b.txt"), GOOD).expect("write");
    dir
}

/// `/dev/full`, opened for writing: every write fails, no space left.
fn dev_full() -> fs::File {
    fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full")
}

/// The binary run in `dir` with `args`, its stdout and stderr given.
fn run_with(dir: &Path, args: &[&str], stdout: Stdio, stderr: Stdio) -> std::process::Output {
    StdCommand::new(env!("CARGO_BIN_EXE_chitieu"))
        .args(args)
        .current_dir(dir)
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .expect("runs")
}

/// The names in a folder, sorted: no temporary file may be left behind.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `extract -o X X` (and under another name of X, and `report`) used to
/// truncate X before reading it: an empty input, exit 0. Now X is
/// byte-identical, exit 2, and the message names it.
#[test]
fn an_output_that_is_an_input_is_refused_and_left_byte_identical() {
    let dir = with_good();
    let cases: [&[&str]; 4] = [
        &["extract", "--format", "jsonl", "-o", "b.txt", "b.txt"],
        &["extract", "-o", "./b.txt", "other.txt", "b.txt"],
        &["extract", "--format", "xlsx", "-o", "b.txt", "b.txt"],
        &["report", "b.txt", "-o", "b.txt"],
    ];
    fs::write(dir.path().join("other.txt"), GOOD).expect("write");
    for args in cases {
        let out = chitieu(dir.path()).args(args).output().expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("b.txt") && stderr.contains("also an input"),
            "{args:?}: {stderr}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(
            fs::read(dir.path().join("b.txt")).expect("read"),
            GOOD.as_bytes(),
            "{args:?}"
        );
        assert_eq!(listing(dir.path()), ["b.txt", "other.txt"], "{args:?}");
    }
}

/// `-o -` is standard output for every command and format (extract wrote
/// a file named `-`).
#[test]
fn dash_is_standard_output_everywhere() {
    let dir = with_good();
    for (args, starts) in [
        (&["extract", "-o", "-", "b.txt"][..], &b"doc,line"[..]),
        (
            &["extract", "--format", "jsonl", "-o", "-", "b.txt"],
            b"{\"doc\"",
        ),
        (&["extract", "--format", "xlsx", "-o", "-", "b.txt"], b"PK"),
        (&["report", "b.txt", "-o", "-"], b"<!DOCTYPE html>"),
    ] {
        let out = chitieu(dir.path()).args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(out.stdout.starts_with(starts), "{args:?}");
        assert_eq!(listing(dir.path()), ["b.txt"], "{args:?}");
    }
}

/// A run that writes `-o` replaces the file whole and leaves no
/// temporary file; a run that cannot finish (here: its output folder is
/// gone) leaves the old file as it was. The mode of the old file is kept.
#[test]
fn the_output_file_is_replaced_whole_or_not_at_all() {
    let dir = with_good();
    let out = dir.path().join("out.csv");
    fs::write(&out, "old contents\n").expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&out, fs::Permissions::from_mode(0o640)).expect("chmod");
    }
    chitieu(dir.path())
        .args(["extract", "-o", "out.csv", "b.txt"])
        .assert()
        .code(0);
    let csv = fs::read_to_string(&out).expect("read");
    assert!(csv.starts_with("doc,line") && csv.contains("2134"), "{csv}");
    assert_eq!(listing(dir.path()), ["b.txt", "out.csv"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&out).expect("stat").permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
}

/// A missing `-o` folder: one line, the OS reason once (it was printed
/// twice), exit 2, and nothing on stdout.
/// `-o` naming no regular file (a FIFO here; `/dev/null` alike) is
/// written in place: renaming a finished file over it, as for a regular
/// file, once put a regular file where root's `/dev/null` was.
#[test]
#[cfg(unix)]
fn an_output_that_is_a_fifo_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = with_good();
    let fifo = dir.path().join("pipe");
    let made = StdCommand::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // The reader sends what it read; had the FIFO been renamed over, it
    // would wait for a writer forever, so the test waits a while only.
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut got = String::new();
            let read = fs::File::open(&fifo).and_then(|mut f| f.read_to_string(&mut got));
            let _ = tx.send(read.map(|_| got));
        });
    }
    chitieu(dir.path())
        .args(["extract", "-o", "pipe", "b.txt"])
        .assert()
        .success();
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the fifo was written")
        .expect("read the fifo");
    assert!(got.starts_with("doc,line,"), "{got}");
    assert!(got.contains("2134"), "{got}");
    let meta = fs::symlink_metadata(&fifo).expect("still there");
    assert!(meta.file_type().is_fifo(), "{meta:?}");
    assert_eq!(listing(dir.path()), ["b.txt", "pipe"]);
}

#[test]
fn a_missing_output_folder_is_one_clear_line() {
    let dir = with_good();
    let out = chitieu(dir.path())
        .args(["extract", "-o", "no/such/out.csv", "b.txt"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(stderr.matches("No such file").count(), 1, "{stderr}");
    assert!(stderr.contains("no/such/out.csv"), "{stderr}");
    assert!(!stderr.contains(".tmp"), "{stderr}");
}

/// Writing into a full disk (`/dev/full`): every command and the help,
/// version and completion scripts exit 2 with a message, never a panic
/// (`--help > /dev/full` exited 0).
#[test]
#[cfg(target_os = "linux")]
fn a_full_disk_is_exit_2_everywhere() {
    let dir = with_good();
    let cases: [&[&str]; 8] = [
        &["--help"],
        &["extract", "--help"],
        &["--version"],
        &["completions", "zsh"],
        &["man"],
        &["extract", "b.txt"],
        &["extract", "--format", "jsonl", "b.txt"],
        &["check", "--all", "b.txt"],
    ];
    for args in cases {
        let out = run_with(dir.path(), args, dev_full().into(), Stdio::piped());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("No space left"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// `chitieu completions zsh | head -c 10` panicked in clap_complete: a
/// reader that goes away is now the quiet end it is for every command.
#[test]
fn a_closed_pipe_after_a_completion_script_is_no_panic() {
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_chitieu"))
        .args(["completions", "zsh"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut head = [0u8; 10];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut head)
        .expect("ten bytes");
    // The pipe's reader is dropped here.
    let out = child.wait_with_output().expect("waits");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// An xlsx workbook is binary: sent to a terminal it is refused. (Only
/// checkable with a terminal; here the other half: into a pipe it is a
/// whole workbook, the same as the file.)
#[test]
fn an_xlsx_on_standard_output_is_the_workbook_of_the_file() {
    let dir = with_good();
    chitieu(dir.path())
        .args(["extract", "--format", "xlsx", "-o", "w.xlsx", "b.txt"])
        .assert()
        .code(0);
    let piped = chitieu(dir.path())
        .args(["extract", "--format", "xlsx", "-o", "-", "b.txt"])
        .output()
        .expect("runs");
    let file = fs::read(dir.path().join("w.xlsx")).expect("read");
    assert_eq!(piped.stdout.len(), file.len());
}

/// Messages that cannot reach stderr (`2> /dev/full`) are lost, not a
/// panic (exit 101): the exit status still says what happened.
#[test]
#[cfg(target_os = "linux")]
fn a_full_stderr_is_no_panic() {
    let dir = with_good();
    for (args, code) in [
        (&["extract", "missing.txt", "b.txt"][..], 2),
        (&["no-such-command"], 2),
        (&["check", "b.txt"], 1),
    ] {
        let out = run_with(dir.path(), args, Stdio::null(), dev_full().into());
        assert_eq!(out.status.code(), Some(code), "{args:?}");
    }
}

/// An xlsx workbook sent to a terminal is refused (usage error, exit 2),
/// not sprayed over it as binary. The terminal is `script(1)`'s
/// pseudo-terminal (util-linux).
#[test]
#[cfg(target_os = "linux")]
fn an_xlsx_for_a_terminal_is_refused() {
    let dir = with_good();
    let command = format!(
        "{} extract --format xlsx -o - b.txt",
        env!("CARGO_BIN_EXE_chitieu")
    );
    let out = StdCommand::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("script(1) runs");
    let seen = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{seen}");
    assert!(seen.contains("an xlsx workbook is binary"), "{seen}");
    assert!(!seen.contains("PK"), "{seen}");
}
