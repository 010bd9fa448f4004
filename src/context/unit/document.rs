//! The document's own organisation: the one its headline, sapo and
//! dateline put forward, which claims with no organisation of their own
//! take, and which `toàn tỉnh`, `các cấp công đoàn` or `Hội` alone stand for.

use crate::lexicon::DocHash;
use std::collections::HashMap;

use super::mentions::Role;
use super::tables::{admin_at, GAZETTEER};
use super::words::Words;
use super::Mention;
use crate::context::LEAD_PARAGRAPHS;
use crate::segment::Sentence;

/// The document's organisation: of the names that act (subjects and
/// sources), the one named most, a name in the headline or lead counting
/// three times; then of any name that is no receiver; then a collective
/// phrase of a kind of organisation (`các cấp công đoàn`); then a place
/// in the headline or lead; then a territory-wide phrase (`toàn tỉnh`).
pub fn default_unit(text: &str, sentences: &[Sentence], mentions: &[Mention]) -> Option<Mention> {
    let lead = |m: &Mention| {
        sentences
            .get(m.sentence)
            .is_some_and(|s| s.paragraph < LEAD_PARAGRAPHS)
    };
    let own = |m: &Mention| !m.collective && !m.tier && m.family != "place";
    let acting = |m: &Mention| {
        own(m) && m.eligible && matches!(m.role, Role::Subject | Role::Source | Role::Also)
    };
    let named = |m: &Mention| own(m) && m.eligible && m.role != Role::Giver;
    let any = |m: &Mention| own(m) && m.role != Role::Receiver;
    // A body giving after the lead (`Dịp này, Tỉnh đoàn tặng Bằng khen
    // …` at a report's close) is a visitor to the report: the names that
    // act otherwise come first. A giver in the headline or lead (`LĐLĐ
    // tỉnh trao 500 suất quà`) is the report's own.
    // A titled speaker of the headline or lead (`Chủ tịch LĐLĐ tỉnh Nghệ
    // An: "Mỗi mái ấm …"`, an interview's) speaks for the report.
    let speaks =
        |m: &Mention| own(m) && m.speech.is_some() && m.role == Role::Affiliation && lead(m);
    let reporting = |m: &Mention| acting(m) && (!m.gives || lead(m)) || speaks(m);
    most_named(mentions, reporting, lead)
        .or_else(|| most_named(mentions, acting, lead))
        .or_else(|| most_named(mentions, named, lead))
        .or_else(|| most_named(mentions, any, lead))
        .or_else(|| fullest_collective(mentions, |g| g != "any"))
        .or_else(|| headline_place(text, sentences))
        // `toàn tỉnh` names the territory the document is about: a place
        // the lead names is that territory, so it comes first.
        .or_else(|| fullest_collective(mentions, |g| g == "any"))
}

/// The longest eligible collective phrase of a group that `keep`, the
/// last written on a tie.
fn fullest_collective(mentions: &[Mention], keep: impl Fn(&str) -> bool) -> Option<Mention> {
    let c = mentions
        .iter()
        .filter(|m| m.collective && m.eligible && keep(m.group));
    c.max_by_key(|m| (m.name.chars().count(), std::cmp::Reverse(m.at)))
        .cloned()
}

/// The mention whose name is counted most among those that `keep`,
/// a lead mention counting three; the first named on a tie.
fn most_named(
    mentions: &[Mention],
    keep: impl Fn(&Mention) -> bool,
    lead: impl Fn(&Mention) -> bool,
) -> Option<Mention> {
    // Keyed by the document's own words: std's seeded hasher.
    let mut score: HashMap<&str, (usize, usize), DocHash> = HashMap::default();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| keep(m)) {
        let e = score.entry(m.name.as_str()).or_insert((0, i));
        e.0 += if lead(m) { 3 } else { 1 };
    }
    let (_, &(_, first)) = score
        .iter()
        .max_by_key(|(_, (s, first))| (*s, std::cmp::Reverse(*first)))?;
    mentions.get(first).cloned()
}

/// `Quảng Ninh: …` or `… tại tỉnh Quảng Ninh …`: a gazetteer place that
/// opens the headline, else the first admin word and place of the lead.
fn headline_place(text: &str, sentences: &[Sentence]) -> Option<Mention> {
    let mut scanner = Words::default();
    for s in sentences.iter().filter(|s| s.paragraph < LEAD_PARAGRAPHS) {
        let words = scanner.scan(text, s.start..s.end);
        for i in 0..words.len() {
            let opens = i == 0
                && GAZETTEER
                    .at(words, 0)
                    .is_some_and(|(n, _)| words.get(n).is_some_and(|w| w.fold == ":"));
            let admin = admin_at(words, i).filter(|_| i + 1 < words.len());
            let place = if opens {
                GAZETTEER.at(words, 0).map(|(n, p)| (0, n, p.level))
            } else {
                admin.and_then(|(a, lv)| {
                    let (n, _) = GAZETTEER.at(words, i + a)?;
                    Some((i, a + n, lv))
                })
            };
            if let Some((from, n, level)) = place {
                let span = words[from].span.start..words[from + n - 1].span.end;
                return Some(Mention {
                    at: span.start,
                    name: text[span].to_string(),
                    level: Some(level),
                    role: Role::Other,
                    eligible: true,
                    sentence: 0,
                    family: "place",
                    group: "place",
                    collective: false,
                    bare: false,
                    tier: false,
                    gives: false,
                    example: false,
                    reach: usize::MAX,
                    speech: None,
                });
            }
        }
    }
    None
}

