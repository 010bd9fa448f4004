//! Recognising claims: which numerals of a sentence are statistics, what
//! they count, and how the figures of one clause group into one claim.
//!
//! Input: sentences of tokens (from `segment`). Output: `Claim`s with byte
//! spans, values, qualifier, kind, basis and subject as written. Unit, year
//! and metric are attributed by `context`; arithmetic by `check`.
//!
//! Each numeral is read by the Vietnamese constructions it can stand in,
//! one module per family: `dates_times`, `references` (document
//! numbers, ordinals, names), `periods` (years, terms, seasons),
//! `ranges`, `ages` (durations and ages), `fractions`, `money`
//! (scale words, currency), `decimals` (`45, 6 tấn`), `counts`,
//! `labels` (`Số đoàn viên kết nạp mới: 1.234`), `percents`, `tables`
//! (a results table flattened to text lines);
//! `qualifiers` read hedges and bounds, `kind` decides plan, criterion
//! or actual. The word lists they read are data (`src/lexicon/*.tsv`).

mod ages;
mod counts;
mod dates_times;
mod decimals;
mod fractions;
mod kind;
mod labels;
mod money;
mod percents;
mod periods;
mod qualifiers;
mod ranges;
mod references;
mod tables;
mod topics;
mod words;

use std::ops::Range;

use crate::number;
use crate::record::{Basis, Figure, Figures, Hedge, Kind, Measure, Qualifier};
use crate::segment::{Sentence, TokKind, Token};

use kind::{Cues, PlanList};
use money::Amount;
use qualifiers::{
    comparative_hon, estimate_before, locative_tren, qualifier_after, qualifier_before,
};
use words::{ends_with, given_target_before, phrase_before, starts_with, WHOLE_LINK_SET};

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
    /// `nâng tổng số hội viên lên 412.345 người` counts `hội viên`. For
    /// an amount of money, the unit it is one share of (`mỗi nhà 60 triệu
    /// đồng`, `500.000 đồng/suất`): a share is no total of equal value.
    /// For a fraction a number is raised to, that number (`nâng tổng số
    /// đoàn viên lên 2.846/2.910 lao động` counts `đoàn viên`).
    pub counted: Option<String>,
    /// Where its achieved, target and percent are written (byte offsets).
    pub figures: Figures,
    /// The year its own words give it, which context must not change: a
    /// table column's `Quyết toán năm 2015` or `Dự toán năm 2017`.
    pub year: Option<i32>,
}

/// What a figure measures, before it becomes a claim.
#[derive(Debug, Clone, Copy)]
enum ItemKind {
    Count,
    Money,
    Percent,
}

/// One figure of a clause, read by its construction.
#[derive(Debug, Clone)]
struct Item {
    kind: ItemKind,
    value: f64,
    decimals: u32,
    target: Option<f64>,
    /// Its first and last token.
    first: usize,
    last: usize,
    /// The last token of its numeral, `first` its first: more than one
    /// for `45, 6` or `72 415`.
    numeral_last: usize,
    /// The power of ten its value applies to the numeral ([`Figure::exp`]).
    exp: Option<u32>,
    /// A fraction's whole: its first and last token and [`Figure::exp`].
    whole_tok: Option<(usize, usize, Option<u32>)>,
    /// The tokens of the qualifier words that set `qualifier`, and whether
    /// they follow the figure.
    hedge: Option<(Range<usize>, bool)>,
    qualifier: Qualifier,
    /// A condition of a rule: `có từ 25 đoàn viên trở lên`.
    criterion: bool,
    subject: Option<Range<usize>>,
    basis: Basis,
    /// A percent whose cue ties it to the count before it (`đạt`, `chiếm`).
    join_cue: bool,
    /// A whole introduced by `trong tổng số`, `so với chỉ tiêu giao là`.
    whole_link: bool,
    /// Right after `chỉ tiêu` or `kế hoạch`.
    plan_here: bool,
    counted: Option<Range<usize>>,
    /// The qualifier written after it (`trở lên`) and its tokens, applied
    /// by [`finish`].
    after_qual: Option<(Qualifier, Range<usize>)>,
    /// `có từ` before it: with `trở lên` after, a condition.
    from_word: bool,
}

/// A reader's verdict on a numeral.
enum Outcome {
    /// No figure; resume at this token.
    Skip(usize),
    /// A figure; resume at this token.
    Item(Item, usize),
}

/// Recognises the claims of every sentence.
pub fn recognise(text: &str, sentences: &[Sentence]) -> Vec<Claim> {
    recognise_titled(text, sentences, crate::body::report_title(text))
}

