//! The organisations a document names, each with the part it plays in its
//! clause, and short forms resolved to the fuller names they stand for.

use crate::lexicon::DocHash;
use std::collections::HashMap;
use std::sync::LazyLock;

use super::names::{
    open_territory, paren_abbr_end, parse, place_at, shouting, territory, Form, Name,
};
use super::tables::{
    admin_at, Cue, Head, Takes, ADMIN, ANAPHORS, ATTENDANCE, COLLECTIVES, CUES, GAZETTEER, HEADS,
    PERSONS,
};
use super::words::{scan, Word, Words, CUA, VA};
use super::Mention;
use crate::lexicon::WordHash;
use crate::segment::Sentence;

/// The part an organisation's name plays in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// It opens its clause (after `các`, `Ban Thường vụ` …): it acts.
    Subject,
    /// `Theo BHXH tỉnh, …`: the source of the clause's figures.
    Source,
    /// `Cũng theo …`: a source that also covers the figures before it.
    Also,
    /// `Bằng khen của UBND tỉnh`: the giver of an award or gift.
    Giver,
    /// `của công ty`: the owner of what is counted before it.
    Owner,
    /// `cho Công đoàn Công ty ABC`: the receiver, not the unit.
    Receiver,
    /// `phối hợp với Hội NCT`, `tại Trung tâm Y tế`: not the one acting.
    Partner,
    /// `Huyện đoàn thành lập Ban Chỉ huy`, `LĐLĐ huyện thăm Công ty X`:
    /// the object of the subject's verb, not the one acting; a common noun
    /// after (`của công ty`) may still stand for it.
    Object,
    /// `Chủ tịch UBND Thành phố`, `Phó Chủ tịch LĐLĐ tỉnh`: a person's
    /// organisation; the person acts.
    Affiliation,
    /// `của 61/63 LĐLĐ tỉnh`: organisations of a kind counted, none acting.
    Counted,
    /// Anything else (`Phó Chủ tịch LĐLĐ tỉnh`, `Đại hội Công đoàn quận`).
    Other,
}

/// A name read from a sentence, before resolution.
struct Raw {
    /// Boxed: a document's raw names are all kept until they are
    /// resolved, a quarter of them nameless, and the name is half a raw
    /// one's bytes: boxed, their list grows by copying half as much.
    name: Option<Box<Name>>,
    /// A collective phrase: the group and level it names.
    collective: Option<(&'static str, Option<u8>)>,
    written: String,
    at: usize,
    sentence: usize,
    role: Role,
    /// Named inside another name (`Công đoàn cơ sở Công ty X`): there
    /// for an anaphor (`Đây là doanh nghiệp …`) to find, no unit itself.
    inner: bool,
    /// A place it names after an admin word: the admin key and the place
    /// as written (`huyện`, `Tam Nông`), for short forms to complete.
    place: Option<(String, String)>,
    /// The title a giver is named with (`quà của Chủ tịch UBND tỉnh`): the
    /// gift is the titled person's, printed before the resolved name.
    title: Option<String>,
    /// A subject opening a clause of giving (`Các CĐCS tổ chức thăm hỏi …`,
    /// `UBND tỉnh tặng Bằng khen …`).
    gives: bool,
    /// Introduced as an example (`Điển hình như …`).
    example: bool,
    /// See [`Mention::reach`].
    reach: usize,
    /// See [`Mention::speech`].
    speech: Option<usize>,
}

/// Reads the organisation names of the sentences `read` keeps, in text
/// order, resolved.
pub fn read(text: &str, sentences: &[Sentence], read: impl Fn(usize) -> bool) -> Vec<Mention> {
    // Room for the names of most documents from the start: grown by
    // doubling, the list of these large records was copied three or four
    // times per document.
    let mut raws = Vec::with_capacity(64);
    let mut learned = Learned::default();
    WORDS.with_borrow_mut(|words| {
        for (si, s) in sentences.iter().enumerate().filter(|(si, _)| read(*si)) {
            words.scan(text, s.start..s.end);
            sentence_names(text, words, si, &mut learned, &mut raws);
        }
    });
    // A headline: a first paragraph of one sentence that ends without a
    // full stop, with more paragraphs after it.
    let headline = match sentences {
        [h, next, ..] if h.paragraph != next.paragraph => {
            usize::from(!text[h.start..h.end].trim_end().ends_with('.'))
        }
        _ => 0,
    };
    wrapped_author(text, sentences, &mut raws);
    letterhead(text, &mut raws);
    resolve(raws, headline)
}

/// The last sentence (a letterhead line) a letterhead's names are read
/// from.
const LETTERHEAD_LINES: usize = 2;

/// The column gap of a letterhead line: the author's column on the left,
/// the national motto's on the right (`HỘI CỰU CHIẾN BINH      Độc lập …`).
const COLUMN_GAP: &str = "   ";

/// A letterhead's left column is narrow, and a lower body's name is
/// wrapped over two lines under its parent's: its head on one line, its
/// admin word and place alone on the next (`HỘI CCB TỈNH LÀO CAI` ⏎
/// `HỘI CỰU CHIẾN BINH` ⏎ `HUYỆN BẢO YÊN`). Each line is a paragraph of
/// its own, so the head alone reads as a bare head, which would stand for
/// the parent named in full above it. Where a bare head in capitals ends
/// its column on one of the first two lines and the next line's column
/// completes it with a place, the two columns are one name, read as one.
/// A body with no parent line wraps its name the same way (`ỦY BAN NHÂN
/// DÂN` ⏎ `HUYỆN LỤC NGẠN`).
fn wrapped_author(text: &str, sentences: &[Sentence], raws: &mut [Raw]) {
    let column = |from: usize, to: usize| {
        let line = text.get(from..to).unwrap_or("");
        line.split(COLUMN_GAP).next().unwrap_or("").trim()
    };
    for r in raws.iter_mut().take_while(|r| r.sentence <= 1) {
        let bare = r
            .name
            .as_ref()
            .is_some_and(|n| n.form == Form::Bare && n.place.is_none());
        if !bare || r.collective.is_some() {
            continue;
        }
        let (Some(s), Some(next)) = (sentences.get(r.sentence), sentences.get(r.sentence + 1))
        else {
            continue;
        };
        // The head ends its column, and the next line is a paragraph of
        // its own whose column is in capitals.
        let head = column(r.at, s.end);
        let under = column(next.start, next.end);
        let capitals =
            |t: &str| t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase);
        if head != r.written || !capitals(head) || !capitals(under) || next.paragraph == s.paragraph
        {
            continue;
        }
        if let Some(full) = joined_name(&format!("{head} {under}"), r.sentence) {
            r.name = full.name;
            r.written = full.written;
            r.place = full.place;
        }
    }
}

/// The name a wrapped letterhead line and the line under it make, read
/// as one line: a full name of a level spanning all its words.
fn joined_name(line: &str, si: usize) -> Option<Raw> {
    let mut scanner = Words::default();
    let words = scanner.scan(line, 0..line.len());
    let cx = Cx {
        text: line,
        words,
        si,
        shout: shouting(words),
        quoted: false,
    };
    let mut out = Vec::new();
    cx.head_name(0, HEADS.at(words, 0), &mut Learned::default(), &mut out)?;
    let raw = out.into_iter().next()?;
    let n = raw.name.as_ref()?;
    (n.start == 0 && n.end == words.len() && n.form == Form::Full && n.level.is_some())
        .then_some(raw)
}

