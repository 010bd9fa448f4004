//! The unit (organisation) a figure is about.
//!
//! The first named organisation of the headline and lead, fullest form,
//! overridden by a named organisation of the same or a lower level earlier
//! in the claim's own sentence.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use regex::Regex;

use super::LEAD_PARAGRAPHS;
use crate::lexicon::{ADMIN_LEVELS, COMPANY_UNION_HEADS, NAME_STOPS, UNIT_HEADS};
use crate::segment::Sentence;

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

/// What the whole document says about units.
#[derive(Debug, Clone, Default)]
pub struct Units {
    /// The document's unit.
    pub unit: Option<Mention>,
    mentions: Vec<Mention>,
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

impl Units {
    /// Reads the named organisations of the body's sentences.
    pub fn new(text: &str, sentences: &[Sentence]) -> Self {
        let mut mentions = Vec::new();
        // Mentions count in the headline and lead (the document's unit)
        // and in sentences with a numeral (a claim's own unit); the others
        // only for the most frequent mention, the third fallback, so they
        // are read only if it is reached.
        let needed = |s: &&Sentence| s.paragraph < LEAD_PARAGRAPHS || !s.tokens.is_empty();
        mentions_in(text, sentences.iter().filter(needed), &mut mentions);
        let lead_end = super::lead_end(sentences);
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
        Units { unit, mentions }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

    fn ctx(text: &str) -> Units {
        Units::new(text, &sentences(text, &cut(text, false)))
    }

    /// The mentions of a text of one line, read as the extractor reads
    /// them.
    fn unit_mentions(text: &str) -> Vec<Mention> {
        Units::new(text, &sentences(text, &cut(text, true))).mentions
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
    }

    #[test]
    fn a_parenthesised_abbreviation_is_dropped_from_the_unit() {
        let c = ctx("Tiêu đề\n\n(LĐTĐ) Bám sát nhiệm vụ năm 2023, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội đã không ngừng đổi mới.");
        assert_eq!(
            c.unit.map(|u| u.name).as_deref(),
            Some("Liên đoàn Lao động thành phố Hà Nội")
        );
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
}