/// [`recognise`] of a text whose report title ([`crate::body::report_title`])
/// the caller has sought already: the year stage asks it too.
pub fn recognise_titled(
    text: &str,
    sentences: &[Sentence],
    title: Option<Range<usize>>,
) -> Vec<Claim> {
    let mut out = Vec::new();
    // Its lists are reused from sentence to sentence.
    let mut cues = Cues::default();
    let mut plan_list = PlanList::titled(title);
    let mut table = tables::Table::default();
    // The topic of the last sentence's changes, for a sentence that goes
    // on with it (`Tính chung 10 tháng, ước đạt …`).
    let mut topic = None;
    // Each clause of a sentence and its figures, read before its cues.
    let mut clauses: Vec<(Range<usize>, Vec<Item>)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let under_list = plan_list.read(text, s);
        if table.read(text, s, si, &mut out) {
            topic = None;
            continue;
        }
        // Most sentences hold no numeral, and only those have tokens
        // (`Sentence::tokens`): nothing more to read in the others.
        if s.tokens.is_empty() {
            topic = None;
            continue;
        }
        // A numeral in a date, a phone number or a code is no figure: a
        // sentence whose clauses hold none makes no claim, and its cues,
        // read for the figures alone, need not be read.
        clauses.clear();
        clauses.extend(s.clauses().map(|c| (c.clone(), scan_clause(text, s, c))));
        if clauses.iter().all(|(_, items)| items.is_empty()) {
            topic = None;
            continue;
        }
        cues.read(s.tokens, under_list);
        let sentence_first = out.len();
        for (clause, items) in clauses.drain(..) {
            let first = out.len();
            group(text, s, si, &cues, clause, items, &mut out);
            if first > sentence_first {
                whole_opens_clause(&mut out, first);
            }
        }
        topics::drop_non_topics(&mut out[sentence_first..]);
        topics::pair_respective_shares(text, s.tokens, &mut out, sentence_first);
        if out.len() > sentence_first + 1 {
            topics::name_changes(text, s.tokens, &mut out[sentence_first..], topic.as_deref());
            topics::carry_rate_subjects(s.tokens, &mut out[sentence_first..]);
            topics::carry_continued_subjects(s.tokens, &mut out[sentence_first..]);
            topics::name_point_changes(text, s.tokens, &mut out[sentence_first..]);
            topics::carry_change_subjects(s.tokens, &mut out[sentence_first..]);
            topics::name_plan_figures(s.tokens, &mut out[sentence_first..]);
            topics::distribute_respectively(s.tokens, &mut out[sentence_first..]);
            topics::name_count_changes(text, s.tokens, &mut out[sentence_first..]);
            topics::carry_graded_units(s.tokens, &mut out[sentence_first..]);
            topics::carry_elliptic_rates(text, s.tokens, &mut out[sentence_first..]);
        }
        topic = topics::sentence_topic(&out[sentence_first..]);
    }
    out
}

// ---------------------------------------------------------------- scanning

