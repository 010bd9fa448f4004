//! Token-level reading shared by the constructions: phrase look-ups in the
//! word lists, the counted noun phrase after a figure, and the qualifiers
//! around it.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon::*;
use crate::segment::{TokKind, Token};

use super::money::{is_currency, scale_of};

/// Whether the token norms ending just before `i` spell `phrase`.
pub(super) fn ends_with(toks: &[Token], i: usize, phrase: &str) -> bool {
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
pub(super) fn starts_with(toks: &[Token], i: usize, phrase: &str) -> bool {
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
    pub(super) fn new(list: &[&'static str]) -> Self {
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
    pub(super) fn has_word(&self, w: &str) -> bool {
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
            pub(super) static $name: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(&$list));
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
    ADVERB_SET = ADVERBS_BEFORE_VERB;
    TIME_PHRASE_SET = TIME_PHRASE_WORDS;
    TERRITORY_SET = TERRITORY_NOUNS;
}

/// The longest phrase of `list` ending just before `i`, with its length in
/// tokens.
pub(super) fn phrase_before(
    toks: &[Token],
    i: usize,
    list: &Phrases,
) -> Option<(&'static str, usize)> {
    let last = toks.get(i.checked_sub(1)?)?;
    list.ending(last.norm)?
        .iter()
        .find(|p| ends_with(toks, i, p))
        .map(|p| (*p, p.split(' ').count()))
}

/// The verbs that set a target, `giao` and [`TARGET_SETTING_VERBS`],
/// each with its last word and its length in words.
static SETTERS: LazyLock<Vec<(&'static str, &'static str, usize)>> = LazyLock::new(|| {
    std::iter::once("giao")
        .chain(TARGET_SETTING_VERBS.iter().copied())
        .filter_map(|v| Some((v.rsplit(' ').next()?, v, v.split(' ').count())))
        .collect()
});

/// Whether a target named with the body that set it ends just before
/// `end`: a target word, the giver, then `giao là` (or `giao` before a
/// parenthesis; or a verb setting targets, `chỉ tiêu đề ra là`): `so với chỉ tiêu LĐLĐ Thành phố giao là 2.200 đoàn viên`,
/// `kế hoạch được huyện giao là 300`. The giver (any few words, an
/// organisation's name or a level like `cấp trên`) does not change that
/// the figure is the target, as in `so với chỉ tiêu giao là 6.000`.
pub(super) fn given_target_before(toks: &[Token], end: usize) -> bool {
    // A giver is a short name; a longer stretch is another clause.
    const GIVER_MAX: usize = 8;
    // `giao`, or a verb that sets targets (`so với chỉ tiêu đề ra là 1
    // tỷ đồng`), then `là` or the parenthesis. Asked at every figure: the
    // word before is compared with the verbs' last words first.
    let la = end.checked_sub(1).is_some_and(|k| toks[k].norm == "là");
    let at = end - usize::from(la);
    let Some(last) = at.checked_sub(1).and_then(|k| word(toks, k)) else {
        return false;
    };
    let Some(giao) = SETTERS
        .iter()
        .find(|(l, v, _)| *l == last && ends_with(toks, at, v))
        .map(|(_, _, len)| at - len)
    else {
        return false;
    };
    let stop = giao.saturating_sub(GIVER_MAX + 1);
    let mut j = giao;
    while j > stop {
        if phrase_before(toks, j, &TARGET_WORD_SET).is_some() {
            return true;
        }
        if !toks[j - 1].is_word() {
            return false;
        }
        j -= 1;
    }
    false
}

/// The longest phrase of `list` starting at `i`, with its length in tokens.
pub(super) fn phrase_after(
    toks: &[Token],
    i: usize,
    list: &Phrases,
) -> Option<(&'static str, usize)> {
    list.starting(toks.get(i)?.norm)?
        .iter()
        .find(|p| starts_with(toks, i, p))
        .map(|p| (*p, p.split(' ').count()))
}

/// The norm of token `i` when it is a word.
pub(super) fn word<'a>(toks: &'a [Token<'a>], i: usize) -> Option<&'a str> {
    toks.get(i).filter(|t| t.is_word()).map(|t| t.norm)
}

/// Whether a token is written `Title`: a capital then a small letter.
pub(super) fn is_title_case(text: &str, t: &Token) -> bool {
    let s = &text[t.start()..t.end()];
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Whether a token starts with a capital.
pub(super) fn is_upper_start(text: &str, t: &Token) -> bool {
    text[t.start()..t.end()].starts_with(char::is_uppercase)
}

/// Whether token `k` opens a quote.
pub(super) fn opens_quote(toks: &[Token], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| matches!(t.punct(), Some('“' | '"' | '‘')))
}

/// Whether a counted noun can start at `k`: a word that is no function
/// word, or an opening quote before one.
pub(super) fn noun_starts(toks: &[Token], k: usize) -> bool {
    let k = if opens_quote(toks, k) { k + 1 } else { k };
    match toks.get(k) {
        Some(t) if t.is_word() => {
            // `12 tổ chức công đoàn`: a stop that is also a noun may open
            // the phrase.
            let stop = (SUBJECT_STOP_SET.has_word(t.norm)
                || phrase_after(toks, k, &SUBJECT_STOP_SET).is_some())
                && !NOUN_STOPS.iter().any(|n| starts_with(toks, k, n));
            // `giảm 0,8% do giá xăng dầu giảm`: a reason clause.
            let reason = REASON_CONNECTIVES.contains(&t.norm);
            // `tăng 8% mỗi năm`, `hằng tháng`: the period it recurs in.
            let per_period = DISTRIBUTIVES.contains(&t.norm)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| TIME_UNITS.contains(&n.norm));
            !stop && !reason && !per_period && !QUALIFIERS_BEFORE.iter().any(|(q, _)| t.norm == *q)
        }
        _ => false,
    }
}

/// Whether the words at `k` show the number before them is a quantity: a
/// percent sign, a scale word, a currency, a known counted noun, an
/// abbreviation or a classifier (`2023 đoàn viên` is a count, not a year).
pub(super) fn counts_as_noun_evidence(toks: &[Token], k: usize) -> bool {
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

/// `02 nhà để xe`: the stop word at `i` is inside a compound noun
/// ([`COMPOUND_NOUNS`]) that starts at or after `first`.
fn inside_compound(toks: &[Token], first: usize, i: usize) -> bool {
    COMPOUND_NOUNS.iter().any(|c| {
        let n = c.split(' ').count();
        (1..n).any(|back| i >= first + back && starts_with(toks, i - back, c))
    })
}

/// The counted noun phrase starting at `k`: words up to a stop word or
/// punctuation, at most `max` words; `/` may join words
/// (`lĩnh vực/ngành nghề`), quotes may enclose it (`100 “Công nhân giỏi
/// Thủ đô”`). Returns the token range.
pub(super) fn subject_at(toks: &[Token], k: usize, max: usize) -> Option<Range<usize>> {
    let mut i = k;
    let quoted = opens_quote(toks, i);
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
                    || phrase_after(toks, i, &SUBJECT_STOP_SET).is_some()
                    || dates_noun(toks, i))
                && !inside_compound(toks, first, i)
            {
                break;
            }
            words += 1;
            last = Some(i);
            if words >= max {
                break;
            }
            i += 1;
        } else if words > 0 && is_unit_power(toks, i) {
            // `3.600 m2 đất`: the power belongs to its unit.
            last = Some(i);
            i += 1;
        } else if (t.is('/') && word(toks, i + 1).is_some() && words > 0)
            || (t.is('-') && t.space_before() && quoted)
            || (t.is(',') && words > 0 && lists_territories(toks, i))
            || (t.is(',') && (1..=2).contains(&words) && !quoted && lists_nouns(toks, i))
        {
            i += 1;
        } else {
            break;
        }
    }
    last.map(|l| first..l + 1)
}

/// `từ 300 hộ năm 2019 xuống …`: `năm` and a year after a counted noun
/// date it, they are no part of it.
fn dates_noun(toks: &[Token], i: usize) -> bool {
    toks[i].norm == "năm" && toks.get(i + 1).is_some_and(|t| t.year().is_some())
}

/// `hiến 3.600 m2 đất`, `1.200 km²`: a `2` or `3` glued to a unit of
/// length ([`POWER_UNITS`]) is its power (area, volume), no number.
fn is_unit_power(toks: &[Token], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| !t.space_before() && matches!(t.norm, "2" | "3" | "²" | "³"))
        && word(toks, i.wrapping_sub(1)).is_some_and(|u| POWER_UNITS.contains(&u))
}

