//! Years, terms, seasons and periods: `năm 2016`, `Canh Tý 2020`,
//! `nhiệm kỳ 2023 - 2028`, `giai đoạn 2021-2022`. They date a claim
//! (`context` reads them), they are no claim.

use crate::number::Numeral;
use crate::segment::Token;

use super::words::{counts_as_noun_evidence, word};

/// A plain four-digit number from 1900 to 2100: a year, when nothing
/// after it says it is a quantity.
pub(super) fn is_year_value(n: &Numeral) -> bool {
    n.plain && n.int_digits == 4 && (1900..=2100).contains(&n.mantissa)
}

/// `năm 2016`, `năm 3`: a number after `năm` names a year (a fraction
/// after it, `năm 12/15`, is read as one).
pub(super) fn after_year_word(toks: &[Token], i: usize, fraction: bool) -> bool {
    !fraction && word(toks, i.wrapping_sub(1)) == Some("năm")
}

/// A year standing alone (`Canh Tý 2020`, `Năm 2016,`), with no counted
/// noun, scale, currency or percent after it (ending at token `j`).
pub(super) fn bare_year(toks: &[Token], n: &Numeral, j: usize, fraction: bool) -> bool {
    !fraction && is_year_value(n) && !counts_as_noun_evidence(toks, j)
}

/// A season or school year written with a slash: a year, then the next
/// year in full or by its last two digits (`vụ ép mía 2020/21`,
/// `năm học 2022/2023`). It is no fraction.
pub(super) fn is_season(a: &Numeral, b: &Numeral) -> bool {
    is_year_value(a)
        && b.plain
        && b.is_whole()
        && match b.int_digits {
            2 => b.mantissa == (a.mantissa + 1) % 100,
            4 => b.mantissa == a.mantissa + 1,
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;

    #[test]
    fn terms_and_years_are_not_figures() {
        assert!(
            claims("Đại hội Công đoàn các cấp, nhiệm kỳ 2023 - 2028, là đợt sinh hoạt").is_empty()
        );
        assert!(claims("giai đoạn 2021-2022.").is_empty());
        assert!(claims("Năm 2016, xác định là năm diễn ra nhiều sự kiện").is_empty());
        assert!(claims("trong dịp Tết Nguyên đán Canh Tý 2020, Liên đoàn").is_empty());
    }

    #[test]
    fn seasons_written_with_a_slash_are_no_fractions() {
        // d22: `So sánh với vụ ép mía 2020/21 sản lượng mía ép đạt 143%`
        assert_eq!(
            claims("So sánh với vụ ép mía 2020/21 sản lượng mía ép đạt 143%."),
            vec![(None, None, Some(143.0))]
        );
        assert!(claims("trong năm học 2022/2023 các trường").is_empty());
        // A fraction whose parts merely look like years stays a fraction.
        assert_eq!(
            claims("kết nạp 2020/2500 đoàn viên"),
            vec![(Some(2020.0), Some(2500.0), None)]
        );
    }
}