/// The figures of a clause, in text order: each numeral is read by
/// [`figure_at`], which says where to read on.
fn scan_clause(text: &str, s: &Sentence, clause: Range<usize>) -> Vec<Item> {
    let toks = s.tokens;
    let mut items = Vec::new();
    let mut i = clause.start;
    while i < clause.end {
        if toks[i].kind() != TokKind::Num {
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

/// Reads the figure whose numeral is token `i`, or says how far to skip:
/// each construction that makes a numeral no statistic is tried in turn,
/// then its amount and the noun or cue around it.
fn figure_at(text: &str, toks: &[Token], i: usize, clause_start: usize) -> Outcome {
    if references::glued_left(toks, i) || references::in_phone_number(toks, i) {
        return Outcome::Skip(i + 1);
    }
    let (num, padded) = match number::parse(toks[i].norm) {
        Some(n) => (n, false),
        None => match number::parse_padded(toks[i].norm) {
            Some(n) => (n, true),
            None => return Outcome::Skip(i + 1),
        },
    };
    if let Some(next) = dates_times::clock_time(toks, i) {
        return Outcome::Skip(next);
    }
    if references::glued_right(toks, i) {
        return Outcome::Skip(i + 2);
    }
    // `45, 6 tấn`: the numeral's last token is its fraction's.
    // `72 415 đoàn viên`: thousands grouped with spaces.
    let (num, at) = decimals::spaced_decimal(toks, i, &num)
        .or_else(|| decimals::spaced_thousands(toks, i, &num))
        .unwrap_or((num, i));
    let (links, j) = fractions::slash_chain(toks, at);
    if references::document_number(text, toks, j) {
        return Outcome::Skip(j + 2);
    }
    if dates_times::is_full_date(links) || counts::padded_in_chain(padded, links, toks, j) {
        return Outcome::Skip(j);
    }
    let whole_first = j.wrapping_sub(1);
    let (whole, j) = if links == 2 {
        match fractions::whole_of(toks, i, j, &num, at != i) {
            Some((b, after)) => (Some(b), after),
            None => return Outcome::Skip(j),
        }
    } else {
        if let Some(next) = ranges::range_end(toks, j) {
            return Outcome::Skip(next);
        }
        (None, j)
    };
    if names_a_thing(text, toks, i, j, &num, whole.is_some()) {
        return Outcome::Skip(j);
    }
    let amount = money::amount(toks, j, &num, whole);
    if amount.next > j {
        if let Some(next) = ranges::amount_range_end(toks, amount.next) {
            return Outcome::Skip(next);
        }
    }
    let numeral = NumeralAt {
        last: at,
        // Only a numeral typed in one piece is the value's own digits.
        plain: at == i && !padded,
        whole: (links == 2).then_some((whole_first, j - 1)),
    };
    read_figure(toks, i, amount, numeral, clause_start)
}

/// Where a figure's numeral is written, as [`figure_at`] read it.
struct NumeralAt {
    /// Its last token.
    last: usize,
    /// Typed in one piece, no leading zero: its digits are the value's.
    plain: bool,
    /// The first and last token of a fraction's whole.
    whole: Option<(usize, usize)>,
}

/// The numerals `i..j` name a thing rather than count it: an ordinal, a
/// reference, a name, a vague amount, a date, or a year.
fn names_a_thing(
    text: &str,
    toks: &[Token],
    i: usize,
    j: usize,
    num: &number::Numeral,
    fraction: bool,
) -> bool {
    qualifiers::per_one_unit(toks, i, num.value(), j)
        || references::named_by_word_before(text, toks, i, j)
        || references::row_number(text, toks, i)
        || dates_times::after_calendar_word(toks, i, num)
        || periods::after_year_word(toks, i, fraction)
        || references::after_title_word(text, toks, i) && !references::counts_a_noun(toks, j)
        || references::opens_quoted_title(toks, i, j)
        || references::inside_quoted_name(toks, i, j)
        || periods::bare_year(toks, num, i, j, fraction)
        || references::levels_of_a_structure(toks, i, j, num.value())
}

/// Reads the qualifiers around an amount and the cue before it, then the
/// noun or basis its kind needs.
fn read_figure(
    toks: &[Token],
    i: usize,
    a: Amount,
    numeral: NumeralAt,
    clause_start: usize,
) -> Outcome {
    // Qualifiers before: `gần 40`, `trên 144 tỷ`, `ít nhất 3`, `ước đạt`.
    let (mut qualifier, qual_len) = qualifier_before(toks, i).unwrap_or((Qualifier::None, 0));
    if qualifier == Qualifier::None && estimate_before(toks, i, clause_start) {
        qualifier = Qualifier::Approx;
    }
    if qualifier == Qualifier::Over && locative_tren(toks, i, a.next) {
        qualifier = Qualifier::None;
    }
    // `9 trên 10 xã`: the whole after `trên`, no bound; `cao hơn 250.000
    // đồng so với …`: a difference.
    let out_of = fractions::out_of_before(toks, i);
    if out_of || (qualifier == Qualifier::Over && comparative_hon(toks, i, a.next)) {
        qualifier = Qualifier::None;
    }
    let cue_end = i - qual_len;
    // The words that set the qualifier; none for an estimate verb further
    // back, or a `trên` read as no bound.
    let hedge = (qual_len > 0 && qualifier != Qualifier::None).then_some((cue_end..i, false));
    let mut k = a.next;
    // Qualifiers after the figure: `75% trở lên doanh nghiệp`.
    let mut after_qual = None;
    if let Some((q, len)) = qualifier_after(toks, k) {
        after_qual = Some((q, k..k + len));
        k += len;
    }
    let exp = if numeral.plain { a.scale } else { None };
    let item = Item {
        kind: a.kind,
        value: a.value,
        decimals: a.decimals,
        target: a.target,
        first: i,
        last: a.last,
        numeral_last: numeral.last,
        exp,
        // A whole typed in pieces (`9 000`) has no digits of its own to
        // vary when looking for a slip.
        whole_tok: numeral
            .whole
            .map(|(w, last)| (w, last, if w == last { a.scale } else { None })),
        hedge,
        qualifier,
        criterion: qual_len > 0 && bounds_a_condition(toks, cue_end, qualifier),
        subject: None,
        basis: Basis::None,
        join_cue: false,
        // What stands right before: a link to a whole, or a target word.
        // `so với chỉ tiêu giao (12.300 người)`: the whole may stand in
        // parentheses after its link.
        whole_link: out_of
            || phrase_before(toks, cue_end, &WHOLE_LINK_SET).is_some()
            || given_target_before(toks, cue_end)
            || percents::target_named_after_share(toks, cue_end)
            || (cue_end > 0
                && toks[cue_end - 1].is('(')
                && (phrase_before(toks, cue_end - 1, &WHOLE_LINK_SET).is_some()
                    || given_target_before(toks, cue_end - 1))),
        plan_here: ends_with(toks, cue_end, "chỉ tiêu")
            || ends_with(toks, cue_end, "kế hoạch")
            || kind::planned_value_after_la(toks, cue_end),
        counted: None,
        after_qual,
        // `doanh nghiệp có từ 25 đoàn viên trở lên`: a condition of what
        // has it. After another verb (`kết nạp từ 300 đảng viên trở
        // lên`) the bound is the figure's own.
        from_word: ends_with(toks, cue_end, "có từ")
            || from_after_counted_noun(toks, cue_end)
            || ends_with(toks, cue_end, "từ") && condition_after_co(toks, cue_end - 1),
    };
    match item.kind {
        ItemKind::Count => counts::read_count(toks, item, k, a.exp, clause_start),
        ItemKind::Money => read_money(toks, item, &a, k, (cue_end, clause_start)),
        ItemKind::Percent => percents::read_percent(toks, item, cue_end, k, clause_start),
    }
}

/// A sum of money read as `a`, the words after it read from `k`, its cue
/// ending and its clause starting at `at`: its subject, the unit it is
/// paid per (`mỗi nhà`, `đồng/căn`), and a whole of money after it
/// (`612,8 tỷ đồng/3.905 tỷ đồng kế hoạch`).
fn read_money(
    toks: &[Token],
    mut item: Item,
    a: &Amount,
    mut k: usize,
    at: (usize, usize),
) -> Outcome {
    let (cue_end, clause_start) = at;
    item.subject = money::money_subject(toks, cue_end);
    item.counted = money::per_unit(toks, cue_end, a.next, clause_start);
    // `200 nghìn đồng/hội viên trở lên`: the bound after the unit paid per.
    if item.after_qual.is_none() && item.counted.as_ref().is_some_and(|r| r.start == a.next + 1) {
        if let Some((q, words)) = money::bound_after_unit(toks, a.next + 1) {
            k = words.end;
            item.after_qual = Some((q, words));
        }
    }
    if let Some(w) = money::money_whole(toks, a) {
        item.target = Some(w.value);
        item.whole_tok = Some((w.numeral, w.numeral, w.exp));
        item.last = w.last;
        k = w.next;
    }
    finish(item, k)
}

/// The most words of a counted noun between its figure and a `từ`
/// opening a condition of it.
const COUNTED_NOUN_WORDS: usize = 3;

/// The most words of the thing had between `có` and its bound (`có quỹ
/// trên 100 triệu đồng`).
const HAD_NOUN_WORDS: usize = 2;

/// Whether a bound written before a figure (`trên`, `hơn`, `dưới`,
/// from token `cue_end`) bounds a condition of a counted noun
/// ([`condition_after_co`]).
fn bounds_a_condition(toks: &[Token], cue_end: usize, qualifier: Qualifier) -> bool {
    matches!(
        qualifier,
        Qualifier::Over | Qualifier::AtLeast | Qualifier::Under
    ) && condition_after_co(toks, cue_end)
}

/// `19/23 cơ sở hội có quỹ trên 100 triệu đồng, chiếm 82,6%`: a bound
/// (starting at token `b`: `trên`, `từ … trở lên`) after `có` and a noun
/// of what is had, right after the noun a figure counts, opens a
/// condition of that noun (the units having such funds): a criterion,
/// whose share is the count's.
fn condition_after_co(toks: &[Token], b: usize) -> bool {
    (b.saturating_sub(HAD_NOUN_WORDS + 1)..b)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| toks[k].norm == "có")
        .is_some_and(|co| counted_noun_ends_at(toks, co))
}

/// `312/458 doanh nghiệp từ 25 lao động trở lên`, `120 hộ từ 60 tuổi trở
/// lên`: `từ` right after the noun a figure counts opens a condition of
/// that noun, as `có từ` does; after a verb (`kết nạp từ 200 hội viên trở
/// lên`) the bound is the figure's own.
fn from_after_counted_noun(toks: &[Token], cue_end: usize) -> bool {
    ends_with(toks, cue_end, "từ") && counted_noun_ends_at(toks, cue_end - 1)
}

/// Whether the words right before token `end` (one to
/// [`COUNTED_NOUN_WORDS`] of them) are the noun a figure right before
/// them counts (`312/458 doanh nghiệp`, `19/23 cơ sở hội`).
fn counted_noun_ends_at(toks: &[Token], end: usize) -> bool {
    let words = toks[..end]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .take(COUNTED_NOUN_WORDS + 1)
        .count();
    let figure = end.checked_sub(words + 1).map(|k| &toks[k]);
    (1..=COUNTED_NOUN_WORDS).contains(&words) && figure.is_some_and(|t| t.kind() == TokKind::Num)
}

/// Applies the qualifier written after a figure (`trở lên`): with `từ`
/// before a count, the figure is a condition.
fn finish(mut item: Item, next: usize) -> Outcome {
    if let Some((q, words)) = item.after_qual.clone() {
        item.qualifier = q;
        item.hedge = Some((words, true));
        if item.from_word && !matches!(item.kind, ItemKind::Percent) {
            item.criterion = true;
        }
    }
    Outcome::Item(item, next)
}

// ---------------------------------------------------------------- grouping

/// Longest quote, in characters, before it is narrowed to the comma-separated
/// part around the figures.
const QUOTE_MAX: usize = 240;

/// The quote of a claim: its clause; a long clause narrows to the
/// comma-separated parts that hold the figures, and a still longer one to
/// a window of tokens around them. Keeps records small whatever the input.
fn quote_around(toks: &[Token], clause: Range<usize>, first: usize, last: usize) -> Range<usize> {
    let span = |a: usize, b: usize| toks[a].start()..toks[b].end();
    let (lo, hi) = (clause.start, clause.end - 1);
    let last = last.min(hi).max(first);
    let whole = span(lo, hi);
    if whole.len() <= QUOTE_MAX * 2 {
        return whole;
    }
    // At most QUOTE_REACH tokens either side, the comma nearest the
    // figures within them a border: looked for only that far, so a
    // clause of many figures and no comma stays linear.
    let (lo, hi) = (
        lo.max(first.saturating_sub(QUOTE_REACH)),
        hi.min(last + QUOTE_REACH),
    );
    let start = (lo..first)
        .rev()
        .find(|&i| toks[i].is(','))
        .map_or(lo, |i| i + 1);
    let end = (last..=hi)
        .find(|&i| toks[i].is(','))
        .map_or(hi, |i| i.saturating_sub(1).max(last));
    span(start, end)
}

/// Tokens a narrowed quote reaches before and after the claim's figures.
const QUOTE_REACH: usize = 30;

/// Where an item's figures are written, read once and moved into
/// whichever claim takes them.
struct ItemFigures {
    /// Its own numeral (a percent's `%` included).
    numeral: Option<Figure>,
    /// A fraction's whole.
    whole: Option<Figure>,
    /// Its qualifier's words.
    hedge: Option<Hedge>,
}

impl ItemFigures {
    fn of(text: &str, toks: &[Token], item: &Item) -> Self {
        let at = |first: usize, last: usize, exp: Option<u32>| {
            let (start, end) = (toks[first].start(), toks[last].end());
            Figure {
                start,
                end,
                written: text[start..end].to_string(),
                exp,
            }
        };
        let mut numeral = at(item.first, item.numeral_last, item.exp);
        if matches!(item.kind, ItemKind::Percent) {
            numeral.end = toks[item.last.min(toks.len() - 1)].end();
        }
        ItemFigures {
            numeral: Some(numeral),
            whole: item.whole_tok.map(|(w, last, exp)| at(w, last, exp)),
            hedge: item.hedge.as_ref().map(|(r, after)| Hedge {
                words: text_of(text, toks, r),
                after: *after,
            }),
        }
    }
}

/// The text of a token range.
fn text_of(text: &str, toks: &[Token], r: &Range<usize>) -> String {
    text[toks[r.start].start()..toks[r.end - 1].end()].to_string()
}

/// What grouping remembers of a clause's claims so far.
#[derive(Default)]
struct Open {
    /// Index in `out` of the last count or money claim of this clause,
    /// while it can still take a percent or a whole.
    last: Option<usize>,
    /// The last bare percent of this clause and its last token: a count in
    /// parentheses right after it is what it is a percent of
    /// (`đạt 100% (45/45 CĐCS)`).
    last_percent: Option<(usize, usize)>,
    /// A whole stated before its count (`Trên tổng số 500 doanh nghiệp,
    /// có 300 …`, `so với chỉ tiêu giao (12.300 người) đạt 91%`): a claim
    /// with only a target, waiting for its count or percent.
    pending_whole: Option<usize>,
    /// The count before a criterion that is `last` (`452/1.215 doanh
    /// nghiệp có từ 25 lao động trở lên (chiếm hơn 40%)`): a percent after
    /// the criterion is the count's, not the condition's.
    before_criterion: Option<usize>,
    /// The count before a change amount that is `last` (`đạt 4 tỷ 625
    /// triệu đồng, tăng 1 tỷ 180 triệu đồng so với …`): a share after
    /// the change is that count's.
    before_change: Option<usize>,
    /// The head count before a count of what it holds that is `last`
    /// (`6 CĐCS với 238 đoàn viên`, [`counts::accompanies_head`]), and the
    /// held count's last token: a share after a comma is the head's.
    before_with: Option<(usize, usize)>,
}

/// Groups the figures of a clause into claims: a percent or a whole joins
/// the count before it, a count in parentheses the percent before it.
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
    let mut open = Open::default();
    let first_claim = out.len();
    let mut head_noun_end = None;
    for item in items {
        let held = counts::accompanies_head(toks, &item, head_noun_end);
        let noun_end = counts::noun_end(&item);
        head_noun_end = noun_end;
        let end = toks[item.last.min(toks.len() - 1)].end();
        let mut figs = ItemFigures::of(text, toks, &item);
        if let Some((pi, ptok)) = open.last_percent.take() {
            if count_of_percent(text, toks, &item, &mut figs, ptok, end, &mut out[pi]) {
                open.last = Some(pi);
                continue;
            }
        }
        if joins_open_claim(toks, &item, &mut figs, end, &mut open, out) {
            continue;
        }
        if let Some(pw) = open.pending_whole {
            if count_of_whole(text, toks, &item, &mut figs, end, &mut out[pw]) {
                open.pending_whole = None;
                open.last = Some(pw);
                continue;
            }
        }
        let mut claim = new_claim(text, toks, si, cues, &item, figs);
        if claim.subject.is_none()
            && (part_after_trong_do(toks, &item) || total_of_a_span(toks, &item, clause.start))
        {
            claim.subject = out[first_claim..].last().and_then(|c| c.subject.clone());
        }
        let whole_first = item.whole_link && !matches!(item.kind, ItemKind::Percent);
        if whole_first {
            claim.target = claim.achieved.take();
            claim.figures.target = claim.figures.achieved.take();
        }
        out.push(claim);
        open.before_criterion = open.last.filter(|_| item.criterion);
        open.before_with = open
            .last
            .filter(|_| held)
            .map(|h| (h, item.last.max(noun_end.unwrap_or(0))));
        // A change stated as a percent (`…, tăng 6,5% so với cùng kỳ, bằng
        // 48,3% kế hoạch năm`) is its own record, as a change amount is
        // one figure more: the share after either is the count's.
        let change_percent = matches!(item.kind, ItemKind::Percent) && item.basis == Basis::Change;
        open.before_change = open
            .last
            .filter(|_| change_percent || percents::change_amount(toks, &item));
        if whole_first {
            open.pending_whole = Some(out.len() - 1);
        }
        if matches!(item.kind, ItemKind::Percent) {
            open.last = None;
            open.last_percent = Some((out.len() - 1, item.last));
        } else {
            open.last = Some(out.len() - 1);
        }
    }
    // A whole that found neither count nor percent is a count after all.
    if let Some(c) = open.pending_whole.map(|pw| &mut out[pw]) {
        if c.achieved.is_none() && c.percent.is_none() {
            c.achieved = c.target.take();
            c.figures.achieved = c.figures.target.take();
        }
    }
    quote_claims(toks, clause, &mut out[first_claim..]);
}

/// Joins an item to the claim its clause has open, when it reads as one
/// more figure of it: a share after a change amount (`đạt 4 tỷ 625 triệu
/// đồng, tăng 1 tỷ 180 triệu đồng …, đạt 92,5% chỉ tiêu`) is the amount's
/// before the change, a target in parentheses the share's, a percent
/// after a criterion the count's before it. A second share of another
/// target (`bằng 124,5% dự toán tỉnh giao và bằng 112,3% …`) is a percent
/// record of its own (dev d23). Whether the item was taken.
fn joins_open_claim(
    toks: &[Token],
    item: &Item,
    figs: &mut ItemFigures,
    end: usize,
    open: &mut Open,
    out: &mut [Claim],
) -> bool {
    // `đạt 4 tỷ 625 triệu đồng, tăng 1 tỷ 180 triệu đồng so với đầu
    // nhiệm kỳ, đạt 92,5% chỉ tiêu`: a share after a change amount
    // (or a change percent, which leaves no claim open) is the share of
    // the amount before the change.
    if let Some(bi) = open
        .before_change
        .filter(|_| matches!(item.kind, ItemKind::Percent))
    {
        if joins_claim(item, figs, end, &mut out[bi]) {
            open.last = Some(bi);
            open.before_change = None;
            return true;
        }
    }
    // A percent condition leaves no claim open, but the count before it
    // is still the share's (`118/124 xã, phường đạt tỷ lệ bao phủ BHYT
    // trên 90%, chiếm 95,2%`).
    let Some(li) = open.last.or(open.before_criterion) else {
        return false;
    };
    if percents::target_in_parentheses(toks, item) && target_of_share(item, figs, end, &mut out[li])
    {
        return true;
    }
    // `6 CĐCS với 238 đoàn viên, đạt 150% chỉ tiêu`: a share of target is
    // the head count's; a share of a whole (`…, chiếm 78,6% tổng số hộ`)
    // is the members', what the held count counts, and so is a share
    // after the members' own whole (`198 CĐCS với 91.356 đoàn viên trên
    // tổng số 96.480 lao động, đạt 94,7%`).
    let held_whole = out[li].target.is_some();
    let head = open
        .before_with
        .filter(|&(_, held_end)| {
            matches!(item.kind, ItemKind::Percent)
                && item.basis == Basis::Target
                && !held_whole
                && held_end < item.first
        })
        .filter(|&(_, held_end)| toks[held_end..item.first].iter().any(|t| t.is(',')))
        .map(|(h, _)| h);
    let count = open.before_criterion.filter(|_| !item.criterion).or(head);
    // A condition takes no percent (`doanh nghiệp có từ 25 lao
    // động trở lên đạt 40%` is a share of the firms).
    let condition = out[li].kind == Kind::Criterion && matches!(item.kind, ItemKind::Percent);
    if count.is_some_and(|ci| joins_claim(item, figs, end, &mut out[ci]))
        || !condition && joins_claim(item, figs, end, &mut out[li])
    {
        return true;
    }
    false
}

/// Quotes the claims of a clause once every figure has joined its claim:
/// a percent far along a run-on clause (`… đoàn viên … (đạt 128,56%)`)
/// widens the claim, and the quote must show all of it (SPEC §3: the
/// claim stands in it).
fn quote_claims(toks: &[Token], clause: Range<usize>, claims: &mut [Claim]) {
    for c in claims {
        let first = toks.partition_point(|t| t.start() < c.start);
        let last = toks.partition_point(|t| t.end() < c.end);
        c.quote = quote_around(toks, clause.clone(), first, last);
    }
}

/// `100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 85,6% trên
/// chuẩn`: a percent opened by `trong đó` with no noun of its own is a
/// part of what the figure before it counts, and takes its subject.
fn part_after_trong_do(toks: &[Token], item: &Item) -> bool {
    let cue_end = item.hedge.as_ref().map_or(
        item.first,
        |(r, after)| {
            if *after {
                item.first
            } else {
                r.start
            }
        },
    );
    matches!(item.kind, ItemKind::Percent) && ends_with(toks, cue_end, "trong đó")
}

/// `…, đảm bảo cả năm đạt 100% chỉ tiêu`: a percent of a longer span's
/// total ([`percents::of_a_longer_span`]) counts what the figure before it
/// counts, and takes its subject.
fn total_of_a_span(toks: &[Token], item: &Item, clause_start: usize) -> bool {
    let cue_end = match &item.hedge {
        Some((r, false)) => r.start,
        _ => item.first,
    };
    matches!(item.kind, ItemKind::Percent)
        && percents::of_a_longer_span(toks, cue_end, clause_start)
}

/// `kết nạp 8.215 đoàn viên; so với chỉ tiêu giao (15.000 người) đạt
/// 54,8%`: a clause that opens with the whole and the percent of a count
/// it does not state measures the bare count that ends the clause before
/// it, in the same sentence. `first` is the new clause's first claim.
fn whole_opens_clause(out: &mut Vec<Claim>, first: usize) {
    let (Some(opens), Some(prev)) = (
        out.get(first),
        first.checked_sub(1).and_then(|p| out.get(p)),
    ) else {
        return;
    };
    if opens.achieved.is_some() || opens.target.is_none() || opens.percent.is_none() {
        return;
    }
    let bare = prev.achieved.is_some() && prev.target.is_none() && prev.percent.is_none();
    // The whole's own words (`kế hoạch`) say nothing of the count's kind.
    if !bare || !matches!(opens.basis, Basis::Target | Basis::Whole) {
        return;
    }
    let c = out.remove(first);
    let p = &mut out[first - 1];
    p.target = c.target;
    p.percent = c.percent;
    p.percent_decimals = c.percent_decimals;
    p.percent_qualifier = c.percent_qualifier;
    p.basis = c.basis;
    p.figures.target = c.figures.target;
    p.figures.percent = c.figures.percent;
    p.figures.hedge = c.figures.hedge;
    p.end = c.end;
    p.quote = p.quote.start..c.quote.end;
}

/// `Trên tổng số 500 doanh nghiệp, có 300 doanh nghiệp ký thỏa ước`: the
/// first count after a whole stated before it is counted in that whole.
/// Joins it to the target-only claim `c` and says whether.
/// A condition on the whole's members (`trong số 2.140 doanh nghiệp có từ
/// 50 lao động trở lên, mới có 134 …`) is no count of it.
fn count_of_whole(
    text: &str,
    toks: &[Token],
    item: &Item,
    figs: &mut ItemFigures,
    end: usize,
    c: &mut Claim,
) -> bool {
    let count = matches!(item.kind, ItemKind::Count | ItemKind::Money) && !item.criterion;
    if !count || item.whole_link || item.target.is_some() || c.achieved.is_some() {
        return false;
    }
    if c.percent.is_some() {
        return false;
    }
    c.achieved = Some(item.value);
    c.figures.achieved = figs.numeral.take();
    if matches!(item.kind, ItemKind::Money) {
        c.measure = Measure::Vnd;
    }
    if let Some(r) = &item.subject {
        c.subject = Some(text_of(text, toks, r));
    }
    c.start = c.start.min(toks[item.first].start());
    c.end = c.end.max(end);
    c.qualifier = item.qualifier;
    true
}

/// The most tokens of a percent's noun before a fraction in parentheses
/// (`100% nhà tạm, nhà dột nát (86/86 căn)`).
const PERCENT_NOUN: usize = 8;

/// `đạt 100% (45/45 CĐCS)`: a count in parentheses right after a bare
/// percent is the count it is a percent of, also when the parenthesis
/// says so (`còn 0,86% (tương ứng 612 hộ)`). Joins it and says whether.
fn count_of_percent(
    text: &str,
    toks: &[Token],
    item: &Item,
    figs: &mut ItemFigures,
    ptok: usize,
    end: usize,
    c: &mut Claim,
) -> bool {
    let near = item.first > ptok
        && item.first - ptok <= 3
        && toks[ptok + 1..item.first].iter().any(|t| t.is('('));
    let said = item.first >= ptok + 4
        && item.first <= ptok + 5
        && toks[item.first - 3].is('(')
        && starts_with(toks, item.first - 2, "tương ứng");
    // `xóa 100% nhà tạm, nhà dột nát (86/86 căn)`: past the percent's
    // noun, a fraction in parentheses is what the percent is of.
    let named = item.target.is_some()
        && item.first > ptok + 2
        && item.first - ptok <= PERCENT_NOUN + 2
        && toks[item.first - 1].is('(')
        && toks[ptok + 1..item.first - 1]
            .iter()
            .all(|t| t.is_word() || t.is(','));
    let paren = near || said || named;
    if !paren || !matches!(item.kind, ItemKind::Count) || c.achieved.is_some() {
        return false;
    }
    c.achieved = Some(item.value);
    c.target = item.target;
    c.figures.achieved = figs.numeral.take();
    c.figures.target = figs.whole.take();
    c.measure = Measure::Count;
    c.subject = item
        .subject
        .as_ref()
        .map(|r| text_of(text, toks, r))
        .or(c.subject.take());
    c.end = end;
    if c.basis == Basis::Whole && item.target.is_some() {
        c.basis = Basis::Target;
    }
    true
}

/// A whole (`trong tổng số 176`) or a joined percent (`đạt 128,56%`)
/// completes the open count claim `c`. Joins it and says whether.
fn joins_claim(item: &Item, figs: &mut ItemFigures, end: usize, c: &mut Claim) -> bool {
    if item.whole_link && c.target.is_none() && !matches!(item.kind, ItemKind::Percent) {
        c.target = Some(item.value);
        c.figures.target = figs.numeral.take();
        c.end = end;
        return true;
    }
    if matches!(item.kind, ItemKind::Percent)
        && item.join_cue
        && matches!(item.basis, Basis::Target | Basis::Whole)
        && c.percent.is_none()
    {
        c.percent = Some(item.value);
        c.percent_decimals = item.decimals;
        c.percent_qualifier = item.qualifier;
        c.figures.percent = figs.numeral.take();
        c.figures.hedge = figs.hedge.take();
        if c.qualifier == Qualifier::None {
            // The record's qualifier is the count's; a bare count
            // with a hedged percent (`chiếm gần 40%`) carries the
            // percent's, so the bound shows in the record.
            c.qualifier = item.qualifier;
        }
        c.basis = item.basis;
        c.end = end;
        return true;
    }
    false
}

/// `đạt 92,5% chỉ tiêu Nghị quyết (5 tỷ đồng)`: the figure in parentheses
/// after the target of the share joined to `c` ([`percents::
/// target_in_parentheses`]) is that target, of the same measure as the
/// count. Joins it and says whether.
fn target_of_share(item: &Item, figs: &mut ItemFigures, end: usize, c: &mut Claim) -> bool {
    let same_measure = match item.kind {
        ItemKind::Money => c.measure == Measure::Vnd,
        ItemKind::Count => c.measure == Measure::Count,
        ItemKind::Percent => false,
    };
    if !same_measure
        || item.target.is_some()
        || c.achieved.is_none()
        || c.target.is_some()
        || c.basis != Basis::Target
    {
        return false;
    }
    c.target = Some(item.value);
    c.figures.target = figs.numeral.take();
    c.end = end;
    true
}

/// A new claim of one figure.
fn new_claim(
    text: &str,
    toks: &[Token],
    si: usize,
    cues: &Cues,
    item: &Item,
    figs: ItemFigures,
) -> Claim {
    let mut claim = Claim {
        sentence: si,
        start: toks[item.first].start(),
        end: toks[item.last.min(toks.len() - 1)].end(),
        achieved: None,
        target: None,
        percent: None,
        percent_decimals: 0,
        qualifier: item.qualifier,
        percent_qualifier: Qualifier::None,
        kind: cues.kind_of(item),
        measure: Measure::Count,
        basis: Basis::None,
        counted: item.counted.as_ref().map(|r| text_of(text, toks, r)),
        subject: item.subject.as_ref().map(|r| text_of(text, toks, r)),
        // Set by `group` once the claim has all its figures.
        quote: 0..0,
        figures: Figures::default(),
        year: None,
    };
    match item.kind {
        ItemKind::Percent => {
            claim.percent = Some(item.value);
            claim.percent_decimals = item.decimals;
            claim.percent_qualifier = item.qualifier;
            claim.measure = Measure::Percent;
            claim.basis = item.basis;
            claim.figures.percent = figs.numeral;
            claim.figures.hedge = figs.hedge;
        }
        ItemKind::Money | ItemKind::Count => {
            claim.achieved = Some(item.value);
            claim.target = item.target;
            claim.figures.achieved = figs.numeral;
            claim.figures.target = figs.whole;
            if matches!(item.kind, ItemKind::Money) {
                claim.measure = Measure::Vnd;
            }
        }
    }
    claim
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

    /// The claims of `text`.
    pub(crate) fn recognised(text: &str) -> Vec<Claim> {
        let s = sentences(text, &cut(text, true));
        recognise(text, &s)
    }

    /// (achieved, target, percent) of the claims of `text`.
    pub(crate) fn claims(text: &str) -> Vec<(Option<f64>, Option<f64>, Option<f64>)> {
        recognised(text)
            .into_iter()
            .map(|c| (c.achieved, c.target, c.percent))
            .collect()
    }

    /// The one claim of `text`.
    pub(crate) fn one(text: &str) -> Claim {
        let mut c = recognised(text);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        c.remove(0)
    }
}

#[cfg(test)]
mod quote_tests {
    use super::tests::recognised;

    /// A clause too long to quote whole is narrowed around its figures;
    /// a percent that joins the count far along the clause is one of
    /// them, so the quote reaches it (found by the property test on a
    /// run-on sentence: `18446744073709551616/1 … (đạt 128,56%`).
    #[test]
    fn the_quote_of_a_long_clause_covers_every_joined_figure() {
        let filler = "đoàn viên mới trong năm qua ".repeat(30);
        let text =
            format!("Năm qua {filler}kết nạp được 2134/1800 đoàn viên {filler}(đạt 128,56%).");
        let c = recognised(&text);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].percent, Some(128.56));
        assert!(text.len() > 480, "the clause must be narrowed");
        let (q, span) = (&c[0].quote, c[0].start..c[0].end);
        assert!(q.start <= span.start && span.end <= q.end, "{q:?} {span:?}");
        // Still narrowed: the words long before the count are left out.
        assert!(q.start > "Năm qua ".len());
    }
}

