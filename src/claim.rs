//! Recognising claims: which numerals of a sentence are statistics, what
//! they count, and how the figures of one clause group into one claim.
//!
//! Input: sentences of tokens (from `segment`). Output: `Claim`s with byte
//! spans, values, qualifier, kind, basis and subject as written. Unit, year
//! and metric are attributed by `context`; arithmetic by `check`.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon::*;
use crate::number::{self, Numeral};
use crate::record::{Basis, Kind, Measure, Qualifier};
use crate::segment::{Sentence, TokKind, Token};

/// A claim as recognised in one clause, before context and checking.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index of its sentence.
    pub sentence: usize,
    /// Byte offset of its first figure.
    pub start: usize,
    /// Byte offset past its last figure.
    pub end: usize,
    /// The value reached.
    pub achieved: Option<f64>,
    /// The whole or target it is measured against.
    pub target: Option<f64>,
    /// The stated percent.
    pub percent: Option<f64>,
    /// Decimals the percent was written with.
    pub percent_decimals: u32,
    /// The qualifier of the claim (of its count, else of its percent).
    pub qualifier: Qualifier,
    /// The qualifier of the percent alone: a bound for the check.
    pub percent_qualifier: Qualifier,
    /// Actual, plan or criterion.
    pub kind: Kind,
    /// Count, money or percent.
    pub measure: Measure,
    /// What the percent is of.
    pub basis: Basis,
    /// The counted noun phrase as written.
    pub subject: Option<String>,
    /// The clause, as a byte range of the text.
    pub quote: Range<usize>,
    /// What is counted, when the counted noun is only `người`:
    /// `nâng tổng số hội viên lên 412.345 người` counts `hội viên`.
    pub counted: Option<String>,
}

#[derive(Debug, Clone)]
enum ItemKind {
    Count,
    Money,
    Percent,
}

#[derive(Debug, Clone)]
struct Item {
    kind: ItemKind,
    value: f64,
    decimals: u32,
    target: Option<f64>,
    first: usize,
    last: usize,
    qualifier: Qualifier,
    criterion: bool,
    subject: Option<Range<usize>>,
    basis: Basis,
    join_cue: bool,
    whole_link: bool,
    plan_here: bool,
    counted: Option<Range<usize>>,
}

/// Recognises the claims of every sentence.
pub fn recognise(text: &str, sentences: &[Sentence]) -> Vec<Claim> {
    let mut out = Vec::new();
    // Its lists are reused from sentence to sentence.
    let mut cues = Cues::default();
    for (si, s) in sentences.iter().enumerate() {
        // Most sentences hold no numeral, and only those have tokens
        // (`Sentence::tokens`): nothing to read in the others.
        if s.tokens.is_empty() {
            continue;
        }
        cues.read(s.tokens);
        for clause in s.clauses() {
            let items = scan_clause(text, s, clause.clone());
            group(text, s, si, &cues, clause.clone(), items, &mut out);
        }
    }
    out
}

// ---------------------------------------------------------------- helpers

/// Whether the token norms ending just before `i` spell `phrase`.
fn ends_with(toks: &[Token], i: usize, phrase: &str) -> bool {
    // Called for every list entry at every figure: the words of `phrase`
    // are peeled off its end, no splitting and no allocation (a norm never
    // holds a space, so this is word-by-word equality).
    let mut rest = phrase;
    let mut k = i;
    while k > 0 {
        let Some(before) = toks
            .get(k - 1)
            // The last byte rejects most candidates without a `memcmp`.
            .filter(|t| rest.as_bytes().last() == t.norm.as_bytes().last())
            .and_then(|t| rest.strip_suffix(t.norm))
        else {
            return false;
        };
        if before.is_empty() {
            return true;
        }
        let Some(before) = before.strip_suffix(' ') else {
            return false;
        };
        rest = before;
        k -= 1;
    }
    false
}

/// Whether the token norms starting at `i` spell `phrase`.
fn starts_with(toks: &[Token], i: usize, phrase: &str) -> bool {
    // Called for every list entry at every token: the words of `phrase`
    // are peeled off its start, no splitting and no allocation; the first
    // word decides most calls.
    let mut rest = phrase;
    let mut k = i;
    loop {
        let Some(after) = toks
            .get(k)
            // The first byte rejects most candidates without a `memcmp`.
            .filter(|t| rest.as_bytes().first() == t.norm.as_bytes().first())
            .and_then(|t| rest.strip_prefix(t.norm))
        else {
            return false;
        };
        if after.is_empty() {
            return true;
        }
        let Some(after) = after.strip_prefix(' ') else {
            return false;
        };
        rest = after;
        k += 1;
    }
}

/// A word list indexed by the first and the last word of its phrases:
/// the phrases that can start (or end) at a token are one hash lookup
/// away, not a scan of the list for every token.
pub(crate) struct Phrases {
    by_first: WordIndex,
    by_last: WordIndex,
}

/// Phrases by one of their words, longest first.
struct WordIndex {
    phrases: HashMap<&'static str, Vec<&'static str>, WordHash>,
    /// The keys by end bytes and length: most tokens are ruled out
    /// before any hashing.
    filter: EndsLen,
}

impl WordIndex {
    fn new() -> Self {
        WordIndex {
            phrases: HashMap::default(),
            filter: EndsLen::new([]),
        }
    }

    fn add(&mut self, word: &'static str, phrase: &'static str) {
        self.phrases.entry(word).or_default().push(phrase);
        self.filter.add(word);
    }

    fn get(&self, w: &str) -> Option<&Vec<&'static str>> {
        if !self.filter.may_hold(w) {
            return None;
        }
        self.phrases.get(w)
    }
}

impl Phrases {
    fn new(list: &[&'static str]) -> Self {
        let mut p = Phrases {
            by_first: WordIndex::new(),
            by_last: WordIndex::new(),
        };
        // Longest first; among equals the later entry first, as
        // `max_by_key` over the list chose.
        let mut order: Vec<(usize, &'static str)> = list.iter().copied().enumerate().collect();
        order.sort_by_key(|&(i, w)| std::cmp::Reverse((w.split(' ').count(), i)));
        for (_, w) in order {
            if let (Some(first), Some(last)) = (w.split(' ').next(), w.split(' ').next_back()) {
                p.by_first.add(first, w);
                p.by_last.add(last, w);
            }
        }
        p
    }

    /// Whether the list holds the one-word phrase `w`.
    fn has_word(&self, w: &str) -> bool {
        self.starting(w).is_some_and(|c| c.contains(&w))
    }

    /// The phrases whose first word is `w`, longest first.
    fn starting(&self, w: &str) -> Option<&Vec<&'static str>> {
        self.by_first.get(w)
    }

    /// The phrases whose last word is `w`, longest first.
    fn ending(&self, w: &str) -> Option<&Vec<&'static str>> {
        self.by_last.get(w)
    }
}

