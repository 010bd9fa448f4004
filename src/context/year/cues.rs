//! The words that decide a figure's year, read from
//! `src/lexicon/year_cues.tsv` (one `kind, phrase, value, example` a line).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon::{fold, EndsLen, WordHash};
use crate::segment::Token;

/// The cue list as written, each entry with the phrase it came from.
const YEAR_CUES: &str = include_str!("../../lexicon/year_cues.tsv");

/// A cue: its folded words and its value (the place of a stem or branch
/// in the sexagenary cycle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cue {
    pub words: Vec<String>,
    pub value: Option<u32>,
}

/// The kinds of cue in the list (its first column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    /// `plan`
    Plan,
    /// `met`
    Met,
    /// `compare`
    Compare,
    /// `compare_end`
    CompareEnd,
    /// `since`
    Since,
    /// `founding`
    Founding,
    /// `doc_number`
    DocNumber,
    /// `as_of`
    AsOf,
    /// `season`
    Season,
    /// `season_filler`
    SeasonFiller,
    /// `not_season`
    NotSeason,
    /// `period`
    Period,
    /// `adverb`
    Adverb,
    /// `says`
    Says,
    /// `day_part`
    DayPart,
    /// `congress`
    Congress,
    /// `not_congress`
    NotCongress,
    /// `holiday`
    Holiday,
    /// `holiday_filler`
    HolidayFiller,
    /// `stem`
    Stem,
    /// `branch`
    Branch,
    /// `quarter`
    Quarter,
    /// `month`
    Month,
    /// `last_year`
    LastYear,
    /// `this_year`
    ThisYear,
    /// `plural`
    Plural,
    /// `soft`
    Soft,
    /// `dateline`
    Dateline,
    /// `period_of`
    PeriodOf,
    /// `same_period`
    SamePeriod,
    /// `moved_to`
    MovedTo,
    /// `intent`
    Intent,
    /// `previous_year`
    PreviousYear,
    /// `start`
    Start,
    /// `now_opener`
    NowOpener,
    /// `not_now`
    NotNow,
    /// `credit`
    Credit,
    /// `then`
    Then,
    /// `now`
    Now,
    /// `at_event`
    AtEvent,
    /// `award`
    Award,
    /// `annual_conference`
    AnnualConference,
    /// `review`
    Review,
    /// `edition`
    Edition,
}

/// The kinds by their names in the list.
const KIND_NAMES: [(&str, CueKind); 44] = [
    ("plan", CueKind::Plan),
    ("met", CueKind::Met),
    ("compare", CueKind::Compare),
    ("compare_end", CueKind::CompareEnd),
    ("since", CueKind::Since),
    ("founding", CueKind::Founding),
    ("doc_number", CueKind::DocNumber),
    ("as_of", CueKind::AsOf),
    ("season", CueKind::Season),
    ("season_filler", CueKind::SeasonFiller),
    ("not_season", CueKind::NotSeason),
    ("period", CueKind::Period),
    ("adverb", CueKind::Adverb),
    ("says", CueKind::Says),
    ("day_part", CueKind::DayPart),
    ("congress", CueKind::Congress),
    ("not_congress", CueKind::NotCongress),
    ("holiday", CueKind::Holiday),
    ("holiday_filler", CueKind::HolidayFiller),
    ("stem", CueKind::Stem),
    ("branch", CueKind::Branch),
    ("quarter", CueKind::Quarter),
    ("month", CueKind::Month),
    ("last_year", CueKind::LastYear),
    ("this_year", CueKind::ThisYear),
    ("plural", CueKind::Plural),
    ("soft", CueKind::Soft),
    ("dateline", CueKind::Dateline),
    ("period_of", CueKind::PeriodOf),
    ("same_period", CueKind::SamePeriod),
    ("moved_to", CueKind::MovedTo),
    ("intent", CueKind::Intent),
    ("previous_year", CueKind::PreviousYear),
    ("start", CueKind::Start),
    ("now", CueKind::Now),
    ("now_opener", CueKind::NowOpener),
    ("not_now", CueKind::NotNow),
    ("credit", CueKind::Credit),
    ("then", CueKind::Then),
    ("at_event", CueKind::AtEvent),
    ("award", CueKind::Award),
    ("annual_conference", CueKind::AnnualConference),
    ("review", CueKind::Review),
    ("edition", CueKind::Edition),
];