/// A pdftotext letterhead prints the parent body first and the author
/// under it (`LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK` ⏎ `LĐLĐ HUYỆN KRÔNG PẮC`):
/// of two names in capitals of one group in the first two sentences
/// (each line its own paragraph, or one paragraph of both), on two
/// lines, the lower level's is the author, which acts; the parent's does
/// not. (A shouted headline naming both is one line.) A hard-wrapped
/// document's letterhead is one paragraph, its line break a space: the
/// column gap before the motto (`ĐẮK LẮK   CỘNG HÒA …`) still tells the
/// two lines apart. Read before short forms are resolved: a bare head
/// in the body (`Hội phối hợp với …`, `Hội viên CCB đã đóng góp …` under
/// `HỘI CCB TỈNH BẮC GIANG` ⏎ `HỘI CỰU CHIẾN BINH HUYỆN LỤC NAM`) is the
/// author's report speaking, not its parent's.
fn letterhead(text: &str, raws: &mut [Raw]) {
    // The national youth union's line, the city's, then the ward's:
    // three lines of parents (`ĐOÀN TNCS HỒ CHÍ MINH` ⏎ `BCH ĐOÀN THÀNH
    // PHỐ HUẾ` ⏎ `BCH ĐOÀN PHƯỜNG PHÚ HỘI`).
    let capitals = |r: &Raw| {
        let mut words = text.get(r.at..).unwrap_or("").split_whitespace().take(2);
        words.clone().count() == 2
            && words
                .all(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
    };
    let first: Vec<usize> = (0..raws.len())
        .take_while(|&i| raws[i].sentence <= LETTERHEAD_LINES)
        .filter(|&i| {
            let r = &raws[i];
            r.collective.is_none()
                && r.name.as_ref().is_some_and(|n| n.family != "place")
                && capitals(r)
        })
        .collect();
    let name = |i: usize| raws[i].name.as_ref();
    for (a, &p) in first
        .iter()
        .enumerate()
        .filter(|(_, &p)| name(p).is_some_and(|n| n.level.is_some()))
    {
        let author = first[a + 1..].iter().copied().find(|&q| {
            let (Some(pn), Some(qn)) = (name(p), name(q)) else {
                return false;
            };
            // The author under its parent is of a lower level, or of none
            // the name gives (`CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP` under the
            // province's federation).
            pn.group == qn.group
                && qn.level.is_none_or(|l| {
                    // A sector's union of the province's level under the
                    // province's federation (`CÔNG ĐOÀN VIÊN CHỨC TỈNH`).
                    Some(l) > pn.level || Some(l) == pn.level && qn.family != pn.family
                })
                && text
                    .get(raws[p].at..raws[q].at)
                    .is_some_and(|t| t.contains('\n') || t.contains("   "))
                && matches!(raws[q].role, Role::Subject | Role::Other)
        });
        if let Some(q) = author {
            // Every line above the author is a parent's, the national
            // union's included (`ĐOÀN TNCS HỒ CHÍ MINH`).
            for &f in first.iter().take_while(|&&f| f < q) {
                raws[f].role = Role::Other;
            }
            raws[q].role = Role::Subject;
            return;
        }
    }
}

thread_local! {
    /// The words of the sentence being read, kept from document to
    /// document so that their folded forms reuse their allocations.
    static WORDS: std::cell::RefCell<Words> = std::cell::RefCell::default();
}

/// The names of one sentence's words, pushed to `out`: at each word that
/// can start one, an alias the document defined, a head's name, else a
/// territory opening its clause, else a collective phrase.
fn sentence_names(
    text: &str,
    scanned: &Words,
    si: usize,
    learned: &mut Learned,
    out: &mut Vec<Raw>,
) {
    let words = scanned.words();
    let cx = Cx {
        text,
        words,
        si,
        shout: scanned.shouting(),
        // An undertaking is named in quotes: a sentence without a quote
        // mark names none, and most words need not be asked.
        quoted: scanned.quoted(),
    };
    cx.pronoun_speaker(out);
    let from = out.len();
    let mut i = 0;
    while i < words.len() {
        // An alias is a name, written with a capital.
        let alias = (!learned.aliases.is_empty() && words[i].cap)
            .then(|| cx.alias_name(i, learned, out))
            .flatten();
        if let Some(end) = alias {
            i = end;
            continue;
        }
        let next = if can_start(&words[i], &learned.heads) {
            cx.starter_names(i, learned, out)
        } else if cx.quoted {
            cx.undertaking(i, out)
        } else {
            None
        };
        i = next.unwrap_or(i + 1);
    }
    if let Some(raws) = out.get_mut(from..) {
        cited_issuers(words, raws);
    }
}

/// `Theo Hướng dẫn số 5/HD-CĐYT … của Công đoàn Y tế Việt Nam, Ban
/// Thường vụ Công đoàn ngành Y tế tỉnh Hà Giang báo cáo …`: a source
/// written after `của` issued the document the sentence cites. Where the
/// sentence names its own subject after it, that subject reports; the
/// issuer only owns the document, as after `Thực hiện … của`. A tier
/// (`Theo kế hoạch của LĐLĐ tỉnh, công đoàn cấp cơ sở bắt đầu đại hội`)
/// carries out the issuer's plan: the issuer stays the source.
fn cited_issuers(words: &[Word], raws: &mut [Raw]) {
    for s in 0..raws.len().saturating_sub(1) {
        if raws[s].role != Role::Source {
            continue;
        }
        // The next name opens the reporting clause: an organisation, not
        // a tier carrying out the issuer's plan nor a territory in a
        // clause of its own.
        let next = &raws[s + 1];
        let reporter = next.role == Role::Subject
            && next
                .name
                .as_ref()
                .is_some_and(|n| n.form != Form::Tier && n.family != "place");
        let k = words.partition_point(|w| w.span.start < raws[s].at);
        if reporter && k > 0 && words[k - 1].fold == CUA {
            raws[s].role = Role::Owner;
        }
    }
}

/// Whether a name can start at word `w`: most words start none, and one
/// look-up rules them out. An abbreviation the document defined is
/// written in capitals (`(LĐLĐ)`), so only such a word is looked up.
fn can_start(w: &Word, learned: &HashMap<String, &'static Head, WordHash>) -> bool {
    w.starter || w.upper && !learned.is_empty() && learned.contains_key(&w.fold)
}

/// Whether a name, territory, collective or place can start at word
/// `i`, a starter whose head phrase there is `head`
/// (`HEADS.at(words, i)`): only where a phrase of the heads, admin words,
/// collectives or (for a capitalised word) the gazetteer starts, or an
/// abbreviation the document defined is written. Every reading tried at
/// a starter opens with one of these look-ups and gives up without one;
/// most starters are common words (`công nhân`, `các hoạt động`, `đoàn
/// viên`, `Đại hội`) that open none, and are passed over here with the
/// look-ups alone, not the four readings' other questions.
fn may_name(
    words: &[Word],
    i: usize,
    head: Option<(usize, &Head)>,
    learned: &HashMap<String, &'static Head, WordHash>,
) -> bool {
    head.is_some()
        || admin_at(words, i).is_some()
        || COLLECTIVES.at(words, i).is_some()
        || words[i].cap && GAZETTEER.at(words, i).is_some()
        || !learned.is_empty() && learned.contains_key(&words[i].fold)
}

/// What a document defines for itself as it goes.
#[derive(Default)]
struct Learned {
    /// Abbreviations of heads (`Liên đoàn Lao động (LĐLĐ)`), folded.
    heads: HashMap<String, &'static Head, WordHash>,
    /// Aliases of names (`(sau đây gọi là Công đoàn ngành)`).
    aliases: Vec<Alias>,
}

/// `X (sau đây gọi tắt là Y)`: the words Y stand for the name X after
/// the definition.
struct Alias {
    /// Y's words, folded.
    words: Vec<String>,
    /// The name X as read.
    name: Name,
    /// The byte offset the definition ends at.
    from: usize,
}

/// Whether word `i` is inside (not the start of) a common noun that
/// starts with an admin word and is none (`xã hội`, society: the level
/// `-` rows of `admin_levels.tsv`), as `HỘI` of the national motto
/// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` is.
fn inside_admin_noun(words: &[Word], i: usize) -> bool {
    (i.saturating_sub(2)..i).any(|j| {
        ADMIN
            .at(words, j)
            .is_some_and(|(n, a)| a.level.is_none() && j + n > i)
    })
}

/// `(sau đây gọi tắt là Y)` at word `k`: the words `[start, end)` of Y.
/// `sau đây` / `dưới đây` (hereafter) and `tắt` (for short) may be left out.
fn alias_after(words: &[Word], k: usize) -> Option<(usize, usize)> {
    let [sau, duoi, day, goi, tat, la] = &*ALIAS_WORDS;
    let is = |j: usize, f: &String| words.get(j).is_some_and(|w| w.fold == *f);
    if !is(k, &"(".to_string()) {
        return None;
    }
    let mut j = k + 1;
    if (is(j, sau) || is(j, duoi)) && is(j + 1, day) {
        j += 2;
    }
    if !is(j, goi) {
        return None;
    }
    j += 1 + usize::from(is(j + 1, tat));
    if !is(j, la) {
        return None;
    }
    let start = j + 1;
    let end = (start..words.len().min(start + 6)).find(|&e| words[e].punct)?;
    (words[end].fold == ")" && end > start).then_some((start, end))
}

/// `Công đoàn ngành Y tế tỉnh Lạng Sơn (CĐN)`: an abbreviation in
/// parentheses right after a whole name stands for the name (`CĐN tặng
/// Giấy khen …`); the words `[start, end)` it is written with. One that
/// is a head of its own (`(BHXH)`) names that head, not this name.
fn abbreviation_after(words: &[Word], k: usize) -> Option<(usize, usize)> {
    let end = paren_abbr_end(words, k)?;
    HEADS.at(words, k + 1).is_none().then_some((k + 1, end - 1))
}

/// Whether a verb of merging (`hợp nhất`, `sáp nhập`: [`Cue::Merge`])
/// stands in words `from..to`.
fn merging(words: &[Word], from: usize, to: usize) -> bool {
    (from..to).any(|k| CUES.at(words, k).is_some_and(|(_, c)| *c == Cue::Merge))
}

/// `sau`, `dưới`, `đây`, `gọi`, `tắt`, `là`, folded like the text's words.
static ALIAS_WORDS: LazyLock<[String; 6]> =
    LazyLock::new(|| ["sau", "dưới", "đây", "gọi", "tắt", "là"].map(fold_word));

/// A sentence being read.
struct Cx<'a> {
    text: &'a str,
    words: &'a [Word],
    si: usize,
    shout: bool,
    /// The sentence has an opening quote mark (see [`named_undertaking`]).
    quoted: bool,
}

