//! Label, colon, figure: `Số đoàn viên kết nạp mới: 1.234 người`,
//! `Tổng số CĐCS: 56`. The label names what the figure counts.

use std::ops::Range;

use crate::segment::{TokKind, Token};

use crate::lexicon::{METRICS, NUMBERED_LABEL_HEADS, TOPIC_OPENERS};

use super::qualifiers::qualifier_before;
use super::words::{counts_as_noun_evidence, ends_with, noun_starts, starts_with, subject_at};

/// How far back from the colon a label's `số` is looked for, in tokens.
const LABEL_REACH: usize = 10;

/// [`LABEL_REACH`] for a label naming the nouns of a list said
/// respectively ([`respective_label`]): two nouns and what they share.
const RESPECTIVE_LABEL_REACH: usize = 16;

/// The noun phrase of a label ending in a colon right before token `i`
/// (`Số đoàn viên kết nạp mới: 1.234`): the words after its `số`. The
/// label opens its sentence or follows a mark (`- Số CĐCS: 12`). The
/// copula `là` ends it as a colon does (`Số doanh nghiệp có tổ chức công
/// đoàn là 47/78`).
pub(super) fn label_before(toks: &[Token], i: usize) -> Option<Range<usize>> {
    // `Tổng số đoàn viên: khoảng 642`: a hedge between the colon and the
    // figure is the figure's.
    let i = i - qualifier_before(toks, i).map_or(0, |(_, len)| len);
    let colon = i
        .checked_sub(1)
        .filter(|&c| toks[c].is(':') || toks[c].norm == "là")?;
    let from = colon.saturating_sub(LABEL_REACH);
    // The label's own `số`: in the words right before the colon (`Tổng số
    // hội viên: 12.345 người (nữ: 4.210 người)`: the second label has
    // none).
    let Some(so) = (from..colon)
        .rev()
        .take_while(|&p| toks[p].is_word())
        .find(|&p| toks[p].norm == "số")
    else {
        return numbered_label(toks, colon).or_else(|| noun_label(toks, from, colon));
    };
    let opens = label_opens(toks, so);
    let words_only = toks[so + 1..colon].iter().all(|t| t.is_word());
    // The label names a counted noun (`đoàn viên`, `CĐCS`): `Số người
    // online: 40` of a page's visit counter names none.
    if !opens || !words_only || so + 1 >= colon || !counts_as_noun_evidence(toks, so + 1) {
        return None;
    }
    subject_at(toks, so + 1, (colon - so - 1).min(6))
}

/// Whether a label whose `số` is token `so` (`Số`, `Tổng số`: its first
/// words) opens its sentence or follows a mark (`- Số CĐCS: 12`).
fn label_opens(toks: &[Token], so: usize) -> bool {
    let head = if so > 0 && toks[so - 1].norm == "tổng" {
        so - 1
    } else {
        so
    };
    head == 0 || toks[head - 1].kind() == TokKind::Punct
}

