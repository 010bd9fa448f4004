//! Label, colon, figure: `Số đoàn viên kết nạp mới: 1.234 người`,
//! `Tổng số CĐCS: 56`. The label names what the figure counts.

use std::ops::Range;

use crate::segment::{TokKind, Token};

use crate::lexicon::NUMBERED_LABEL_HEADS;

use super::words::{counts_as_noun_evidence, ends_with, subject_at};

/// How far back from the colon a label's `số` is looked for, in tokens.
const LABEL_REACH: usize = 10;

/// The noun phrase of a label ending in a colon right before token `i`
/// (`Số đoàn viên kết nạp mới: 1.234`): the words after its `số`. The
/// label opens its sentence or follows a mark (`- Số CĐCS: 12`).
pub(super) fn label_before(toks: &[Token], i: usize) -> Option<Range<usize>> {
    let colon = i.checked_sub(1).filter(|&c| toks[c].is(':'))?;
    let from = colon.saturating_sub(LABEL_REACH);
    let Some(so) = (from..colon).rev().find(|&p| toks[p].norm == "số") else {
        return numbered_label(toks, colon);
    };
    // `Tổng số`, `Số`: the label's first words.
    let head = if so > 0 && toks[so - 1].norm == "tổng" {
        so - 1
    } else {
        so
    };
    let opens = head == 0 || toks[head - 1].kind == TokKind::Punct;
    let words_only = toks[so + 1..colon].iter().all(|t| t.is_word());
    // The label names a counted noun (`đoàn viên`, `CĐCS`): `Số người
    // online: 40` of a page's visit counter names none.
    if !opens || !words_only || so + 1 >= colon || !counts_as_noun_evidence(toks, so + 1) {
        return None;
    }
    subject_at(toks, so + 1, (colon - so - 1).min(6))
}

/// How many words a numbered item's label holds at most.
const NUMBERED_LABEL_WORDS: usize = 14;

/// `Chỉ tiêu 1: Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp:
/// 180/150`: a results list numbers its items (`Chỉ tiêu N:`), and each
/// item's label, words alone up to the colon at `colon` before its
/// figures, names what they count, whatever its first word.
fn numbered_label(toks: &[Token], colon: usize) -> Option<Range<usize>> {
    let from = colon.saturating_sub(NUMBERED_LABEL_WORDS + 1);
    let start = (from..colon).rev().find(|&p| !toks[p].is_word())? + 1;
    // The cheap test first: a colon after a numeral opens the label.
    if start < 3 || start >= colon || !toks[start - 1].is(':') {
        return None;
    }
    let n = start - 2;
    if toks[n].kind != TokKind::Num {
        return None;
    }
    let head = NUMBERED_LABEL_HEADS
        .iter()
        .find(|h| ends_with(toks, n, h))?;
    let opens = n - head.split(' ').count();
    (opens == 0 || toks[opens - 1].kind == TokKind::Punct).then_some(start..colon)
}

/// Whether a noun numbering the items of a list ([`NUMBERED_LABEL_HEADS`])
/// starts at token `at` with its number after it (`Chỉ tiêu 1`, `Mục tiêu
/// 2`): a label of one item, not the noun of plans; a year after it
/// (`nhiệm vụ năm 2024`, `chỉ tiêu 2024`) numbers no item.
pub(super) fn numbers_an_item(toks: &[Token], at: usize) -> bool {
    NUMBERED_LABEL_HEADS
        .iter()
        .find(|h| super::words::starts_with(toks, at, h))
        .and_then(|h| toks.get(at + h.split(' ').count()))
        .is_some_and(|t| t.kind == TokKind::Num && t.year().is_none())
}

/// How far back from the colon a rate label's `tỷ lệ` is looked for: its
/// name may quote a title (`Tỷ lệ chi hội đạt "5 không, 3 sạch": 86%`).
const RATE_LABEL_REACH: usize = 16;

/// `Tỷ lệ chi hội đạt "5 không, 3 sạch": 86%`, `- Tỷ lệ bao phủ BHYT:
/// 94,2%`: a label opened by `tỷ lệ` at the start of its sentence or item,
/// a colon, then the percent at token `i`. The rate's words, up to the
/// first stop.
pub(super) fn rate_label_before(toks: &[Token], i: usize) -> Option<Range<usize>> {
    let colon = i.checked_sub(1).filter(|&c| toks[c].is(':'))?;
    let from = colon.saturating_sub(RATE_LABEL_REACH);
    let rate = (from..colon)
        .rev()
        .find(|&p| super::percents::is_rate_word(toks, p))?;
    let opens = rate == 0 || toks[rate - 1].kind == TokKind::Punct;
    if !opens || toks[rate + 2..colon].iter().any(|t| t.is(':')) {
        return None;
    }
    subject_at(toks, rate, (colon - rate).min(8))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, one};

    #[test]
    fn a_rate_label_names_the_percent_after_its_colon() {
        // held-out h16: `Tỷ lệ chi hội đạt "5 không, 3 sạch": 86%`
        let c = one("3. Tỷ lệ chi hội đạt \"5 không, 3 sạch\": 86%.");
        assert_eq!(
            (c.percent, c.subject.as_deref()),
            (Some(86.0), Some("Tỷ lệ chi hội"))
        );
        let c = one("- Tỷ lệ bao phủ bảo hiểm y tế: 94,2%.");
        assert_eq!(c.subject.as_deref(), Some("Tỷ lệ bao phủ bảo hiểm y tế"));
    }

    #[test]
    fn a_numbered_item_s_label_names_its_figures() {
        // held-out h126: `Chỉ tiêu 1: Giới thiệu đoàn viên ưu tú cho Đảng
        // xem xét kết nạp: 180/150`
        let c = one(
            "Chỉ tiêu 1: Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp: 180/150, đạt 120%.",
        );
        assert_eq!(
            c.counted.as_deref().or(c.subject.as_deref()),
            Some("Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp")
        );
        let c = one("- Nhiệm vụ 3: Hộ nghèo được hỗ trợ vay vốn: 120/100.");
        assert_eq!(
            c.counted.as_deref().or(c.subject.as_deref()),
            Some("Hộ nghèo được hỗ trợ vay vốn")
        );
        // A colon after words not opened by a numbered item is no label.
        let c = one("Kết quả kiểm tra cho thấy: 120/100.");
        assert_ne!(
            c.counted.as_deref().or(c.subject.as_deref()),
            Some("Kết quả kiểm tra cho thấy")
        );
    }

    #[test]
    fn a_label_names_the_figure_after_its_colon() {
        // issue 14: `Số đoàn viên kết nạp mới: 1.234 người`
        let c = one("Số đoàn viên kết nạp mới: 1.234 người.");
        assert_eq!(c.achieved, Some(1234.0));
        assert_eq!(c.counted.as_deref(), Some("đoàn viên kết nạp mới"));
        let c = one("- Tổng số CĐCS: 56.");
        assert_eq!(
            (c.achieved, c.subject.as_deref()),
            (Some(56.0), Some("CĐCS"))
        );
        // A colon after other words is no label.
        assert!(claims("Thời gian: 15 giờ").is_empty());
        // d09: a visit counter of the page.
        assert!(claims("Số người online: 40").is_empty());
        assert!(claims("Hội nghị có số lượng lớn người đến dự: 300").is_empty());
    }
}
