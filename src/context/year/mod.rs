//! The year a figure belongs to (SPEC §3, `year`).
//!
//! A claim takes, in this order: the year of the comparison it is the
//! base of (`so với vụ 2021 - 2022 là 124.753 ha`); the nearest year
//! expression before it in its sentence; the first after it in its
//! clause (`khen thưởng 256 tập thể … trong hoạt động Công đoàn năm
//! 2022`); the last one earlier in its paragraph; else the document's
//! year. Plans and figures reached read expressions differently: a plan
//! takes a plan's year and a term's end, a figure reached never a plan's
//! year, a congress's facts its term's first year.

mod cues;
mod dateline;
mod document;
mod expressions;
mod relative;

use std::ops::Range;

use expressions::{Role, YearAt};

use crate::record::Kind;
use crate::segment::Sentence;

/// What the whole document says about years.
#[derive(Debug, Clone, Default)]
pub struct Years {
    /// The document's year for figures reached.
    pub year: Option<i32>,
    /// The document's year for plans.
    pub plan_year: Option<i32>,
    /// The year expressions of the body, in text order.
    years: Vec<YearAt>,
    /// The comparisons (byte ranges after `so với`), in text order.
    compares: Vec<Range<usize>>,
    /// Where each paragraph starts: (paragraph index, byte offset).
    paragraphs: Vec<(usize, usize)>,
    /// The congress's own year: the first year of the newest congress term.
    congress: Option<i32>,
}

impl Years {
    /// Reads the year expressions of the body's sentences, and the
    /// article's date from the lines before its first paragraph.
    pub fn new(text: &str, sentences: &[Sentence]) -> Self {
        let dateline = dateline::find(text);
        let (mut years, mut compares) = (Vec::new(), Vec::new());
        for s in sentences.iter().filter(|s| !s.tokens.is_empty()) {
            expressions::scan(s, &mut years, &mut compares);
        }
        let relatives = relative::scan(text, sentences);
        years.extend(relatives.anchored);
        years.sort_by_key(|y| y.at);
        // Dates in page furniture do not count (SPEC §3).
        if let Some(d) = &dateline {
            years.retain(|y| !d.line.contains(&y.at));
        }
        let mut paragraphs: Vec<(usize, usize)> = Vec::new();
        for s in sentences {
            if paragraphs.last().is_none_or(|p| p.0 != s.paragraph) {
                paragraphs.push((s.paragraph, s.start));
            }
        }
        let congress = years
            .iter()
            .filter_map(|y| match y.role {
                Role::Period {
                    first,
                    congress: true,
                    ..
                } => Some(first),
                _ => None,
            })
            .max();
        let mut out = Years {
            years,
            compares,
            paragraphs,
            congress,
            ..Years::default()
        };
        let lead_end = super::lead_end(sentences);
        out.resolve_relatives(dateline.as_ref(), lead_end);
        out.year = out.document_year(lead_end, dateline.as_ref(), relatives.soft);
        out.plan_year = out.document_plan_year(lead_end);
        out
    }

    /// The year of a claim starting at byte `at` of `sentence`.
    pub fn year_for(&self, sentence: &Sentence, at: usize, kind: Kind) -> Option<i32> {
        if let Some(y) = self.base_year(at) {
            return Some(y);
        }
        let fit = |y: &YearAt| self.fits(y, kind);
        let before = self.slice(sentence.start..at);
        let after = self.slice(at..clause_end(sentence, at));
        let para_start = self
            .paragraphs
            .binary_search_by_key(&sentence.paragraph, |p| p.0)
            .map_or(sentence.start, |i| self.paragraphs[i].1);
        // An event's date dates its own sentence only.
        let carried = self
            .slice(para_start..sentence.start)
            .iter()
            .filter(|y| y.role != Role::Event);
        let default = match kind {
            Kind::Plan => self.plan_year.or(self.year),
            _ => self.year,
        };
        before
            .iter()
            .rev()
            .find_map(fit)
            .or_else(|| after.iter().find_map(fit))
            .or_else(|| carried.rev().find_map(fit))
            .or(default)
    }

    /// The expressions between the byte offsets `r`.
    fn slice(&self, r: Range<usize>) -> &[YearAt] {
        let from = self.years.partition_point(|y| y.at < r.start);
        let to = self.years.partition_point(|y| y.at < r.end);
        &self.years[from..to.max(from)]
    }

    /// The year an expression gives a claim of `kind`, if any.
    fn fits(&self, y: &YearAt, kind: Kind) -> Option<i32> {
        let plan = kind == Kind::Plan;
        let year = match y.role {
            Role::Plain | Role::Event | Role::LastYear | Role::ThisYear | Role::Cycle(_) => y.year,
            Role::Plan if plan => y.year,
            // A plan over a term or stage: its end year.
            Role::Period { .. } if plan => y.year,
            // The congress's own term: its facts are of its first year.
            Role::Period {
                first,
                congress: true,
                ..
            } if Some(first) == self.congress => first,
            // The figures of a whole period: its end year.
            Role::Period {
                adverbial: true,
                plan: false,
                ..
            } => y.year,
            _ => return None,
        };
        (year != 0).then_some(year)
    }

    /// The year of a claim given as a comparison's base: the compared
    /// period's (`so với vụ 2021 - 2022 là 124.753 ha`, `so với 7.532.728
    /// tấn của vụ 2021 - 2022`).
    fn base_year(&self, at: usize) -> Option<i32> {
        let k = self.compares.partition_point(|r| r.start <= at);
        let span = self.compares.get(k.checked_sub(1)?)?;
        if !span.contains(&at) {
            return None;
        }
        self.slice(span.clone())
            .iter()
            .find(|y| y.role == Role::Compare)
            .map(|y| y.year)
    }
}

/// Where the clause of the claim at `at` ends: the next `;` or `:`.
fn clause_end(sentence: &Sentence, at: usize) -> usize {
    sentence
        .tokens
        .iter()
        .find(|t| t.start > at && matches!(t.punct(), Some(';' | ':')))
        .map_or(sentence.end, |t| t.start)
}