impl Cx<'_> {
    /// A raw name of words `i..end` as written.
    fn raw(&self, i: usize, end: usize, role: Role) -> Raw {
        Raw {
            name: None,
            collective: None,
            written: written(self.text, &self.words[i..end]),
            at: self.words[i].span.start,
            sentence: self.si,
            role,
            inner: false,
            place: None,
            title: None,
            gives: false,
            example: false,
            reach: usize::MAX,
            speech: None,
        }
    }

    /// An alias the document defined (`Công đoàn ngành` after `Công đoàn
    /// Giáo dục tỉnh Nghệ An (sau đây gọi là Công đoàn ngành)`) at word
    /// `i`, pushed as the name it stands for; where to go on. A head
    /// reading a longer or fuller name there wins (`Hội nghị` is no `Hội`).
    fn alias_name(&self, i: usize, learned: &Learned, out: &mut Vec<Raw>) -> Option<usize> {
        let words = self.words;
        let at = words[i].span.start;
        let a = learned.aliases.iter().rev().find(|a| {
            a.from <= at
                && words.len() >= i + a.words.len()
                && a.words.iter().zip(&words[i..]).all(|(f, w)| *f == w.fold)
        })?;
        let end = i + a.words.len();
        if let Some((n, h)) = HEADS.at(words, i) {
            let fuller = parse(words, i, h, n, self.shout)
                .is_some_and(|m| m.form == Form::Full && m.end > end);
            if i + n > end || fuller {
                return None;
            }
        }
        let mut r = self.raw(i, end, role_of(words, i));
        r.name = Some(Box::new(a.name.clone()));
        out.push(r);
        Some(end)
    }

    /// The names read at word `i`, a starter: a head's name, else a
    /// territory opening its clause, else a collective phrase, else a
    /// place; where to go on. Most starters open none of them (see
    /// [`may_name`]).
    fn starter_names(&self, i: usize, learned: &mut Learned, out: &mut Vec<Raw>) -> Option<usize> {
        let head = HEADS.at(self.words, i);
        if !may_name(self.words, i, head, &learned.heads) {
            return None;
        }
        self.head_name(i, head, learned, out)
            .or_else(|| self.territory_name(i, out))
            .or_else(|| self.collective(i, out))
            .or_else(|| self.place(i, out))
    }

    /// The name a head at word `i` starts, pushed; where to go on. `head`:
    /// the head phrase there (`HEADS.at(words, i)`).
    fn head_name(
        &self,
        i: usize,
        head: Option<(usize, &'static Head)>,
        learned: &mut Learned,
        out: &mut Vec<Raw>,
    ) -> Option<usize> {
        let words = self.words;
        let (n, h) = head.or_else(|| learned.heads.get(&words[i].fold).map(|h| (1, *h)))?;
        // `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Chính sách xã hội`: a
        // head that is the last syllable of a common noun starting with an
        // admin word (`xã hội`, society) names no association.
        if inside_admin_noun(words, i) {
            return Some(i + 1);
        }
        // `của công ty`: in small letters, the common noun, not the head
        // of a company's name that the heads table lists first.
        // `Ban Giám đốc Công ty khen thưởng …`: after an organ, a company
        // head with no name of its own is the company named before.
        let (n, h) = match h.takes {
            Takes::Name if !words[i].cap => ANAPHORS.at(words, i).unwrap_or((n, h)),
            Takes::Name if after_organ(words, i) && parse(words, i, h, n, self.shout).is_none() => {
                ANAPHORS.at(words, i).unwrap_or((n, h))
            }
            _ => (n, h),
        };
        // An organ is passed over; a common noun stands for a named one
        // only after `Đây là` or `của` (`30 công nhân lao động của công ty`).
        if h.takes == Takes::Organ || h.takes == Takes::Anaphor && !anaphor_cue(words, i) {
            return Some(i + n);
        }
        let m = parse(words, i, h, n, self.shout)?;
        if let Some(a) = m.abbr.clone().filter(|a| HEADS.at_word(a).is_none()) {
            learned.heads.insert(a, h);
        }
        let defined = alias_after(words, m.end).or_else(|| abbreviation_after(words, m.end));
        if let Some((a, b)) = defined.filter(|_| m.form == Form::Full) {
            learned.aliases.push(Alias {
                words: words[a..b].iter().map(|w| w.fold.clone()).collect(),
                name: m.clone(),
                from: words[b].span.end,
            });
        }
        if let Some(end) = coordinated_tiers(words, &m, self.shout) {
            let mut r = self.raw(i, end, role_of(words, i));
            r.collective = Some((m.group, None));
            out.push(r);
            return Some(end);
        }
        let end = m.end;
        push_name(self.text, words, self.si, m, out);
        Some(end)
    }

    /// A territory opening its clause at word `i`, pushed as a subject.
    fn territory_name(&self, i: usize, out: &mut Vec<Raw>) -> Option<usize> {
        let words = self.words;
        // The frame word first: most words follow none, and the clause's
        // start is sought only for a territory found.
        let framed =
            i >= 1 && FRAME_WORDS.contains(&words[i - 1].fold) && clause_start(words, i) == i - 1;
        let (m, admin) = territory(words, i, self.shout, framed)
            .or_else(|| Some((open_territory(words, i, self.shout)?, String::new())))?;
        let cs = clause_start(words, i);
        // `UBND xã Sơn Lôi, huyện Bình Xuyên tổ chức`: after a name and a
        // comma, the place is the name's, not a subject.
        let appositive = cs >= 2 && words[cs - 1].fold == "," && words[cs - 2].cap;
        let frames = framed && words.get(m.end).is_some_and(|w| w.fold == ",");
        if appositive || !(only_determiners(&marks(words, cs, i)) || frames || whole(words, cs, i))
        {
            return None;
        }
        let end = m.end;
        // `Tại xã Ia Hrú, đội hình tình nguyện của Đoàn Trường ĐH Quy Nhơn
        // đã dạy …`: a frame names where; an organisation named in its
        // clause is who acts there.
        let role = if frames && org_named_in_clause(words, end + 1) {
            Role::Partner
        } else {
            Role::Subject
        };
        let mut r = self.raw(i, end, role);
        if !admin.is_empty() {
            r.written = format!("{admin} {}", r.written);
        }
        r.place = place_of(self.text, words, &m);
        r.name = Some(Box::new(m));
        out.push(r);
        Some(end)
    }

    /// A place after its admin word at word `i` that is no name's
    /// (`Tại thị xã Cửa Lò, …`), pushed for short forms to complete.
    fn place(&self, i: usize, out: &mut Vec<Raw>) -> Option<usize> {
        let (admin, a, b) = place_at(self.words, i, self.shout)?;
        // `sau khi hợp nhất hai tỉnh Quảng Bình và Quảng Trị`, `sau khi
        // tỉnh Lào Cai và tỉnh Yên Bái hợp nhất`: the units merged are
        // named as they were, not as the place the document's short forms
        // (`UBND tỉnh`) stand in; the verb before them or after.
        let clause_end = (b..self.words.len())
            .find(|&k| matches!(self.words[k].fold.as_str(), "," | ";" | "." | ":"))
            .unwrap_or(self.words.len());
        if merging(self.words, clause_start(self.words, i), clause_end) {
            return Some(b);
        }
        let mut r = self.raw(i, b, Role::Other);
        r.place = Some((admin, written(self.text, &self.words[a..b])));
        out.push(r);
        Some(b)
    }

    /// `Dự án "Ngôi nhà bình yên" đã tiếp nhận, hỗ trợ 37 phụ nữ`: a
    /// named undertaking (a project, programme, model) opening its clause,
    /// pushed as the subject standing for the document's organisation,
    /// which runs it: the body named as the subject before it does not
    /// carry on over it.
    fn undertaking(&self, i: usize, out: &mut Vec<Raw>) -> Option<usize> {
        let end = named_undertaking(self.words, i)?;
        let mut r = self.raw(i, end, Role::Subject);
        r.collective = Some(("any", None));
        out.push(r);
        Some(end)
    }

    /// `… ông Phạm Đăng Khoa, Giám đốc Sở GD&ĐT đánh giá cao …. Ông cho
    /// biết năm học 2016 - 2017 toàn tỉnh có 8.456 giáo viên …`: a
    /// sentence opening with a person's word alone and a verb of saying
    /// goes on with the titled speaker of the sentence before; the
    /// speaker's organisation is pushed again here, marking the report.
    fn pronoun_speaker(&self, out: &mut Vec<Raw>) {
        let words = self.words;
        let Some((n, _)) = PERSONS.at(words, 0) else {
            return;
        };
        let said = CUES
            .at(words, n)
            .filter(|(_, c)| **c == Cue::Speech)
            .map(|(m, _)| n + m);
        let Some(from) = said.and_then(|k| words.get(k)).filter(|w| !w.punct) else {
            return;
        };
        let speaker = out
            .iter()
            .rev()
            .take_while(|r| r.sentence + 1 >= self.si)
            .find(|r| r.sentence + 1 == self.si && r.role == Role::Affiliation && r.name.is_some());
        let Some(sp) = speaker else {
            return;
        };
        let mut r = self.raw(0, n, Role::Affiliation);
        r.name = sp.name.clone();
        r.written = sp.written.clone();
        r.place = sp.place.clone();
        r.speech = Some(from.span.start);
        out.push(r);
    }

    /// A collective phrase at word `i`, pushed.
    fn collective(&self, i: usize, out: &mut Vec<Raw>) -> Option<usize> {
        let (n, c) = COLLECTIVES.at(self.words, i)?;
        // `toàn tỉnh Long An có …`: the territory named after `toàn`
        // reports, not the document's organisation the bare phrase
        // stands for.
        // A bare `Toàn Thành phố đã có …` is still the document's.
        let named = || territory(self.words, i + 1, self.shout, false).is_some();
        if self.words[i].fold == *TOAN && named() {
            if let Some(end) = self.territory_name(i + 1, out) {
                return Some(end);
            }
        }
        let mut r = self.raw(i, i + n, role_of(self.words, i));
        r.collective = Some((c.group, c.level));
        out.push(r);
        Some(i + n)
    }
}

/// A common noun of one to three words opening its clause at word `i`
/// and the name in quotes after it (`Dự án "Ngôi nhà bình yên"`,
/// `chương trình "Tết Sum vầy"`): where the closing quote ends it.
fn named_undertaking(words: &[Word], i: usize) -> Option<usize> {
    let opens =
        i == 0 || words[i - 1].punct && matches!(words[i - 1].fold.as_str(), "," | ";" | ":");
    let word = |w: &Word| !w.punct && !w.digit;
    if !opens || !word(&words[i]) || HEADS.at(words, i).is_some() {
        return None;
    }
    let open = (i + 1..words.len().min(i + UNDERTAKING_NOUN + 1))
        .take_while(|&k| !word(&words[k]) || !words[k].cap)
        .find(|&k| matches!(words[k].fold.as_str(), "\"" | "“"))?;
    if !words[i + 1..open].iter().all(|w| word(w) && !w.cap) || !words.get(open + 1)?.cap {
        return None;
    }
    let close = (open + 2..words.len().min(open + QUOTED_NAME + 2))
        .find(|&k| matches!(words[k].fold.as_str(), "\"" | "”"))?;
    Some(close + 1)
}

/// The most words of an undertaking's common noun (`Câu lạc bộ`).
const UNDERTAKING_NOUN: usize = 3;

/// The most words of an undertaking's quoted name.
const QUOTED_NAME: usize = 10;

// `Đáng chú ý, tại huyện Khánh Sơn, 6/8 xã đã đạt …`: `tại` or `ở`
// alone before a territory that a comma closes frames the clause after
// it: the figures there are the territory's.
/// Whether an organisation's head written with a capital (as a name
/// is) stands where the clause from word `from` on names its subject: in
/// its first words, before a figure or a `;`, `:` or full stop (`…, bà
/// Lan đã vận động 23 người tham gia BHXH` names the scheme, no actor).
fn org_named_in_clause(words: &[Word], from: usize) -> bool {
    let clause = words.get(from..).unwrap_or(&[]);
    let end = clause
        .iter()
        .take(SUBJECT_WORDS)
        .position(|w| w.digit || matches!(w.fold.as_str(), ";" | ":" | "."))
        .unwrap_or(clause.len().min(SUBJECT_WORDS));
    (from..from + end).any(|k| {
        words[k].cap
            && HEADS.at(words, k).is_some_and(|(_, h)| {
                !matches!(h.family, "place" | "title" | "event") && h.takes != Takes::Organ
            })
    })
}

/// The most words of a parenthesis placing a name (`(KCN Việt Hương)`,
/// `(huyện Đức Hòa)`).
const PLACING_WORDS: usize = 10;

/// How many words after a frame's comma may name the clause's subject
/// (`đội hình tình nguyện của Đoàn Trường …`).
const SUBJECT_WORDS: usize = 6;

