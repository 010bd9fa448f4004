//! The word lists of the unit grammar, read from `src/lexicon/*.tsv`:
//! organisation heads, admin words, economic zones, role cues, collective
//! phrases, abbreviations, and the gazetteer of places.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::words::{fold, phrase_words, Phrases};
use crate::lexicon::rows;
use crate::lexicon::WordHash;

/// What a head needs after it to name one organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Takes {
    /// An admin word or a place name (`LĐLĐ tỉnh`); alone a short form.
    Place,
    /// A proper name (`Sở Xây dựng`); written with a capital.
    Name,
    /// An admin word right after it (`Đoàn xã Công Thành`), else no name.
    Admin,
    /// Nothing (`Tỉnh đoàn`).
    Whole,
    /// A named tier (`công đoàn cơ sở`): a unit only as a subject.
    Tier,
    /// A sector's words (`ngành Y tế`, `ngành đường Việt Nam`).
    Sector,
    /// A body of the organisation named after it (`Ban Thường vụ`).
    Organ,
    /// A common noun standing for the last named one (`doanh nghiệp`).
    Anaphor,
}

/// A row of `org_heads.tsv`.
#[derive(Debug)]
pub struct Head {
    /// What the organisation is.
    pub family: &'static str,
    /// The families a bare head or collective phrase may stand for.
    pub group: &'static str,
    /// What it needs after it.
    pub takes: Takes,
    /// Its level, when the head says (`Tỉnh đoàn` 1).
    pub level: Option<u8>,
    /// An abbreviation (`CĐ`, `LĐLĐ`), written in capitals in any line:
    /// no common word of small letters.
    pub abbreviation: bool,
}

/// The role a cue gives the organisation named near it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A person's title: a name ends before it.
    Title,
    /// A congress or conference (`Đại hội`): a name ends before it.
    Event,
    /// `cho`: what follows receives.
    Receiver,
    /// `với`, `tại`, `về` …: what follows is a partner or a place.
    Partner,
    /// `của`: after an award word, the giver follows.
    Giver,
    /// A gift or award.
    Award,
    /// A verb of giving (`tặng`, `trao`).
    Give,
    /// `Theo`: the source of the sentence's figures follows.
    Source,
    /// `Cũng theo`: a source that also covers the figures before it.
    Also,
    /// `các`, `các cấp` …: may stand before a subject.
    Determiner,
    /// `Đây là`: the common noun after it stands for the last named one.
    This,
    /// `Điển hình như`, `Tiêu biểu,`: the name after it is an example.
    Example,
    /// `hợp nhất`, `sáp nhập`: the places after it are the units merged.
    Merge,
    /// `vì`, `nhờ`: a reason clause starts, which an award's giver before
    /// it does not reach.
    Reason,
    /// `cho biết`: a verb of saying; after a titled speaker's organisation
    /// the rest of the sentence is the speaker's report.
    Speech,
}

/// A row of `unit_collectives.tsv`.
#[derive(Debug)]
pub struct Collective {
    /// The group of organisations it stands for, or `any`.
    pub group: &'static str,
    /// The level it names.
    pub level: Option<u8>,
}

/// A place of the gazetteer.
#[derive(Debug)]
pub struct Place {
    /// 0 the country, 1 province, 2 district.
    pub level: u8,
    /// The admin word the place is named with (`huyện`), if any.
    pub admin: &'static str,
    /// Its folded words, joined and [`canonical`]: the key a name's place
    /// is compared by, made once for the list rather than for each
    /// mention.
    pub key: String,
}

/// The word lists that [`Phrases`] tables are made of: their words are
/// numbered once, for the tables to compare numbers rather than strings.
/// A table made of another list must add it here.
pub(super) const PHRASE_LISTS: [&str; 12] = [
    include_str!("../../lexicon/org_heads.tsv"),
    include_str!("../../lexicon/admin_levels.tsv"),
    include_str!("../../lexicon/unit_zones.tsv"),
    include_str!("../../lexicon/unit_legal_forms.tsv"),
    include_str!("../../lexicon/unit_shout_ends.tsv"),
    include_str!("../../lexicon/subject_stops.tsv"),
    include_str!("../../lexicon/adverbs_before_verb.tsv"),
    include_str!("../../lexicon/unit_person_words.tsv"),
    include_str!("../../lexicon/unit_attendance.tsv"),
    include_str!("../../lexicon/unit_cues.tsv"),
    include_str!("../../lexicon/unit_collectives.tsv"),
    include_str!("../../lexicon/gazetteer.tsv"),
];