macro_rules! phrases {
    ($($name:ident = $list:ident;)*) => {
        $(
            #[doc = concat!("[`", stringify!($list), "`], indexed.")]
            static $name: LazyLock<Phrases> = LazyLock::new(|| Phrases::new($list));
        )*
    };
}

phrases! {
    SUBJECT_STOP_SET = SUBJECT_STOPS;
    WHOLE_LINK_SET = WHOLE_LINKS;
    TARGET_WORD_SET = TARGET_WORDS;
    PLAN_CUE_SET = PLAN_CUES;
    DOCUMENT_TYPE_SET = DOCUMENT_TYPES;
    NAME_HEAD_SET = NAME_HEADS;
    MONEY_NOUN_SET = MONEY_NOUNS;
    JOIN_CUE_SET = JOIN_CUES;
    CHANGE_CUE_SET = CHANGE_CUES;
    EXCESS_CUE_SET = EXCESS_CUES;
    WHOLE_CUE_SET = WHOLE_CUES;
}

/// The longest phrase of `list` ending just before `i`, with its length in
/// tokens.
fn phrase_before(toks: &[Token], i: usize, list: &Phrases) -> Option<(&'static str, usize)> {
    let last = toks.get(i.checked_sub(1)?)?;
    list.ending(last.norm)?
        .iter()
        .find(|p| ends_with(toks, i, p))
        .map(|p| (*p, p.split(' ').count()))
}

/// The longest phrase of `list` starting at `i`, with its length in tokens.
fn phrase_after(toks: &[Token], i: usize, list: &Phrases) -> Option<(&'static str, usize)> {
    list.starting(toks.get(i)?.norm)?
        .iter()
        .find(|p| starts_with(toks, i, p))
        .map(|p| (*p, p.split(' ').count()))
}