/// `tại`, `ở` (at, in), folded like the text's words.
static FRAME_WORDS: LazyLock<[String; 2]> = LazyLock::new(|| ["tại", "ở"].map(fold_word));

/// `toàn`: the whole of the territory after it.
static TOAN: LazyLock<String> = LazyLock::new(|| fold_word("toàn"));

/// The most words of a time adverbial before `toàn` (`tính đến nay`).
const LONGEST_LEAD: usize = 3;

/// `Được biết, đến nay toàn tỉnh Long An có 412/586 doanh nghiệp …`:
/// `toàn <territory>` names the whole territory as the clause's reporter,
/// after at most a short adverbial of time (`đến nay`, `hiện nay`) with
/// no cue, name or number in it.
fn whole(words: &[Word], cs: usize, i: usize) -> bool {
    i > cs
        && words[i - 1].fold == *TOAN
        && i - 1 - cs <= LONGEST_LEAD
        && words[cs..i - 1]
            .iter()
            .enumerate()
            .all(|(n, w)| !w.punct && !w.digit && (n == 0 || !w.cap))
        && marks(words, cs, i - 1)
            .iter()
            .all(|(_, _, m)| *m == Mark::Word)
}

/// The admin key and written place a name ends with.
fn place_of(text: &str, words: &[Word], m: &Name) -> Option<(String, String)> {
    let (admin, a, b) = m.place.as_ref()?;
    Some((admin.clone(), written(text, words.get(*a..*b)?)))
}

/// Whether an organ of an organisation (`Ban Giám đốc`) ends right
/// before word `i`.
fn after_organ(words: &[Word], i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|k| {
        HEADS
            .at(words, k)
            .is_some_and(|(n, h)| h.takes == Takes::Organ && h.family == "organ" && k + n == i)
    })
}

/// Whether an example cue (`Điển hình như`, `Tiêu biểu,`, `Điển hình
/// là:`) stands right before word `i`, a comma or colon between.
fn example_before(words: &[Word], i: usize) -> bool {
    let end = match i.checked_sub(1).map(|k| &words[k]) {
        Some(w) if w.punct && matches!(w.fold.as_str(), "," | ":") => i - 1,
        _ => i,
    };
    (end.saturating_sub(3)..end).any(|k| {
        CUES.at(words, k)
            .is_some_and(|(n, c)| *c == Cue::Example && k + n == end)
    })
}

/// Whether `Đây là`, `của` or an organ (`Ban Giám đốc công ty`) stands
/// right before word `i`.
fn anaphor_cue(words: &[Word], i: usize) -> bool {
    after_organ(words, i)
        || i >= 1 && words[i - 1].fold == CUA
        || i >= 2
            && CUES
                .at(words, i - 2)
                .is_some_and(|(n, c)| *c == Cue::This && n == 2)
}

/// `các Công đoàn cấp trên trực tiếp cơ sở và Công đoàn cơ sở`: tiers
/// joined by `và` are the organisation's tiers together, a collective;
/// where the second ends.
fn coordinated_tiers(words: &[Word], m: &Name, shout: bool) -> Option<usize> {
    if m.form != Form::Tier || words.get(m.end)?.fold != VA {
        return None;
    }
    let (n, h) = HEADS.at(words, m.end + 1)?;
    let second = parse(words, m.end + 1, h, n, shout)?;
    (second.form == Form::Tier && second.group == m.group).then_some(second.end)
}

/// How many words after a tier its clause's fraction is looked for
/// (`chi Hội vững mạnh 162/198`, `cơ sở Đoàn xếp loại vững mạnh: 24/35`).
const RATED_REACH: usize = 8;

/// `chi Hội vững mạnh 162/198 chi Hội, chiếm 81,8%`: a tier opening its
/// clause that the clause then counts by a fraction, the same tier's
/// words after `X/Y`, names which of the tier's units reached a grade or
/// a mark: the topic of a tally, not a body acting. The tally is the
/// organisation above's, as `thành lập mới 45 Công đoàn cơ sở` is.
fn tier_counted_after(words: &[Word], m: &Name) -> bool {
    if m.form != Form::Tier {
        return false;
    }
    let name = &words[m.start..m.end];
    let reach = (m.end + RATED_REACH).min(words.len());
    let in_clause =
        |k: &usize| !words[*k].punct || matches!(words[*k].fold.as_str(), "/" | "." | ":");
    (m.end..reach).take_while(in_clause).any(|k| {
        if words[k].fold != "/" || k == 0 || !words[k - 1].digit {
            return false;
        }
        let mut j = k + 1;
        while j < words.len() && (words[j].digit || words[j].fold == "." && j > k + 1) {
            j += 1;
        }
        j > k + 1
            && words
                .get(j..j + name.len())
                .is_some_and(|after| after.iter().zip(name).all(|(a, b)| a.fold == b.fold))
    })
}

/// Pushes a parsed name, and the organisation named inside it.
fn push_name(text: &str, words: &[Word], si: usize, m: Name, out: &mut Vec<Raw>) {
    let role = name_role(words, si, &m, out);
    // A tier, bare head or anaphor that does not open its clause stands
    // for nothing (`thành lập mới 45 Công đoàn cơ sở` counts them).
    let acts = matches!(
        role,
        Role::Subject | Role::Source | Role::Also | Role::Owner
    );
    // A bare head that gives (`được công đoàn hỗ trợ 60 triệu đồng`,
    // `Bằng khen của Hội`) stands for the document's body as the giver.
    let bare_giver = role == Role::Giver && m.form == Form::Bare;
    if !acts && !bare_giver && matches!(m.form, Form::Tier | Form::Bare | Form::Anaphor) {
        return;
    }
    // `Các CĐCS tổ chức thăm hỏi 427 lượt đoàn viên …, với số tiền …`:
    // gifts take their giver, a tier too.
    let gives = role == Role::Subject && gives_next(words, m.end);
    let inner = m.inner.clone();
    let example = example_before(words, m.start);
    let title = (role == Role::Giver)
        .then(|| giver_title(text, words, m.start))
        .flatten();
    let speech = (role == Role::Affiliation)
        .then(|| speech_after(words, m.start, m.end))
        .flatten();
    let reach = if role == Role::Giver {
        reason_after(words, m.end)
    } else {
        usize::MAX
    };
    out.push(Raw {
        title,
        place: place_of(text, words, &m),
        written: abbreviated(text, words, &m)
            .unwrap_or_else(|| written(text, &words[m.start..m.end])),
        at: words[m.start].span.start,
        name: Some(Box::new(m)),
        collective: None,
        sentence: si,
        role,
        inner: false,
        gives,
        example,
        reach,
        speech,
    });
    if let Some(inner) = inner {
        out.push(Raw {
            written: written(text, &words[inner.start..inner.end]),
            at: words[inner.start].span.start,
            name: Some(inner),
            collective: None,
            sentence: si,
            role: Role::Other,
            inner: true,
            place: None,
            title: None,
            gives: false,
            example: false,
            reach: usize::MAX,
            speech: None,
        });
    }
}

/// The role of the name `m` in sentence `si`: the organisation that set
/// a plan (`kế hoạch BHXH tỉnh giao`), a gift's receiver, the object of
/// its clause's subject's verb (`Huyện đoàn Cái Nước thành lập Ban Chỉ
/// huy`), one more of the places, partners, receivers or objects it is
/// joined to by `và` or a comma, a tier its clause counts (`chi Hội vững
/// mạnh 162/198 chi Hội`), else what the words before it make it.
fn name_role(words: &[Word], si: usize, m: &Name, out: &[Raw]) -> Role {
    // `đạt 99,1% kế hoạch BHXH tỉnh giao`: the organisation that set a
    // plan (`X giao`) is the plan's, not the one reporting against it.
    let assigns = words.get(m.end).is_some_and(|w| w.fold == "giao");
    let role = if assigns {
        Role::Partner
    } else if gift_receiver(words, m) {
        Role::Receiver
    } else {
        role_of(words, m.start)
    };
    // `Huyện đoàn Cái Nước thành lập Ban Chỉ huy chiến dịch …; 11/11 đoàn
    // xã …`: a name right after its clause's subject and verb is the
    // verb's object (founded, visited, supported), not one that acts.
    let role = if role == Role::Other && object_of_subject(words, si, m, out) {
        Role::Object
    } else {
        role
    };
    // `ở Công ty TNHH may xuất khẩu Trường Yên và Công ty CP giày Khánh
    // Thượng`: a name joined by `và` or a comma to a place, partner,
    // receiver or object right before it is one more of them.
    let role = match (role, joined_to(words, si, m, out)) {
        (Role::Other, Some(r @ (Role::Partner | Role::Receiver | Role::Object))) => r,
        _ => role,
    };
    if role == Role::Subject && tier_counted_after(words, m) {
        Role::Counted
    } else if role == Role::Partner && frames_clause(words, m) {
        Role::Subject
    } else {
        role
    }
}

/// `Tại Công ty TNHH Regina Miracle International Việt Nam, bản thỏa
/// ước mới … có 14 điều khoản`: `tại` or `ở` opening its clause before
/// an organisation named in full that a comma closes frames the clause
/// after it, as before a territory (`tại huyện Khánh Sơn, 6/8 xã …`):
/// what it reports is that organisation's, unless the clause names a
/// subject of its own. Mid-clause (`trao quà tại Trung tâm Y tế huyện`)
/// the organisation is only where something was done, and so it is
/// before a clause of giving (`Tại Trường Tiểu học Kim Đồng, đã trao 30
/// suất học bổng`): gifts take their giver, not the venue.
/// A parenthesis may place the name before its comma.
fn frames_clause(words: &[Word], m: &Name) -> bool {
    m.start >= 1
        && m.form == Form::Full
        && m.family != "place"
        && FRAME_WORDS.contains(&words[m.start - 1].fold)
        && clause_start(words, m.start) == m.start - 1
        && comma_after_name(words, m.end).is_some_and(|c| !gives_after(words, c + 1))
}

/// The comma closing a name that ends before word `end`, right after it
/// or after a parenthesis that places it (`Tại Công ty TNHH Giày Minh
/// Phát (KCN Việt Hương), …`).
fn comma_after_name(words: &[Word], end: usize) -> Option<usize> {
    let is = |k: usize, f: &str| words.get(k).is_some_and(|w| w.fold == f);
    if is(end, ",") {
        return Some(end);
    }
    if !is(end, "(") {
        return None;
    }
    let close = (end + 1..words.len().min(end + 1 + PLACING_WORDS)).find(|&k| is(k, ")"))?;
    is(close + 1, ",").then_some(close + 1)
}