/// The key of a phrase of the word lists: its folded words joined by
/// spaces, [`canonical`].
fn phrase_key(phrase: &str) -> String {
    canonical(&phrase_words(phrase).join(" "))
}

fn level(s: &str) -> Option<u8> {
    s.parse().ok()
}

/// The organisation heads.
pub static HEADS: LazyLock<Phrases<Head>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/org_heads.tsv")).filter_map(|r| {
            let takes = match *r.get(3)? {
                "place" => Takes::Place,
                "name" => Takes::Name,
                "admin" => Takes::Admin,
                "whole" => Takes::Whole,
                "tier" => Takes::Tier,
                "sector" => Takes::Sector,
                "organ" => Takes::Organ,
                _ => Takes::Anaphor,
            };
            let head = Head {
                family: r.get(1)?,
                group: r.get(2)?,
                takes,
                level: level(r.get(4)?),
                abbreviation: !r[0].chars().any(char::is_lowercase),
            };
            Some((r[0].to_string(), head))
        }),
    )
});

/// The heads that are common nouns standing for the last named
/// organisation of their family (`của công ty`): written in small
/// letters, as `Công ty` is when it opens a company's name, so a word
/// in small letters is looked up here before [`HEADS`], where the name's
/// head of the same words comes first.
pub static ANAPHORS: LazyLock<Phrases<Head>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/org_heads.tsv"))
            .filter(|r| r.get(3) == Some(&"anaphor"))
            .filter_map(|r| {
                let head = Head {
                    family: r.get(1)?,
                    group: r.get(2)?,
                    takes: Takes::Anaphor,
                    level: None,
                    abbreviation: false,
                };
                Some((r[0].to_string(), head))
            }),
    )
});

/// An admin word of `admin_levels.tsv`.
#[derive(Debug)]
pub struct Admin {
    /// The level it gives; `None` for a common noun that starts with one
    /// (`xã hội`).
    pub level: Option<u8>,
    /// Its units are numbered (`quận 8`, `phường 5`): a numeral after it
    /// is a place name.
    pub numbered: bool,
    /// Its key ([`phrase_key`]; `thành phố` is `tp`, as `TP` writes it).
    pub key: String,
}

/// Admin words.
pub static ADMIN: LazyLock<Phrases<Admin>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/admin_levels.tsv")).filter_map(|r| {
            let key = phrase_key(r[0]);
            let thanh_pho = phrase_words("thành phố").join(" ");
            let a = Admin {
                level: level(r.get(1)?),
                numbered: *r.get(2)? == "yes",
                key: if key == thanh_pho {
                    "tp".to_string()
                } else {
                    key
                },
            };
            Some((r[0].to_string(), a))
        }),
    )
});

/// The admin word at word `k`: its length and level.
pub fn admin_at(words: &[super::words::Word], k: usize) -> Option<(usize, u8)> {
    let (n, a) = ADMIN.at(words, k)?;
    Some((n, a.level?))
}

/// Whether the admin word at word `k` numbers its units (`quận 8`).
pub fn numbered_at(words: &[super::words::Word], k: usize) -> bool {
    ADMIN.at(words, k).is_some_and(|(_, a)| a.numbered)
}

/// Economic zones (`các KCN`, `Khu kinh tế`).
pub static ZONES: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(rows(include_str!("../../lexicon/unit_zones.tsv")).map(|r| (r[0].to_string(), ())))
});

/// A company's legal form in capitals (`TNHH`, `CP`), after which its
/// trade in small letters runs on to its name (`unit_legal_forms.tsv`).
pub static LEGAL_FORMS: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/unit_legal_forms.tsv")).map(|r| (r[0].to_string(), ())),
    )
});