/// How many words a noun listed after a comma may hold (`bác sĩ`).
const LISTED_NOUN_WORDS: usize = 3;

/// `12 y, bác sĩ được …`, `612 nhóm, lớp và 18.734 học sinh`, `1.046 cán
/// bộ, giáo viên, nhân viên`: after a short counted noun, a comma and a
/// short noun list what the one number counts together, when the noun
/// ends at a mark, at `và`, or at a verb with no figure of its own after
/// it (`100% khóm, ấp tổ chức Ngày hội`). A phrase that runs longer, or
/// goes on to a figure (`300 suất, mỗi suất 500 nghìn đồng`, `21.684
/// người, sinh hoạt tại 111 cơ sở`), or a copula (`lao động, phần lớn là
/// nữ`, `đa số đều là`) opens a clause of its own; so does a verb right
/// after the comma.
fn lists_nouns(toks: &[Token], comma: usize) -> bool {
    let mut k = comma + 1;
    let mut ended_by_stop = false;
    while let Some(t) = toks.get(k).filter(|t| t.is_word()) {
        if SUBJECT_STOP_SET.has_word(t.norm) || phrase_after(toks, k, &SUBJECT_STOP_SET).is_some() {
            ended_by_stop = true;
            break;
        }
        if k - comma > LISTED_NOUN_WORDS {
            return false;
        }
        k += 1;
    }
    let listed = k - comma - 1;
    if !(1..=LISTED_NOUN_WORDS).contains(&listed) {
        return false;
    }
    if !ended_by_stop {
        // A mark: a numeral right after is the next figure (`5 xã, 3`).
        return toks.get(k).is_none_or(|t| t.kind() != TokKind::Num);
    }
    // A verb: what follows up to the next mark states no figure, and is
    // no copula's (`đoàn viên, đa số đều là các đoàn viên trẻ`).
    toks[k].norm == "và"
        || !toks[k..]
            .iter()
            .take_while(|t| !matches!(t.punct(), Some(',' | ';' | ':' | '.' | '(')))
            .any(|t| t.kind() == TokKind::Num || t.norm == "là")
}