/// Whether the name `m` follows the subject named last in its sentence
/// with only the small words of its verbs between, commas joining them
/// (`Huyện đoàn Cái Nước thành lập Ban Chỉ huy`, `Ban Thường vụ Huyện
/// đoàn ban hành kế hoạch, thành lập Ban Chỉ huy`): the object of the
/// subject's verb (founded, visited, supported), not one that acts. `và`
/// between joins two subjects instead.
fn object_of_subject(words: &[Word], si: usize, m: &Name, out: &[Raw]) -> bool {
    let verbish = |w: &Word| !w.cap && !w.digit && (!w.punct || w.fold == ",") && w.fold != VA;
    if m.start == 0 || words[m.start - 1].punct {
        return false;
    }
    out.last().is_some_and(|r| {
        let after = r.name.as_ref().map_or(usize::MAX, |n| n.end);
        r.sentence == si
            && r.role == Role::Subject
            && after < m.start
            && m.start - after <= VERB_WORDS
            && words[after..m.start].iter().all(verbish)
    })
}

/// The role of the name named last in the sentence when the name `m`
/// is joined to it by `và` or a comma alone (`ở Công ty A và Công ty B`).
fn joined_to(words: &[Word], si: usize, m: &Name, out: &[Raw]) -> Option<Role> {
    let j = m.start.checked_sub(1)?;
    if !(words[j].fold == VA || words[j].fold == ",") {
        return None;
    }
    out.last()
        .filter(|r| r.sentence == si && !r.inner && r.name.as_ref().is_some_and(|n| n.end == j))
        .map(|r| r.role)
}

/// The most words of the verbs between a subject and its object (`đã
/// thành lập`, `ban hành kế hoạch, thành lập`).
const VERB_WORDS: usize = 8;

/// The title written between `của` and a giver's name (`Bằng khen của Chủ
/// tịch UBND tỉnh`, `quà của Chủ tịch UBND tỉnh`): the award is the
/// titled person's, as `Chủ tịch nước` is a giver of its own.
fn giver_title(text: &str, words: &[Word], start: usize) -> Option<String> {
    let k = (start.saturating_sub(3)..start).find(|&k| {
        CUES.at(words, k)
            .is_some_and(|(n, c)| *c == Cue::Title && k + n == start)
    })?;
    (k >= 1 && words[k - 1].fold == CUA).then(|| written(text, &words[k..start]))
}

/// Whether the name is the receiver of a giving verb right before it with
/// the gift's figure right after it (`hỗ trợ LĐLĐ tỉnh 2 tỷ đồng`,
/// `trao tặng Công đoàn Công ty X 50 suất quà`): a double-object verb puts
/// the receiver first, the gift second, and the giver is the unit.
fn gift_receiver(words: &[Word], m: &Name) -> bool {
    let gift = words.get(m.end).is_some_and(|w| w.digit);
    gift && (1..=2).any(|n| {
        m.start
            .checked_sub(n)
            .and_then(|k| CUES.at(words, k))
            .is_some_and(|(len, c)| len == n && *c == Cue::Give)
    })
}

/// A name whose head the text abbreviates in parentheses, written with
/// the abbreviation it goes by (`Bảo hiểm xã hội (BHXH) tỉnh Nghệ An` is
/// `BHXH tỉnh Nghệ An`, as the text calls it after).
fn abbreviated(text: &str, words: &[Word], m: &Name) -> Option<String> {
    m.abbr.as_ref()?;
    let open = (m.start..m.end).find(|&k| words[k].fold == "(")?;
    let abbr = words.get(open + 1)?;
    // Only an abbreviation of the whole head (`BHXH`, not `NCT` of `Hội
    // Người cao tuổi (NCT)`): its letters are the head words' initials.
    let initials: String = words[m.start..open]
        .iter()
        .filter_map(|w| w.fold.chars().next())
        .collect();
    if initials != abbr.fold {
        return None;
    }
    let rest = written(text, words.get(open + 3..m.end)?);
    let abbr = &text[abbr.span.clone()];
    Some(if rest.is_empty() {
        abbr.to_string()
    } else {
        format!("{abbr} {rest}")
    })
}

/// The words as written, single-spaced, without a parenthesised
/// abbreviation (`Liên đoàn Lao động (LĐLĐ) tỉnh` → `Liên đoàn Lao động tỉnh`).
fn written(text: &str, words: &[Word]) -> String {
    let span = match (words.first(), words.last()) {
        (Some(a), Some(b)) => b.span.end.saturating_sub(a.span.start),
        _ => 0,
    };
    let mut out = String::with_capacity(span);
    let mut k = 0;
    let mut prev_end = None;
    while k < words.len() {
        let w = &words[k];
        if w.fold == "(" && words.get(k + 2).is_some_and(|c| c.fold == ")") {
            k += 3;
            continue;
        }
        if let Some(e) = (w.fold == "(").then(|| paren_abbr_end(words, k)).flatten() {
            k = e;
            continue;
        }
        // A compound broken at its hyphen by a line break (`GD-` ⏎ `ĐT`)
        // is one word already: body::flatten rejoins it.
        if prev_end.is_some_and(|e| e < w.span.start) {
            out.push(' ');
        }
        out.push_str(&text[w.span.clone()]);
        prev_end = Some(w.span.end);
        k += 1;
    }
    out
}

/// Where the clause of word `i` starts: after the last punctuation mark
/// that separates clauses, or a list's bullet (`- `, and `+ ` of a
/// sub-list: `+ Mặt trận 27 xã, thị trấn vận động được …`).
fn clause_start(words: &[Word], i: usize) -> usize {
    // A clause of more than `LONGEST_CLAUSE` words is read from there: a
    // name's cues stand near it, and a text without punctuation must not
    // make every name read back to the sentence's start.
    let floor = i.saturating_sub(LONGEST_CLAUSE);
    (floor..i)
        .rev()
        .find(|&k| {
            words[k].punct
                && (matches!(
                    words[k].fold.as_str(),
                    "," | ";" | ":" | "(" | ")" | "." | "“" | "”" | "\"" | "…"
                ) || bullet(&words[k]))
                && !closing_quote(words, k)
        })
        .map_or(floor, |k| k + 1)
}

/// Whether the mark `w` is a bullet (`-`, `+`, `•` …): a list item opens
/// a clause of its own, with its own subject.
fn bullet(w: &Word) -> bool {
    let mut c = w.fold.chars();
    c.next().is_some_and(crate::lexicon::is_bullet) && c.next().is_none()
}

/// Whether word `k` closes a quoted word inside a clause (`đã kịp "gom"
/// các chi hội`): a quote written against the word before it and apart
/// from the one after. A verb quoted for effect keeps its object in its
/// clause; an opening quote (`chương trình "Tết Sum vầy"`) still opens one.
fn closing_quote(words: &[Word], k: usize) -> bool {
    let quote = matches!(words[k].fold.as_str(), "\"" | "”");
    let attached = k > 0 && words[k - 1].span.end == words[k].span.start && !words[k - 1].punct;
    let apart = words
        .get(k + 1)
        .is_some_and(|w| w.span.start > words[k].span.end);
    quote && attached && apart
}

/// The most words before a name read for its role.
const LONGEST_CLAUSE: usize = 48;

/// What a run of words before a name is: a cue, an organ of the
/// organisation (`Ban Thường vụ`), a title written like a head (`Thành ủy
/// viên`), or any other word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Cue(Cue),
    Organ,
    TitleHead,
    Word,
}

/// The marks of words `cs..i`, as (first word, length, mark), read in one
/// pass.
fn marks(words: &[Word], cs: usize, i: usize) -> Vec<(usize, usize, Mark)> {
    // At most a mark a word: one allocation, not a growth at every few.
    let mut out = Vec::with_capacity(i.saturating_sub(cs));
    let mut k = cs;
    while k < i {
        let cue = CUES.at(words, k).filter(|(n, _)| k + n <= i);
        let organ = || {
            HEADS
                .at(words, k)
                .filter(|(n, h)| h.takes == Takes::Organ && k + n <= i)
        };
        let (n, mark) = match (cue, organ()) {
            (Some((n, c)), _) => (n, Mark::Cue(*c)),
            (None, Some((n, h))) if h.family == "title" => (n, Mark::TitleHead),
            (None, Some((n, _))) => (n, Mark::Organ),
            _ => (1, Mark::Word),
        };
        out.push((k, n, mark));
        k += n;
    }
    out
}

/// Whether the marks stand for determiners and organs only (`các`,
/// `Ban Thường vụ`, `Đây là`): what may precede a subject.
fn only_determiners(marks: &[(usize, usize, Mark)]) -> bool {
    marks.iter().all(|(_, _, m)| {
        matches!(
            m,
            Mark::Cue(Cue::Determiner | Cue::This | Cue::Example) | Mark::Organ
        )
    })
}