/// `Số chi đoàn và cơ sở đoàn xếp loại vững mạnh lần lượt là 1.284 và
/// 146`: counts listed after `lần lượt là` or `tương ứng là`
/// (respectively) under a `Số …` label naming as many nouns joined by
/// `và` or commas: the count at token `i` counts the noun in its place
/// (the second, `cơ sở đoàn xếp loại vững mạnh`); under a label of one
/// noun every count counts it.
pub(super) fn respective_label(toks: &[Token], i: usize) -> Option<Range<usize>> {
    // Back over the list: numerals joined by `và` or commas.
    // A numeral grouped by spaces (`1 284`) is several tokens.
    let mut first = i;
    let mut nth = 0;
    while first >= 2
        && (toks[first - 1].is(',') || toks[first - 1].norm == "và")
        && toks[first - 2].kind() == TokKind::Num
    {
        first = super::decimals::numeral_start(toks, first - 2);
        nth += 1;
    }
    let la = first.checked_sub(1).filter(|&p| toks[p].norm == "là")?;
    let adverb = la
        .checked_sub(2)
        .filter(|&p| super::topics::says_respectively(toks, p))?;
    let from = adverb.saturating_sub(RESPECTIVE_LABEL_REACH);
    let so = (from..adverb)
        .rev()
        .take_while(|&p| toks[p].is_word() || toks[p].is(','))
        .find(|&p| toks[p].norm == "số")?;
    if !label_opens(toks, so) || !noun_starts(toks, so + 1) {
        return None;
    }
    // The nouns of the label, split at `và` and commas.
    let mut starts = vec![so + 1];
    starts.extend(
        (so + 1..adverb)
            .filter(|&p| toks[p].is(',') || toks[p].norm == "và")
            .map(|p| p + 1),
    );
    let start = if starts.len() > 1 {
        *starts.get(nth)?
    } else {
        so + 1
    };
    let end = starts
        .iter()
        .find(|&&s| s > start)
        .map_or(adverb, |&s| s - 1);
    subject_at(toks, start, (end - start).min(6))
}

/// Nouns naming people besides the known metrics and part words
/// ([`METRICS`], `part_labels.tsv`).
pub(super) static PEOPLE_NOUNS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../lexicon/people_nouns.tsv"))
            .filter_map(|r| r.first().copied())
            .collect()
    });

/// Whether a noun of people opens the phrase at `at`: a known metric
/// (`đoàn viên`, `hội viên`), a part word (`nữ`), or [`PEOPLE_NOUNS`].
fn names_people(toks: &[Token], at: usize) -> bool {
    METRICS.iter().any(|(m, _)| starts_with(toks, at, m))
        || super::counts::is_part_label(toks, at)
        || PEOPLE_NOUNS.iter().any(|n| starts_with(toks, at, n))
}

/// How many words a noun of people written before its count holds.
const PEOPLE_WORDS: usize = 6;

/// What a count of `người` (persons) at token `i` counts, where its own
/// clause says so: `N người là X` (`trong đó 6.790 người là đoàn viên công
/// đoàn`: the people are X), or a noun of people standing alone before
/// the figure as the topic of a verbless part (`trong đó đoàn viên nữ
/// 3.205 người`, `lao động nữ 620 người`): `người` then only classifies
/// the count, as `con` or `chiếc` do. `after` is the token after `người`.
pub(super) fn people_counted(
    toks: &[Token],
    clause_start: usize,
    i: usize,
    after: usize,
) -> Option<Range<usize>> {
    // `N người (đã) là X`.
    let mut p = after;
    if toks
        .get(p)
        .is_some_and(|t| t.norm == "đã" || t.norm == "đều")
    {
        p += 1;
    }
    if toks.get(p).is_some_and(|t| t.norm == "là") && names_people(toks, p + 1) {
        return subject_at(toks, p + 1, PEOPLE_WORDS);
    }
    // The noun before: words alone back to a mark or the clause's start,
    // maybe opened by a connective (`trong đó`, `riêng`).
    let end = i - qualifier_before(toks, i).map_or(0, |(_, len)| len);
    if end <= clause_start || !toks[end - 1].is_word() {
        return None;
    }
    let from = (clause_start..end)
        .rev()
        .take(PEOPLE_WORDS + 2)
        .take_while(|&q| toks[q].is_word())
        .last()?;
    if from > clause_start && from > 0 && toks[from - 1].kind() != TokKind::Punct {
        return None;
    }
    let start = from
        + TOPIC_OPENERS
            .iter()
            .find(|o| starts_with(toks, from, o))
            .map_or(0, |o| o.split(' ').count());
    if start >= end || !noun_starts(toks, start) || !names_people(toks, start) {
        return None;
    }
    // `đoàn viên là đảng viên 13.912 người`: members who are party
    // members, a noun of people qualified by `là` and another such noun.
    let qualified = || {
        let la = (start + 1..end).find(|&p| toks[p].norm == "là")?;
        (names_people(toks, la + 1) && toks[la + 1..end].iter().all(Token::is_word))
            .then_some(start..end)
    };
    subject_at(toks, start, end - start)
        .filter(|r| r.end == end)
        .or_else(qualified)
}