/// `100% cấp quận, huyện`, `các xã, phường, thị trấn`: a comma between two
/// administrative levels joins them into one counted noun (the levels a
/// figure covers), not two clauses.
fn lists_territories(toks: &[Token], comma: usize) -> bool {
    phrase_before(toks, comma, &TERRITORY_SET).is_some()
        && phrase_after(toks, comma + 1, &TERRITORY_SET).is_some()
}

/// Whether the mark or word at `k` joins two nouns of one subject read
/// back from its cue: `và` after a word (`hàng hóa và dịch vụ`), or, once
/// a `và` is crossed, a comma after a word before a short item (`nông, lâm
/// nghiệp và thủy sản`, items of two words or fewer). A comma after a time
/// word closes an opening phrase (`Trong 9 tháng, khu vực …`, `Trong quý
/// I, …`).
fn joins_nouns(toks: &[Token], k: usize, joined: bool, item: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|b| &toks[b]).filter(|t| t.is_word()) else {
        return false;
    };
    let t = &toks[k];
    // `từ 5% trở lên và giải ngân …`: after a stop (a verb, a qualifier)
    // `và` joins clauses, not nouns.
    if SUBJECT_STOP_SET.has_word(before.norm) {
        return false;
    }
    if t.norm == "và" {
        return true;
    }
    let time = TIME_UNITS.contains(&before.norm) || super::percents::is_roman(before.norm);
    // `khu vực công nghiệp - xây dựng tăng 10,5%`: a dash joins a
    // sector's activities as a comma does.
    if matches!(t.punct(), Some('-' | '–')) {
        return item <= 2 && !time && (names_a_sector(toks, k) || pairs_short_nouns(toks, k));
    }
    t.is(',') && item <= 2 && !time && (joined || names_a_sector(toks, k))
}

