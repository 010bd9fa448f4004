//! Which named organisation a claim takes.
//!
//! In order: the giver of an award or gift in the claim's clause
//! (`12 tập thể nhận Bằng khen của Chủ tịch UBND tỉnh`); the owner named
//! right after the figure (`30 công nhân lao động của công ty`); the last
//! organisation named before the figure in its sentence that is no
//! receiver or partner; the subject carried from the sentences before
//! (a sentence without one continues the one before it); the document's.

use super::mentions::Role;
use super::{Mention, Units};
use crate::body::{is_enumerator, section_numbered};
use crate::segment::Sentence;

/// The sentences where more than one organisation gives (a list of
/// awards), by sentence index.
fn award_lists(n: usize, mentions: &[Mention]) -> Vec<bool> {
    let mut first: Vec<Option<&str>> = vec![None; n];
    let mut out = vec![false; n];
    for m in mentions.iter().filter(|m| m.gives) {
        let (Some(f), Some(o)) = (first.get_mut(m.sentence), out.get_mut(m.sentence)) else {
            continue;
        };
        match f {
            Some(name) if *name != m.name => *o = true,
            Some(_) => {}
            None => *f = Some(&m.name),
        }
    }
    out
}

/// For each sentence, the index of the last acting mention (subject or
/// source) of the sentences before it; a `Cũng theo X` (also according
/// to X) gives X to the sentences before it back to the last one with a
/// subject of its own.
///
/// Another body's subject does not run on into a new section of the
/// report (past a heading: `4. Phương hướng năm 2020` after a member
/// organisation's bullet), nor a giver's past its paragraph (`UBND tỉnh
/// tặng Bằng khen cho 5 tập thể.` ⏎ `Hai chỉ tiêu chưa đạt là …`): the
/// report's own work is the document's organisation's. Within its
/// section a source (`Theo báo cáo của UBND huyện, …`) goes on: the
/// figures after it are its report's.
pub fn carried(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    unit: Option<&Mention>,
) -> Vec<Option<usize>> {
    // A territory opening its clause reports for that clause only.
    let acting = |m: &Mention| {
        m.eligible
            && m.family != "place"
            && matches!(m.role, Role::Subject | Role::Source | Role::Also)
    };
    let mut out = vec![None; sentences.len()];
    let mut last = None;
    let mut k = 0;
    let para = |si: usize| sentences.get(si).map(|s| s.paragraph);
    let section = sections(text, sentences);
    let heads_section = |si: usize| {
        si.checked_sub(1)
            .map_or(section.first() == Some(&1), |p| section[p] < section[si])
    };
    // The document's organisation, however written (`Ban Thường vụ LĐLĐ
    // tỉnh`, `Liên đoàn Lao động tỉnh`): its family at its level.
    let own = |m: &Mention| {
        unit.is_some_and(|u| {
            u.name == m.name || !u.family.is_empty() && u.family == m.family && u.level == m.level
        })
    };
    // The sentences that speak of a whole territory (`Tổng số hội viên
    // toàn huyện là 28.615 người`): a lower tier's figures end there.
    let mut territory_wide = vec![false; sentences.len()];
    for m in mentions.iter().filter(|m| m.collective && m.group == "any") {
        if let Some(w) = territory_wide.get_mut(m.sentence) {
            *w = true;
        }
    }
    let awards = award_lists(sentences.len(), mentions);
    for (si, slot) in out.iter_mut().enumerate() {
        *slot = last.filter(|&i: &usize| {
            let m = &mentions[i];
            let same_section = section.get(m.sentence) == section.get(si);
            // A tier heading its section (`IV. HỘI LHPN CÁC QUẬN, HUYỆN`)
            // runs on through it; one in the text, through its paragraph.
            let passing = m.gives || m.example || m.tier && !heads_section(m.sentence);
            let gift_over = passing && para(m.sentence) != para(si);
            // A list of awards by several givers (`được Chủ tịch nước tặng
            // Huân chương …; Tổng LĐLĐ Việt Nam tặng 2 Bằng khen; LĐLĐ tỉnh
            // tặng 5 Cờ thi đua`) honours the one reported on: its last
            // giver tells nothing after it.
            let gift_over = gift_over || m.gives && awards[m.sentence] && m.sentence != si;
            let whole = m.tier && territory_wide[si];
            // `các CĐCS trong ngành đã tặng …. Cuối năm, có 24/28 CĐCS đạt
            // vững mạnh`: a sentence that counts the tier by a fraction
            // rates its units; the tally is the organisation above's.
            let rated = m.tier && counts_by_fraction(text, &sentences[si], &m.name);
            own(m) || same_section && !gift_over && !whole && !rated
        });
        while k < mentions.len() && mentions[k].sentence <= si {
            if mentions[k].sentence == si && acting(&mentions[k]) {
                last = Some(k);
            } else if mentions[k].sentence == si && for_the_document(&mentions[k]) {
                last = None;
            }
            k += 1;
        }
    }
    let mut has_subject = vec![false; sentences.len()];
    for m in mentions.iter().filter(|m| acting(m)) {
        if let Some(h) = has_subject.get_mut(m.sentence) {
            *h = true;
        }
    }
    for (i, m) in mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.role == Role::Also && m.eligible)
    {
        for si in (0..m.sentence.min(out.len())).rev() {
            if has_subject[si] || out[si] == Some(i) {
                break;
            }
            out[si] = Some(i);
        }
    }
    out
}

