//! `chitieu check` against the bundled articles: the Thanh Xuân mismatch is
//! found at its line with both slips named, a clean article passes, and the
//! exit status gates a pipeline (SPEC §4).

use assert_cmd::Command;

fn chitieu() -> Command {
    let mut cmd = Command::cargo_bin("chitieu").unwrap_or_else(|e| panic!("no binary: {e}"));
    // Relative paths in the output, whatever directory the tests run from.
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR");
    cmd
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn check_of_the_fixtures_is_stable() {
    let out = chitieu()
        .args(["check", "fixtures/"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    // stdout is a pipe here: no colour even without NO_COLOR.
    insta::assert_snapshot!("check_fixtures", stdout(&out));
}

#[test]
fn thanh_xuan_mismatch_fails_the_check_at_its_line_with_both_slips() {
    let out = chitieu()
        .args(["check", "fixtures/"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(!text.contains('\x1b'), "no colour into a pipe");
    assert!(text.contains("mismatch: 2134/1800 = 118,56%, the text says 128,56%"));
    assert!(text.contains("--> fixtures/thanh-xuan-2016.txt:19:"));
    let hint = &text[text
        .find("hint:")
        .unwrap_or_else(|| panic!("no hint in {text}"))..];
    assert!(hint.contains("118,56%"), "{hint}");
    assert!(hint.contains("2314/1800"), "{hint}");
    assert!(text.trim_end().ends_with("1 mismatch"), "{text}");
    assert!(out.stderr.is_empty());
}

#[test]
fn an_article_that_adds_up_passes() {
    chitieu()
        .args(["check", "fixtures/soc-son-2020.txt"])
        .assert()
        .code(0)
        .stdout("summary: 1 document, 14 claims, 1 checked, 0 mismatches\n");
}

#[test]
fn all_lists_the_claims_that_passed_one_line_each() {
    let out = chitieu()
        .args(["check", "--all", "fixtures/soc-son-2020.txt"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let ok: Vec<&str> = text.lines().filter(|l| l.starts_with("ok: ")).collect();
    assert_eq!(
        ok,
        ["ok: fixtures/soc-son-2020.txt:12:364: 53/85 = 62,35%, the text says 62,4%"]
    );
}

#[test]
fn a_failed_input_is_named_the_others_are_checked_and_the_exit_is_2() {
    let out = chitieu()
        .args(["check", "no-such-article.txt", "fixtures/soc-son-2020.txt"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "chitieu: no-such-article.txt: no such file or folder"
    );
    assert_eq!(
        stdout(&out),
        "summary: 1 document, 14 claims, 1 checked, 0 mismatches, 1 input failed\n"
    );
}

#[test]
fn stdin_is_checked_too() {
    let out = chitieu()
        .arg("check")
        .write_stdin("Năm 2016, LĐLĐ quận kết nạp được 2134/1800 đoàn viên (đạt 128,56%).\n")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains(" --> -:1:"), "{text}");
    assert!(text.contains("2314/1800 for 2134/1800"), "{text}");
}

/// Runs `chitieu check` on a pseudo-terminal (util-linux `script`, part of
/// every Debian system) and returns what the terminal showed.
fn on_a_terminal(no_color: Option<&str>) -> String {
    let bin = env!("CARGO_BIN_EXE_chitieu");
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec"])
        .arg(format!("'{bin}' check fixtures/thanh-xuan-2016.txt"))
        .arg("/dev/null")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR");
    if let Some(v) = no_color {
        cmd.env("NO_COLOR", v);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("`script` (util-linux) is needed for this test: {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let coloured = on_a_terminal(None);
    assert!(
        coloured.contains("\x1b[1;31mmismatch\x1b[0m"),
        "{coloured:?}"
    );
    let plain = on_a_terminal(Some("1"));
    assert!(plain.contains("mismatch: 2134/1800"), "{plain:?}");
    assert!(!plain.contains('\x1b'), "{plain:?}");
}

/// `check` on a saved page names the line and column of the HTML file
/// where the figure is written, not of the text read off the page (whose
/// line 1 is the first paragraph): the figure stands on line 7, after
/// `<p>`, and a character reference (`c&oacute;`) before a figure on a
/// wrapped line does not shift its column.
#[test]
fn a_mismatch_in_a_page_is_placed_at_the_line_of_the_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let page = "<!DOCTYPE html>\n<html>\n<head><title>Tin</title></head>\n<body>\n\
        <nav><a href=\"/\">Trang chủ</a> giảm 50%</nav>\n<div class=\"detail\">\n\
        <p>Năm 2016, LĐLĐ quận kết nạp được 2134/1800 đoàn viên (đạt 128,56%).</p>\n\
        <p>Năm 2016, quận thành lập\n   30/20 CĐCS (đạt 150% kế hoạch); c&oacute; 435/1.026 \
        doanh nghiệp (chiếm gần 40%) ký thỏa ước.</p>\n</div>\n</body>\n</html>\n";
    std::fs::write(dir.path().join("page.html"), page).unwrap_or_else(|e| panic!("{e}"));
    let out = chitieu()
        .current_dir(dir.path())
        .args(["check", "--all", "page.html"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let col = |line: usize, pat: &str| {
        let l = page.lines().nth(line - 1).unwrap_or_default();
        l.find(pat).map_or(0, |b| l[..b].chars().count() + 1)
    };
    assert!(
        text.contains(&format!("--> page.html:7:{}\n", col(7, "2134"))),
        "{text}"
    );
    assert!(text.contains(&format!("ok: page.html:9:{}: 30/20", col(9, "30/20"))));
    assert!(
        text.contains(&format!("--> page.html:9:{}\n", col(9, "435"))),
        "{text}"
    );
    // The excerpt under it is the paragraph as read, its gutter the
    // file's line.
    assert!(text.contains("7 | Năm 2016, LĐLĐ quận kết nạp được 2134/1800"));
}
