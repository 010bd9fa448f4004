//! Attributing context to claims: the unit (organisation) a figure is
//! about, the year it belongs to, and the canonical metric of what it
//! counts.
//!
//! Unit: the first named organisation of the headline and lead, fullest
//! form, overridden by a named organisation of the same or a lower level
//! earlier in the claim's own sentence. Year: the nearest year expression
//! before the claim in its sentence, else the document's year (the lead's,
//! else the most frequent). Metric: abbreviations expanded, tone marks
//! folded, then the first known head in the subject.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use regex::Regex;

use crate::claim::Claim;
use crate::lexicon::{
    folded_word, EndsLen, WordHash, ABBREVIATIONS, ADMIN_LEVELS, CLASSIFIERS, COMPANY_UNION_HEADS,
    METRICS, NAME_STOPS, UNIT_HEADS, YEAR_STARTS,
};
use crate::record::{Kind, Measure};
use crate::segment::{Sentence, TokKind, Token};

/// Paragraphs counted as headline and lead.
const LEAD_PARAGRAPHS: usize = 4;

/// A named organisation found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset in the text.
    pub at: usize,
    /// Its fullest written form, without a parenthesised abbreviation.
    pub name: String,
    /// 1 province or city, 2 district or branch, 3 commune.
    pub level: u8,
}

/// A year expression: `năm 2016`, `tháng 5/2023`, `giai đoạn 2021-2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct YearAt {
    at: usize,
    year: i32,
    /// A term (`nhiệm kỳ 2023 - 2028`): its end year counts for plans only.
    term: bool,
}

/// What the whole document says about units and years.
#[derive(Debug, Clone, Default)]
pub struct DocContext {
    /// The document's unit.
    pub unit: Option<Mention>,
    /// The document's year.
    pub year: Option<i32>,
    mentions: Vec<Mention>,
    years: Vec<YearAt>,
}

/// A named organisation: `Liên đoàn Lao động (LĐLĐ) huyện Sóc Sơn`. With
/// `anchored`, only at the start of the text and without the `Tổng`
/// group (the caller looks for it).
fn unit_pattern(anchored: bool) -> String {
    let heads = alternation(UNIT_HEADS.iter().copied());
    let admins = alternation(ADMIN_LEVELS.iter().map(|(a, _)| *a));
    let front = if anchored {
        "^"
    } else {
        r"(?P<tong>Tổng\s+)?"
    };
    format!(
        r"{front}(?P<head>{heads})(?:\s*\([^)\n]{{1,12}}\))?(?:\s+(?P<admin>{admins}))?(?P<name>(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}]*){{1,5}})"
    )
}

/// The unit pattern, anywhere (the reference for the tests).
#[cfg(test)]
static UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&unit_pattern(false)).expect("unit pattern is valid"));

/// The unit pattern at the start of the text: tried only where a head
/// occurs, so no sentence is scanned by the regex.
static UNIT_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&unit_pattern(true)).expect("unit pattern is valid"));

/// The heads alone: every match of the unit pattern starts at one (or at
/// a `Tổng` just before one). Plain words, so an Aho-Corasick automaton
/// (leftmost-first, as the regex alternation was), not a regex: the regex
/// engine confirmed every candidate of its literal search with its DFA,
/// where the automaton's search gives the match itself.
static HEADS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(UNIT_HEADS)
        .expect("head words are valid")
});

/// `a|b|c` of the words, each matched literally.
fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    words.map(regex::escape).collect::<Vec<_>>().join("|")
}

