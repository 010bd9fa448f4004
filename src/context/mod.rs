//! Attributing context to claims: the unit (organisation) a figure is
//! about ([`unit`]), the year it belongs to ([`year`]), and the canonical
//! metric of what it counts ([`metric`]).

pub mod metric;
pub mod unit;
pub mod year;

pub use metric::{expand, metric};
pub use unit::Mention;

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