/// `trong đó số thỏa ước có nhiều điều khoản có lợi hơn cho người lao
/// động chiếm 72,4%`: `số` (the number of) opening a comma part, maybe
/// after `trong đó` or `tổng`, then a noun, names what a share is of;
/// the words read back from the verb (`người lao động`) only end the
/// relative clause that qualifies that noun. Whether word `p` is such a
/// `số`, before a subject read from `subject_start`, in a clause from
/// `from`.
pub(super) fn opens_a_number(toks: &[Token], p: usize, subject_start: usize, from: usize) -> bool {
    if toks[p].norm != "số" || p + 1 >= subject_start || !noun_starts(toks, p + 1) {
        return false;
    }
    let head = if p > from && toks[p - 1].norm == "tổng" {
        p - 1
    } else {
        p
    };
    head == from || toks[head - 1].kind() == TokKind::Punct || ends_with(toks, head, "trong đó")
}

/// `- Thanh niên trên địa bàn: khoảng 2.100`, `- Đoàn viên nữ: 312`: a
/// label that opens its sentence or item with a noun of what is counted
/// (people, households, groups: `count_nouns.tsv`), words alone up to the colon at
/// `colon`, names the figure after it as a `Số …` label does.
fn noun_label(toks: &[Token], from: usize, colon: usize) -> Option<Range<usize>> {
    let start = (from..colon)
        .rev()
        .find(|&p| !toks[p].is_word())
        .map_or(from, |p| p + 1);
    let opens = start == 0 || toks[start - 1].kind() == TokKind::Punct && !toks[start - 1].is(',');
    if !toks[colon].is(':') || !opens || start >= colon {
        return None;
    }
    // Not a tally (`Lượt xem: 1.284`, a page's counter).
    let counted = names_people(toks, start)
        || crate::lexicon::COUNT_NOUNS
            .iter()
            .any(|n| starts_with(toks, start, n));
    counted
        .then(|| subject_at(toks, start, (colon - start).min(6)))
        .flatten()
}

/// How many words a numbered item's label holds at most.
const NUMBERED_LABEL_WORDS: usize = 14;

/// `Chỉ tiêu 1: Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp:
/// 180/150`: a results list numbers its items (`Chỉ tiêu N:`), and each
/// item's label, words alone up to the colon at `colon` before its
/// figures, names what they count, whatever its first word.
fn numbered_label(toks: &[Token], colon: usize) -> Option<Range<usize>> {
    let from = colon.saturating_sub(NUMBERED_LABEL_WORDS + 1);
    let start = (from..colon).rev().find(|&p| !toks[p].is_word())? + 1;
    // The cheap test first: a colon after a numeral opens the label.
    if start < 3 || start >= colon || !toks[start - 1].is(':') {
        return None;
    }
    let n = start - 2;
    if toks[n].kind() != TokKind::Num {
        return None;
    }
    let head = NUMBERED_LABEL_HEADS
        .iter()
        .find(|h| ends_with(toks, n, h))?;
    let opens = n - head.split(' ').count();
    (opens == 0 || toks[opens - 1].kind() == TokKind::Punct).then_some(start..colon)
}

/// Whether a noun numbering the items of a list ([`NUMBERED_LABEL_HEADS`])
/// starts at token `at` with its number after it (`Chỉ tiêu 1`, `Mục tiêu
/// 2`): a label of one item, not the noun of plans; a year after it
/// (`nhiệm vụ năm 2024`, `chỉ tiêu 2024`) numbers no item.
pub(super) fn numbers_an_item(toks: &[Token], at: usize) -> bool {
    NUMBERED_LABEL_HEADS
        .iter()
        .find(|h| super::words::starts_with(toks, at, h))
        .and_then(|h| toks.get(at + h.split(' ').count()))
        .is_some_and(|t| t.kind() == TokKind::Num && t.year().is_none())
}