/// The cues by kind, indexed by [`CueKind`]: asked for on every token of
/// a sentence with a numeral, so no hashing of the kind's name.
#[derive(Debug, Default)]
pub(super) struct Cues {
    by_kind: Vec<Vec<Cue>>,
    /// The last words of each kind's phrases: a token that is none of
    /// them ends no phrase, found with a few length compares (the
    /// comparisons are looked for at every token of a sentence).
    lasts: Vec<Vec<String>>,
    /// [`Cues::lasts`] as a filter: most tokens end no phrase of a kind,
    /// and this says so without comparing strings (the comparisons were
    /// calls to `memcmp`, mispredicted on the words' lengths).
    lasts_filter: Vec<EndsLen>,
    /// The one-word cues by their word: each kind that has it, with its
    /// value. Asked of nearly every token (`Tết`, `năm`, a cycle's stem),
    /// so one look-up instead of a walk over each kind's list.
    one_word: HashMap<String, Vec<(CueKind, Option<u32>)>, WordHash>,
    /// Lets through the words of `one_word` and few others: most tokens
    /// are no cue, and this says so without hashing them.
    one_word_filter: EndsLen,
}

/// The cues of `year_cues.tsv`, read once.
pub(super) static CUES: LazyLock<Cues> = LazyLock::new(|| Cues::parse(YEAR_CUES));

impl Cues {
    /// Reads the tab-separated list; `#` lines and blank lines are notes.
    fn parse(tsv: &'static str) -> Cues {
        let mut by_kind: Vec<Vec<Cue>> = vec![Vec::new(); KIND_NAMES.len()];
        for cols in crate::lexicon::rows(tsv) {
            let mut cols = cols.into_iter();
            let (Some(kind), Some(phrase)) = (cols.next(), cols.next()) else {
                continue;
            };
            let Some(&(_, kind)) = KIND_NAMES.iter().find(|(n, _)| *n == kind) else {
                continue;
            };
            let value = cols.next().and_then(|v| v.parse().ok());
            let words = fold(phrase)
                .split_whitespace()
                .map(str::to_string)
                .collect();
            by_kind[kind as usize].push(Cue { words, value });
        }
        let lasts: Vec<Vec<String>> = by_kind
            .iter()
            .map(|cues| {
                let mut l: Vec<String> = cues
                    .iter()
                    .filter_map(|c| c.words.last().cloned())
                    .collect();
                l.sort_unstable();
                l.dedup();
                l
            })
            .collect();
        let lasts_filter = lasts
            .iter()
            .map(|l: &Vec<String>| EndsLen::new(l.iter().map(String::as_str)))
            .collect();
        let mut one_word: HashMap<String, Vec<(CueKind, Option<u32>)>, WordHash> =
            HashMap::default();
        for &(_, kind) in &KIND_NAMES {
            for c in by_kind[kind as usize].iter().filter(|c| c.words.len() == 1) {
                one_word
                    .entry(c.words[0].clone())
                    .or_default()
                    .push((kind, c.value));
            }
        }
        let one_word_filter = EndsLen::new(one_word.keys().map(String::as_str));
        Cues {
            by_kind,
            lasts,
            lasts_filter,
            one_word,
            one_word_filter,
        }
    }

    /// The cues of `kind`.
    pub fn of(&self, kind: CueKind) -> &[Cue] {
        self.by_kind.get(kind as usize).map_or(&[], Vec::as_slice)
    }