impl DocContext {
    /// Reads units and years from the body's sentences.
    pub fn new(text: &str, sentences: &[Sentence]) -> Self {
        let mut mentions = Vec::new();
        let mut years = Vec::new();
        // Mentions count in the headline and lead (the document's unit)
        // and in sentences with a numeral (a claim's own unit); the others
        // only for the most frequent mention, the third fallback, so they
        // are read only if it is reached.
        let needed = |s: &&Sentence| s.paragraph < LEAD_PARAGRAPHS || !s.tokens.is_empty();
        mentions_in(text, sentences.iter().filter(needed), &mut mentions);
        for s in sentences {
            year_expressions(s.tokens, &mut years);
        }
        // Headline and lead end where the first later paragraph starts.
        let lead_end = sentences
            .iter()
            .find(|s| s.paragraph >= LEAD_PARAGRAPHS)
            .map_or(usize::MAX, |s| s.start);
        let lead = |at: usize| at < lead_end;
        let unit = mentions
            .iter()
            .find(|m| lead(m.at))
            .cloned()
            .or_else(|| headline_unit(text, sentences))
            .or_else(|| {
                let mut all = mentions.clone();
                mentions_in(text, sentences.iter().filter(|s| !needed(s)), &mut all);
                all.sort_by_key(|m| m.at);
                // Keyed by the document's own words: std's seeded hasher,
                // so no document can make the counting quadratic (the
                // word-list hasher is for the fixed lists only).
                let mut counts: HashMap<&str, usize> = HashMap::new();
                for m in &all {
                    *counts.entry(m.name.as_str()).or_default() += 1;
                }
                let best = counts
                    .iter()
                    .max_by_key(|(n, c)| (**c, std::cmp::Reverse(**n)))?
                    .0;
                all.iter().find(|m| m.name == *best).cloned()
            })
            .or_else(|| place_in_lead(text, sentences));
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
        DocContext {
            unit,
            year,
            mentions,
            years,
        }
    }

    /// The unit of a claim: a named organisation earlier in its sentence at
    /// the document unit's level or below, else the document's.
    pub fn unit_for(&self, sentence: &Sentence, at: usize) -> Option<String> {
        let doc_level = self.unit.as_ref().map_or(0, |u| u.level);
        // Mentions are in text order: the ones of this sentence before the
        // claim are a slice found by binary search.
        let from = self.mentions.partition_point(|m| m.at < sentence.start);
        let to = self.mentions.partition_point(|m| m.at < at);
        self.mentions[from..to.max(from)]
            .iter()
            .rfind(|m| m.level >= doc_level && m.level > 0)
            .or(self.unit.as_ref())
            .map(|m| m.name.clone())
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

fn level_of(admin: Option<&str>, head: &str) -> u8 {
    if let Some(a) = admin {
        return ADMIN_LEVELS
            .iter()
            .find(|(w, _)| *w == a)
            .map_or(2, |(_, l)| *l);
    }
    match head {
        "Tỉnh đoàn" | "Thành đoàn" => 1,
        h if COMPANY_UNION_HEADS.contains(&h) => 3,
        _ => 2,
    }
}

/// The mentions of `sentences`, in order, into `out`: the unit pattern is
/// tried only where a head starts (see `sentence_mentions`). Sentences with
/// nothing but white space between them are searched for heads together:
/// a search per sentence spent more on setting up than on the text.
fn mentions_in<'a>(
    text: &str,
    sentences: impl Iterator<Item = &'a Sentence<'a>>,
    out: &mut Vec<Mention>,
) {
    let mut starts = Vec::new();
    let mut run: Vec<Range<usize>> = Vec::new();
    for s in sentences {
        let joins = run.last().is_some_and(|r| {
            text.get(r.end..s.start)
                .is_some_and(|gap| gap.bytes().all(|b| b.is_ascii_whitespace()))
        });
        if !joins {
            run_mentions(text, &run, &mut starts, out);
            run.clear();
        }
        run.push(s.start..s.end);
    }
    run_mentions(text, &run, &mut starts, out);
}

/// The mentions of a run of sentences (in order, white space between
/// them), sentence by sentence, from one search for heads over the run.
/// Every place a head starts counts, overlapping ones too (`LĐLĐLĐ`): each
/// search goes on one character after the last start. A start counts for
/// a sentence when a head there ends in it, as if it were searched alone.
fn run_mentions(text: &str, run: &[Range<usize>], starts: &mut Vec<usize>, out: &mut Vec<Mention>) {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return;
    };
    let end = last.end;
    starts.clear();
    let mut k = 0;
    let mut pos = first.start;
    while let Some(m) = HEADS.find(Input::new(&text[..end]).span(pos..end)) {
        // The sentences before the one the head starts in are done.
        while run[k].end <= m.start() {
            if !starts.is_empty() {
                sentence_mentions(text, run[k].clone(), starts, out);
                starts.clear();
            }
            k += 1;
        }
        let s = &run[k];
        // No head holds the mark that ends a sentence, so none crosses
        // one; should one, the sentence's own search decides.
        let inside = m.end() <= s.end
            || HEADS
                .find(Input::new(&text[..s.end]).span(m.start()..s.end))
                .is_some_and(|n| n.start() == m.start());
        if m.start() >= s.start && inside {
            starts.push(m.start());
        }
        pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
    }
    if !starts.is_empty() {
        sentence_mentions(text, run[k].clone(), starts, out);
    }
}

