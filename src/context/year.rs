//! The year a figure belongs to.
//!
//! The nearest year expression before the claim in its sentence, else the
//! document's year (the lead's, else the most frequent).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon::{EndsLen, YEAR_STARTS};
use crate::record::Kind;
use crate::segment::{Sentence, TokKind, Token};

/// A year expression: `năm 2016`, `tháng 5/2023`, `giai đoạn 2021-2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct YearAt {
    at: usize,
    year: i32,
    /// A term (`nhiệm kỳ 2023 - 2028`): its end year counts for plans only.
    term: bool,
}

/// What the whole document says about years.
#[derive(Debug, Clone, Default)]
pub struct Years {
    /// The document's year.
    pub year: Option<i32>,
    years: Vec<YearAt>,
}

impl Years {
    /// Reads the year expressions of the body's sentences.
    pub fn new(sentences: &[Sentence]) -> Self {
        let mut years = Vec::new();
        for s in sentences {
            year_expressions(s.tokens, &mut years);
        }
        let lead_end = super::lead_end(sentences);
        let lead = |at: usize| at < lead_end;
        let year = years
            .iter()
            .find(|y| !y.term && lead(y.at))
            .map(|y| y.year)
            .or_else(|| {
                let mut counts: HashMap<i32, usize> = HashMap::new();
                for y in years.iter().filter(|y| !y.term) {
                    *counts.entry(y.year).or_default() += 1;
                }
                counts
                    .into_iter()
                    .max_by_key(|(y, c)| (*c, *y))
                    .map(|(y, _)| y)
            });
        Years { year, years }
    }

    /// The year of a claim: the nearest year expression before it in its
    /// sentence (terms only for plans), else the document's year.
    pub fn year_for(&self, sentence: &Sentence, at: usize, kind: Kind) -> Option<i32> {
        let from = self.years.partition_point(|y| y.at < sentence.start);
        let to = self.years.partition_point(|y| y.at < at);
        self.years[from..to.max(from)]
            .iter()
            .rfind(|y| !y.term || kind == Kind::Plan)
            .map(|y| y.year)
            .or(self.year)
    }
}

