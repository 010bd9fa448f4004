//! `chitieu report`: the HTML page is written, opens in a real browser
//! (headless Chromium) with the mismatch table and the highlighted claims,
//! and markup inside an article stays text: an injected `<script>` or
//! `<img onerror>` never runs.
//!
//! The browser test needs Debian's `chromium` (`.ci/run` installs it). When
//! it is missing the test fails, unless `CHITIEU_SKIP_BROWSER=1` says that
//! skipping is intended; `CHITIEU_CHROMIUM` names another binary.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;

fn chitieu() -> Command {
    let mut cmd = Command::cargo_bin("chitieu").unwrap_or_else(|e| panic!("no binary: {e}"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// An article carrying markup that would run if the report did not escape
/// it: a script setting the title, one adding an element, an image whose
/// error handler marks the body. Its name holds markup too.
const EVIL: &str = "LĐLĐ huyện Mẫu thành lập được 30/20 CĐCS (đạt 150% kế hoạch). \
<script>document.title='pwned'</script> \
<script>var d=document.createElement('div');d.id='pwned-script';document.body.appendChild(d)</script> \
<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">\n";

/// Writes the report of the Thanh Xuân article and the evil one; returns
/// the page's path.
fn write_report(dir: &Path) -> PathBuf {
    let evil = dir.join("evil<i>name.txt");
    std::fs::write(&evil, EVIL).unwrap_or_else(|e| panic!("{e}"));
    let page = dir.join("report.html");
    let out = chitieu()
        .arg("report")
        .arg("fixtures/thanh-xuan-2016.txt")
        .arg(&evil)
        .arg("-o")
        .arg(&page)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stdout.is_empty(), "the page goes to the file only");
    page
}

#[test]
fn report_is_written_and_escapes_the_input() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let page = write_report(dir.path());
    let html = std::fs::read_to_string(page).unwrap_or_else(|e| panic!("{e}"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert_eq!(
        html.matches("<script>").count(),
        1,
        "only the page's own script"
    );
    assert!(!html.contains("<img"));
    assert!(!html.contains("<i>"));
    // Self-contained: no stylesheet, script or image is fetched.
    assert!(!html.contains("<link"));
    assert!(!html.contains("src=\""));
}

#[test]
fn report_to_stdout_and_failed_inputs() {
    let out = chitieu()
        .args([
            "report",
            "fixtures/soc-son-2020.txt",
            "missing.txt",
            "-o",
            "-",
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    // A failed input: exit 2 (SPEC §4, as grep), named on stderr and in
    // the page; the rest is there.
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.txt: no such file or folder"), "{err}");
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(html.contains("<h2>fixtures/soc-son-2020.txt</h2>"));
    assert!(html.contains("<code>missing.txt</code>: no such file or folder"));
    assert!(html.contains("No mismatch"));
}

/// The Chromium binary, or `None` when skipping is intended.
fn chromium() -> Option<String> {
    let bin = std::env::var("CHITIEU_CHROMIUM").unwrap_or_else(|_| "chromium".to_string());
    let found = Process::new(&bin)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return Some(bin);
    }
    if std::env::var("CHITIEU_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("skipping the browser test: CHITIEU_SKIP_BROWSER=1 and no `{bin}`");
        return None;
    }
    panic!(
        "`{bin}` not found: install it (apt-get install -y chromium, as .ci/run does) \
         or set CHITIEU_SKIP_BROWSER=1 to skip this test on purpose"
    );
}

/// The DOM of `page` after Chromium loaded it and ran its scripts.
fn rendered_dom(bin: &str, page: &Path, profile: &Path) -> String {
    let url = format!("file://{}", page.display()).replace(' ', "%20");
    let mut child = Process::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(&url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {bin}: {e}"));
    // A browser that hangs must not hang the test suite.
    let deadline = Instant::now() + Duration::from_secs(120);
    while child.try_wait().ok().flatten().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{bin} did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("{bin}: {e}"));
    assert!(out.status.success(), "{bin} failed: {:?}", out.status);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn report_renders_in_chromium_and_injected_scripts_do_not_run() {
    let Some(bin) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let page = write_report(dir.path());
    let dom = rendered_dom(&bin, &page, &dir.path().join("profile"));

    // The page's own script ran, so scripts were enabled…
    assert!(dom.contains("<html lang=\"vi\" class=\"js\">"), "{dom}");
    // …and none of the injected ones did.
    assert!(dom.contains("<title>chitieu audit: 1 mismatch in 2 documents</title>"));
    assert!(!dom.contains("id=\"pwned-script\""));
    assert!(!dom.contains("data-pwned=\""));
    assert!(!dom.contains("<img"));
    assert!(!dom.contains("<i>"));
    // The markup is there as text for the reader.
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
    assert!(dom.contains("evil&lt;i&gt;name.txt"));

    // The mismatch table, with a link to the claim's place.
    let table = dom
        .split("<table class=\"mismatches\">")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .unwrap_or_else(|| panic!("no mismatch table in {dom}"));
    assert!(table.contains("<a href=\"#d0-c8\">fixtures/thanh-xuan-2016.txt:19:452</a>"));
    assert!(table.contains("2134/1800 = 118,56%, the text says 128,56%"));
    assert!(table.contains("118,56% for 128,56%"));
    assert!(table.contains("2314/1800 for 2134/1800"));
    assert_eq!(table.matches("<tr>").count(), 2, "header and one mismatch");

    // The claims, highlighted in the text, reachable by keyboard.
    assert!(dom.contains(
        "<mark class=\"claim mismatch\" id=\"d0-c8\" tabindex=\"0\" aria-describedby=\"d0-c8-tip\">"
    ));
    assert!(dom.contains("✗</span>2134/1800 đoàn viên (đạt 128,56%"));
    // Thanh Xuân's 30/20, 3/1 and 70 … 65 % add up, as does the evil 30/20;
    // its plain counts (198 CĐCS, 10.493 đoàn viên …) have nothing to check.
    assert_eq!(dom.matches("class=\"claim ok\" id=").count(), 4);
    assert!(dom.matches("class=\"claim unchecked\" id=").count() >= 5);
    assert!(dom.contains("role=\"tooltip\""));
}