/// Whether sentence `s` counts the organisations `name` by a fraction
/// (`24/28 CĐCS`, `162/198 chi Hội`): the numerator, `/`, the
/// denominator and a space right before the name as written.
fn counts_by_fraction(text: &str, s: &Sentence, name: &str) -> bool {
    let body = text.get(s.start..s.end).unwrap_or("");
    body.match_indices(name).any(|(at, _)| {
        let Some(b) = body.as_bytes()[..at].strip_suffix(b" ") else {
            return false;
        };
        let number = |c: &&u8| c.is_ascii_digit() || **c == b'.';
        let den = b.iter().rev().take_while(number).count();
        let slash = b.len().checked_sub(den + 1);
        den > 0 && slash.is_some_and(|p| b[p] == b'/' && p > 0 && b[p - 1].is_ascii_digit())
    })
}

/// For each sentence, the number of section headings up to it: a
/// paragraph that opens with a numbered heading (`5. Phương hướng năm
/// 2022`, `II. NHIỆM VỤ TRỌNG TÂM`, its number a sentence of its own or
/// not) starts a section.
fn sections(text: &str, sentences: &[Sentence]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut n = 0;
    let mut numbered = false;
    for (si, s) in sentences.iter().enumerate() {
        let opens = si == 0 || sentences[si - 1].paragraph != s.paragraph;
        if opens || numbered {
            let t = text.get(s.start..s.end).unwrap_or("").trim();
            // Numbered only: a heading in capitals is told by reading every
            // letter of every paragraph's first sentence.
            let heading = t.len() <= 160
                && !t.ends_with(['.', ';', ','])
                && (numbered || section_numbered(t));
            numbered = opens && is_enumerator(t);
            n += usize::from(heading || numbered);
        }
        out.push(n);
    }
    out
}

/// A tier that is no unit of its own opening its clause (`các CĐCS kết
/// nạp 615 đoàn viên` in a district federation's report): the
/// document's organisation speaks through it, in its sentence and the
/// ones after it without a subject.
fn for_the_document(m: &Mention) -> bool {
    m.tier && !m.eligible && m.role == Role::Subject
}

/// The mention a claim at byte `at` of sentence `si` takes.
pub fn unit_for(units: &Units, si: usize, at: usize) -> Option<&Mention> {
    let ms = &units.mentions;
    let from = ms.partition_point(|m| m.sentence < si);
    let to = ms.partition_point(|m| m.sentence <= si);
    let own = &ms[from..to];
    let clause = clause_of(units, si, at);
    let in_clause = |m: &&Mention| clause.0 <= m.at && m.at < clause.1;
    // The mentions before and after the figure, nearest first; a claim
    // looks at its neighbours only (a sentence of ten thousand names must
    // not make every claim read them all).
    let here = own.partition_point(|m| m.at < at);
    let before_it = || {
        own[..here]
            .iter()
            .rev()
            .take(NEAR)
            .take_while(|m| m.at >= clause.0)
    };
    let after_it = || {
        own[here..]
            .iter()
            .take(NEAR)
            .take_while(|m| m.at < clause.1)
    };
    // A giver does not reach into a reason clause after it (`được UBND
    // tỉnh tặng Bằng khen vì đã dạy … cho 30 học sinh`).
    let giver_ok =
        |m: &&Mention| m.role == Role::Giver && m.eligible && (m.at > at || at < m.reach);
    let giver = before_it()
        .find(giver_ok)
        .or_else(|| after_it().find(giver_ok));
    let owner =
        || after_it().find(|m| m.at > at && m.at - at < 80 && m.role == Role::Owner && m.eligible);
    let before = || {
        let m = own[..here].iter().rev().take(NEAR).find(|m| {
            // A territory reports for its own clause only.
            let reach = m.family != "place" || in_clause(m);
            let acts = m.eligible
                && !matches!(
                    m.role,
                    Role::Giver | Role::Owner | Role::Receiver | Role::Partner | Role::Object
                );
            reach && acts || for_the_document(m)
        })?;
        if for_the_document(m) {
            units.unit.as_ref()
        } else {
            Some(m)
        }
    };
    // Inside a titled speaker's quote, a figure with no giver, owner or
    // name written in full before it in the quote is the speaker's
    // organisation's (`Chủ tịch Công đoàn Công ty X chia sẻ: "… Công đoàn
    // đã thương lượng …, nhờ vậy gần 2.000 công nhân yên tâm gắn bó"`):
    // a bare head there stands for the speaker's body.
    if let Some(&(open, _, sp)) = units.quotes.iter().find(|q| q.0 < at && at < q.1) {
        let inside = |m: &&Mention| m.at > open && !m.bare;
        return giver
            .or_else(owner)
            .or_else(|| before().filter(inside))
            .or_else(|| ms.get(sp));
    }
    giver
        .or_else(owner)
        .or_else(before)
        .or_else(|| {
            units
                .carried
                .get(si)
                .copied()
                .flatten()
                .and_then(|i| ms.get(i))
        })
        .or(units.unit.as_ref())
}

/// How many mentions on either side of a figure a claim looks at.
const NEAR: usize = 32;

/// The byte range of the clause of byte `at` in sentence `si`: between
/// the semicolons around it.
fn clause_of(units: &Units, si: usize, at: usize) -> (usize, usize) {
    let start = units.starts.get(si).copied().unwrap_or(0);
    let end = units.starts.get(si + 1).copied().unwrap_or(usize::MAX);
    let i = units.semis.partition_point(|&p| p < at);
    let before = i.checked_sub(1).and_then(|j| units.semis.get(j)).copied();
    let after = units.semis.get(i).copied();
    (
        before.filter(|&p| p >= start).map_or(start, |p| p + 1),
        after.filter(|&p| p < end).unwrap_or(end),
    )
}