/// The mentions of the sentence `text[sentence]`, given where heads start
/// in it (sorted): what `UNIT.find_iter` finds on the sentence, without
/// scanning it. A match starts at a head, or at `Tổng` before one (then it
/// is skipped); after a match the search goes on at its end.
fn sentence_mentions(text: &str, sentence: Range<usize>, heads: &[usize], out: &mut Vec<Mention>) {
    let mut resume = sentence.start;
    for &at in heads {
        if at < resume || at < sentence.start {
            continue;
        }
        let Some(m) = UNIT_AT.find(&text[at..sentence.end]) else {
            continue;
        };
        let before = &text[resume..at];
        let spaced = before.trim_end_matches(char::is_whitespace);
        let tong = spaced.len() < before.len() && spaced.ends_with("Tổng");
        resume = at + m.end();
        if !tong {
            out.extend(mention_of(m.as_str(), at));
        }
    }
}

/// The mention a whole unit match at `at` makes, if it names one.
fn mention_of(m: &str, at: usize) -> Option<Mention> {
    let (head, admin, name) = unit_parts(m)?;
    // Place-name words end before a person's name or a title.
    let words = || {
        name.split_whitespace()
            .take_while(|w| !NAME_STOPS.contains(w))
    };
    // No place-name word: no mention.
    words().next()?;
    // `LĐLĐ Thành phố` alone is a short form: the admin word must be
    // followed by a name, and heads without an admin word need a type.
    let typed_head =
        head.starts_with("Công đoàn") || head.ends_with("đoàn") && !head.starts_with("Liên");
    if admin.is_none() && !typed_head {
        return None;
    }
    // The name is the match's words joined by single spaces, so never
    // longer than the match: one allocation, not one per word.
    let mut full = String::with_capacity(m.len());
    full.push_str(head);
    if let Some(a) = admin {
        full.push(' ');
        full.push_str(a);
    }
    for w in words() {
        full.push(' ');
        full.push_str(w);
    }
    Some(Mention {
        at,
        name: full,
        level: level_of(admin, head),
    })
}

/// The name part of `UNIT`, alone and whole.
static UNIT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+\p{Lu}[\p{L}\p{M}]*){1,5}$").expect("name pattern is valid")
});

/// The parts of a whole `UNIT` match: head, admin word, name words
/// (leading space kept); `None` for a `Tổng …` match, which is skipped.
/// The variants are tried in the regex's own order of preference (heads
/// and admin words in list order, a parenthesis before none, an admin word
/// before none), so the first that spans the match is the regex's.
fn unit_parts(m: &str) -> Option<(&'static str, Option<&'static str>, &str)> {
    // No head starts with `Tổng`: a match that does is the skipped group.
    if m.starts_with("Tổng") {
        return None;
    }
    for head in UNIT_HEADS.iter().filter(|h| m.starts_with(**h)) {
        let rest = &m[head.len()..];
        let parens = paren_end(rest).map(|n| &rest[n..]).into_iter();
        for r in parens.chain(std::iter::once(rest)) {
            let spaced = r.trim_start();
            let admins = ADMIN_LEVELS
                .iter()
                .filter(|_| spaced.len() < r.len())
                .filter_map(|(a, _)| Some((Some(*a), spaced.strip_prefix(a)?)));
            for (admin, name) in admins.chain(std::iter::once((None, r))) {
                if UNIT_NAME.is_match(name) {
                    return Some((head, admin, name));
                }
            }
        }
    }
    None
}

/// The byte length of a leading `\s*\([^)\n]{1,12}\)`, if `s` opens with one.
fn paren_end(s: &str) -> Option<usize> {
    let t = s.trim_start();
    let inner = t.strip_prefix('(')?;
    let close = inner.find([')', '\n'])?;
    let n = inner[..close].chars().count();
    (inner[close..].starts_with(')') && (1..=12).contains(&n))
        .then(|| s.len() - t.len() + 1 + close + 1)
}