/// `công nghiệp - xây dựng tăng 11,4%`, `thương mại - dịch vụ tăng 7,3%`:
/// a dash set off by spaces between two short nouns that open their
/// clause pairs them into one name (a sector, as with a head word before
/// it), not a clause and an aside. A hyphen written close (`GD-ĐT`) is
/// one word's, and a numeral before the pair (`năm 2024`) makes it no
/// clause opening.
fn pairs_short_nouns(toks: &[Token], dash: usize) -> bool {
    let spaced = toks[dash].space_before()
        && toks
            .get(dash + 1)
            .is_some_and(|n| n.space_before() && n.is_word());
    if !spaced {
        return false;
    }
    let words = toks[..dash]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .count();
    let opens = words == dash
        || toks[dash - words - 1]
            .punct()
            .is_some_and(|p| matches!(p, ',' | ';' | ':' | '(' | '.'));
    (1..=2).contains(&words) && opens
}

/// `ngành chế biến, chế tạo tăng 11,5%`, `khu vực công nghiệp, xây dựng
/// tăng 8%`: a sector's name lists its activities with commas and no
/// `và`; the comma at `comma` is inside one when one to three words
/// before it follow a [`SECTOR_HEADS`] word.
pub(super) fn names_a_sector(toks: &[Token], comma: usize) -> bool {
    (2..=4)
        .map_while(|back| comma.checked_sub(back))
        .take_while(|&i| toks[i + 1].is_word())
        .any(|i| SECTOR_HEADS.iter().any(|h| ends_with(toks, i + 1, h)))
}

/// How many words a subject read back from its cue holds at most: a rate
/// with its population and event (`Tỷ lệ học sinh lớp 9 trúng tuyển vào
/// lớp 10 công lập`, 11 words).
const SUBJECT_BEFORE_WORDS: usize = 12;

/// Whether `trở lên` or `trở xuống` ends at `i` after words naming a grade
/// (`hoàn thành tốt nhiệm vụ trở lên`, `loại khá trở lên`): a few words
/// from `from` on, none of them a figure.
fn grade_bound(toks: &[Token], i: usize, from: usize) -> bool {
    const GRADE_WORDS: usize = 4;
    (ends_with(toks, i, "trở lên") || ends_with(toks, i, "trở xuống"))
        && i >= from + 3
        && toks[i - 3].is_word()
        && toks[i.saturating_sub(2 + GRADE_WORDS).max(from)..i - 2]
            .iter()
            .all(|t| t.kind() != TokKind::Num)
}

/// Where an age bound ending at token `end` (`từ 18 tuổi trở lên`,
/// `18 tuổi trở lên`) starts, not before `from`.
fn age_bound_ending(toks: &[Token], end: usize, from: usize) -> Option<usize> {
    let bound = end >= from + 4
        && toks[end - 1].norm == "lên"
        && toks[end - 2].norm == "trở"
        && toks[end - 3].norm == "tuổi"
        && toks[end - 4].kind() == TokKind::Num;
    bound.then(|| {
        let i = end - 4;
        if i > from && matches!(toks[i - 1].norm, "từ" | "trên") {
            i - 1
        } else {
            i
        }
    })
}

/// The most tokens of an age in parentheses inside a subject (`(từ 16
/// đến 30 tuổi)`), the marks included.
const AGE_ASIDE: usize = 8;

/// `Tỷ lệ đoàn viên trong thanh niên (từ 16 đến 30 tuổi) đạt 68,2%`: an
/// age or age range in parentheses ending right before token `i`
/// qualifies the noun before it; the opening mark's token, if so.
fn age_aside(toks: &[Token], i: usize, from: usize) -> Option<usize> {
    if i < from + 2 || !toks[i - 1].is(')') || toks[i - 2].norm != "tuổi" {
        return None;
    }
    (from..i - 1)
        .rev()
        .take(AGE_ASIDE)
        .find(|&p| toks[p].is('('))
}