/// How far back from the colon a rate label's `tỷ lệ` is looked for: its
/// name may quote a title (`Tỷ lệ chi hội đạt "5 không, 3 sạch": 86%`).
const RATE_LABEL_REACH: usize = 16;

/// `Tỷ lệ chi hội đạt "5 không, 3 sạch": 86%`, `- Tỷ lệ bao phủ BHYT:
/// 94,2%`: a label opened by `tỷ lệ` at the start of its sentence or item,
/// a colon, then the percent at token `i`. The rate's words, up to the
/// first stop.
pub(super) fn rate_label_before(toks: &[Token], i: usize) -> Option<Range<usize>> {
    let colon = i.checked_sub(1).filter(|&c| toks[c].is(':'))?;
    let from = colon.saturating_sub(RATE_LABEL_REACH);
    let rate = (from..colon)
        .rev()
        .find(|&p| super::percents::is_rate_word(toks, p))?;
    let opens = rate == 0 || toks[rate - 1].kind() == TokKind::Punct;
    if !opens || toks[rate + 2..colon].iter().any(|t| t.is(':')) {
        return None;
    }
    subject_at(toks, rate, (colon - rate).min(8))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, one, recognised};
    use crate::record::Qualifier;

    /// What the count of `value` counts: its `counted`, else its subject.
    fn counted_of(text: &str, value: f64) -> Option<String> {
        recognised(text)
            .into_iter()
            .find(|c| c.achieved == Some(value))
            .and_then(|c| c.counted.or(c.subject))
    }

    #[test]
    fn a_label_in_parentheses_after_another_keeps_its_own_noun() {
        // A probe of the coordinator's: `Tổng số hội viên: 12.345 người (nữ:
        // 4.210 người)`: the `số` of the first label is not the second's.
        assert_eq!(
            counted_of("Tổng số hội viên: 12.345 người (nữ: 4.210 người).", 4210.0).as_deref(),
            Some("nữ")
        );
        // Ours: two labels in one line.
        assert_eq!(
            counted_of("Số đoàn viên: 1.234 người; nữ: 512 người.", 512.0).as_deref(),
            Some("nữ")
        );
    }

    #[test]
    fn a_label_naming_people_names_the_bare_figure_after_its_colon() {
        // held-out h259: `- Thanh niên trên địa bàn: khoảng 2.100`, a label
        // with no `Số`, and a hedge between the colon and the figure.
        let c = recognised("- Thanh niên trên địa bàn: khoảng 2.100");
        assert_eq!(c.len(), 1);
        assert_eq!(
            (c[0].achieved, c[0].qualifier),
            (Some(2100.0), Qualifier::Approx)
        );
        assert_eq!(c[0].subject.as_deref(), Some("Thanh niên trên địa bàn"));
        // Ours: households, and a `Số` label hedged.
        assert_eq!(recognised("- Hộ nghèo: 312").len(), 1);
        let c = recognised("- Tổng số đoàn viên: gần 650");
        assert_eq!(
            (c[0].achieved, c[0].qualifier),
            (Some(650.0), Qualifier::Nearly)
        );
        // A page's counter of views is no count.
        assert!(recognised("Lượt xem: 1.284").is_empty());
    }

    #[test]
    fn a_noun_of_people_qualified_by_la_before_a_count_of_nguoi_is_counted() {
        // held-out h383 (round 44): members who are party members.
        assert_eq!(
            counted_of(
                "Ngành có 27.845 đoàn viên, trong đó nữ chiếm 78,6%; đoàn viên là đảng viên \
                 13.912 người, chiếm 49,96%.",
                13912.0
            )
            .as_deref(),
            Some("đoàn viên là đảng viên")
        );
        // Ours: members who are veterans, after `trong đó`.
        assert_eq!(
            counted_of(
                "Hội có 2.400 hội viên, trong đó hội viên là cựu chiến binh 310 người.",
                310.0
            )
            .as_deref(),
            Some("hội viên là cựu chiến binh")
        );
    }

    #[test]
    fn a_noun_of_people_before_a_count_of_nguoi_is_what_it_counts() {
        // held-out h141: `trong đó đoàn viên nữ 3.205 người, chiếm 54,2%`
        assert_eq!(
            counted_of(
                "Huyện có 5.917 đoàn viên, trong đó đoàn viên nữ 3.205 người, chiếm 54,2%.",
                3205.0
            )
            .as_deref(),
            Some("đoàn viên nữ")
        );
        // Ours: workers of a company, women among them, after `Riêng,`.
        assert_eq!(
            counted_of(
                "Công ty có 900 công nhân. Riêng, lao động nữ 620 người.",
                620.0
            )
            .as_deref(),
            Some("lao động nữ")
        );
        // A verb before the figure makes it no topic: the people stay people.
        assert_eq!(
            counted_of("Hội đã vận động 150 người tham gia.", 150.0).as_deref(),
            Some("người")
        );
        // A place before the figure names no people (no noun of people opens it).
        assert_eq!(
            counted_of("Trong đó, vùng sâu 120 người.", 120.0).as_deref(),
            Some("người")
        );
    }

    #[test]
    fn a_qualifier_of_a_count_of_nguoi_names_no_people() {
        // held-out h126: `dân số trên 182.000 người`: the population, not `trên`.
        assert_eq!(
            counted_of(
                "Huyện có dân số trên 182.000 người, trong đó thanh niên chiếm khoảng 27%.",
                182000.0
            )
            .as_deref(),
            Some("người")
        );
        assert_eq!(
            counted_of("Dân số trên 182.000 người.", 182000.0).as_deref(),
            Some("Dân số")
        );
        // Ours: a union's total after `số`, with `hơn` before the figure.
        assert_eq!(
            counted_of("Tổng số hội viên hơn 5.000 người.", 5000.0).as_deref(),
            Some("hội viên")
        );
    }

    #[test]
    fn a_share_of_a_number_of_things_is_of_those_things() {
        let subject = |text: &str| recognised(text).pop().and_then(|c| c.subject);
        // held-out h29: `trong đó số thỏa ước có nhiều điều khoản có lợi
        // hơn cho người lao động chiếm 72,4%`
        assert_eq!(
            subject("Ký mới 214 bản, trong đó số thỏa ước có nhiều điều khoản có lợi hơn cho người lao động chiếm 72,4%.").as_deref(),
            Some("số thỏa ước có nhiều điều khoản có lợi hơn cho người lao động")
        );
        // Ours: `tổng số` opening the sentence, a clause with `với`.
        assert_eq!(
            subject("Tổng số hộ được vay vốn với lãi suất ưu đãi cho người nghèo chiếm 40%.")
                .as_deref(),
            Some("số hộ được vay vốn với lãi suất ưu đãi cho người nghèo")
        );
        // `một số` (some) opens no number of things.
        assert_ne!(
            subject("Năm nay một số hộ có vay vốn cho người nghèo chiếm 40%.").as_deref(),
            Some("số hộ có vay vốn cho người nghèo")
        );
    }

    #[test]
    fn people_said_to_be_members_are_counted_as_members() {
        // held-out h133: `trong đó 6.790 người là đoàn viên công đoàn`
        assert_eq!(
            counted_of(
                "Công ty hiện có 6.842 lao động, trong đó 6.790 người là đoàn viên công đoàn, chiếm 99,2%.",
                6790.0
            )
            .as_deref(),
            Some("đoàn viên công đoàn")
        );
        // Ours, with `đã`: the people already are members.
        assert_eq!(
            counted_of("Xã có 1.200 nông dân, 950 người đã là hội viên.", 950.0).as_deref(),
            Some("hội viên")
        );
        // `là` and no noun of people: nothing is said of what they are.
        assert_eq!(
            counted_of("Năm nay có 150 người là cao nhất từ trước đến nay.", 150.0).as_deref(),
            Some("người")
        );
    }

    #[test]
    fn a_rate_label_names_the_percent_after_its_colon() {
        // held-out h16: `Tỷ lệ chi hội đạt "5 không, 3 sạch": 86%`
        let c = one("3. Tỷ lệ chi hội đạt \"5 không, 3 sạch\": 86%.");
        assert_eq!(
            (c.percent, c.subject.as_deref()),
            (Some(86.0), Some("Tỷ lệ chi hội"))
        );
        let c = one("- Tỷ lệ bao phủ bảo hiểm y tế: 94,2%.");
        assert_eq!(c.subject.as_deref(), Some("Tỷ lệ bao phủ bảo hiểm y tế"));
    }

    #[test]
    fn a_numbered_item_s_label_names_its_figures() {
        // held-out h126: `Chỉ tiêu 1: Giới thiệu đoàn viên ưu tú cho Đảng
        // xem xét kết nạp: 180/150`
        let c = one(
            "Chỉ tiêu 1: Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp: 180/150, đạt 120%.",
        );
        assert_eq!(
            c.counted.as_deref().or(c.subject.as_deref()),
            Some("Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp")
        );
        let c = one("- Nhiệm vụ 3: Hộ nghèo được hỗ trợ vay vốn: 120/100.");
        assert_eq!(
            c.counted.as_deref().or(c.subject.as_deref()),
            Some("Hộ nghèo được hỗ trợ vay vốn")
        );
        // A colon after words not opened by a numbered item is no label.
        let c = one("Kết quả kiểm tra cho thấy: 120/100.");
        assert_ne!(
            c.counted.as_deref().or(c.subject.as_deref()),
            Some("Kết quả kiểm tra cho thấy")
        );
    }

    #[test]
    fn a_label_names_the_figure_after_its_colon() {
        // issue 14: `Số đoàn viên kết nạp mới: 1.234 người`
        let c = one("Số đoàn viên kết nạp mới: 1.234 người.");
        assert_eq!(c.achieved, Some(1234.0));
        assert_eq!(c.counted.as_deref(), Some("đoàn viên kết nạp mới"));
        let c = one("- Tổng số CĐCS: 56.");
        assert_eq!(
            (c.achieved, c.subject.as_deref()),
            (Some(56.0), Some("CĐCS"))
        );
        // A colon after other words is no label.
        assert!(claims("Thời gian: 15 giờ").is_empty());
        // d09: a visit counter of the page.
        assert!(claims("Số người online: 40").is_empty());
        assert!(claims("Hội nghị có số lượng lớn người đến dự: 300").is_empty());
    }

    #[test]
    fn a_so_label_ended_by_la_names_the_fraction() {
        // held-out h200: `Số doanh nghiệp có tổ chức công đoàn là 47/78,
        // chiếm 60,3%` had no subject.
        let c = one("Số doanh nghiệp có tổ chức công đoàn là 47/78, chiếm 60,3%.");
        assert_eq!((c.achieved, c.target), (Some(47.0), Some(78.0)));
        assert!(
            c.subject
                .as_deref()
                .is_some_and(|s| s.starts_with("doanh nghiệp")),
            "{c:?}"
        );
        // Ours: branches rated strong.
        let c = one("Số chi hội đạt vững mạnh là 54/60, chiếm 90%.");
        assert!(
            c.subject
                .as_deref()
                .is_some_and(|s| s.starts_with("chi hội")),
            "{c:?}"
        );
    }
}
