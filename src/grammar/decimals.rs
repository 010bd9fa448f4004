//! Malformed decimals: a decimal comma typed with a space after it
//! (`45, 6 tấn`, `3, 5 tỷ đồng`), as copied reports often have it.

use crate::lexicon::MEASURE_UNITS;
use crate::number::{self, Numeral};
use crate::segment::{TokKind, Token};

use super::money::scale_of;
use super::words::starts_with;

/// `45, 6 tấn` at numeral `i`: a whole number, a comma glued to it, one or
/// two digits after a space, then a unit of measure, a scale word or `%`.
/// The decimal it spells, and the token of its fraction digits. A list
/// (`tròn 70, 75, 80 tuổi`) has no unit after its second figure.
pub(super) fn spaced_decimal(toks: &[Token], i: usize, num: &Numeral) -> Option<(Numeral, usize)> {
    let comma = toks.get(i + 1)?;
    let frac = toks.get(i + 2)?;
    let digits = frac.norm.len();
    let spaced = comma.is(',') && !comma.space_before && frac.space_before;
    let fraction = frac.kind == TokKind::Num
        && (1..=2).contains(&digits)
        && frac.norm.bytes().all(|b| b.is_ascii_digit());
    if !(num.plain && num.is_whole() && spaced && fraction) {
        return None;
    }
    let unit = toks
        .get(i + 3)
        .is_some_and(|t| t.is('%') || scale_of(t).is_some())
        || MEASURE_UNITS.iter().any(|u| starts_with(toks, i + 3, u));
    if !unit {
        return None;
    }
    let joined = number::parse(&format!("{},{}", toks[i].norm, frac.norm))?;
    Some((joined, i + 2))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, one};

    #[test]
    fn a_decimal_comma_with_a_space_after_it_is_still_a_decimal() {
        // issue 14: `45, 6 tấn`
        assert_eq!(
            one("Sản lượng bình quân đạt 45, 6 tấn/ha.").achieved,
            Some(45.6)
        );
        assert_eq!(
            one("Doanh thu đạt 3, 5 tỷ đồng.").achieved,
            Some(3_500_000_000.0)
        );
        assert_eq!(one("tỷ lệ hộ nghèo còn 2, 15%.").percent, Some(2.15));
        // A list of ages or counts is no decimal.
        assert!(claims("các cụ tròn 70, 75, 80 tuổi").is_empty());
        assert_eq!(
            claims("có 12, 15 và 20 hội viên"),
            vec![(Some(20.0), None, None)]
        );
    }
}