/// The role of a name starting at word `i`, from the words before it in
/// its clause.
fn role_of(words: &[Word], i: usize) -> Role {
    let cs = clause_start(words, i);
    let marks = marks(words, cs, i);
    let has = |c: Cue, upto: usize| marks.iter().any(|&(k, _, m)| k < upto && m == Mark::Cue(c));
    // A title or two right before the name (`của Chủ tịch UBND tỉnh`).
    let mut t = marks.len();
    while t > 0 && marks[t - 1].2 == Mark::Cue(Cue::Title) {
        t -= 1;
    }
    let j = marks.get(t).map_or(i, |m| m.0);
    let after_cua = j > cs && words[j - 1].fold == CUA;
    if has(Cue::Receiver, i) || listed_after_count(words, cs) {
        return Role::Receiver;
    }
    // `Theo báo cáo của 61/63 LĐLĐ tỉnh, thành phố`: a name counted by
    // a number is many organisations of a kind, none of them acting.
    if counted(words, cs, i) {
        return Role::Counted;
    }
    if after_cua && has(Cue::Award, j) {
        return Role::Giver;
    }
    // `12 tập thể và 18 cá nhân được UBND huyện tặng Giấy khen`: the
    // agent of a passive giving (`được X tặng`, `được X trao`) gives.
    let mut a = marks.len();
    while a > 0
        && matches!(
            marks[a - 1].2,
            Mark::Cue(Cue::Title) | Mark::Organ | Mark::TitleHead
        )
    {
        a -= 1;
    }
    let agent = marks.get(a).map_or(i, |m| m.0);
    if agent > cs && words[agent - 1].fold == *DUOC && gives_after(words, i) {
        return Role::Giver;
    }
    // `Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể`: a titled
    // person opening a clause of giving gives in the organisation's name.
    if j < i && only_determiners(&marks[..t]) && gives_after(words, i) {
        return Role::Giver;
    }
    // The word right before the name, determiners aside, ends a partner cue.
    let last = marks
        .iter()
        .rev()
        .find(|(_, _, m)| *m != Mark::Cue(Cue::Determiner));
    if last.is_some_and(|(_, _, m)| *m == Mark::Cue(Cue::Partner))
        || partner_inside(words, &marks, i)
        || listed_after_partner(words, cs, i, &marks)
    {
        return Role::Partner;
    }
    match marks.first() {
        Some((_, _, Mark::Cue(Cue::Source))) => return Role::Source,
        Some((_, _, Mark::Cue(Cue::Also))) => return Role::Also,
        _ => {}
    }
    if after_cua {
        return Role::Owner;
    }
    // Right after a title (`Phó Chủ tịch LĐLĐ tỉnh`, `Ủy viên Ban Chấp hành …`).
    let titled = marks
        .iter()
        .rev()
        .take_while(|(_, _, m)| matches!(m, Mark::Organ | Mark::TitleHead | Mark::Cue(Cue::Title)))
        .any(|(_, _, m)| matches!(m, Mark::TitleHead | Mark::Cue(Cue::Title)));
    if titled || person_apposition(words, cs, &marks) {
        return Role::Affiliation;
    }
    // `Dự hội nghị có đại diện lãnh đạo LĐLĐ tỉnh, Sở Y tế và …`: a guest
    // attends, as a partner takes part: neither acts.
    if attendance(words).is_some_and(|co| co < i) {
        return Role::Partner;
    }
    if only_determiners(&marks) {
        Role::Subject
    } else {
        Role::Other
    }
}

/// `có`, folded like the text's words.
static CO: LazyLock<String> = LazyLock::new(|| fold_word("có"));

/// A sentence that opens saying who attended (`Dự hội nghị có …`,
/// `Tham dự có …`, `Đến dự Đại hội có …`): the word index of its `có`,
/// after which the guests are listed. The verb of attending opens the
/// sentence, then `có` right after it or after an event (`hội nghị`,
/// `Đại hội tổng kết năm 2023`) with no mark between; `Dự án có …` (a
/// project) or `Dự lễ, LĐLĐ tỉnh trao …` (attending, it gives) is none.
fn attendance(words: &[Word]) -> Option<usize> {
    let (n, &opener) = ATTENDANCE.at(words, 0)?;
    if !opener {
        return None;
    }
    let co = (n..words.len().min(n + 10))
        .take_while(|&k| !words[k].punct)
        .find(|&k| words[k].fold == *CO)?;
    let event = co == n || ATTENDANCE.at(words, n).is_some_and(|(_, &opener)| !opener);
    event.then_some(co)
}

/// The most words of a longer name between a partner cue and a name
/// inside it (`Trung tâm Tư vấn pháp luật`).
const LONGEST_HOST: usize = 6;

/// `Phối hợp với Trung tâm Tư vấn pháp luật LĐLĐ tỉnh tư vấn cho 95 lượt
/// …`, `phối hợp với Ban Nữ công LĐLĐ tỉnh tổ chức …`: a name ending a
/// longer name (a centre, an organ of it) that a partner cue opens is the
/// partner's, not the clause's subject, even in a sentence with no
/// subject of its own. The longer name starts with a capital right after
/// the cue and runs to the name with no cue, number or mark between.
fn partner_inside(words: &[Word], marks: &[(usize, usize, Mark)], i: usize) -> bool {
    let Some(p) = marks
        .iter()
        .rposition(|(_, _, m)| matches!(m, Mark::Cue(_)))
    else {
        return false;
    };
    let (k, n, mark) = marks[p];
    let from = k + n;
    mark == Mark::Cue(Cue::Partner)
        && from < i
        && i - from <= LONGEST_HOST
        && words[from].cap
        && words[from..i].iter().all(|w| !w.punct && !w.digit)
}

/// `46 đoàn thuộc các công đoàn ngành, công đoàn cơ sở trực thuộc`: a
/// name (at `i`) opening a comma clause (`cs`, determiners aside) that goes on a
/// list of a few words right after a partner's cue in the clause before
/// is listed with the partner, not the subject of a clause of its own.
fn listed_after_partner(
    words: &[Word],
    cs: usize,
    i: usize,
    marks: &[(usize, usize, Mark)],
) -> bool {
    if cs < 2 || words[cs - 1].fold != "," || !only_determiners(marks) {
        return false;
    }
    let before = clause_start(words, cs - 1);
    let prev = self::marks(words, before, cs - 1);
    let Some(p) = prev
        .iter()
        .rposition(|(_, _, m)| matches!(m, Mark::Cue(c) if *c != Cue::Determiner))
    else {
        return false;
    };
    let (k, n, mark) = prev[p];
    // The item before the comma opens with an organisation's head, past
    // determiners (`các công đoàn ngành`): `Tại buổi lễ, X …`, `Cùng ngày,
    // X …` frame the clause after them and list nothing.
    let from = prev[p + 1..]
        .iter()
        .find(|(_, _, m)| *m != Mark::Cue(Cue::Determiner))
        .map_or(k + n, |(q, _, _)| *q);
    // Listed things are of a kind: `tại trường THPT …, Công đoàn giáo dục
    // Việt Nam trao tặng …` frames its clause with a place of another.
    let group = |k: usize| {
        HEADS
            .at(words, k)
            .filter(|(_, h)| h.family != "title" && h.family != "place")
            .map(|(_, h)| h.group)
    };
    let head = group(from).is_some_and(|g| group(i) == Some(g));
    mark == Mark::Cue(Cue::Partner)
        && head
        && from < cs - 1
        && cs - 1 - from <= LONGEST_HOST
        && words[from..cs - 1].iter().all(|w| !w.punct && !w.digit)
}

/// `cô Ka Thị Nhung, giáo viên Trường Mầm non Đạ Sar`, `cho cô giáo
/// H'Liên Niê, Trường Tiểu học Ea Tul`: a name in apposition to a
/// person's (a person's word, the capitalised name, a comma), with at most
/// a few words of the person's occupation between (the marks of the
/// clause so far, from `cs`), is where the person works, not the clause's
/// subject. After `Theo anh …,` the clause is the source's report.
fn person_apposition(words: &[Word], cs: usize, marks: &[(usize, usize, Mark)]) -> bool {
    if cs < 3 || words[cs - 1].fold != "," || marks.len() > OCCUPATION {
        return false;
    }
    if marks
        .iter()
        .any(|&(k, _, m)| m != Mark::Word || words[k].cap)
    {
        return false;
    }
    let comma = cs - 1;
    let mut r = comma;
    while r > 0 && words[r - 1].cap && !words[r - 1].punct && !words[r - 1].digit {
        r -= 1;
    }
    // The person's word ends right before the capitalised name or opens
    // it (`Cô giáo Hà Thị Thu` at a sentence's start), and a name of two
    // syllables or more follows (a place is no person: `huyện Anh Sơn`).
    let person = (r.saturating_sub(2)..=r).any(|p| {
        PERSONS
            .at(words, p)
            .is_some_and(|(n, _)| p + n >= r && p + n + 2 <= comma)
    });
    let source = CUES
        .at(words, clause_start(words, r))
        .is_some_and(|(_, c)| matches!(c, Cue::Source | Cue::Also));
    person && !source
}

/// The most words of a person's occupation between the person's name and
/// the workplace (`giáo viên`, `sinh viên lớp`, `công nhân`).
const OCCUPATION: usize = 3;

/// Whether the name at word `i` is listed in parentheses after a counted
/// noun (`Cờ thi đua: 01 tập thể (Hội LHPN huyện Thủy Nguyên)`, `03 đơn
/// vị dẫn đầu các cụm thi đua (Hội LHPN quận Lê Chân, Hội LHPN huyện An
/// Dương)`): the names say which the counted ones are, the receivers of
/// an award or members of a count, never the clause's subject. Read only
/// for a name whose clause a parenthesis opens, or a comma after a name
/// (a capitalised word) of the list.
fn listed_after_count(words: &[Word], cs: usize) -> bool {
    let opens = |k: usize| {
        let w = &words[k];
        w.punct && (w.fold == "(" || w.fold == "," && k > 0 && words[k - 1].cap)
    };
    if cs == 0 || !opens(cs - 1) {
        return false;
    }
    let floor = cs.saturating_sub(LISTED);
    let open = (floor..cs)
        .rev()
        .find(|&k| words[k].punct && matches!(words[k].fold.as_str(), "(" | ")" | ";" | "." | ":"));
    let Some(open) = open.filter(|&k| words[k].fold == "(") else {
        return false;
    };
    // The counted noun phrase right before: a count, then a few words;
    // or a plural noun phrase whose examples the list names (`đến từ các
    // trường đại học, cao đẳng trong và ngoài tỉnh (Đại học Đà Nẵng, …)`),
    // its nouns joined by commas.
    let year =
        |w: &Word| w.fold.len() == 4 && (w.fold.starts_with("19") || w.fold.starts_with("20"));
    (open.saturating_sub(COUNTED_NOUN)..open)
        .rev()
        .take_while(|&k| !words[k].punct || words[k].fold == ",")
        .any(|k| words[k].digit && !year(&words[k]) || PLURALS.contains(&words[k].fold))
}

/// The plural markers before a noun (`các`, `những`): a parenthesis of
/// names after such a noun phrase lists its members.
static PLURALS: LazyLock<Vec<String>> =
    LazyLock::new(|| ["các", "những"].iter().map(|t| fold_word(t)).collect());

/// The most words read back from a listed name for the parenthesis
/// that opens the list (`(Hội LHPN quận Lê Chân, Hội LHPN huyện An
/// Dương, Hội LHPN huyện Vĩnh Bảo)`).
const LISTED: usize = 24;

/// The most words between a count or plural marker and the parenthesis
/// listing what it counts (`03 đơn vị dẫn đầu các cụm thi đua (…)`, `các
/// trường đại học, cao đẳng trong và ngoài tỉnh (…)`).
const COUNTED_NOUN: usize = 14;