static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4}")
        .expect("place pattern is valid")
});

/// `… tại tỉnh Quảng Ninh …`: the first place named in the headline or
/// lead, when no organisation is.
fn place_in_lead(text: &str, sentences: &[Sentence]) -> Option<Mention> {
    sentences
        .iter()
        .filter(|s| s.paragraph < LEAD_PARAGRAPHS)
        .find_map(|s| {
            let m = PLACE.find(&text[s.start..s.end])?;
            Some(Mention {
                at: s.start + m.start(),
                name: m.as_str().to_string(),
                level: 1,
            })
        })
}

/// `Quảng Ninh: …` — a short title-case prefix of the headline.
fn headline_unit(text: &str, sentences: &[Sentence]) -> Option<Mention> {
    let first = sentences.first()?;
    let line = &text[first.start..first.end];
    let (prefix, _) = line.split_once(':')?;
    let words: Vec<&str> = prefix.split_whitespace().collect();
    let all_title = words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || ADMIN_LEVELS.iter().any(|(a, _)| a == w));
    (!words.is_empty() && words.len() <= 6 && all_title).then(|| Mention {
        at: first.start,
        name: prefix.trim().to_string(),
        level: 2,
    })
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

/// The canonical metric of a claim (SPEC §3): money is `đồng`; otherwise
/// the first known metric in the expanded subject, else the expanded subject.
pub fn metric(claim: &Claim) -> Option<String> {
    if claim.measure == Measure::Vnd {
        return Some("đồng".to_string());
    }
    let subject = claim.counted.as_deref().or(claim.subject.as_deref())?;
    let expanded = expand(subject);
    // `expand` joins its words with single spaces: the words from the
    // `p`-th on are the text from its start, no joining needed.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(expanded.match_indices(' ').map(|(i, _)| i + 1))
        .filter(|_| !expanded.is_empty())
        .collect();
    let first_word = expanded.split(' ').next().unwrap_or("");
    let skip = usize::from(CLASSIFIERS.contains(&first_word) && starts.len() > 1);
    let starts = &starts[skip..];
    // A known head at the start; else a known head of two words or more
    // anywhere (`chỉ tiêu về phát triển đoàn viên`), never a one-word head
    // inside another word group (`sở` in `cơ sở Hội`).
    for (p, &at) in starts.iter().enumerate() {
        let rest = &expanded[at..];
        if let Some((_, canon)) = METRICS.iter().find(|(m, _)| {
            // `rest` is `m` or starts with `m` and a space (no `format!`);
            // the prefix test first, as it fails at the first byte for
            // nearly every head.
            rest.strip_prefix(*m)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                && (p == 0 || m.as_bytes().contains(&b' '))
        }) {
            return Some((*canon).to_string());
        }
    }
    starts
        .first()
        .map(|&at| expanded[at..].to_string())
        .filter(|s| !s.is_empty())
}

/// Expands abbreviations word by word and folds case and tone marks:
/// `bản TƯLĐTT` → `bản thỏa ước lao động tập thể`.
pub fn expand(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len() + 16);
    let mut folded = String::new();
    for raw in
        phrase.split(|c: char| c.is_whitespace() || c == '/' || c == '“' || c == '”' || c == '"')
    {
        if raw.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        match ABBREVIATION_MAP.get(raw) {
            Some(long) => out.push_str(long),
            None => out.push_str(folded_word(raw, &mut folded)),
        }
    }
    out
}

