//! Fractions `achieved/target`: `2134/1800 đoàn viên`, `30/20 CĐCS`,
//! `Số CĐCS vững mạnh: 789/1.234`. A slash chain may also be a date
//! (`dates_times`) or a document number (`references`).

use crate::number::{self, Numeral};
use crate::segment::{TokKind, Token};

use super::dates_times::is_date_pair;
use super::periods::is_season;

/// The slash chain starting at numeral `i`: how many numerals it links
/// (1 for a lone numeral) and the token after it.
pub(super) fn slash_chain(toks: &[Token], i: usize) -> (usize, usize) {
    // Its numerals are tokens `i`, `i + 2`, … `j - 1`: counted, not
    // collected (a vector per figure was a tenth of the allocations of a
    // document).
    let mut links = 1;
    let mut j = i + 1;
    while j + 1 < toks.len()
        && toks[j].is('/')
        && !toks[j].space_before
        && toks[j + 1].kind == TokKind::Num
        && !toks[j + 1].space_before
    {
        links += 1;
        j += 2;
    }
    (links, j)
}

/// The whole of the fraction `a/b` at tokens `i`, `i + 2` (ending at `j`),
/// or `None` when the pair is a date, a season or no number.
pub(super) fn whole_of(toks: &[Token], i: usize, j: usize, a: &Numeral) -> Option<Numeral> {
    let b = number::parse(toks[i + 2].norm)?;
    (!is_date_pair(toks, i, j, a, &b) && !is_season(a, &b)).then_some(b)
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;

    #[test]
    fn a_fraction_joins_its_percent() {
        assert_eq!(
            claims("kết nạp được 2134/1800 đoàn viên (đạt 128,56%); thành lập 30/20 CĐCS (đạt 150% kế hoạch)"),
            vec![
                (Some(2134.0), Some(1800.0), Some(128.56)),
                (Some(30.0), Some(20.0), Some(150.0))
            ]
        );
    }

    #[test]
    fn a_fraction_needs_no_noun() {
        assert_eq!(
            claims("Số CĐCS đạt vững mạnh: 789/1.234 (63,9%)."),
            vec![(Some(789.0), Some(1234.0), Some(63.9))]
        );
    }
}