/// Whether a number counts the name at word `i` (`61/63 LĐLĐ tỉnh`),
/// not a date or year before a subject (`Năm 2023 LĐLĐ tỉnh đã …`,
/// `Ngày 12/6 Công đoàn ngành tổ chức`).
fn counted(words: &[Word], cs: usize, i: usize) -> bool {
    if i <= cs || !words[i - 1].digit {
        return false;
    }
    let mut k = i - 1;
    while k > cs && (words[k - 1].digit || matches!(words[k - 1].fold.as_str(), "/" | "." | "-")) {
        k -= 1;
    }
    let year =
        |w: &Word| w.fold.len() == 4 && (w.fold.starts_with("19") || w.fold.starts_with("20"));
    let timed = k > cs && TIME_NOUNS.contains(&words[k - 1].fold);
    !timed && !words[k..i].iter().any(year)
}

/// Nouns of time before a date or year (`năm 2023`, `ngày 12/6`).
static TIME_NOUNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ["năm", "ngày", "tháng", "quý", "đến", "từ", "kỳ"]
        .iter()
        .map(|t| fold_word(t))
        .collect()
});

/// A word folded as the text's words are.
fn fold_word(s: &str) -> String {
    let mut w = Vec::new();
    scan(s, 0..s.len(), &mut w);
    w.first().map(|w| w.fold.clone()).unwrap_or_default()
}

/// `được` (passive: receives from), folded like the text's words.
static DUOC: LazyLock<String> = LazyLock::new(|| fold_word("được"));

/// Whether a giving verb stands within the few words after a subject
/// ending at word `i` (`UBND tỉnh tặng`, `Các CĐCS tổ chức thăm hỏi`,
/// `LĐLĐ huyện cũng đã trao`): its verb phrase, read for every subject,
/// so no further.
fn gives_next(words: &[Word], i: usize) -> bool {
    (i..words.len().min(i + 4))
        .take_while(|&k| !words[k].punct)
        .any(|k| CUES.at(words, k).is_some_and(|(_, c)| *c == Cue::Give))
}

/// `Chị Nguyễn Thị Hằng, Chủ tịch Công đoàn Công ty TNHH Crystal Martin
/// Việt Nam chia sẻ: "…"`: the name of words `start..end`, right after a
/// person's title, followed within a few words (the verb of speaking) by
/// a colon and an opening quote. The byte offset of the quote mark: the
/// titled person speaks for the organisation. A worker's workplace
/// (`công nhân Công ty …`) is no title: the worker speaks for no one.
fn speech_after(words: &[Word], start: usize, end: usize) -> Option<usize> {
    let titled = (start.saturating_sub(3)..start).any(|k| {
        CUES.at(words, k)
            .is_some_and(|(n, c)| *c == Cue::Title && k + n == start)
    });
    if !titled {
        return None;
    }
    // `Phó Chủ tịch UBND tỉnh cho biết tỉnh đã quy hoạch 3 dự án …`:
    // reported speech, no colon; the report runs from the verb's end.
    let said = (end..words.len().min(end + 2)).find_map(|k| {
        CUES.at(words, k)
            .filter(|(_, c)| **c == Cue::Speech)
            .map(|(n, _)| k + n)
    });
    if let Some(k) = said.filter(|&k| words.get(k).is_some_and(|w| !w.punct)) {
        return Some(words[k].span.start);
    }
    let colon = (end..words.len().min(end + SPEECH_VERB))
        .take_while(|&k| !matches!(words[k].fold.as_str(), "." | ";" | "\"" | "“"))
        .find(|&k| words[k].fold == ":")?;
    let quote = words
        .get(colon + 1)
        .filter(|w| matches!(w.fold.as_str(), "\"" | "“"))?;
    Some(quote.span.start)
}

/// The most words between a speaker's organisation and the colon before
/// the quote (`, cho biết`, `phát biểu tại hội nghị`).
const SPEECH_VERB: usize = 8;

/// The byte offset of the first reason cue (`vì`, `nhờ`) after word `i`
/// in its sentence, `usize::MAX` when none.
fn reason_after(words: &[Word], i: usize) -> usize {
    (i..words.len())
        .find(|&k| CUES.at(words, k).is_some_and(|(_, c)| *c == Cue::Reason))
        .map_or(usize::MAX, |k| words[k].span.start)
}

/// Whether a giving verb or an award word follows word `i` in its clause.
fn gives_after(words: &[Word], i: usize) -> bool {
    (i..words.len())
        .take_while(|&k| {
            !(words[k].punct && matches!(words[k].fold.as_str(), "," | ";" | ":" | "."))
        })
        .any(|k| {
            CUES.at(words, k)
                .is_some_and(|(_, c)| matches!(c, Cue::Give | Cue::Award))
        })
}

/// Where the full names of a document are, by what a short form may
/// stand for: family and level, family, group. The last one seen so far
/// and the first of the document, so resolving is one pass.
#[derive(Default)]
struct FullIndex<'a> {
    last: HashMap<(&'a str, Option<u8>), usize, DocHash>,
    /// The last that acted (a subject or source): what a short form
    /// stands for before a name written in passing (`kể từ khi Hội CCB
    /// tỉnh Đồng Nai và Hội CCB tỉnh Bình Phước hợp nhất`).
    acted: HashMap<(&'a str, Option<u8>), usize, DocHash>,
    first: HashMap<(&'a str, Option<u8>), usize, DocHash>,
    /// The families and groups of the short forms that acted so far
    /// (`Hội Cựu chiến binh (CCB) tỉnh tổ chức …`).
    short_acted: Vec<&'a str>,
}

impl<'a> FullIndex<'a> {
    /// The keys a full name is found by.
    fn keys(n: &'a Name) -> [(&'a str, Option<u8>); 3] {
        [
            (n.family, n.level),
            (n.family, Some(9)),
            (n.group, Some(10)),
        ]
    }

    /// The key a full name written with a sector's head is also found by:
    /// `Công đoàn ngành` alone is the `Công đoàn ngành Y tế …` named, not
    /// another union of the family (`Công đoàn Y tế Việt Nam tặng …`).
    fn sector_key(n: &'a Name) -> Option<(&'a str, Option<u8>)> {
        n.sector.then_some((n.family, Some(11)))
    }

    fn first_of(raws: &'a [Raw]) -> Self {
        let mut ix = FullIndex::default();
        for (i, n) in raws
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((i, r.name.as_ref()?)))
        {
            if n.form == Form::Full {
                for k in Self::keys(n).into_iter().chain(Self::sector_key(n)) {
                    ix.first.entry(k).or_insert(i);
                }
            }
        }
        ix
    }

    fn saw(&mut self, i: usize, n: &'a Name, acted: bool) {
        if n.form == Form::Short && acted {
            for f in [n.family, n.group] {
                if !self.short_acted.contains(&f) {
                    self.short_acted.push(f);
                }
            }
        }
        if n.form == Form::Full {
            for k in Self::keys(n).into_iter().chain(Self::sector_key(n)) {
                self.last.insert(k, i);
                if acted {
                    self.acted.insert(k, i);
                }
            }
        }
    }

    /// The full name a short form under `key` stands for: the last that
    /// acted, else the last, else the first of the document.
    fn find_acting(&self, key: (&'a str, Option<u8>)) -> Option<usize> {
        self.acted.get(&key).copied().or_else(|| self.find(key))
    }

    /// The last full name under `key` that acted so far, else the last.
    fn find_back(&self, key: (&'a str, Option<u8>)) -> Option<usize> {
        self.acted
            .get(&key)
            .or_else(|| self.last.get(&key))
            .copied()
    }

    /// The last full name under `key` before, else the first of the document.
    fn find(&self, key: (&'a str, Option<u8>)) -> Option<usize> {
        self.last
            .get(&key)
            .or_else(|| self.first.get(&key))
            .copied()
    }
}

/// How full a written form is: under its family's own head, in the body,
/// its length in characters (compared in that order).
type Rank = (bool, bool, usize);

/// The fullest written form of each identity, by its key. A name under
/// its family's own head (`LĐLĐ huyện Lục Nam`) is preferred to one under
/// another head (`Công đoàn huyện Lục Nam`); then the body's form to the
/// headline's, which editors reword (`Công đoàn ngành Y tế tỉnh Thanh Hóa
/// tổng kết` over the lead's `Công đoàn ngành Y tế Thanh Hóa tổ chức`);
/// then the longer.
fn fullest_forms(raws: &[Raw], headline: usize) -> HashMap<&str, (&str, Rank), DocHash> {
    let mut fullest: HashMap<&str, (&str, Rank), DocHash> = HashMap::default();
    for r in raws {
        if let Some(n) = r.name.as_ref().filter(|n| n.form == Form::Full) {
            let rank = (
                n.own_head,
                r.sentence >= headline,
                r.written.chars().count(),
            );
            let e = fullest
                .entry(n.key.as_str())
                .or_insert((r.written.as_str(), rank));
            if rank > e.1 {
                *e = (r.written.as_str(), rank);
            }
        }
    }
    fullest
}

/// Resolves short forms, bare heads and anaphors to the fuller names of
/// the document they stand for, and says which names may stand for a
/// claim's unit.
fn resolve(raws: Vec<Raw>, headline: usize) -> Vec<Mention> {
    let names = Names {
        raws: &raws,
        fullest: fullest_forms(&raws, headline),
        placed: placed_keys(&raws),
    };
    let mut ix = FullIndex::first_of(&raws);
    let mut places = Places::first_of(&raws);
    let mut out: Vec<Mention> = Vec::with_capacity(raws.len());
    for (idx, r) in raws.iter().enumerate() {
        let (name, eligible) = names.name_of(idx, &ix, &places);
        // A bare head or short form after stands for an organisation
        // that acted, not one that gave, received or partnered (`… được
        // Trung ương Hội Nông dân Việt Nam tặng Bằng khen. Năm 2024, Hội
        // phấn đấu …` is the document's Hội).
        let bystander = matches!(
            r.role,
            Role::Giver | Role::Receiver | Role::Partner | Role::Counted
        );
        let subject = matches!(r.role, Role::Subject | Role::Source | Role::Also);
        // Nor does an example (`Điển hình như Hội NCT xã Mỏ Cày …`, then
        // `6 tháng cuối năm, Hội phấn đấu …` is the article's Hội).
        if let Some(n) = r.name.as_ref().filter(|_| !bystander && !r.example) {
            // A giver acts in another's report (`Hội LHPN tỉnh tặng Giấy
            // khen cho Hội LHPN xã …` ⏎ `Năm 2026, Hội đặt mục tiêu …`).
            ix.saw(idx, n, subject && !r.inner && !r.gives);
        }
        places.saw(r);
        let Some(name) = name else { continue };
        out.push(mention(r, name, eligible));
    }
    out
}

/// The document's names as [`resolve`] reads them: each raw mention, the
/// fullest form of each name, and the places names were written with.
struct Names<'a> {
    raws: &'a [Raw],
    fullest: HashMap<&'a str, (&'a str, Rank), DocHash>,
    placed: HashMap<&'a str, Option<(&'a str, Option<u8>)>, DocHash>,
}

