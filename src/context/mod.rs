//! Attributing context to claims: the unit (organisation) a figure is
//! about ([`unit`]), the year it belongs to ([`year`]), and the canonical
//! metric of what it counts ([`metric`]).

pub mod metric;
pub mod unit;
pub mod year;

pub use metric::{expand, metric};
pub use unit::Mention;

use crate::record::Kind;
use crate::segment::Sentence;

/// Paragraphs counted as headline and lead.
pub(crate) const LEAD_PARAGRAPHS: usize = 4;

/// Where the headline and lead end: where the first later paragraph starts.
pub(crate) fn lead_end(sentences: &[Sentence]) -> usize {
    sentences
        .iter()
        .find(|s| s.paragraph >= LEAD_PARAGRAPHS)
        .map_or(usize::MAX, |s| s.start)
}

/// What the whole document says about units and years.
#[derive(Debug, Clone, Default)]
pub struct DocContext {
    /// The organisations named in the document.
    pub units: unit::Units,
    /// The years named in the document.
    pub years: year::Years,
}

impl DocContext {
    /// Reads units and years from the body's sentences, for claims in the
    /// sentences `claimed` says hold one.
    pub fn new(text: &str, sentences: &[Sentence], claimed: impl Fn(usize) -> bool) -> Self {
        DocContext {
            units: unit::Units::for_claims(text, sentences, claimed),
            years: year::Years::new(text, sentences),
        }
    }

    /// The unit of a claim at byte `at` of `sentence`.
    pub fn unit_for(&self, sentence: &Sentence, at: usize) -> Option<String> {
        self.units.unit_for(sentence, at)
    }

    /// The year of a claim at byte `at` of `sentence` (of `text`, whose
    /// capitals tell a feast from a place named with a feast word).
    pub fn year_for(&self, text: &str, sentence: &Sentence, at: usize, kind: Kind) -> Option<i32> {
        self.years.year_for(text, sentence, at, kind)
    }
}
