//! Tables whose row labels wrap in their cells, run through the binary
//! as a user runs it: the body stage keeps the wrapped words on lines of
//! their own and the table gives them to the row's label, so no row after
//! the wrap is lost and the words make no record of their own.

mod common;

use common::{chitieu, jsonl_rows};
use serde_json::Value;

/// (line, achieved, target, percent, subject) of each record `text` gives.
fn records(text: &str) -> Vec<(u64, Value, Value, Value, String)> {
    let out = chitieu(["extract", "--format", "jsonl"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("chitieu writes UTF-8");
    jsonl_rows(&out)
        .into_iter()
        .map(|r| {
            let get = |k: &str| {
                r.iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.clone())
                    .unwrap_or(Value::Null)
            };
            (
                get("line").as_u64().unwrap_or(0),
                get("achieved"),
                get("target"),
                get("percent"),
                get("subject").as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_label_wrapped_after_its_figures_keeps_the_rows_after_it() {
    // The h20 report's probe (Hội Nông dân huyện Thanh Chương): `nông
    // dân` set in under the label after the figures used to make
    // `75 … nông dân` and lose row 3.
    let text = "BÁO CÁO\n\
        Kết quả hoạt động năm 2022 của Hội Nông dân huyện Thanh Chương\n\n\
        TT   Chỉ tiêu                               ĐVT        Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
        1    Kết nạp hội viên mới                    Hội viên       500        540      108,0\n\
        2    Mở lớp dạy nghề ngắn hạn cho            Lớp              8          6       75,0\n\
        \x20    nông dân\n\
        3    Xây dựng mô hình kinh tế tập thể        Mô hình         10         12      120,0\n";
    let got = records(text);
    let subjects: Vec<&str> = got.iter().map(|r| r.4.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "Kết nạp hội viên mới",
            "Mở lớp dạy nghề ngắn hạn cho nông dân",
            "Xây dựng mô hình kinh tế tập thể"
        ],
        "{got:?}"
    );
    assert_eq!(
        (got[1].1.as_f64(), got[1].2.as_f64()),
        (Some(6.0), Some(8.0))
    );
    assert_eq!(got[2].1.as_f64(), Some(12.0));
}

#[test]
fn a_label_wrapped_before_its_figures_in_tab_cells_opens_its_row() {
    // Ours, as h141 lays its rows out: the label's first line with the
    // row's number and empty cells, its last line with the figures.
    let text = "Kết quả chăm lo năm 2021 của LĐLĐ huyện Krông Năng\n\n\
        TT\tNội dung\tKế hoạch\tThực hiện\n\
        1\tThăm hỏi, trợ cấp đoàn viên ốm đau,\t\t\n\
        \ttai nạn lao động\t186\t190\n\
        2\tQuà Tết cho đoàn viên khó khăn\t1.240\t1.300\n";
    let got = records(text);
    assert_eq!(got.len(), 2, "{got:?}");
    // The record stands where its figures are.
    assert_eq!(got[0].0, 5);
    assert_eq!(
        got[0].4,
        "Thăm hỏi, trợ cấp đoàn viên ốm đau, tai nạn lao động"
    );
    assert_eq!(
        (got[1].1.as_f64(), got[1].2.as_f64()),
        (Some(1300.0), Some(1240.0))
    );
}

#[test]
fn a_label_wrapped_around_its_figures_on_both_sides_is_whole() {
    // Ours: `pdftotext -layout` sets a row's figures beside the middle of
    // a label three lines high; the label's lines before and after are
    // both the row's.
    let text = "Kết quả năm 2021 của LĐLĐ huyện Ea Kar\n\n\
        TT   Nội dung                        Kế hoạch    Thực hiện    Tỷ lệ (%)\n\
        1    Thăm hỏi, trợ cấp\n\
        \x20    đoàn viên ốm đau,                     180          186        103,3\n\
        \x20    tai nạn lao động\n\
        2    Quà Tết cho đoàn viên                1.200        1.240        103,3\n\
        \x20    khó khăn\n\
        3    Kết nạp đoàn viên mới                  400          420        105,0\n";
    let got = records(text);
    let subjects: Vec<&str> = got.iter().map(|r| r.4.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "Thăm hỏi, trợ cấp đoàn viên ốm đau, tai nạn lao động",
            "Quà Tết cho đoàn viên khó khăn",
            "Kết nạp đoàn viên mới"
        ],
        "{got:?}"
    );
    assert_eq!(got[2].1.as_f64(), Some(420.0));
}