#[cfg(test)]
mod figure_tests {
    use super::tests::one;
    use crate::record::Role;

    /// The text at each of the claim's figures, achieved, target, percent.
    fn written(text: &str) -> [Option<String>; 3] {
        let c = one(text);
        [Role::Achieved, Role::Target, Role::Percent].map(|role| {
            c.figures
                .get(role)
                .map(|f| text[f.start..f.end].to_string())
        })
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn a_fraction_and_its_percent_are_found_where_written() {
        // Thanh Xuân 2016.
        let w = written("kết nạp được 2134/1800 đoàn viên (đạt 128,56%).");
        assert_eq!(w, [some("2134"), some("1800"), some("128,56%")]);
        // Of my own: a whole after a noun (`có tổ chức công đoàn/3.500`).
        let w = written("Có 2.150 doanh nghiệp có tổ chức công đoàn/3.500 doanh nghiệp.");
        assert_eq!(w, [some("2.150"), some("3.500"), None]);
    }

    #[test]
    fn a_whole_stated_first_is_the_target_where_it_stands() {
        // SPEC §1: `64 CĐCS trong tổng số 71 doanh nghiệp`; here the whole
        // comes first.
        let w = written("Trên tổng số 500 doanh nghiệp, có 300 doanh nghiệp ký thỏa ước.");
        assert_eq!(w, [some("300"), some("500"), None]);
    }

    #[test]
    fn a_count_in_parentheses_after_its_percent_is_found() {
        let w = written("Công tác Đại hội đạt 100% (45/45 CĐCS).");
        assert_eq!(w, [some("45"), some("45"), some("100%")]);
        // Of my own, with a whole of another size.
        let w = written("Tỷ lệ ký thỏa ước đạt 62% (53/85 đơn vị).");
        assert_eq!(w, [some("53"), some("85"), some("62%")]);
    }

    #[test]
    fn a_percent_in_the_next_clause_keeps_its_place() {
        // `kết nạp 8.215 đoàn viên; so với chỉ tiêu giao (15.000 người)
        // đạt 54,8%`: the figures of two clauses joined.
        let w = written("Kết nạp 8.215 đoàn viên; so với chỉ tiêu giao (15.000 người) đạt 54,8%.");
        assert_eq!(w, [some("8.215"), some("15.000"), some("54,8%")]);
    }

    #[test]
    fn the_words_that_hedge_a_percent_are_kept() {
        let c = one("Có 435/1.026 doanh nghiệp (chiếm gần 40%) ký thỏa ước.");
        let h = c.figures.hedge.map(|h| (h.words, h.after));
        assert_eq!(h, Some(("gần".to_string(), false)));
        let c = one("Phấn đấu 75% trở lên doanh nghiệp ký thỏa ước.");
        let h = c.figures.hedge.map(|h| (h.words, h.after));
        assert_eq!(h, Some(("trở lên".to_string(), true)));
    }

    #[test]
    fn scaled_and_compound_amounts_say_whether_the_numeral_is_the_value() {
        let c = one("Công đoàn ủng hộ hơn 3,1 tỷ đồng.");
        let a = c.figures.achieved.map(|f| (f.written, f.exp));
        assert_eq!(a, Some(("3,1".to_string(), Some(9))));
        let c = one("Công đoàn hỗ trợ 1 tỷ 618 triệu đồng.");
        let a = c.figures.achieved.map(|f| (f.written, f.exp));
        assert_eq!(a, Some(("1".to_string(), None)));
        // held-out h01: `72 415 đoàn viên`, thousands grouped with spaces.
        let c = one("Toàn tỉnh có 72 415 đoàn viên.");
        let a = c.figures.achieved.map(|f| (f.written, f.exp));
        assert_eq!(a, Some(("72 415".to_string(), None)));
    }
}