/// The words that end an organisation's name in a shouted line, where
/// case shows no end (`unit_shout_ends.tsv`): a headline's verbs and
/// time words, with the function words and verbs that follow a subject
/// (`subject_stops.tsv`) and the adverbs before a verb
/// (`adverbs_before_verb.tsv`).
pub static SHOUT_ENDS: LazyLock<Phrases<()>> = LazyLock::new(|| {
    let lists = [
        include_str!("../../lexicon/unit_shout_ends.tsv"),
        include_str!("../../lexicon/subject_stops.tsv"),
        include_str!("../../lexicon/adverbs_before_verb.tsv"),
    ];
    Phrases::new(
        lists
            .into_iter()
            .flat_map(rows)
            .map(|r| (r[0].to_string(), ())),
    )
});

/// Words a person's name follows (`cô`, `anh`, `cô giáo`).
pub static PERSONS: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/unit_person_words.tsv")).map(|r| (r[0].to_string(), ())),
    )
});

/// What a sentence saying who attended opens with (`unit_attendance.tsv`):
/// `true` for the verb of attending (`Dự`, `Tham dự`), `false` for an
/// event named after it (`hội nghị`).
pub static ATTENDANCE: LazyLock<Phrases<bool>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/unit_attendance.tsv"))
            .filter_map(|r| Some((r[0].to_string(), *r.get(1)? == "opener"))),
    )
});

/// Role cues.
pub static CUES: LazyLock<Phrases<Cue>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/unit_cues.tsv")).filter_map(|r| {
            let cue = match *r.get(1)? {
                "title" => Cue::Title,
                "event" => Cue::Event,
                "receiver" => Cue::Receiver,
                "partner" => Cue::Partner,
                "giver" => Cue::Giver,
                "award" => Cue::Award,
                "give" => Cue::Give,
                "source" => Cue::Source,
                "also" => Cue::Also,
                "determiner" => Cue::Determiner,
                "example" => Cue::Example,
                "merge" => Cue::Merge,
                "reason" => Cue::Reason,
                "speech" => Cue::Speech,
                _ => Cue::This,
            };
            Some((r[0].to_string(), cue))
        }),
    )
});

/// Collective phrases.
pub static COLLECTIVES: LazyLock<Phrases<Collective>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/unit_collectives.tsv")).filter_map(|r| {
            let c = Collective {
                group: r.get(1)?,
                level: level(r.get(2)?),
            };
            Some((r[0].to_string(), c))
        }),
    )
});

/// The gazetteer: provinces and districts (names without their admin
/// word), the country and a few press spellings.
pub static GAZETTEER: LazyLock<Phrases<Place>> = LazyLock::new(|| {
    Phrases::new(
        rows(include_str!("../../lexicon/gazetteer.tsv")).filter_map(|r| {
            let level = match *r.get(1)? {
                "country" => 0,
                "province" => 1,
                _ => 2,
            };
            let admin = r.get(2).copied().unwrap_or("");
            let key = phrase_key(r[0]);
            Some((r[0].to_string(), Place { level, admin, key }))
        }),
    )
});

/// The folded first words of every head, collective and admin word: a
/// capitalised word not among them (nor a gazetteer place's,
/// [`PLACE_STARTERS`]) starts no name.
pub static STARTERS: LazyLock<HashSet<String, WordHash>> = LazyLock::new(|| {
    first_words(&[
        include_str!("../../lexicon/org_heads.tsv"),
        include_str!("../../lexicon/unit_collectives.tsv"),
        include_str!("../../lexicon/admin_levels.tsv"),
    ])
});

/// The folded first words of what may be written in small letters:
/// tiers, sectors, anaphors and clans (`các công đoàn cơ sở`, `ngành`,
/// `họ`), collectives and admin words. Every other head is a proper
/// name's and starts with a capital.
pub static SMALL_STARTERS: LazyLock<HashSet<String, WordHash>> = LazyLock::new(|| {
    let heads = rows(include_str!("../../lexicon/org_heads.tsv"))
        .filter(|r| {
            matches!(r.get(3), Some(&"tier" | &"sector" | &"anaphor")) || r.get(1) == Some(&"ho")
        })
        .filter_map(|r| phrase_words(r[0]).into_iter().next());
    heads
        .chain(first_words(&[
            include_str!("../../lexicon/unit_collectives.tsv"),
            include_str!("../../lexicon/admin_levels.tsv"),
        ]))
        .collect()
});