impl Names<'_> {
    /// The fullest form of raw mention `i`'s name.
    fn full_name(&self, i: usize) -> Option<String> {
        let r = &self.raws[i];
        Some(
            self.fullest_of(i)?
                .map_or(r.written.as_str(), |e| e.0)
                .to_string(),
        )
    }

    /// The fullest form found for raw mention `i`'s name and its rank,
    /// `None` inside when none is (`None` for no name).
    fn fullest_of(&self, i: usize) -> Option<Option<&(&str, Rank)>> {
        let n = self.raws[i].name.as_ref()?;
        // `Phòng GD&ĐT cho biết` after `Phòng GD&ĐT thành phố Sông Công`:
        // a name written without its place is the one named with it. Not
        // the nation's, though, for a head that carries a lower level: a
        // letterhead's `CĐ NGÀNH Y TẾ` (a province's sector union) is not
        // `Công đoàn Y tế Việt Nam`, whose guidance the report follows.
        let national = |lv: Option<u8>| lv == Some(0) && n.level.is_some_and(|l| l > 0);
        let key = n
            .key
            .strip_suffix('|')
            .and_then(|k| self.placed.get(k).copied().flatten())
            .filter(|&(_, lv)| !national(lv))
            .map_or(n.key.as_str(), |(k, _)| k);
        Some(self.fullest.get(key))
    }

    /// The name raw mention `idx` stands for, given the names seen before
    /// it, and whether it may be a claim's unit.
    fn name_of(&self, idx: usize, ix: &FullIndex, places: &Places) -> (Option<String>, bool) {
        let r = &self.raws[idx];
        let acting = !r.inner
            && !matches!(
                r.role,
                Role::Receiver | Role::Partner | Role::Object | Role::Affiliation | Role::Counted
            );
        let subject = matches!(r.role, Role::Subject | Role::Source | Role::Also);
        let n = match (&r.name, r.collective) {
            (Some(n), _) => n,
            (None, Some(_)) => return (Some(r.written.clone()), subject),
            (None, None) => return (None, false),
        };
        match n.form {
            Form::Full => {
                let name = self
                    .full_name(idx)
                    .map(|f| places.complete(n, &f).unwrap_or(f));
                (name, acting)
            }
            Form::Short => {
                let found = ix
                    .find_acting((n.family, n.level))
                    .filter(|&f| same_admin(&self.raws[f], n));
                // A short form under the family's own head (`LĐLĐ tỉnh`)
                // whose only full name is written under another (`Đại hội
                // Công đoàn tỉnh Đắk Lắk`) is printed under its own head,
                // completed with the place.
                let other_head =
                    |f: usize| n.own_head && !self.fullest_of(f).flatten().is_some_and(|e| e.1 .0);
                let own = found
                    .filter(|&f| other_head(f))
                    .and_then(|_| places.complete(n, &r.written));
                let named = own
                    .or_else(|| found.and_then(|f| self.full_name(f)))
                    .or_else(|| places.complete(n, &r.written));
                // An admin word alone (`Thành phố đầu tư …`) names a
                // territory only when the document names its place.
                let ok = acting && (named.is_some() || n.family != "place");
                (named.or_else(|| self.full_name(idx)), ok)
            }
            Form::Bare => {
                // `Công đoàn Công ty` with no company union named in
                // full stands for the company named before.
                let company = || ix.find(("congty", Some(9))).filter(|_| n.family == "cdcs");
                let sector = || FullIndex::sector_key(n).and_then(|k| ix.find(k));
                // A bare head refers back: after a short form that acted
                // (`Hội CCB tỉnh tổ chức …` ⏎ `Hội phối hợp …`), not to a
                // full name written later (`Trung ương Hội CCB Việt Nam
                // tặng …`), which may be another body of the family.
                // And it refers back to its group's acting body before it
                // looks anywhere for its family's (`Công đoàn công ty trao
                // …` after `Công đoàn Công ty TNHH Hansol Vina`, before
                // `Công đoàn các KCN tỉnh cũng trao …`).
                let back = |f: &usize| *f < idx || !ix.short_acted.contains(&n.group);
                let first = |k: (&str, Option<u8>)| ix.first.get(&k).copied();
                let found = sector()
                    .or_else(|| ix.find_back((n.family, Some(9))))
                    .or_else(company)
                    .or_else(|| ix.find_back((n.group, Some(10))))
                    .or_else(|| first((n.family, Some(9))))
                    .or_else(|| first((n.group, Some(10))))
                    .filter(back);
                let name = found.and_then(|f| self.full_name(f));
                let ok = name.is_some() && (subject || r.role == Role::Giver);
                (name.or_else(|| Some(r.written.clone())), ok)
            }
            Form::Tier => (Some(r.written.clone()), subject),
            Form::Anaphor => {
                let found = ix.last.get(&(n.family, Some(9))).copied();
                let name = found.and_then(|f| self.full_name(f));
                let ok = name.is_some() && matches!(r.role, Role::Subject | Role::Owner);
                (name, ok)
            }
        }
    }
}

/// The full names written with a place, by their key without it
/// (`phong|gd đt`): the key and level of the one place named so, or `None` when
/// the document names the organisation in two places (`Phòng GD&ĐT` of
/// two districts), where a name without its place says neither.
fn placed_keys(raws: &[Raw]) -> HashMap<&str, Option<(&str, Option<u8>)>, DocHash> {
    let mut placed: HashMap<&str, Option<(&str, Option<u8>)>, DocHash> = HashMap::default();
    let names = raws.iter().filter_map(|r| r.name.as_ref());
    for n in names.filter(|n| n.form == Form::Full && !n.key.ends_with('|')) {
        let Some((bare, _)) = n.key.rsplit_once('|') else {
            continue;
        };
        let e = placed
            .entry(bare)
            .or_insert(Some((n.key.as_str(), n.level)));
        if e.is_none_or(|(k, _)| k != n.key.as_str()) {
            *e = None;
        }
    }
    placed
}

/// The places a document names after an admin word, by the admin word:
/// the last seen so far and the first of the document.
#[derive(Default)]
struct Places<'a> {
    last: HashMap<&'a str, &'a str, DocHash>,
    first: HashMap<&'a str, &'a str, DocHash>,
}

impl<'a> Places<'a> {
    fn first_of(raws: &'a [Raw]) -> Self {
        let mut p = Places::default();
        for (admin, place) in raws.iter().filter_map(|r| r.place.as_ref()) {
            p.first.entry(admin.as_str()).or_insert(place.as_str());
        }
        p
    }

    /// Notes the place of `r`, if it is a place phrase of its own (`Tại
    /// thị xã Cửa Lò, …`) or the place of a name that acts: a name
    /// written in passing (`kể từ khi Hội CCB tỉnh Đồng Nai và Hội CCB
    /// tỉnh Bình Phước hợp nhất`) does not move the document's place.
    fn saw(&mut self, r: &'a Raw) {
        let acts = matches!(r.role, Role::Subject | Role::Source | Role::Also);
        // A frame's territory that yields to the organisation acting in
        // its clause still places it (`Tại huyện Gio Linh, Hội Nông dân
        // huyện …`).
        let frame = r.role == Role::Partner && r.name.as_ref().is_some_and(|n| n.family == "place");
        if let Some((admin, place)) = r
            .place
            .as_ref()
            .filter(|_| acts || frame || r.name.is_none())
        {
            self.last.insert(admin.as_str(), place.as_str());
        }
    }

    /// A name ending on an admin word with no place (`UBND huyện`,
    /// `Ngành giáo dục huyện`) completed with the place the document
    /// names after that admin word: the nearest before, else its first
    /// (`Tại thị xã Cửa Lò, LĐLĐ thị xã …` is `LĐLĐ thị xã Cửa Lò`).
    fn complete(&self, n: &Name, written: &str) -> Option<String> {
        let admin = n.open.as_deref()?;
        let place = self.last.get(admin).or_else(|| self.first.get(admin))?;
        // The fullest form found for it may hold the place already
        // (`CÔNG ĐOÀN VIÊN CHỨC TỈNH` of a letterhead, written in full as
        // `Công đoàn Viên chức tỉnh Nghệ An` in the body).
        let fold = crate::lexicon::fold;
        if fold(written).ends_with(&fold(place)) {
            return Some(written.to_string());
        }
        Some(format!("{written} {place}"))
    }
}

/// Whether a full name may stand for a short form by their admin words:
/// `LĐLĐ thị xã` is not `LĐLĐ huyện Diễn Châu`, though both are districts.
fn same_admin(full: &Raw, short: &Name) -> bool {
    let theirs = full.name.as_ref().and_then(|n| n.place.as_ref());
    match (theirs, short.open.as_deref()) {
        (Some((a, _, _)), Some(b)) => a == b,
        _ => true,
    }
}

/// The mention a resolved name makes.
fn mention(r: &Raw, name: String, eligible: bool) -> Mention {
    let n = r.name.as_ref();
    let name = match &r.title {
        Some(t) => format!("{t} {name}"),
        None => name,
    };
    Mention {
        at: r.at,
        name,
        level: n.and_then(|n| n.level).or(r.collective.and_then(|c| c.1)),
        role: r.role,
        eligible,
        sentence: r.sentence,
        family: n.map_or("", |n| n.family),
        group: n.map_or_else(|| r.collective.map_or("", |c| c.0), |n| n.group),
        collective: r.collective.is_some(),
        bare: n.is_some_and(|n| n.form != Form::Full),
        tier: n.is_some_and(|n| n.form == Form::Tier),
        gives: r.gives,
        example: r.example,
        reach: r.reach,
        speech: r.speech,
    }
}
