//! A report's list items read the same whatever mark the site or the
//! word processor printed them with (`lexicon/bullets.tsv`): the item is a
//! clause of its own, so a giving subject that opens it (`Các CĐCS tổ
//! chức thăm hỏi …`) is the unit of its figures after `•` or `●` as after
//! `-`, and the bullet never enters the quote.

use chitieu::{Document, Options, Record};

/// A district union's report with three list items, each opened by `mark`.
fn report(mark: &str) -> String {
    format!(
        "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN PHÚ\n\nBÁO CÁO\nKết quả hoạt động công đoàn năm 2023\n\n\
         Năm 2023, Liên đoàn Lao động huyện Tân Phú tập trung chăm lo đời sống đoàn viên.\n\
         {mark} Các CĐCS tổ chức thăm hỏi 427 lượt đoàn viên ốm đau, với số tiền khoảng 213 triệu đồng.\n\
         {mark} Các công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức 221 hội nghị người lao động.\n\
         {mark} Các chi hội tặng 35 suất quà cho hội viên khó khăn.\n"
    )
}

fn units(mark: &str) -> Vec<(String, Option<String>)> {
    let text = report(mark);
    let records: Vec<Record> =
        chitieu::extract(&Document::new("r.txt", &text), &Options::default());
    records
        .into_iter()
        .map(|r| {
            assert!(
                !r.quote.starts_with(mark),
                "{mark}: the bullet is in `{}`",
                r.quote
            );
            (r.quote, r.unit)
        })
        .collect()
}

#[test]
fn a_giving_subject_after_a_dash_is_the_unit() {
    let dash = units("-");
    assert_eq!(dash.len(), 4, "{dash:?}");
    assert_eq!(dash[0].1.as_deref(), Some("CĐCS"), "{dash:?}");
    assert_eq!(dash[3].1.as_deref(), Some("chi hội"), "{dash:?}");
}

#[test]
fn every_bullet_reads_as_a_dash() {
    let dash = units("-");
    for mark in ["+", "•", "●", "▪", "◦", "➢", "–"] {
        assert_eq!(units(mark), dash, "items opened by `{mark}`");
    }
}
