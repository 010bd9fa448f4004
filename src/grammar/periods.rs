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
}