/// [`ABBREVIATIONS`] by short form (the first entry of a form wins, as a
/// search of the list would find it).
static ABBREVIATION_MAP: LazyLock<HashMap<&'static str, &'static str, WordHash>> =
    LazyLock::new(|| {
        let mut map = HashMap::default();
        for (short, long) in ABBREVIATIONS {
            map.entry(*short).or_insert(*long);
        }
        map
    });

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

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

    fn ctx(text: &str) -> DocContext {
        DocContext::new(text, &sentences(text, &cut(text, false)))
    }

    /// The mentions of a text of one line, read as the extractor reads
    /// them.
    fn unit_mentions(text: &str) -> Vec<Mention> {
        DocContext::new(text, &sentences(text, &cut(text, true))).mentions
    }

    #[test]
    fn mentions_found_at_the_heads_are_the_regex_matches() {
        // `mentions_in` tries the pattern only where a head starts;
        // it must find what scanning every sentence with `UNIT` finds.
        let texts = crate::test_support::fixture_texts_and(&[
            "Tổng Liên đoàn Lao động Việt Nam và Liên đoàn Lao động tỉnh Nam Định họp.",
            "LĐLĐLĐ Hà Nội; Tổng  LĐLĐ Thành phố Hà Nội; xTổng Công đoàn Viên chức Hà Nội.",
            "Liên đoàn Lao động tổ chức; Công đoàn ngành Giáo dục Hà Nội. Công đoàn cơ sở Công ty May 10 có 5 người.",
            "Tổng\nLĐLĐ huyện Ba Vì. Hội LHPN Hội Nông dân xã Tân Lập, Đoàn TNCS Hồ Chí Minh tỉnh Nam Định",
            "Công đoàn Công ty Công đoàn Trường Đại học A, LĐLĐ (Tp.HCM) Quận Một",
            "Có 5 CĐCS. LĐLĐ quận Ba Đình! Hội Nông dân xã Tân Lập. Có 7 người.",
        ]);
        for text in &texts {
            let sentences = sentences(text, &cut(text, true));
            let mut want = Vec::new();
            for s in &sentences {
                for m in UNIT.find_iter(&text[s.start..s.end]) {
                    if !m.as_str().starts_with("Tổng") {
                        want.extend(mention_of(m.as_str(), s.start + m.start()));
                    }
                }
            }
            let mut got = Vec::new();
            mentions_in(text, sentences.iter(), &mut got);
            assert_eq!(got, want, "{}", &text[..text.len().min(80)]);
            // Sentences skipped (as the extractor skips those it does not
            // need) break the runs searched together: what lies between
            // two kept ones is no part of either.
            for keep in [0, 1] {
                let mut want = Vec::new();
                let kept: Vec<_> = sentences.iter().skip(keep).step_by(2).collect();
                for s in &kept {
                    mentions_in(text, std::iter::once(*s), &mut want);
                }
                let mut got = Vec::new();
                mentions_in(text, kept.iter().copied(), &mut got);
                assert_eq!(got, want, "{}", &text[..text.len().min(80)]);
            }
        }
    }

    #[test]
    fn the_parts_read_off_a_match_are_the_regex_groups() {
        // `unit_parts` replaces `UNIT`'s captures: on every match it must
        // give the same head, admin word and name, including the ones
        // where the regex had to choose (a parenthesis or not, an admin
        // word or a name, `Tổng`).
        for text in [
            "Liên đoàn Lao động (LĐLĐ) huyện Sóc Sơn tổ chức",
            "LĐLĐ thành phố Hà Nội và LĐLĐ Thành phố Hồ Chí Minh",
            "Tổng Liên đoàn Lao động Việt Nam; Công đoàn Công ty Điện lực Hà Nội Mới",
            "Công đoàn cơ sở Công ty May 10 và Công đoàn ngành Giáo dục",
            "LĐLĐ (TP HCM) Quận Một, Hội LHPN xã Tân Lập, Đoàn TNCS Hồ Chí Minh tỉnh Nam Định",
            "LĐLĐ TP Hải Phòng, LĐLĐ Huyện Ba Vì Ông Nguyễn Văn A, Thành đoàn Hà Nội",
            "Công đoàn Viên chức (CĐVC xyz dài quá mười hai) Tỉnh Bình Dương",
            "Hội Nông dân  \u{a0}Thị xã  Sơn Tây",
        ] {
            for m in UNIT.find_iter(text) {
                let c = UNIT.captures(m.as_str()).expect("a match matches itself");
                let want = c.name("tong").is_none().then(|| {
                    (
                        c.name("head").map(|h| h.as_str()),
                        c.name("admin").map(|a| a.as_str()),
                        c.name("name").map(|n| n.as_str()),
                    )
                });
                let got = unit_parts(m.as_str()).map(|(h, a, n)| (Some(h), a, Some(n)));
                assert_eq!(got, want, "{}", m.as_str());
            }
        }
    }

    #[test]
    fn the_unit_comes_from_the_headline() {
        let c = ctx("LĐLĐ quận Thanh Xuân:\n\nNhiều hoạt động\n\nNăm 2016, LĐLĐ quận đã …");
        assert_eq!(
            c.unit.map(|u| u.name).as_deref(),
            Some("LĐLĐ quận Thanh Xuân")
        );
        assert_eq!(c.year, Some(2016));
    }

    #[test]
    fn a_parenthesised_abbreviation_is_dropped_from_the_unit() {
        let c = ctx("Tiêu đề\n\n(LĐTĐ) Bám sát nhiệm vụ năm 2023, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội đã không ngừng đổi mới.");
        assert_eq!(
            c.unit.map(|u| u.name).as_deref(),
            Some("Liên đoàn Lao động thành phố Hà Nội")
        );
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

    #[test]
    fn a_person_after_the_place_is_not_part_of_the_unit() {
        let m = unit_mentions("Phó Chủ tịch LĐLĐ thành phố Hà Nội Phạm Bá Vĩnh ghi nhận");
        assert_eq!(m[0].name, "LĐLĐ thành phố Hà Nội");
    }

    #[test]
    fn a_place_in_the_lead_is_the_last_resort_unit() {
        let c =
            ctx("Tăng trưởng vượt kế hoạch\nNăm 2023, tỉnh Quảng Ninh có 1.200 doanh nghiệp mới.");
        assert_eq!(c.unit.map(|u| u.name).as_deref(), Some("tỉnh Quảng Ninh"));
    }

    #[test]
    fn with_no_unit_in_the_lead_the_most_frequent_mention_is_the_unit() {
        // The mentions of sentences without a numeral, after the lead, are
        // read only for this fallback: it must still see them.
        let text = "Tin tức công đoàn\nMột\nHai\nBa\n\
                    Ông A làm việc với LĐLĐ huyện Mê Linh.\n\
                    LĐLĐ huyện Ba Vì tổ chức hội nghị.\n\
                    Sau đó LĐLĐ huyện Ba Vì trao quà.\n\
                    Có 120 đoàn viên được thăm hỏi.";
        let c = ctx(text);
        assert_eq!(c.unit.map(|u| u.name).as_deref(), Some("LĐLĐ huyện Ba Vì"));
    }

    #[test]
    fn a_company_union_is_a_unit_below_the_district() {
        let m = unit_mentions("Công đoàn Công ty TNHH Trung Thành đã trao 50 suất quà");
        assert_eq!(m[0].name, "Công đoàn Công ty TNHH Trung Thành");
        assert_eq!(m[0].level, 3);
    }

    #[test]
    fn the_national_federation_is_not_a_unit() {
        assert!(unit_mentions("Tổng LĐLĐ Việt Nam đã tặng").is_empty());
    }

    #[test]
    fn metrics_are_expanded_and_folded() {
        let claim = |s: &str| Claim {
            sentence: 0,
            start: 0,
            end: 0,
            achieved: Some(1.0),
            target: None,
            percent: None,
            percent_decimals: 0,
            qualifier: Default::default(),
            percent_qualifier: Default::default(),
            kind: Kind::Actual,
            measure: Measure::Count,
            basis: Default::default(),
            subject: Some(s.to_string()),
            quote: 0..0,
            counted: None,
        };
        assert_eq!(
            metric(&claim("bản TƯLĐTT")).as_deref(),
            Some("thỏa ước lao động tập thể")
        );
        assert_eq!(
            metric(&claim("Công đoàn cơ sở")).as_deref(),
            Some("công đoàn cơ sở")
        );
        assert_eq!(
            metric(&claim("bản thoả ước lao động tập thể")).as_deref(),
            Some("thỏa ước lao động tập thể")
        );
        assert_eq!(
            metric(&claim("đoàn viên công đoàn")).as_deref(),
            Some("đoàn viên")
        );
        assert_eq!(metric(&claim("cơ sở Hội")).as_deref(), Some("cơ sở hội"));
        assert_eq!(metric(&claim("sở")).as_deref(), Some("sở"));
        assert_eq!(
            metric(&claim("chỉ tiêu về phát triển đoàn viên")).as_deref(),
            Some("đoàn viên")
        );
    }
}