fn year_of(t: Option<&Token>) -> Option<i32> {
    let t = t?;
    if t.kind != TokKind::Num || t.norm.len() != 4 {
        return None;
    }
    let y: i32 = t.norm.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// [`YEAR_STARTS`] by end bytes and length: nearly every token is passed
/// over with one table look-up. Matching every token against the words
/// jumped through a table on its length, and that jump mispredicted on
/// most tokens (Vietnamese words are 2 to 7 bytes, in no order).
static YEAR_START_FILTER: LazyLock<EndsLen> =
    LazyLock::new(|| EndsLen::new(YEAR_STARTS.iter().copied()));

/// Whether `w` is one of [`YEAR_STARTS`].
fn starts_year(w: &str) -> bool {
    YEAR_START_FILTER.may_hold(w) && YEAR_STARTS.contains(&w)
}

/// The year expressions of a sentence's tokens, added to `out`.
fn year_expressions(toks: &[Token], out: &mut Vec<YearAt>) {
    for i in 0..toks.len() {
        let w = toks[i].norm;
        // Every expression starts at one of these words.
        if !starts_year(w) {
            continue;
        }
        let at = toks[i].start;
        // `năm 2016`, `năm học 2022-2023`
        // `so với năm 2022`, `từ năm 2018 đến nay`: a year compared with or
        // started from is not the year the figure belongs to.
        let reference = i > 0 && matches!(toks[i - 1].norm, "với" | "từ" | "kỳ" | "trước");
        if w == "năm" && !reference {
            if let Some(y) = year_of(toks.get(i + 1)) {
                let range_end = toks
                    .get(i + 2)
                    .filter(|t| matches!(t.punct(), Some('-' | '–')))
                    .and_then(|_| year_of(toks.get(i + 3)));
                out.push(YearAt {
                    at,
                    year: range_end.unwrap_or(y),
                    term: false,
                });
            } else if toks.get(i + 1).is_some_and(|t| t.norm == "học") {
                if let Some(y) = year_of(toks.get(i + 4)).or(year_of(toks.get(i + 2))) {
                    out.push(YearAt {
                        at,
                        year: y,
                        term: false,
                    });
                }
            }
        }
        // `tháng 5/2023`
        if w == "tháng"
            && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num)
            && toks.get(i + 2).is_some_and(|t| t.is('/'))
        {
            if let Some(y) = year_of(toks.get(i + 3)) {
                out.push(YearAt {
                    at,
                    year: y,
                    term: false,
                });
            }
        }
        // `tính đến ngày 31/12/2022`
        if w == "đến" || w == "hết" {
            let mut j = i + 1;
            while toks
                .get(j)
                .is_some_and(|t| matches!(t.norm, "hết" | "ngày"))
            {
                j += 1;
            }
            if toks.get(j).is_some_and(|t| t.kind == TokKind::Num)
                && toks.get(j + 1).is_some_and(|t| t.is('/'))
                && toks.get(j + 3).is_some_and(|t| t.is('/'))
            {
                if let Some(y) = year_of(toks.get(j + 4)) {
                    out.push(YearAt {
                        at,
                        year: y,
                        term: false,
                    });
                }
            }
        }
        // `giai đoạn 2021-2025`, `nhiệm kỳ 2023 - 2028`: the end year.
        let period = (w == "đoạn" && i > 0 && toks[i - 1].norm == "giai")
            || (w == "kỳ" && i > 0 && matches!(toks[i - 1].norm, "nhiệm" | "thời"));
        if period {
            if let (Some(_), Some(_), Some(end)) = (
                year_of(toks.get(i + 1)),
                toks.get(i + 2)
                    .filter(|t| matches!(t.punct(), Some('-' | '–'))),
                year_of(toks.get(i + 3)),
            ) {
                out.push(YearAt {
                    at,
                    year: end,
                    term: w == "kỳ" && toks[i - 1].norm == "nhiệm",
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

    fn ctx(text: &str) -> Years {
        Years::new(&sentences(text, &cut(text, false)))
    }

    #[test]
    fn the_year_start_filter_lets_every_start_word_through() {
        for w in YEAR_STARTS {
            assert!(starts_year(w), "{w}");
        }
        // Same end bytes and length as `năm`, `kỳ`, `hết`: let through by
        // the filter, then refused by the list.
        for w in ["nêm", "kẳ", "hốt"] {
            assert!(YEAR_START_FILTER.may_hold(w), "{w}");
            assert!(!starts_year(w), "{w}");
        }
        for w in ["nào", "kể", "hơn", "", "năm học"] {
            assert!(!starts_year(w), "{w}");
        }
    }

    #[test]
    fn the_year_comes_from_the_lead() {
        assert_eq!(
            ctx("LĐLĐ quận Thanh Xuân:\n\nNhiều hoạt động\n\nNăm 2016, LĐLĐ quận đã …").year,
            Some(2016)
        );
        let c = ctx("Tiêu đề\n\n(LĐTĐ) Bám sát nhiệm vụ năm 2023, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội đã không ngừng đổi mới.");
        assert_eq!(c.year, Some(2023));
    }

    #[test]
    fn compared_and_starting_years_are_not_the_figures_year() {
        let years = |t: &str| {
            let mut out = Vec::new();
            year_expressions(sentences(t, &cut(t, true)).remove(0).tokens, &mut out);
            out.len()
        };
        assert_eq!(years("So với năm 2022, số đoàn viên tăng 1.200 người"), 0);
        assert_eq!(years("Từ năm 2018 đến nay, đã kết nạp 5.000 đoàn viên"), 0);
        assert_eq!(years("Trong năm 2023, đã kết nạp"), 1);
    }
}