    /// The phrases of `kind` as written in the list, folded.
    pub fn phrases(&self, kind: CueKind) -> impl Iterator<Item = String> + '_ {
        self.of(kind).iter().map(|c| c.words.join(" "))
    }

    /// Whether the one-word cue `word` (folded) is of `kind`.
    pub fn is(&self, kind: CueKind, word: &str) -> bool {
        self.one_word_filter.may_hold(word)
            && self
                .one_word
                .get(word)
                .is_some_and(|ks| ks.iter().any(|(k, _)| *k == kind))
    }

    /// The value of the one-word cue `word` of `kind`.
    pub fn value(&self, kind: CueKind, word: &str) -> Option<u32> {
        if !self.one_word_filter.may_hold(word) {
            return None;
        }
        self.one_word
            .get(word)?
            .iter()
            .find(|(k, _)| *k == kind)
            .and_then(|(_, v)| *v)
    }

    /// Whether `word` (folded) may be the last word of a phrase of `kind`:
    /// false only if it is none, and asked without comparing strings.
    #[inline]
    pub fn may_end(&self, kind: CueKind, word: &str) -> bool {
        self.lasts_filter
            .get(kind as usize)
            .is_some_and(|f| f.may_hold(word))
    }

    /// Where a phrase of `kind` ending at token `end` (exclusive) starts:
    /// the longest one.
    pub fn ending_at(&self, kind: CueKind, toks: &[Token], end: usize) -> Option<usize> {
        let last = toks.get(end.checked_sub(1)?)?;
        let lasts = self.lasts.get(kind as usize)?;
        let filter = self.lasts_filter.get(kind as usize)?;
        if !last.is_word() || !filter.may_hold(last.norm) || !lasts.iter().any(|w| w == last.norm) {
            return None;
        }
        self.of(kind)
            .iter()
            .filter(|c| {
                let n = c.words.len();
                n <= end
                    && toks[end - n..end]
                        .iter()
                        .zip(&c.words)
                        .all(|(t, w)| t.is_word() && t.norm == w)
            })
            .map(|c| end - c.words.len())
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_is_found_ending_at_its_last_word() {
        // Each phrase of each kind, in a sentence of its own with a
        // numeral (only such a sentence has tokens): the filter of last
        // words lets every listed last word through.
        use crate::body::cut;
        use crate::segment::sentences_for_test as sentences;
        for &(_, kind) in &KIND_NAMES {
            for phrase in CUES.phrases(kind) {
                let text = format!("Có {phrase} 2023.");
                let lines = cut(&text, true);
                let s = sentences(&text, &lines);
                let toks = s[0].tokens;
                let end = toks.len() - 2;
                let n = phrase.split_whitespace().count();
                let found = CUES.ending_at(kind, toks, end);
                assert!(found.is_some_and(|f| f <= end - n), "{phrase}");
            }
        }
    }

    #[test]
    fn every_line_of_the_list_is_a_cue_with_its_example() {
        for line in YEAR_CUES.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "kind, phrase, value, example: {line}");
            assert!(
                KIND_NAMES.iter().any(|(n, _)| *n == cols[0]),
                "kind: {line}"
            );
            assert!(!cols[3].is_empty(), "no example: {line}");
        }
    }

    #[test]
    fn the_cycle_names_have_their_places() {
        assert_eq!(CUES.value(CueKind::Stem, "đinh"), Some(3));
        assert_eq!(CUES.value(CueKind::Branch, "dậu"), Some(9));
        assert_eq!(
            CUES.value(CueKind::Branch, "mẹo"),
            CUES.value(CueKind::Branch, "mão")
        );
        assert_eq!(CUES.of(CueKind::Stem).len(), 10);
    }

    #[test]
    fn phrases_are_matched_on_folded_words() {
        assert!(CUES.is(CueKind::Holiday, "tết"));
        assert!(!CUES.is(CueKind::Holiday, "Tết"));
        assert!(CUES.phrases(CueKind::Compare).any(|p| p == "so sánh với"));
    }
}