fn word<'a>(toks: &'a [Token<'a>], i: usize) -> Option<&'a str> {
    toks.get(i).filter(|t| t.is_word()).map(|t| t.norm)
}

fn is_title_case(text: &str, t: &Token) -> bool {
    let s = &text[t.start..t.end];
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

fn is_upper_start(text: &str, t: &Token) -> bool {
    text[t.start..t.end].starts_with(char::is_uppercase)
}

fn is_year_value(n: &Numeral) -> bool {
    n.plain && n.int_digits == 4 && (1900..=2100).contains(&n.mantissa)
}

fn scale_of(t: &Token) -> Option<u32> {
    SCALE_WORDS
        .iter()
        .find(|(w, _)| t.is_word() && t.norm == *w)
        .map(|(_, e)| *e)
}

/// `đồng` is money unless it starts `đồng chí`, `đồng bào` …
fn is_currency(toks: &[Token], k: usize) -> bool {
    let Some(w) = word(toks, k) else { return false };
    if !CURRENCY_WORDS.contains(&w) {
        return false;
    }
    if w == "đồng" {
        return !word(toks, k + 1).is_some_and(|n| DONG_COMPOUNDS.contains(&n));
    }
    true
}

/// Whether a counted noun can start at `k`: a word that is no function
/// word, or an opening quote before one.
fn noun_starts(toks: &[Token], k: usize) -> bool {
    let k = if toks
        .get(k)
        .is_some_and(|t| matches!(t.punct(), Some('“' | '"' | '‘')))
    {
        k + 1
    } else {
        k
    };
    match toks.get(k) {
        Some(t) if t.is_word() => {
            // `12 tổ chức công đoàn`: a stop that is also a noun may open
            // the phrase.
            let stop = (SUBJECT_STOP_SET.has_word(t.norm)
                || phrase_after(toks, k, &SUBJECT_STOP_SET).is_some())
                && !NOUN_STOPS.iter().any(|n| starts_with(toks, k, n));
            !stop && !QUALIFIERS_BEFORE.iter().any(|(q, _)| t.norm == *q)
        }
        _ => false,
    }
}

fn counts_as_noun_evidence(toks: &[Token], k: usize) -> bool {
    if toks.get(k).is_some_and(|t| t.is('%')) || toks.get(k).and_then(scale_of).is_some() {
        return true;
    }
    if is_currency(toks, k) {
        return true;
    }
    let k = if toks
        .get(k)
        .is_some_and(|t| matches!(t.punct(), Some('“' | '"')))
    {
        k + 1
    } else {
        k
    };
    METRICS.iter().any(|(m, _)| starts_with(toks, k, m))
        || ABBREVIATIONS
            .iter()
            .any(|(a, _)| toks.get(k).is_some_and(|t| t.norm == a.to_lowercase()))
        || word(toks, k).is_some_and(|w| CLASSIFIERS.contains(&w))
}

/// The counted noun phrase starting at `k`: words up to a stop word or
/// punctuation, at most `max` words; `/` may join words
/// (`lĩnh vực/ngành nghề`), quotes may enclose it (`100 “Công nhân giỏi
/// Thủ đô”`). Returns the token range.
fn subject_at(toks: &[Token], k: usize, max: usize) -> Option<Range<usize>> {
    let mut i = k;
    let quoted = toks
        .get(i)
        .is_some_and(|t| matches!(t.punct(), Some('“' | '"' | '‘')));
    if quoted {
        i += 1;
    }
    let first = i;
    let mut words = 0;
    let mut last = None;
    while let Some(t) = toks.get(i) {
        if t.is_word() {
            if words > 0
                && !quoted
                && (SUBJECT_STOP_SET.has_word(t.norm)
                    || phrase_after(toks, i, &SUBJECT_STOP_SET).is_some())
            {
                break;
            }
            words += 1;
            last = Some(i);
            if words >= max {
                break;
            }
            i += 1;
        } else if (t.is('/') && word(toks, i + 1).is_some() && words > 0)
            || (t.is('-') && t.space_before && quoted)
        {
            i += 1;
        } else {
            break;
        }
    }
    last.map(|l| first..l + 1)
}

/// The words before a cue, as the subject of a percent with no noun after
/// it (`Tổng số đoàn viên tăng 78,3%`).
fn subject_before(toks: &[Token], end: usize, from: usize) -> Option<Range<usize>> {
    let mut i = end;
    let mut n = 0;
    while i > from && n < 10 {
        let t = &toks[i - 1];
        if !t.is_word() || SUBJECT_STOP_SET.has_word(t.norm) {
            break;
        }
        i -= 1;
        n += 1;
    }
    (n > 0).then_some(i..end)
}

/// The longest qualifier written just before token `i` (`gần`, `ít nhất`,
/// `ước đạt`), with its length in tokens.
fn qualifier_before(toks: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS_BEFORE
        .iter()
        .filter(|(w, _)| ends_with(toks, i, w))
        .map(|(w, q)| (*q, w.split(' ').count()))
        .max_by_key(|(_, len)| *len)
}

/// The qualifier written from token `k` on (`trở lên`, `trở xuống`), with
/// its length in tokens.
fn qualifier_after(toks: &[Token], k: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS_AFTER
        .iter()
        .filter(|(w, _)| starts_with(toks, k, w))
        .map(|(w, q)| (*q, w.split(' ').count()))
        .max_by_key(|(_, len)| *len)
}

enum Outcome {
    Skip(usize),
    Item(Item, usize),
}

// ---------------------------------------------------------------- scanning

fn scan_clause(text: &str, s: &Sentence, clause: Range<usize>) -> Vec<Item> {
    let toks = s.tokens;
    let mut items = Vec::new();
    let mut i = clause.start;
    while i < clause.end {
        if toks[i].kind != TokKind::Num {
            i += 1;
            continue;
        }
        match figure_at(text, toks, i, clause.start) {
            Outcome::Skip(next) => i = next.max(i + 1),
            Outcome::Item(item, next) => {
                items.push(item);
                i = next.max(i + 1);
            }
        }
    }
    items
}

/// Reads the figure whose numeral is token `i`, or says how far to skip.
fn figure_at(text: &str, toks: &[Token], i: usize, clause_start: usize) -> Outcome {
    let t = &toks[i];
    let prev = i.checked_sub(1).map(|j| &toks[j]);
    // Glued to a word, a number or a joiner on its left: `Covid-19`, `U22`,
    // `kỳ III/2023`, the minutes of `13:56`.
    if let Some(p) = prev {
        if !t.space_before
            && (p.kind != TokKind::Punct
                || matches!(
                    p.punct(),
                    Some('-' | '–' | '/' | '.' | ',' | ':' | '_' | '#' | '+' | '&' | '@')
                ))
        {
            return Outcome::Skip(i + 1);
        }
    }
    let Some(num) = number::parse(t.norm) else {
        return Outcome::Skip(i + 1);
    };
    let next = toks.get(i + 1);
    // Times: `13:56`.
    if next.is_some_and(|n| n.is(':') && !n.space_before)
        && toks
            .get(i + 2)
            .is_some_and(|n| n.kind == TokKind::Num && !n.space_before)
    {
        return Outcome::Skip(i + 3);
    }
    // Glued to letters on the right (`7h30`, `5G`), unless money (`500.000đ`).
    if next.is_some_and(|n| n.is_word() && !n.space_before) && !is_currency(toks, i + 1) {
        return Outcome::Skip(i + 2);
    }

    // A slash chain: a fraction, a date, or a document number.
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
    // `10/KH-LĐLĐ`, `02-NQ/TW`, `15/NQ- LĐLĐ`, `2200- QĐ-/TU`.
    if toks
        .get(j)
        .is_some_and(|n| matches!(n.punct(), Some('/' | '-' | '–')) && !n.space_before)
        && toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && is_upper_start(text, n))
    {
        return Outcome::Skip(j + 2);
    }
    let prev_word = word(toks, i.wrapping_sub(1));
    if links >= 3 {
        return Outcome::Skip(j); // `29/7/2021`
    }
    let mut target = None;
    if links == 2 {
        let Some(b) = number::parse(toks[i + 2].norm) else {
            return Outcome::Skip(j);
        };
        let day_month = num.is_whole()
            && b.is_whole()
            && (1..=31).contains(&num.mantissa)
            && (1..=12).contains(&b.mantissa);
        let is_date = prev_word.is_some_and(|w| DATE_CUES.contains(&w))
            || (prev.is_some_and(|p| p.is('(')) && toks.get(j).is_some_and(|n| n.is(')')))
            || (is_year_value(&b) && num.mantissa <= 12)
            || (day_month
                && (!noun_starts(toks, j)
                    || word(toks, j).is_some_and(|w| TIME_UNITS.contains(&w) || w == "lần")));
        if is_date {
            return Outcome::Skip(j);
        }
        target = Some(b);
    } else if let Some(sep) = toks.get(j) {
        // Ranges and terms: `2023 - 2028`, `2021-2022`, `4-5 triệu đồng`,
        // `từ 2.000 đến 2.500`: not required, not emitted.
        let dash = matches!(sep.punct(), Some('-' | '–'));
        let to = prev_word == Some("từ") && matches!(sep.norm, "đến" | "tới");
        if (dash || to) && toks.get(j + 1).is_some_and(|n| n.kind == TokKind::Num) {
            return Outcome::Skip(j + 2);
        }
    }
    // The number's own left context.
    if let Some(w) = prev_word {
        let tong_so = w == "số" && matches!(word(toks, i.wrapping_sub(2)), Some("tổng" | "trong"));
        if (ORDINAL_BEFORE.contains(&w) && !tong_so)
            || VAGUE_WORDS.contains(&w)
            || phrase_before(toks, i, &DOCUMENT_TYPE_SET).is_some()
            || phrase_before(toks, i, &NAME_HEAD_SET).is_some()
        {
            return Outcome::Skip(j);
        }
        if w == "năm" && target.is_none() {
            return Outcome::Skip(j);
        }
    }
    // A number after a title-case word inside a sentence is part of a name:
    // `Sư đoàn 301`, `Quý Mão 2023`, `Điều 17`.
    if let Some(p) = prev {
        let initial = i < 2 || toks[i - 2].kind == TokKind::Punct && !toks[i - 2].is(',');
        if p.is_word()
            && is_title_case(text, p)
            && !initial
            && !QUALIFIERS_BEFORE.iter().any(|(q, _)| p.norm == *q)
        {
            return Outcome::Skip(j);
        }
    }
    // A number that opens a short quoted title is part of the name:
    // `Chương trình “1 triệu sáng kiến”`.
    if prev.is_some_and(|p| matches!(p.punct(), Some('“' | '"')))
        && toks[j..]
            .iter()
            .take(8)
            .any(|t| matches!(t.punct(), Some('”' | '"')))
    {
        return Outcome::Skip(j);
    }
    if target.is_none() && is_year_value(&num) && !counts_as_noun_evidence(toks, j) {
        return Outcome::Skip(j); // `Canh Tý 2020`, `năm 2016`
    }

    // Scale words, compounds and currency: `1 tỷ 618 triệu đồng`.
    let mut k = j;
    let mut exp = 0;
    while let Some(e) = toks.get(k).and_then(scale_of) {
        exp += e;
        k += 1;
    }
    let mut value = num.scaled(exp);
    let mut decimals = num.decimals;
    // A fraction's whole takes the scale written after it (`12/15 tỷ`), not
    // that of a compound's smaller part.
    let target_value = target.map(|b| b.scaled(exp));
    if exp > 0 {
        decimals = decimals.saturating_sub(exp);
        while let (Some(n), Some(e)) = (
            toks.get(k)
                .filter(|t| t.kind == TokKind::Num)
                .and_then(|t| number::parse(t.norm)),
            toks.get(k + 1).and_then(scale_of),
        ) {
            if e >= exp {
                break;
            }
            value += n.scaled(e);
            exp = e;
            k += 2;
        }
    }
    let money = is_currency(toks, k);
    if money {
        k += 1;
    }
    let percent = !money && toks.get(k).is_some_and(|t| t.is('%'));
    let percent_words = !money && starts_with(toks, k, "phần trăm");
    let last_fig = if money {
        k - 1
    } else if percent {
        k
    } else if percent_words {
        k + 1
    } else {
        k.saturating_sub(1).max(j - 1)
    };
    if percent {
        k += 1;
    } else if percent_words {
        k += 2;
    }
    let is_percent = percent || percent_words;

    // Qualifiers before: `gần 40`, `trên 144 tỷ`, `ít nhất 3`, `ước đạt`.
    let (qualifier, qual_len) = qualifier_before(toks, i).unwrap_or((Qualifier::None, 0));
    let before_qual = i - qual_len;
    // `có từ 25 đoàn viên trở lên`: a condition.
    let from_word = ends_with(toks, before_qual, "từ");

    // Qualifiers after the figure: `75% trở lên doanh nghiệp`.
    let mut after_qual = None;
    if let Some((q, len)) = qualifier_after(toks, k) {
        after_qual = Some(q);
        k += len;
    }

    let mut item = Item {
        kind: if is_percent {
            ItemKind::Percent
        } else if money {
            ItemKind::Money
        } else {
            ItemKind::Count
        },
        value,
        decimals,
        target: target_value,
        first: i,
        last: last_fig,
        qualifier,
        criterion: false,
        subject: None,
        basis: Basis::None,
        join_cue: false,
        whole_link: false,
        plan_here: false,
        counted: None,
    };

    // What stands right before: a link to a whole, or a target word.
    let cue_end = before_qual;
    item.whole_link = phrase_before(toks, cue_end, &WHOLE_LINK_SET).is_some();
    item.plan_here = ends_with(toks, cue_end, "chỉ tiêu") || ends_with(toks, cue_end, "kế hoạch");

    let mut next_index = k;
    match item.kind {
        ItemKind::Count => {
            // A count needs a counted noun: `20 năm thành lập` has none.
            // A fraction states its own whole and needs no noun
            // (`Số CĐCS vững mạnh: 789/1.234 (63,9%)`).
            // `3 trong số 10 doanh nghiệp`: the noun comes after the whole.
            let whole_after = phrase_after(toks, k, &WHOLE_LINK_SET)
                .filter(|(_, len)| toks.get(k + len).is_some_and(|t| t.kind == TokKind::Num))
                .map(|(_, len)| k + len);
            if !noun_starts(toks, k) && exp == 0 && target.is_none() && whole_after.is_none() {
                return Outcome::Skip(k.max(i + 1));
            }
            if let Some(w) = whole_after.filter(|_| !noun_starts(toks, k)) {
                item.subject = subject_at(toks, w + 1, 8);
                return Outcome::Item(item, k);
            }
            let tw = word(toks, k).unwrap_or("");
            if (TIME_UNITS.iter().any(|u| starts_with(toks, k, u)) || tw == "tuổi")
                && !TIME_UNIT_EXCEPTIONS.iter().any(|e| starts_with(toks, k, e))
            {
                return Outcome::Skip(k + 1);
            }
            item.subject = subject_at(toks, k, 8);
            if item
                .subject
                .as_ref()
                .is_some_and(|r| r.len() == 1 && toks[r.start].norm == "người")
            {
                // `tổng số hội viên lên 412.345 người`: the noun after `số`.
                item.counted = (clause_start..i)
                    .rev()
                    .take(10)
                    .find(|&p| toks[p].norm == "số")
                    .and_then(|p| subject_at(toks, p + 1, 5));
            }
            if let Some(sub) = &item.subject {
                next_index = sub.end;
                let close = usize::from(
                    toks.get(sub.end)
                        .is_some_and(|t| matches!(t.punct(), Some('”' | '"' | '’'))),
                );
                if let Some((q, len)) = qualifier_after(toks, sub.end + close) {
                    after_qual = Some(q);
                    next_index = sub.end + close + len;
                }
            }
        }
        ItemKind::Money => {
            // The money noun before it names what the money is.
            let mut m = cue_end;
            // Skip a bridging verb: `với số tiền 1 tỷ`, `ngân sách trên 144 tỷ`.
            for _ in 0..5 {
                if let Some((_, len)) = phrase_before(toks, m, &MONEY_NOUN_SET) {
                    item.subject = Some(m - len..m);
                    break;
                }
                if m == 0 || !toks[m - 1].is_word() {
                    break;
                }
                m -= 1;
            }
        }
        ItemKind::Percent => {
            item.basis = percent_basis(toks, cue_end, k, &mut item.join_cue);
            if prev.is_some_and(|p| p.is('('))
                || (before_qual >= 2 && toks[before_qual - 2].is('('))
            {
                item.join_cue = true;
            }
            item.subject = if noun_starts(toks, k) {
                let sub = subject_at(toks, k, 8);
                // `đạt 116% chỉ tiêu về phát triển đoàn viên`: the target
                // word's complement names what was counted.
                match &sub {
                    Some(r) if phrase_after(toks, r.start, &TARGET_WORD_SET).is_some() => {
                        let mut e = r.start;
                        while e < toks.len() && toks[e].is_word() && e - r.start < 10 {
                            e += 1;
                        }
                        Some(r.start..e)
                    }
                    _ => sub,
                }
            } else {
                // `Tỷ lệ hộ nghèo giảm còn 1,2%`: step over the level word.
                let cue_end = if word(toks, cue_end.wrapping_sub(1))
                    .is_some_and(|w| LEVEL_WORDS.contains(&w))
                {
                    cue_end - 1
                } else {
                    cue_end
                };
                let cue_start = phrase_before(toks, cue_end, &JOIN_CUE_SET)
                    .or_else(|| phrase_before(toks, cue_end, &CHANGE_CUE_SET))
                    .or_else(|| phrase_before(toks, cue_end, &EXCESS_CUE_SET))
                    .map(|(_, l)| cue_end - l)
                    .unwrap_or(cue_end);
                subject_before(toks, cue_start, clause_start)
            };
            if let Some(sub) = &item.subject {
                if sub.start >= k {
                    next_index = sub.end;
                } else if matches!(item.basis, Basis::Target)
                    && matches!(toks[sub.start].norm, "tỷ" | "tỉ")
                    && toks.get(sub.start + 1).is_some_and(|t| t.norm == "lệ")
                {
                    // `Tỷ lệ hội viên … đạt 87%`: a rate is a share of a whole.
                    item.basis = Basis::Whole;
                }
            }
        }
    }
    if let Some(q) = after_qual {
        item.qualifier = q;
        if from_word && !is_percent {
            item.criterion = true;
        }
    }
    Outcome::Item(item, next_index)
}

/// What a percent is of, from the words around it (SPEC §3 `basis`).
fn percent_basis(toks: &[Token], cue_end: usize, after: usize, join_cue: &mut bool) -> Basis {
    // Allow `được`/`thêm` between the verb and the figure: `tăng thêm 5%`.
    let mut c = cue_end;
    while c > 0 && PERCENT_BRIDGES.contains(&toks[c - 1].norm) {
        c -= 1;
    }
    let level = word(toks, cue_end.wrapping_sub(1)).is_some_and(|w| LEVEL_WORDS.contains(&w));
    let mut after_q = after;
    if starts_with(toks, after_q, "so với") {
        after_q += 2;
        if phrase_after(toks, after_q, &TARGET_WORD_SET).is_some() {
            *join_cue = true;
            return Basis::Target;
        }
    }
    if phrase_before(toks, c, &EXCESS_CUE_SET).is_some() {
        return Basis::Excess;
    }
    if phrase_before(toks, c, &CHANGE_CUE_SET).is_some() && !level {
        return Basis::Change;
    }
    if starts_with(toks, after, "so với") {
        return Basis::Change;
    }
    let joined = phrase_before(toks, c, &JOIN_CUE_SET);
    *join_cue = joined.is_some();
    if phrase_after(toks, after, &TARGET_WORD_SET).is_some() {
        return Basis::Target;
    }
    if phrase_before(toks, c, &WHOLE_CUE_SET).is_some() || level {
        return Basis::Whole;
    }
    match joined {
        Some(("đạt" | "bằng", _)) if !noun_starts(toks, after) => Basis::Target,
        _ => Basis::Whole,
    }
}

// ---------------------------------------------------------------- grouping

/// Longest quote, in characters, before it is narrowed to the comma-separated
/// part around the figures.
const QUOTE_MAX: usize = 240;

/// The quote of a claim: its clause; a long clause narrows to the
/// comma-separated parts that hold the figures, and a still longer one to
/// a window of tokens around them. Keeps records small whatever the input.
fn quote_around(toks: &[Token], clause: Range<usize>, first: usize, last: usize) -> Range<usize> {
    let span = |a: usize, b: usize| toks[a].start..toks[b].end;
    let (lo, hi) = (clause.start, clause.end - 1);
    let last = last.min(hi).max(first);
    let whole = span(lo, hi);
    if whole.len() <= QUOTE_MAX * 2 {
        return whole;
    }
    let start = (lo..first)
        .rev()
        .find(|&i| toks[i].is(','))
        .map_or(lo, |i| i + 1);
    let end = (last..=hi)
        .find(|&i| toks[i].is(','))
        .map_or(hi, |i| i.saturating_sub(1).max(last));
    let start = start.max(first.saturating_sub(30)).min(first);
    let end = end.min(last + 30).max(last);
    span(start, end)
}

/// A past marker ([`PAST_MARKERS`]).
const PAST: u8 = 1;
/// The first word of a yearly phrase ([`EACH_YEAR`]).
const EACH_YEAR_START: u8 = 2;
/// A result verb ([`RESULT_VERBS`]).
const RESULT: u8 = 4;
/// The first word of a plan cue ([`PLAN_CUES`]).
const PLAN_START: u8 = 8;

/// The roles a word plays in [`Cues`], by its norm: one lookup per word of
/// a sentence instead of a comparison with every word of four lists.
static CUE_ROLES: LazyLock<HashMap<&'static str, u8, WordHash>> = LazyLock::new(|| {
    let first = |p: &'static str| p.split(' ').next().unwrap_or(p);
    let mut roles: HashMap<&'static str, u8, WordHash> = HashMap::default();
    let lists: [(&[&'static str], u8, bool); 4] = [
        (PAST_MARKERS, PAST, false),
        (EACH_YEAR, EACH_YEAR_START, true),
        (RESULT_VERBS, RESULT, false),
        (PLAN_CUES, PLAN_START, true),
    ];
    for (list, role, by_first_word) in lists {
        for &p in list {
            let word = if by_first_word { first(p) } else { p };
            *roles.entry(word).or_default() |= role;
        }
    }
    roles
});

/// [`CUE_ROLES`]'s words by end bytes and length: most words of a
/// sentence play no role, and are ruled out before any hashing.
static CUE_FILTER: LazyLock<EndsLen> = LazyLock::new(|| EndsLen::new(CUE_ROLES.keys().copied()));

/// The roles of the word `w` (0 for none).
fn cue_roles(w: &str) -> u8 {
    if !CUE_FILTER.may_hold(w) {
        return 0;
    }
    CUE_ROLES.get(w).copied().unwrap_or(0)
}

/// Where a sentence's plan cues end, where its past markers stand, and
/// where `mỗi năm` first appears: read once per sentence, so deciding the
/// kind of each figure is a lookup, not a rescan.
#[derive(Default)]
struct Cues {
    plan_ends: Vec<usize>,
    past: Vec<usize>,
    each_year: Option<usize>,
}

impl Cues {
    /// Reads the cues of a sentence's tokens, in place of the last ones.
    fn read(&mut self, toks: &[Token]) {
        let cues = self;
        cues.plan_ends.clear();
        cues.past.clear();
        cues.each_year = None;
        // Every cue is read before a figure's first token (`plan_before`,
        // `each_year`), and no figure starts after the last numeral: the
        // words after it are never asked about.
        let last_numeral = toks
            .iter()
            .rposition(|t| t.kind == TokKind::Num)
            .unwrap_or(0);
        // The roles of the token before: a numeral or a mark has none (no
        // list holds one).
        let mut prev_roles = 0;
        for at in 0..last_numeral {
            let t = &toks[at];
            let roles = if t.is_word() { cue_roles(t.norm) } else { 0 };
            let before = std::mem::replace(&mut prev_roles, roles);
            if roles == 0 {
                continue;
            }
            if roles & PAST != 0 {
                cues.past.push(at);
            }
            if cues.each_year.is_none()
                && roles & EACH_YEAR_START != 0
                && EACH_YEAR.iter().any(|p| starts_with(toks, at, p))
            {
                cues.each_year = Some(at);
            }
            // `đạt 120% kế hoạch năm`: a target word after a figure is no plan.
            let after_figure = at > 0 && (toks[at - 1].is('%') || before & RESULT != 0);
            if !after_figure && roles & PLAN_START != 0 {
                if let Some((_, len)) = phrase_after(toks, at, &PLAN_CUE_SET) {
                    cues.plan_ends.push(at + len);
                }
            }
        }
        cues.plan_ends.sort_unstable();
    }

    /// A plan cue before token `first` with no past marker (`đã`) between
    /// them: `Phấn đấu có khoảng 6.800`, not `mục tiêu …, đã chỉ đạo … 3`.
    fn plan_before(&self, first: usize) -> bool {
        // Both lists are sorted: the nearest cue end and past marker before
        // `first` decide, found by binary search.
        let before = |v: &[usize]| {
            let n = v.partition_point(|&p| p <= first);
            n.checked_sub(1).map(|i| v[i])
        };
        let last_past = before(&self.past).filter(|&p| p < first);
        before(&self.plan_ends).is_some_and(|end| last_past.is_none_or(|p| p < end))
    }
}

fn group(
    text: &str,
    s: &Sentence,
    si: usize,
    cues: &Cues,
    clause: Range<usize>,
    items: Vec<Item>,
    out: &mut Vec<Claim>,
) {
    let toks = s.tokens;
    // Index in `out` of the last count or money claim of this clause, while
    // it can still take a percent or a whole.
    let mut last: Option<usize> = None;
    // The last bare percent of this clause and its last token: a count in
    // parentheses right after it is what it is a percent of
    // (`đạt 100% (45/45 CĐCS)`).
    let mut last_percent: Option<(usize, usize)> = None;
    for item in items {
        let start = toks[item.first].start;
        let end = toks[item.last.min(toks.len() - 1)].end;
        if let Some((pi, ptok)) = last_percent.take() {
            let paren = item.first > ptok
                && item.first - ptok <= 3
                && toks[ptok + 1..item.first].iter().any(|t| t.is('('));
            if paren && matches!(item.kind, ItemKind::Count) && out[pi].achieved.is_none() {
                let c = &mut out[pi];
                c.achieved = Some(item.value);
                c.target = item.target;
                c.measure = Measure::Count;
                c.subject = item
                    .subject
                    .as_ref()
                    .map(|r| text[toks[r.start].start..toks[r.end - 1].end].to_string())
                    .or(c.subject.take());
                c.end = end;
                if c.basis == Basis::Whole && item.target.is_some() {
                    c.basis = Basis::Target;
                }
                last = Some(pi);
                continue;
            }
        }
        if let Some(li) = last {
            let c = &mut out[li];
            if item.whole_link && c.target.is_none() && !matches!(item.kind, ItemKind::Percent) {
                c.target = Some(item.value);
                c.end = end;
                continue;
            }
            if matches!(item.kind, ItemKind::Percent)
                && item.join_cue
                && matches!(item.basis, Basis::Target | Basis::Whole)
                && c.percent.is_none()
            {
                c.percent = Some(item.value);
                c.percent_decimals = item.decimals;
                c.percent_qualifier = item.qualifier;
                if c.qualifier == Qualifier::None {
                    // The record's qualifier is the count's; a bare count
                    // with a hedged percent (`chiếm gần 40%`) carries the
                    // percent's, so the bound shows in the record.
                    c.qualifier = item.qualifier;
                }
                c.basis = item.basis;
                c.end = end;
                continue;
            }
        }
        let mut kind = if item.criterion {
            Kind::Criterion
        } else if cues.plan_before(item.first) || item.plan_here {
            Kind::Plan
        } else {
            Kind::Actual
        };
        let each_year = cues.each_year.is_some_and(|p| p < item.first);
        if kind == Kind::Actual && each_year && item.qualifier == Qualifier::AtLeast {
            kind = Kind::Plan;
        }
        let subject = item
            .subject
            .as_ref()
            .map(|r| text[toks[r.start].start..toks[r.end - 1].end].to_string());
        let mut claim = Claim {
            sentence: si,
            start,
            end,
            achieved: None,
            target: None,
            percent: None,
            percent_decimals: 0,
            qualifier: item.qualifier,
            percent_qualifier: Qualifier::None,
            kind,
            measure: Measure::Count,
            basis: Basis::None,
            counted: item
                .counted
                .as_ref()
                .map(|r| text[toks[r.start].start..toks[r.end - 1].end].to_string()),
            subject,
            quote: quote_around(toks, clause.clone(), item.first, item.last),
        };
        match item.kind {
            ItemKind::Percent => {
                claim.percent = Some(item.value);
                claim.percent_decimals = item.decimals;
                claim.percent_qualifier = item.qualifier;
                claim.measure = Measure::Percent;
                claim.basis = item.basis;
                out.push(claim);
                last = None;
                last_percent = Some((out.len() - 1, item.last));
            }
            ItemKind::Money | ItemKind::Count => {
                claim.achieved = Some(item.value);
                claim.target = item.target;
                if matches!(item.kind, ItemKind::Money) {
                    claim.measure = Measure::Vnd;
                }
                out.push(claim);
                last = Some(out.len() - 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

    #[test]
    fn a_word_has_the_cue_roles_of_the_lists_that_hold_it() {
        // `đạt` is a result verb, `phấn` starts a plan cue, `hằng` a yearly
        // phrase, `đã` is a past marker; `chỉ` (plan) and `được` (past) too.
        let texts = crate::test_support::fixture_texts_and(&[
            "Đã phấn đấu đạt 5 CĐCS, hằng năm được 3, chỉ tiêu năm 2023 là 4.",
        ]);
        let starts = |list: &[&str], w: &str| list.iter().any(|p| p.split(' ').next() == Some(w));
        let mut with_roles = 0;
        for text in &texts {
            for s in sentences(text, &cut(text, true)) {
                for t in s.tokens.iter().filter(|t| t.is_word()) {
                    let w = t.norm;
                    let roles = cue_roles(w);
                    assert_eq!(roles & PAST != 0, PAST_MARKERS.contains(&w), "{w}");
                    assert_eq!(roles & RESULT != 0, RESULT_VERBS.contains(&w), "{w}");
                    assert_eq!(roles & EACH_YEAR_START != 0, starts(EACH_YEAR, w), "{w}");
                    assert_eq!(roles & PLAN_START != 0, starts(PLAN_CUES, w), "{w}");
                    with_roles += usize::from(roles != 0);
                }
            }
        }
        assert!(with_roles > 100, "{with_roles}");
    }

    /// (achieved, target, percent) of the claims of `text`.
    fn claims(text: &str) -> Vec<(Option<f64>, Option<f64>, Option<f64>)> {
        let s = sentences(text, &cut(text, true));
        recognise(text, &s)
            .into_iter()
            .map(|c| (c.achieved, c.target, c.percent))
            .collect()
    }

    fn one(text: &str) -> Claim {
        let s = sentences(text, &cut(text, true));
        let mut c = recognise(text, &s);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        c.remove(0)
    }

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
    fn a_count_joins_the_percent_of_its_clause_after_a_comma() {
        let c = one("kết quả trong năm đã có 58 bản TƯLĐTT được ký mới gửi về LĐLĐ quận để theo dõi theo quy định, đạt 128,9% tỷ lệ được giao.");
        assert_eq!((c.achieved, c.percent), (Some(58.0), Some(128.9)));
        assert_eq!(c.subject.as_deref(), Some("bản TƯLĐTT"));
        assert_eq!(c.basis, Basis::Target);
    }

    #[test]
    fn dates_are_not_fractions() {
        assert!(claims("Chiều 15/1, Liên đoàn Lao động huyện Sóc Sơn chức Hội nghị").is_empty());
        assert!(claims("Nghị quyết số 15/NQ- LĐLĐ ngày 29/7/2021 của Ban chấp hành").is_empty());
        assert!(claims("Tính đến hết tháng 5/2023, đã có").is_empty());
        assert!(claims("Ngày Nhà giáo Việt Nam 20/11.").is_empty());
        assert!(claims("Sáng mai (11/7), Hội đồng họp").is_empty());
    }

    #[test]
    fn a_day_month_pair_before_a_noun_is_a_fraction() {
        // thanh-xuan-2016: `thành lập được 3/1 CĐCS theo điều 17`
        assert_eq!(
            claims("thành lập được 3/1 CĐCS theo điều 17 Điều lệ Công đoàn Việt Nam (đạt 300% kế hoạch)"),
            vec![(Some(3.0), Some(1.0), Some(300.0))]
        );
    }

    #[test]
    fn document_numbers_are_not_figures() {
        assert!(claims("phù hợp với Nghị quyết số 02-NQ/TW của Bộ Chính trị").is_empty());
        assert!(claims("xây dựng Kế hoạch số 10/KH-LĐLĐ của LĐLĐ quận").is_empty());
        assert!(claims("theo Quyết định số 2200- QĐ-/TU của Ban Thường vụ").is_empty());
    }

    #[test]
    fn terms_and_years_are_not_figures() {
        assert!(
            claims("Đại hội Công đoàn các cấp, nhiệm kỳ 2023 - 2028, là đợt sinh hoạt").is_empty()
        );
        assert!(claims("giai đoạn 2021-2022.").is_empty());
        assert!(claims("Năm 2016, xác định là năm diễn ra nhiều sự kiện").is_empty());
        assert!(claims("trong dịp Tết Nguyên đán Canh Tý 2020, Liên đoàn").is_empty());
    }

    #[test]
    fn ordinals_and_names_are_not_figures() {
        assert!(claims("Cụm thi đua số 7 LĐLĐ thành phố Hà Nội").is_empty());
        assert!(claims("người lao động bị ảnh hưởng bởi bão số 3 tại Công ty").is_empty());
        assert!(claims("đại dịch Covid-19 gây khó khăn").is_empty());
        assert!(claims("phối hợp cùng Sư đoàn 301 ra quân").is_empty());
        assert!(claims("thành lập theo điều 17 Điều lệ").is_empty());
    }

    #[test]
    fn anniversaries_and_times_are_not_figures() {
        assert!(claims("đặc biệt kỷ niệm 20 năm thành lập quận Thanh Xuân.").is_empty());
        assert!(claims("Hội Đoàn thể 25/07/2025 13:56").is_empty());
    }

    #[test]
    fn scale_words_and_qualifiers() {
        let c = one("gần 40 CĐCS phối quản");
        assert_eq!((c.achieved, c.qualifier), (Some(40.0), Qualifier::Nearly));
        let c = one("với hơn 18 nghìn đoàn viên, đa số");
        assert_eq!((c.achieved, c.qualifier), (Some(18000.0), Qualifier::Over));
        let c = one("gần 50 ngàn khẩu trang y tế");
        assert_eq!(c.achieved, Some(50000.0));
    }

    #[test]
    fn money_is_in_dong() {
        let text = "đã dành nguồn ngân sách trên 144 tỷ đồng để hỗ trợ";
        let c = one(text);
        // The span covers the figure with its scale and currency words.
        assert_eq!(&text[c.start..c.end], "144 tỷ đồng");
        assert_eq!(
            (c.achieved, c.measure, c.qualifier),
            (Some(144e9), Measure::Vnd, Qualifier::Over)
        );
        assert_eq!(
            one("đã ủng hộ hơn 3,1 tỷ đồng").achieved,
            Some(3_100_000_000.0)
        );
        assert_eq!(
            one("với tổng kinh phí 56 triệu đồng tiền mặt").achieved,
            Some(56e6)
        );
        assert_eq!(
            one("số tiền 1 tỷ 618 triệu đồng").achieved,
            Some(1_618_000_000.0)
        );
        assert_eq!(one("mỗi suất 500.000đ").achieved, Some(500_000.0));
    }

    #[test]
    fn vague_amounts_are_not_figures() {
        assert!(claims("làm lợi cho doanh nghiệp hàng trăm tỉ đồng").is_empty());
        assert!(claims("cho hàng nghìn đoàn viên, công nhân lao động").is_empty());
    }

    #[test]
    fn percents_of_change_and_excess_stand_alone() {
        let c = claims("kết nạp 1.200 đoàn viên, tăng 78,3% so với năm 2020");
        assert_eq!(
            c,
            vec![(Some(1200.0), None, None), (None, None, Some(78.3))]
        );
        let c = one("vượt hơn 11,7% kế hoạch");
        assert_eq!((c.basis, c.qualifier), (Basis::Excess, Qualifier::Over));
    }

    #[test]
    fn a_percent_with_its_own_noun_is_a_share_of_a_whole() {
        let c = one("có 66,68% đơn vị có Quy chế dân chủ");
        assert_eq!(
            (c.percent, c.basis, c.measure),
            (Some(66.68), Basis::Whole, Measure::Percent)
        );
        assert_eq!(c.subject.as_deref(), Some("đơn vị"));
    }

    #[test]
    fn plans_and_criteria() {
        let text = "LĐLĐ huyện đặt chỉ tiêu đến năm 2023: Phấn đấu có khoảng 6.800 đoàn viên công đoàn, mỗi năm thành lập mới ít nhất 3 CĐCS, 75% trở lên doanh nghiệp có tổ chức Công đoàn ký được thỏa ước";
        let s = sentences(text, &cut(text, true));
        let c = recognise(text, &s);
        assert_eq!(c.len(), 3);
        assert!(c.iter().all(|c| c.kind == Kind::Plan));
        assert_eq!(c[0].qualifier, Qualifier::Approx);
        assert_eq!(c[2].qualifier, Qualifier::AtLeast);
        let c = one("doanh nghiệp có từ 25 công nhân lao động trở lên");
        assert_eq!((c.kind, c.qualifier), (Kind::Criterion, Qualifier::AtLeast));
    }

    #[test]
    fn a_past_result_after_a_goal_is_actual() {
        // ha-noi-2023: `Với mục tiêu chăm lo …, LĐLĐ Thành phố đã chỉ đạo … 3 điểm`
        let c = one("Với mục tiêu chăm lo tốt hơn, LĐLĐ Thành phố đã chỉ đạo thành lập mới 3 điểm sinh hoạt văn hóa công nhân");
        assert_eq!(c.kind, Kind::Actual);
    }

    #[test]
    fn a_whole_linked_after_the_count_is_its_target() {
        assert_eq!(
            claims("có 159 CĐCS trong tổng số 176 doanh nghiệp"),
            vec![(Some(159.0), Some(176.0), None)]
        );
        assert_eq!(
            claims("kết nạp 8.820 đoàn viên, đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên"),
            vec![(Some(8820.0), Some(6000.0), Some(147.0))]
        );
    }

    #[test]
    fn a_level_after_a_fall_names_its_subject_before_the_verb() {
        // provincial reports: `Tỷ lệ hộ nghèo giảm còn 1,2%` is a level, not a change
        let c = one("Tỷ lệ hộ nghèo giảm còn 1,2%.");
        assert_eq!(
            (c.basis, c.subject.as_deref()),
            (Basis::Whole, Some("Tỷ lệ hộ nghèo"))
        );
    }

    #[test]
    fn references_and_ages_are_not_figures() {
        assert!(
            claims("Theo Nghị định 145/2020/NĐ-CP, khoản 2 Điều 10 Luật Công đoàn 2012").is_empty()
        );
        assert!(claims("Ông Nguyễn Văn A, 45 tuổi, có 20 năm công tác.").is_empty());
        assert!(claims("Đội tuyển U23 Việt Nam vào Top 10.").is_empty());
        assert!(claims("Lúc 8h30 ngày 26/3, tại Quảng trường 30/10.").is_empty());
    }

    #[test]
    fn ranges_are_not_required_and_not_emitted() {
        assert!(claims("Mức hỗ trợ từ 2 đến 5 triệu đồng/người.").is_empty());
        assert!(claims("hỗ trợ 4-5 triệu đồng mỗi người").is_empty());
    }

    #[test]
    fn a_count_in_parentheses_after_a_percent_is_its_count() {
        assert_eq!(claims("Công tác Đại hội đạt 100% (45/45 CĐCS).").len(), 1);
        assert_eq!(
            claims("Công tác Đại hội đạt 100% (45/45 CĐCS)."),
            vec![(Some(45.0), Some(45.0), Some(100.0))]
        );
    }

    #[test]
    fn a_hedged_percent_of_a_count_is_a_bound() {
        // SPEC §3: `435/1.026 … (chiếm gần 40%)`
        let c = one("Có 435/1.026 doanh nghiệp có tổ chức công đoàn (chiếm gần 40%).");
        assert_eq!(
            (c.percent, c.percent_qualifier, c.qualifier),
            (Some(40.0), Qualifier::Nearly, Qualifier::Nearly)
        );
    }

    #[test]
    fn a_plan_word_after_a_figure_does_not_make_later_figures_plans() {
        let text = "kết nạp 500 đoàn viên, đạt 120% kế hoạch năm; thành lập 5 CĐCS.";
        let s = sentences(text, &cut(text, true));
        assert!(recognise(text, &s).iter().all(|c| c.kind == Kind::Actual));
        let text = "Chỉ tiêu năm 2024: kết nạp 2.000 đoàn viên; thành lập 20 CĐCS.";
        let s = sentences(text, &cut(text, true));
        assert!(recognise(text, &s).iter().all(|c| c.kind == Kind::Plan));
    }

    #[test]
    fn people_counted_after_a_total_count_what_the_total_names() {
        let c = one("nâng tổng số hội viên lên 412.345 người.");
        assert_eq!(
            (c.achieved, c.counted.as_deref()),
            (Some(412345.0), Some("hội viên"))
        );
    }

    #[test]
    fn a_number_opening_a_quoted_title_is_a_name() {
        assert!(
            claims("hoàn thành Chương trình “1 triệu sáng kiến” do Tổng LĐLĐ phát động").is_empty()
        );
        assert!(claims("Đại hội lần 3 diễn ra tại Hà Nội").is_empty());
    }

    #[test]
    fn a_rate_reached_is_a_share_of_a_whole() {
        let c = one("Tỷ lệ hội viên tham gia sinh hoạt thường xuyên đạt 87%.");
        assert_eq!(c.basis, Basis::Whole);
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ hội viên tham gia sinh hoạt thường xuyên")
        );
    }

    #[test]
    fn a_fraction_needs_no_noun() {
        assert_eq!(
            claims("Số CĐCS đạt vững mạnh: 789/1.234 (63,9%)."),
            vec![(Some(789.0), Some(1234.0), Some(63.9))]
        );
    }

    #[test]
    fn an_organisation_counted_is_a_count() {
        let c = one("thành lập mới 12 tổ chức công đoàn cơ sở.");
        assert_eq!(c.achieved, Some(12.0));
    }

    #[test]
    fn legal_documents_named_by_number_are_not_figures() {
        assert!(claims("thực hiện Nghị định 145 quy định chi tiết").is_empty());
        assert!(claims("theo Thông tư 10 hướng dẫn").is_empty());
    }

    #[test]
    fn named_units_and_day_names_are_not_figures() {
        assert!(claims("phối hợp cùng Trung đoàn 692, Sư đoàn 301 tổ chức ra quân").is_empty());
        assert!(claims("nhận giải thưởng 28/7 lần thứ IV").is_empty());
    }

    #[test]
    fn a_count_of_a_whole_named_after_it() {
        assert_eq!(
            claims("Có 3 trong số 10 doanh nghiệp chưa ký thỏa ước."),
            vec![(Some(3.0), Some(10.0), None)]
        );
    }

    #[test]
    fn quoted_subjects() {
        let c = one("tuyên dương 100 “Công nhân giỏi Thủ đô” năm 2023.");
        assert_eq!(c.subject.as_deref(), Some("Công nhân giỏi Thủ đô"));
    }

    #[test]
    fn words_joined_by_a_slash_are_one_subject() {
        let text =
            "Chọn cử 17 công nhân tham gia Hội thi thợ giỏi Thành phố ở 7 lĩnh vực/ngành nghề.";
        let s = sentences(text, &cut(text, true));
        let c = recognise(text, &s);
        assert_eq!(c[1].subject.as_deref(), Some("lĩnh vực/ngành nghề"));
    }
}