/// The words before a cue, as the subject of a percent with no noun after
/// it (`Tổng số đoàn viên tăng 78,3%`).
pub(super) fn subject_before(toks: &[Token], end: usize, from: usize) -> Option<Range<usize>> {
    let mut i = end;
    let mut n = 0;
    let mut joined = false;
    // The words read when the last `và` or comma was crossed.
    let mut item_from = 0;
    // Where the first join was crossed.
    let mut join_at = None;
    while i > from && n < SUBJECT_BEFORE_WORDS {
        let t = &toks[i - 1];
        // `tổng sản phẩm trên địa bàn tỉnh (GRDP)`: an abbreviation in
        // parentheses belongs to the noun it follows.
        if t.is(')') && i >= from + 3 && toks[i - 3].is('(') && toks[i - 2].is_word() {
            i -= 3;
            continue;
        }
        if let Some(open) = age_aside(toks, i, from) {
            i = open;
            continue;
        }
        // `tỷ lệ tập hợp phụ nữ từ 18 tuổi trở lên vào Hội`: an age bound
        // qualifies the noun before it, inside the subject.
        if let Some(start) = (n > 0).then(|| age_bound_ending(toks, i, from)).flatten() {
            i = start;
            n += 1;
            continue;
        }
        // `tỷ lệ huy động trẻ 5 tuổi ra lớp`, `trẻ 3 - 5 tuổi ra lớp`: an
        // age or age range qualifies the noun before it, inside the subject.
        if t.norm == "tuổi" && i >= from + 2 && toks[i - 2].kind() == TokKind::Num && n > 0 {
            i -= 2;
            let range = i >= from + 2
                && matches!(toks[i - 1].punct(), Some('-' | '–'))
                && toks[i - 2].kind() == TokKind::Num;
            if range {
                i -= 2;
            }
            n += 1;
            continue;
        }
        // `học sinh lớp 9 trúng tuyển vào lớp 10 công lập`: a thing named by
        // number (`lớp 9`, NAME_HEADS) inside the subject qualifies it.
        if t.kind() == TokKind::Num
            && n > 0
            && i >= from + 2
            && phrase_before(toks, i - 1, &NAME_HEAD_SET).is_some()
        {
            i -= 1;
            continue;
        }
        // `Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 85%`: a
        // bound on a grade, after words with no figure among them, is
        // inside the subject (after a figure, `có từ 25 lao động trở
        // lên`, it bounds that figure).
        if grade_bound(toks, i, from) {
            i -= 2;
            n += 1;
            continue;
        }
        // `tốc độ tăng trưởng kinh tế`: a stop that opens a noun inside
        // the subject (NOUN_STOPS) is part of it.
        let noun = NOUN_STOPS
            .iter()
            .any(|p| starts_with(toks, i - 1, p) && i - 1 + p.split(' ').count() <= end)
            || STOP_COMPOUNDS.iter().any(|p| ends_with(toks, i, p));
        // `bán lẻ hàng hóa và dịch vụ`, `nông, lâm nghiệp và thủy sản`: nouns
        // joined by `và`, and the short ones listed with commas before it,
        // are one subject.
        if n > 0 && i >= from + 2 && joins_nouns(toks, i - 1, joined, n - item_from) {
            joined = true;
            item_from = n;
            join_at.get_or_insert(i);
            i -= 1;
            continue;
        }
        if !t.is_word() || (SUBJECT_STOP_SET.has_word(t.norm) && !noun) {
            // A figure before the joined item makes it another claim's
            // counted noun (`giúp ít nhất 400 hộ phụ nữ thoát nghèo và nâng
            // tỷ lệ …`): the subject is what came after the join.
            if t.kind() == TokKind::Num {
                i = join_at.unwrap_or(i);
            }
            return (n > 0).then_some(i..end);
        }
        i -= 1;
        n += 1;
    }
    // A joined subject that runs to the longest a subject holds is no
    // list of nouns but two clauses: the subject is what came after.
    if n >= SUBJECT_BEFORE_WORDS {
        i = join_at.unwrap_or(i);
    }
    (n > 0).then_some(i..end)
}