/// Gives each collective phrase the organisation it stands for: the one
/// acting before it in its sentence; the document's, when of its group
/// (`toàn tỉnh` any) and level; else the last acting one of its level
/// (`toàn huyện` → the district's federation); else the document's; else
/// the last named one of its group; else the fullest collective phrase of
/// its group (`các cấp hội` → `các cấp hội phụ nữ`).
pub fn resolve_collectives(mentions: &mut [Mention], unit: Option<&Mention>) {
    let fullest: HashMap<&str, String, DocHash> = {
        let mut f: HashMap<&str, String, DocHash> = HashMap::default();
        for m in mentions.iter().filter(|m| m.collective) {
            let e = f.entry(m.group).or_default();
            if m.name.chars().count() > e.chars().count() {
                *e = m.name.clone();
            }
        }
        f
    };
    // The last named organisation of each group so far, and the last
    // acting one of each level (any group).
    let mut last: HashMap<&str, String, DocHash> = HashMap::default();
    let mut last_of_level: HashMap<u8, String, DocHash> = HashMap::default();
    // The last named of each group in any role: `… giải quyết vụ việc
    // Công ty TNHH Giày Hưng Phát chậm trả lương` names the company that
    // `Toàn công ty có …` then reports, though as an object.
    let mut last_named: HashMap<&str, String, DocHash> = HashMap::default();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if !m.collective {
            if !m.bare && m.eligible {
                last.insert(m.group, m.name.clone());
            }
            if !m.bare && !m.tier {
                last_named.insert(m.group, m.name.clone());
            }
            let acts = matches!(m.role, Role::Subject | Role::Source | Role::Also);
            if let Some(l) = m.level.filter(|_| acts && m.eligible && !m.tier) {
                last_of_level.insert(l, m.name.clone());
            }
            continue;
        }
        let group = m.group;
        // `X cho biết, toàn tỉnh có …`: the one acting before it in its sentence.
        let (si, level) = (m.sentence, m.level);
        let here = mentions[..i]
            .iter()
            .rev()
            .take_while(|m| m.sentence == si)
            .take(32)
            .find(|m| {
                // `Giám đốc Sở GD&ĐT cho biết toàn tỉnh có …`: a titled
                // speaker's organisation reports.
                let acts =
                    m.eligible && matches!(m.role, Role::Subject | Role::Source | Role::Also);
                let speaks = m.role == Role::Affiliation && m.speech.is_some();
                !m.collective
                    && !m.tier
                    && (acts || speaks)
                    && (group == "any" || m.group == group)
                    && (level.is_none() || m.level == level)
            });
        let doc = unit.filter(|u| group == "any" || u.group == group);
        // `Toàn huyện có 9 doanh nghiệp …` stands for the document's
        // organisation of the district's level: the district's federation
        // named before, not a province's body the document is also about.
        let of_level = level.and_then(|l| last_of_level.get(&l)).cloned();
        let doc_level = doc.filter(|u| level.is_none() || u.level == level);
        let name = here
            .map(|h| h.name.clone())
            .or_else(|| doc_level.map(|u| u.name.clone()))
            .or(of_level)
            .or_else(|| doc.map(|u| u.name.clone()))
            .or_else(|| last.get(group).cloned())
            .or_else(|| last_named.get(group).cloned())
            .or_else(|| fullest.get(group).cloned());
        if let Some(n) = name {
            mentions[i].name = n;
        }
    }
}

/// A base union (`các CĐCS kết nạp 615 đoàn viên`) in the report of the
/// union directly above the base (a district's federation, a sector's,
/// zone's or corporation's union) reports that union's figures: it is
/// not the unit, the document's organisation is. Under a province's
/// federation the tiers report their own (`các công đoàn cơ sở tặng
/// 1.011 suất quà` beside the province's own gifts), and under any union
/// a tier that gives is the giver (`Các CĐCS tổ chức thăm hỏi 427 lượt
/// đoàn viên ốm đau, với số tiền …` beside the sector union's own gifts).
pub fn demote_tiers(mentions: &mut [Mention], unit: Option<&Mention>) {
    let Some(u) = unit.filter(|u| !u.tier && !u.collective) else {
        return;
    };
    // Only unions: an association's or youth union's base units (`các
    // cơ sở Hội phối hợp mở 18 lớp dạy nghề`) report their own work
    // under a district's association as under a province's.
    let direct = u.group == "union"
        && (u.level == Some(2) || u.family == "congdoan" && u.level.is_some_and(|l| l < 3));
    if !direct {
        return;
    }
    for m in mentions
        .iter_mut()
        .filter(|m| m.tier && !m.gives && m.group == u.group)
    {
        if m.level == Some(3) {
            m.eligible = false;
        }
    }
}