/// The folded first words of the gazetteer's places: common syllables
/// (`an`, `long`, `phú`), so a word starts a place only with a capital.
pub static PLACE_STARTERS: LazyLock<HashSet<String, WordHash>> =
    LazyLock::new(|| first_words(&[include_str!("../../lexicon/gazetteer.tsv")]));

/// Whether a name of the word lists can start with the folded word
/// `fold`, written with a capital or not: a capitalised word may start a
/// head, collective, admin word or place; a small one only what may be
/// written in small letters.
pub fn may_start(fold: &str, cap: bool) -> bool {
    if cap {
        STARTERS.contains(fold) || PLACE_STARTERS.contains(fold)
    } else {
        SMALL_STARTERS.contains(fold)
    }
}

fn first_words(lists: &[&'static str]) -> HashSet<String, WordHash> {
    lists
        .iter()
        .flat_map(|t| rows(t).map(|r| r[0]))
        .filter_map(|p| phrase_words(p).into_iter().next())
        .collect()
}

/// Folded long forms and their folded abbreviations, longest first.
pub static ABBREVIATIONS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut v: Vec<(String, String)> = rows(include_str!("../../lexicon/unit_abbreviations.tsv"))
        .filter_map(|r| Some((fold(r[0]), fold(r.get(1)?))))
        .collect();
    v.sort_by_key(|(l, _)| std::cmp::Reverse(l.len()));
    v
});

/// Every long form of [`ABBREVIATIONS`], searched at once.
static LONG_FORMS: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(ABBREVIATIONS.iter().map(|(l, _)| l.as_str())).ok()
});

/// `s` (folded words joined by spaces) with the long forms abbreviated,
/// so two spellings of one name compare equal.
pub fn canonical(s: &str) -> String {
    // Most names are written abbreviated already (`lđlđ`, `ubnd`): one
    // pass for any long form at all before the replacements in order.
    if LONG_FORMS.as_ref().is_some_and(|ac| !ac.is_match(s)) {
        return s.to_string();
    }
    let mut out = s.to_string();
    for (long, short) in ABBREVIATIONS.iter() {
        if out.contains(long.as_str()) {
            out = out.replace(long.as_str(), short);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_loads() {
        // A malformed row would be skipped silently: count them.
        let count = |t: &'static str| rows(t).count();
        assert!(count(include_str!("../../lexicon/org_heads.tsv")) > 60);
        assert!(count(include_str!("../../lexicon/gazetteer.tsv")) > 700);
        for r in rows(include_str!("../../lexicon/org_heads.tsv")) {
            assert_eq!(r.len(), 6, "{r:?}");
        }
        for r in rows(include_str!("../../lexicon/unit_cues.tsv")) {
            assert_eq!(r.len(), 3, "{r:?}");
        }
        for r in rows(include_str!("../../lexicon/unit_shout_ends.tsv")) {
            assert_eq!(r.len(), 2, "{r:?}");
        }
        for r in rows(include_str!("../../lexicon/admin_levels.tsv")) {
            assert!(r.len() == 4 && matches!(r[2], "yes" | "no"), "{r:?}");
        }
    }

    #[test]
    fn every_table_is_made_of_numbered_words() {
        // A phrase with a word outside `PHRASE_LISTS` could never match:
        // building a table asserts (in a debug build) that none has one.
        LazyLock::force(&HEADS);
        LazyLock::force(&ANAPHORS);
        LazyLock::force(&ADMIN);
        LazyLock::force(&ZONES);
        LazyLock::force(&LEGAL_FORMS);
        LazyLock::force(&SHOUT_ENDS);
        LazyLock::force(&PERSONS);
        LazyLock::force(&ATTENDANCE);
        LazyLock::force(&CUES);
        LazyLock::force(&COLLECTIVES);
        LazyLock::force(&GAZETTEER);
        let text = "Công đoàn cơ sở tỉnh Đắk Lắk, Tiêu biểu,";
        let mut words = Vec::new();
        super::super::words::scan(text, 0..text.len(), &mut words);
        assert_eq!(HEADS.at(&words, 0).map(|(n, _)| n), Some(4));
        assert!(GAZETTEER.at(&words, 5).is_some());
    }

    #[test]
    fn abbreviated_and_long_names_are_one() {
        assert_eq!(
            canonical(&fold("công đoàn các khu công nghiệp")),
            canonical(&fold("cđ các kcn"))
        );
    }
}
