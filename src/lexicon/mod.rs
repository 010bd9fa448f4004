//! Every word list chitieu's grammar uses, in one place, as data.
//!
//! The grammar's lists are files beside this one (`src/lexicon/*.tsv`,
//! read with `include_str!`): one entry a line, with the phrase it came
//! from; the unit and year stages read their own files the same way.
//! Entries are lower case, NFC, tone marks in the traditional style
//! the metrics use (`thỏa`, `hòa`, `ủy`); lookups fold the text the same
//! way (see `fold_tones`).

use std::sync::LazyLock;

use crate::record::Qualifier;

/// The data lines of a word list file (`src/lexicon/*.tsv`): lines that
/// are neither blank nor `#` comments, split at tabs, fields trimmed (every
/// stage reads its lists through this). The first field is
/// the entry, the last the phrase it came from; typed lists hold the
/// entry's value between them.
pub fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The column headings of tables (`table_columns.tsv`), folded, with the
/// name of what their column holds (`target`, `percent`, `unit` …),
/// longest first: the body stage reads tables copied one cell per line
/// by them, the table reader its headings.
pub static TABLE_HEADINGS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut v: Vec<(String, &'static str)> = rows(include_str!("table_columns.tsv"))
        .filter_map(|r| Some((fold(r.first()?), *r.get(1)?)))
        .collect();
    v.sort_by_key(|(h, _)| std::cmp::Reverse(h.len()));
    v
});

/// What the table heading `folded` names: the longest heading it opens
/// with, followed by nothing, a space, its unit (`Tỷ lệ (%)`) or the next
/// of a pair (`Quận, huyện`, `Quận/huyện`).
pub fn table_heading(folded: &str) -> Option<&'static str> {
    let first = folded.as_bytes().first().map_or(0, |&b| usize::from(b) + 1);
    HEADINGS_BY_BYTE[first]
        .iter()
        .map(|&i| &TABLE_HEADINGS[i])
        .find(|(h, _)| {
            folded
                .strip_prefix(h.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '(', ',', '/']))
        })
        .map(|&(_, kind)| kind)
}

/// The indices of [`TABLE_HEADINGS`] that a folded cell can open with, by
/// the cell's first byte (slot 0 for an empty cell), in the list's order:
/// a heading is a prefix of the cell only if their first bytes agree, so
/// a cell is compared with a few headings rather than every one.
static HEADINGS_BY_BYTE: LazyLock<Vec<Vec<usize>>> = LazyLock::new(|| {
    let mut by = vec![Vec::new(); 257];
    for (i, (h, _)) in TABLE_HEADINGS.iter().enumerate() {
        match h.as_bytes().first() {
            Some(&b) => by[usize::from(b) + 1].push(i),
            // An empty heading opens every cell.
            None => by.iter_mut().for_each(|v| v.push(i)),
        }
    }
    by
});

/// The marks that open a list item at the start of a line (`- `, `+ `,
/// `• `, `● `…; `bullets.tsv`): every stage that skips a bullet or starts
/// a clause after one asks this list, so a report printed with any of
/// them reads as one printed with `-`.
pub static BULLETS: LazyLock<Vec<char>> = LazyLock::new(|| {
    rows(include_str!("bullets.tsv"))
        .filter_map(|r| r.first()?.chars().next())
        .collect()
});

/// Whether `c` is a bullet mark ([`BULLETS`]). Asked of the first
/// character of every line and sentence, most often a letter or a digit,
/// which no bullet is: those are answered before the list is read.
pub fn is_bullet(c: char) -> bool {
    !c.is_ascii_alphanumeric() && BULLETS.contains(&c)
}

/// The entries of a word list file, in file order.
fn words(tsv: &'static str) -> Vec<&'static str> {
    rows(tsv).filter_map(|r| r.first().copied()).collect()
}

/// The entries of a qualifier list file with their qualifier, named as in
/// the contract (`at_least`); a line with another name is left out (the
/// lists' test finds it).
fn qualifiers(tsv: &'static str) -> Vec<(&'static str, Qualifier)> {
    rows(tsv)
        .filter_map(|r| Some((*r.first()?, qualifier_named(r.get(1)?)?)))
        .collect()
}

/// The qualifier the contract spells `name`.
fn qualifier_named(name: &str) -> Option<Qualifier> {
    [
        Qualifier::Nearly,
        Qualifier::Approx,
        Qualifier::Over,
        Qualifier::Under,
        Qualifier::AtLeast,
        Qualifier::AtMost,
    ]
    .into_iter()
    .find(|q| q.as_str() == name)
}

/// The entries of a list file with a second text each (an abbreviation's
/// long form, a metric's canonical name).
fn pairs(tsv: &'static str) -> Vec<(&'static str, &'static str)> {
    rows(tsv)
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .collect()
}

/// The entries of a list file with a number each (the scale words' power
/// of ten, the calendar words' highest day, month or quarter).
fn valued<T: std::str::FromStr>(tsv: &'static str) -> Vec<(&'static str, T)> {
    rows(tsv)
        .filter_map(|r| Some((*r.first()?, r.get(1)?.parse().ok()?)))
        .collect()
}

/// Lines that start the news site's furniture after the article body
/// (`Có thể bạn quan tâm`, `Tin khác` …): everything from there on belongs
/// to other articles. Compared with the whole trimmed line, case-folded.
pub static FURNITURE_MARKERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("furniture_markers.tsv")));

/// Nouns that head a list of other articles in place of `tin` (`Bài
/// cùng chuyên mục`, `Bài viết khác`): [`is_furniture_marker`] reads them
/// as `tin`.
pub static NEWS_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("news_nouns.tsv")));

/// Whether a folded line, trimmed of its end marks, is a heading that
/// starts a news site's furniture: a marker itself, or one named with
/// another noun for the articles (`bài cùng chuyên mục`, `các bài viết
/// khác`), as `tin` names them in the markers; `các` is dropped first,
/// as every `các tin …` marker is listed without it too.
pub fn is_furniture_marker(bare: &str) -> bool {
    if FURNITURE_MARKERS.contains(&bare) {
        return true;
    }
    let rest = bare.strip_prefix("các ").unwrap_or(bare);
    NEWS_NOUNS.iter().any(|n| {
        rest.strip_prefix(n)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| FURNITURE_MARKERS.contains(&format!("tin {r}").as_str()))
    })
}

/// Line openings that start furniture too, whatever follows on the line:
/// `Từ khóa: LĐLĐ, đoàn viên`, `Tags: …`.
pub static FURNITURE_PREFIXES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("furniture_prefixes.tsv")));

/// Words that mark a single line as page furniture wherever it stands:
/// hotlines (`0982.095.095`), visit counters (`Tổng truy cập 7.142.338`),
/// contact lines. Matched against the folded line.
pub static FURNITURE_LINE_CUES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("furniture_line_cues.tsv")));

/// Qualifiers written before a figure (SPEC §2), longest first so that
/// `ít nhất` wins over a shorter match. `trên 144 tỷ đồng`, `gần 50 ngàn`.
pub static QUALIFIERS_BEFORE: LazyLock<Vec<(&str, Qualifier)>> =
    LazyLock::new(|| qualifiers(include_str!("qualifiers_before.tsv")));

/// Words before `ước` that make it part of a compound noun, no estimate:
/// `thỏa ước lao động tập thể`, `công ước`, `giao ước thi đua`, `quy ước`.
pub static ESTIMATE_NOT_AFTER: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("estimate_not_after.tsv")));

/// Words after `ước` that make it a wish, no estimate: `ước mơ`,
/// `ước nguyện`, `ước muốn`, `ước vọng`.
pub static ESTIMATE_NOT_BEFORE: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("estimate_not_before.tsv")));

/// Verbs of taking place: `trên` after them, before territories, means
/// across (`được triển khai trên 63 tỉnh, thành phố`), not over.
pub static LOCATIVE_VERBS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("locative_verbs.tsv")));

/// Territories counted after a locative `trên`: `trên 63 tỉnh`.
pub static TERRITORY_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("territory_nouns.tsv")));

/// Units of measure after a figure: `45, 6 tấn` is a decimal typed with a
/// space after its comma, not a list.
pub static MEASURE_UNITS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("measure_units.tsv")));

/// Qualifiers written after a figure: `75% trở lên doanh nghiệp`.
pub static QUALIFIERS_AFTER: LazyLock<Vec<(&str, Qualifier)>> =
    LazyLock::new(|| qualifiers(include_str!("qualifiers_after.tsv")));

/// Scale words and their power of ten: `18 nghìn`, `50 ngàn`, `3,1 tỷ`.
pub static SCALE_WORDS: LazyLock<Vec<(&str, u32)>> =
    LazyLock::new(|| valued(include_str!("scale_words.tsv")));

/// Currency words that make a figure money (`56 triệu đồng`, `500.000đ`).
pub static CURRENCY_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("currency_words.tsv")));

/// Vague quantity words: `hàng trăm tỉ đồng`, `hàng nghìn đoàn viên` are
/// no statistic, and a number right after them is not either.
pub static VAGUE_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("vague_words.tsv")));

/// Words of time and duration after a number: `20 năm thành lập`,
/// `60 ngày đêm`, `3 tháng`. Such a number is no count of the organisation.
pub static TIME_UNITS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("time_units.tsv")));

/// Time words that are a countable output after all: `1.500 ngày công`.
pub static TIME_UNIT_EXCEPTIONS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("time_unit_exceptions.tsv")));

/// Words before a number that make it an ordinal, a name or a reference,
/// not a quantity: `lần thứ 2`, `Cụm thi đua số 7`, `bão số 3`, `điều 17`,
/// `khoản 2`, `khóa XVI`. `tổng số` is the exception (a whole).
pub static ORDINAL_BEFORE: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("ordinal_before.tsv")));

/// Scales of points (`thang điểm`, `bảng điểm`): the points counted
/// after one in its clause are the scale's, no result.
pub static SCORE_SCALES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("score_scales.tsv")));

/// Nouns that make the change verb after them a noun (`mức tăng 6,9%`).
pub static DEGREE_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("degree_nouns.tsv")));

/// Units of length that take a power glued after them (`m2`, `km2`,
/// `m3`): the digit is part of the unit.
pub static POWER_UNITS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("power_units.tsv")));

/// Levies named with their statutory rate (`kinh phí công đoàn 2%`,
/// `đoàn phí 1%`): the phrase and the rate, in percent.
pub static NAMED_RATES: LazyLock<Vec<(&str, f64)>> = LazyLock::new(|| {
    rows(include_str!("named_rates.tsv"))
        .filter_map(|r| Some((*r.first()?, r.get(1)?.parse().ok()?)))
        .collect()
});

/// Phrases that make a sentence's figures plans when they open it:
/// `Theo kế hoạch, … dành tổng kinh phí gần 14,6 tỷ đồng`.
pub static PLAN_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("plan_openers.tsv")));

/// Verbs that set targets (`đề ra 8 chỉ tiêu, trong đó: …`): the list
/// after the count of targets they set is a list of plans.
pub static TARGET_SETTING_VERBS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("target_setting_verbs.tsv")));

/// Words ending in an ordinal head that name no thing by number: `định
/// kỳ 4 lần` (periodically, 4 times), `dân số 120.000 người`.
pub static ORDINAL_COMPOUNDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("ordinal_compounds.tsv")));

/// Kinds of documents named by their number: `Nghị định 145`,
/// `Thông tư 10`, `Quyết định 2200`.
pub static DOCUMENT_TYPES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("document_types.tsv")));

/// Nouns that take a number as their name: `Sư đoàn 301`, `Quân khu 7`,
/// `Quốc lộ 5`, `lương tối thiểu vùng 1`.
pub static NAME_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("name_heads.tsv")));

/// Nouns (one word) of events and sessions: after `320 cuộc/9.450 lượt người` the
/// second figure is a count of its own, not the whole of the first.
pub static EVENT_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("event_nouns.tsv")));

/// Nouns that tally attendances: `9.450 lượt người` is never the whole of
/// the count before the slash.
pub static TALLY_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("tally_nouns.tsv")));

/// Nouns that count people, households, groups and dwellings: after a
/// four-digit number they make it a count (`1905 tổ tiết kiệm`), no year.
pub static COUNT_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("count_nouns.tsv")));

/// Words after which a four-digit number is a year, never a count: a
/// time, a season or a holiday (`trong 2023 hộ nghèo giảm`, `Tết 2024`).
pub static YEAR_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("year_openers.tsv")));

/// Subject stops that are nouns too and may open a counted phrase:
/// `12 tổ chức công đoàn`.
pub static NOUN_STOPS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("noun_stops.tsv")));

/// Calendar words and the highest number that can follow them as a name:
/// `ngày 15`, `tháng 3.2020`, `quý 2`.
pub static CALENDAR_WORDS: LazyLock<Vec<(&str, u128)>> =
    LazyLock::new(|| valued(include_str!("calendar_words.tsv")));

/// Words before a calendar word that make the number after it an amount
/// per period: `mỗi tháng 2 triệu đồng`, `hằng ngày 500 suất`.
pub static DISTRIBUTIVES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("distributives.tsv")));

/// Words before a noun that make an amount of money one unit's share,
/// not a total: `mỗi nhà 60 triệu đồng`.
pub static PER_UNIT_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("per_unit_words.tsv")));

/// Words before a day/month pair that make it a date: `Chiều 15/1`,
/// `ngày 29/7/2021`, `tháng 5/2023`, `sáng mai (11/7)`.
pub static DATE_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| words(include_str!("date_cues.tsv")));

/// Words that, before a number in the same sentence, make the figures
/// after them a plan: `Phấn đấu có khoảng 6.800 đoàn viên`,
/// `đặt chỉ tiêu đến năm 2023`, `dự kiến`, `sẽ`.
pub static PLAN_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| words(include_str!("plan_cues.tsv")));

/// Nouns naming a budget or plan figure (`dự toán`): heading a figure's
/// phrase, they make it a plan (`trình HĐND huyện dự toán thu ngân sách
/// trên địa bàn 1.320 tỷ đồng`).
pub static ESTIMATE_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("estimate_nouns.tsv")));

/// Phrases opening a clause that states what was realised against an
/// estimate (`…, ước thực hiện 1.402 tỷ đồng`): the estimate's plan ends.
pub static REALISED_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("realised_openers.tsv")));

/// Conjunctions opening a clause against a plan before it
/// (`contrast_openers.tsv`): `…, nhưng … mới kết nạp được 1.536`.
pub static CONTRAST_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("contrast_openers.tsv")));

/// Connectives opening a comma part before its topic noun (`dẫn tới
/// sản lượng mía … đạt 9.496.358 tấn`).
pub static TOPIC_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("topic_openers.tsv")));

/// Connectives opening a reason clause (`giảm 0,8% do giá xăng dầu
/// giảm`): never the start of a noun phrase.
pub static REASON_CONNECTIVES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("reason_connectives.tsv")));

/// Short names of statistical indicators (`GRDP`, `CPI`): a quantity,
/// not an organisation, though written in capitals.
pub static INDICATOR_ABBREVIATIONS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("indicator_abbreviations.tsv")));

/// Words ending in a syllable that alone is a subject stop (`đăng ký`):
/// one word inside a noun phrase.
pub static STOP_COMPOUNDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("stop_compounds.tsv")));

/// Price bases of a statistics release (`theo giá so sánh 2010`, `giá
/// hiện hành`): how a value is measured, not what.
pub static PRICE_BASES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("price_bases.tsv")));

/// Words opening a comma part that goes on with the quantity of the part
/// before (`…, dự kiến đến cuối năm 2014 giảm xuống còn 2,9%`): no subject.
pub static CONTINUATION_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("continuation_openers.tsv")));

/// Phrases opening a locative between a subject and its verb (`trên địa
/// bàn tỉnh`): where a quantity is measured, not what.
pub static LOCATIVE_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("locative_openers.tsv")));

/// Verbs that move a quantity to a level (`giảm nợ đọng thuế xuống dưới
/// 5% tổng thu nội địa`): their object is what the percent measures.
pub static LEVEL_VERBS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("level_verbs.tsv")));

/// Words that with time units name a period from now (`cùng kỳ năm
/// trước`).
pub static PERIOD_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("period_words.tsv")));

/// Nouns heading a sector's name, whose activities are listed with
/// commas (`ngành chế biến, chế tạo`).
pub static SECTOR_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("sector_heads.tsv")));

/// Words opening a period before a count of time units, no topic
/// (`cộng dồn 10 tháng đạt`, `bình quân 10 tháng tăng 3,18%`).
pub static PERIOD_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("period_openers.tsv")));

/// Nouns numbering the items of a results list (`Chỉ tiêu 1: … : 180/150`).
pub static NUMBERED_LABEL_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("numbered_label_heads.tsv")));

/// Grades of a rating list (`vững mạnh`, `khá`, `trung bình`): a bare
/// numeral and a grade after a graded count counts the same units.
pub static RATING_GRADES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("rating_grades.tsv")));

/// Words opening a whole territory or period as a subject, no topic
/// noun (`toàn huyện gieo trồng 8.452 ha`).
pub static TOPIC_NON_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("topic_non_heads.tsv")));

/// Words whose object may be a list (`tặng cho đoàn viên, người lao
/// động`): the part after a comma a few nouns later has no topic.
pub static TOPIC_LIST_LINKS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("topic_list_links.tsv")));

/// Verbs of saying or showing that open with a list link (`cho biết`):
/// no link, the comma after them lists nothing.
pub static LINK_VERBS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("link_verbs.tsv")));

/// Currencies other than the đồng (`7,46 tỷ USD`), lower case.
pub static FOREIGN_CURRENCIES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("foreign_currencies.tsv")));

/// Nouns naming plans: a colon after one opens a list of plans (`một số
/// chỉ tiêu đáng chú ý như: …`, `Phương hướng, nhiệm vụ năm 2024:`).
pub static PLAN_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("plan_heads.tsv")));

/// Fixed terms of public finance holding a goal word that name a kind of
/// money, no goal (`bổ sung có mục tiêu`, a targeted transfer).
pub static GOAL_TERMS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("goal_terms.tsv")));

/// Names of a report's plan section, read in headings only (`CHƯƠNG
/// TRÌNH CÔNG TÁC NĂM 2016`, `NHIỆM VỤ, GIẢI PHÁP …`), marks dropped.
pub static PLAN_SECTIONS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("plan_sections.tsv")));

/// Words of a heading that announce results, not plans: `Kết quả thực
/// hiện các chỉ tiêu:`, `Những chỉ tiêu đã đạt được:`.
pub static RESULT_HEADS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("result_heads.tsv")));

/// Words before a plan word that make it the target of a result, not a
/// plan: `đạt 120% kế hoạch năm`, `hoàn thành kế hoạch năm`.
pub static RESULT_VERBS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("result_verbs.tsv")));

/// Words after which a minimum (`ít nhất`, `tối thiểu`) is a target: a
/// yearly one (`mỗi năm … ít nhất 3 CĐCS`) or a required one (`yêu cầu …
/// tổ chức ít nhất 120 cuộc`).
pub static MINIMUM_SETTERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("minimum_setters.tsv")));

/// Words after `đồng` that make it no currency: `đồng chí`, `đồng bào`.
pub static DONG_COMPOUNDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("dong_compounds.tsv")));

/// Words between a change verb and its percent that make it a level, not a
/// change: `giảm còn 1,2%`, `tăng lên 40%`.
pub static LEVEL_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("level_words.tsv")));

/// Words that may stand between a cue and its percent: `tăng thêm 5%`,
/// `được 95%`.
pub static PERCENT_BRIDGES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("percent_bridges.tsv")));

/// Adverbs and estimate words between a subject and the verb of its
/// percent: `một số nơi đã đạt 90%`, `GRDP ước tăng 6,12%`.
pub static ADVERBS_BEFORE_VERB: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("adverbs_before_verb.tsv")));

/// Words of a time phrase between a subject and the verb of its percent:
/// `sĩ số học sinh đến cuối năm học 2022 - 2023 đạt 99,76%`.
pub static TIME_PHRASE_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("time_phrase_words.tsv")));

/// Adjectives before `hơn` that make it comparative, a difference not a
/// bound: `cao hơn 250.000 đồng/tấn so với niên vụ trước`.
pub static COMPARATIVE_ADJECTIVES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("comparative_adjectives.tsv")));

/// Nouns that hold a subject stop word (`nhà để xe`): a counted noun runs
/// on over them.
pub static COMPOUND_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("compound_nouns.tsv")));

/// Words that, between a plan cue and the figure, say the result is
/// already reached (`Với mục tiêu …, LĐLĐ Thành phố đã chỉ đạo … 3 điểm`).
pub static PAST_MARKERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("past_markers.tsv")));

/// Cues before a percent that tie it to the count of its clause as the
/// share of its target or whole: `(đạt 128,56%)`, `chiếm 40%`,
/// `(tỷ lệ 54%)`, `bằng 105% dự toán`.
pub static JOIN_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| words(include_str!("join_cues.tsv")));

/// Cues of a share of a whole (basis `whole`): `chiếm 40%`, `tỷ lệ 54%`.
pub static WHOLE_CUES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("whole_cues.tsv")));

/// Nouns after `so với` that make a percent a share of a whole, not a
/// change: `chiếm 3,20% so với tổng số hộ toàn tỉnh`.
pub static WHOLE_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("whole_nouns.tsv")));

/// Cues before a percent of change (basis `change`): `tăng 78,3%`.
pub static CHANGE_CUES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("change_cues.tsv")));

/// Cues before a percent of excess (basis `excess`): `vượt 31%`.
pub static EXCESS_CUES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("excess_cues.tsv")));

/// Words after a percent that name a target (basis `target`):
/// `đạt 150% kế hoạch`, `đạt 116% chỉ tiêu`, `bằng 105% dự toán`.
pub static TARGET_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("target_words.tsv")));

/// Phrases after a count that introduce its whole or target:
/// `159 CĐCS trong tổng số 176 doanh nghiệp`, `trên tổng số 85`,
/// `so với chỉ tiêu giao là 6.000 đoàn viên`, `so với chỉ tiêu giao
/// (12.300 người)`.
pub static WHOLE_LINKS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("whole_links.tsv")));

/// Words that end a counted noun phrase: function words and the verbs that
/// follow a subject (`8.563 Công đoàn cơ sở tổ chức thành công …`).
pub static SUBJECT_STOPS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("subject_stops.tsv")));

/// Classifier words that stand before the counted noun: `58 bản TƯLĐTT`,
/// `17.000 bộ áo dài`. Dropped when the metric is named.
pub static CLASSIFIERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("classifiers.tsv")));

/// Nouns before a money figure that say what the money is:
/// `với tổng kinh phí 56 triệu đồng`, `nguồn ngân sách trên 144 tỷ đồng`.
pub static MONEY_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("money_nouns.tsv")));

/// Verbs of receipts and spending that make a table row's label one of
/// money: `Thu đoàn phí công đoàn`, `Chi chăm lo cho đoàn viên`.
pub static MONEY_LABEL_OPENERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("money_label_openers.tsv")));

/// Words after `chi` that name a branch, not spending: `Chi hội`, `Chi
/// đoàn`.
pub static BRANCH_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("branch_nouns.tsv")));

/// Abbreviations expanded in metrics (SPEC §3): `CĐCS`, `TƯLĐTT` …
pub static ABBREVIATIONS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| pairs(include_str!("metric_abbreviations.tsv")));

/// Canonical metrics, longest first: the head of a counted noun phrase is
/// looked up here after abbreviations are expanded. Synonyms map to one name
/// (`đoàn viên công đoàn` is `đoàn viên`).
pub static METRICS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| pairs(include_str!("metrics.tsv")));

/// Words that frame what a subject counts: a known metric after one is
/// the thing counted (`chỉ tiêu về phát triển đoàn viên`).
pub static METRIC_FRAMES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(include_str!("metric_frames.tsv")));

/// The second letters of the new-style pairs of [`PAIRS`] (toned vowels),
/// read once.
static TONED: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<char> = PAIRS
        .iter()
        .filter_map(|(from, _)| from.chars().nth(1))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// [`PAIRS`] with the two letters of each new-style pair as characters,
/// split once rather than at every `o` and `u`.
static PAIR_CHARS: std::sync::LazyLock<Vec<(char, char, &'static str)>> =
    std::sync::LazyLock::new(|| {
        PAIRS
            .iter()
            .filter_map(|(from, to)| {
                let mut f = from.chars();
                Some((f.next()?, f.next()?, *to))
            })
            .collect()
    });

/// Tone pairs of `fold_tones`: new style, traditional style.
const PAIRS: &[(&str, &str)] = &[
    ("oà", "òa"),
    ("oá", "óa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("oè", "òe"),
    ("oé", "óe"),
    ("oẻ", "ỏe"),
    ("oẽ", "õe"),
    ("oẹ", "ọe"),
    ("uỳ", "ùy"),
    ("uý", "úy"),
    ("uỷ", "ủy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
    ("Oà", "Òa"),
    ("Oá", "Óa"),
    ("Oả", "Ỏa"),
    ("Oã", "Õa"),
    ("Oạ", "Ọa"),
    ("Uỳ", "Ùy"),
    ("Uý", "Úy"),
    ("Uỷ", "Ủy"),
    ("Uỹ", "Ũy"),
    ("Uỵ", "Ụy"),
];

/// Folds tone-mark placement to the traditional style used by the metrics
/// (`thoả` → `thỏa`, `hoà` → `hòa`, `uỷ` → `ủy`): a tone on the second vowel
/// of a word-final `oa`, `oe`, `uy` moves to the first.
pub fn fold_tones(s: &str) -> String {
    if !s.contains(['o', 'u', 'O', 'U']) {
        return s.to_string();
    }
    // One pass with two characters of look-ahead; no per-character
    // allocation. The cheap pair test comes first: it rules out nearly
    // every position before the Unicode property look-up.
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let after_c = &rest[c.len_utf8()..];
        let mut ahead = after_c.chars();
        // Every pair starts with o or u (as the early return above assumes).
        let pair_start = matches!(c, 'o' | 'u' | 'O' | 'U');
        if let Some(d) = ahead.next().filter(|_| pair_start) {
            if let Some((_, _, to)) = PAIR_CHARS.iter().find(|(a, b, _)| *a == c && *b == d) {
                let word_end = ahead.next().is_none_or(|e| !e.is_alphabetic());
                // `quý`, `thuỷ` after q: the `u` is part of the onset, not a vowel.
                let after_q = matches!(prev, Some('q' | 'Q'));
                if word_end && !after_q {
                    out.push_str(to);
                    prev = Some(d);
                    rest = &after_c[d.len_utf8()..];
                    continue;
                }
            }
        }
        out.push(c);
        prev = Some(c);
        rest = after_c;
    }
    out
}

/// `str::to_lowercase`, with the letters of Vietnamese mapped without a
/// table search: ASCII, Latin-1, `ă đ ĩ ũ ơ ư` and Latin Extended
/// Additional (where every capital is an even code point followed by its
/// small letter). Anything else, and any word with a `Σ` (whose small form
/// depends on its place), goes to the standard library.
#[cfg(test)]
fn lowercase(s: &str) -> String {
    let mut out = String::new();
    lowercase_into(s, &mut out);
    out
}

/// Whether `lowercase` would leave `b` as it is, judged by the same byte
/// rules (`false` also for anything they do not cover): most words of a
/// sentence are, and are then copied whole.
fn already_lower(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        match small_letter_len(b, i) {
            Some(n) => i += n,
            None => return false,
        }
    }
    true
}

/// The byte length of the character at `i` of `b` if `lowercase` leaves it
/// as it is; `None` for a capital or anything its byte rules do not cover.
#[inline(always)]
pub(crate) fn small_letter_len(b: &[u8], i: usize) -> Option<usize> {
    let x = *b.get(i)?;
    let y = b.get(i + 1).copied().unwrap_or(0);
    let z = b.get(i + 2).copied().unwrap_or(0);
    if x < 0x80 {
        return (!x.is_ascii_uppercase()).then_some(1);
    }
    // The rules are tested with `&` and `|`, not a `match`: its jump table
    // mispredicted on every change between the kinds of letter, which in
    // Vietnamese is every few characters.
    if x == 0xE1 {
        // Odd code points of U+1EA0–U+1EFF are small letters.
        let small =
            ((y == 0xBA) & (z >= 0xA0) | (y == 0xBB) & (z >= 0x80)) & (z <= 0xBF) & (z & 1 == 1);
        return small.then_some(3);
    }
    // `×` and U+00DF–U+00FF; ă đ ĩ ũ ơ ư.
    let small = (x == 0xC3) & ((y == 0x97) | (0x9F..=0xBF).contains(&y))
        | (x == 0xC4) & ((y == 0x83) | (y == 0x91) | (y == 0xA9))
        | (x == 0xC5) & (y == 0xA9)
        | (x == 0xC6) & ((y == 0xA1) | (y == 0xB0));
    small.then_some(2)
}

/// Whether the character at byte `i` of `b` is a capital whose small
/// letter is one step away (`lowercase_into` lowers these, with
/// [`small_of_capital`], and leaves those of `small_letter_len`): A–Z and
/// U+00C0–U+00DE less `×` (+0x20), Ă Đ Ĩ Ũ Ơ Ư and the even code points of
/// U+1EA0–U+1EFF (+1).
pub(crate) fn one_step_capital(b: &[u8], i: usize) -> bool {
    let x = b.get(i).copied().unwrap_or(0);
    let y = b.get(i + 1).copied().unwrap_or(0);
    let z = b.get(i + 2).copied().unwrap_or(0);
    x.is_ascii_uppercase()
        || (x == 0xC3) & (0x80..=0x9E).contains(&y) & (y != 0x97)
        || (x == 0xC4) & matches!(y, 0x82 | 0x90 | 0xA8)
        || (x == 0xC5) & (y == 0xA8)
        || (x == 0xC6) & matches!(y, 0xA0 | 0xAF)
        || (x == 0xE1)
            & ((y == 0xBA) & (z >= 0xA0) | (y == 0xBB) & (z >= 0x80))
            & (z <= 0xBF)
            & (z & 1 == 0)
}

/// The small letter of a capital of [`one_step_capital`].
pub(crate) fn small_of_capital(c: char) -> char {
    let step = match c {
        'A'..='Z' | '\u{C0}'..='\u{DE}' => 0x20,
        _ => 1,
    };
    char::from_u32(c as u32 + step).unwrap_or(c)
}

/// `lowercase`, written into `out` (cleared first): the caller's buffer is
/// reused from word to word.
fn lowercase_into(s: &str, out: &mut String) {
    // On the UTF-8 bytes: a small letter of `small_letter_len` stays, a
    // capital of `one_step_capital` becomes its small letter; any other
    // character sends the word to `lowercase_chars`. The text is copied in
    // runs between the non-ASCII capitals, and ASCII is lowered in place
    // at the end, not pushed a character at a time (`body::cut` folds
    // every short line; -0.8 % instructions on a 20 MB slice of the bench
    // corpus).
    out.clear();
    let b = s.as_bytes();
    let mut i = 0;
    // Where the run not yet copied starts.
    let mut from = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            i += 1;
            continue;
        }
        if let Some(n) = small_letter_len(b, i) {
            i += n;
            continue;
        }
        let capital = s.get(i..).and_then(|r| r.chars().next());
        let Some(c) = capital.filter(|_| one_step_capital(b, i)) else {
            out.clear();
            out.push_str(&lowercase_chars(s));
            return;
        };
        out.push_str(&s[from..i]);
        out.push(small_of_capital(c));
        i += c.len_utf8();
        from = i;
    }
    out.push_str(&s[from..]);
    out.make_ascii_lowercase();
}

/// `lowercase`, a character at a time.
fn lowercase_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'Σ' => return s.to_lowercase(),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            _ if c.is_ascii() => out.push(c),
            '\u{C0}'..='\u{DE}' if c != '\u{D7}' => {
                out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
            }
            '\u{DF}'..='\u{FF}' => out.push(c),
            '\u{1EA0}'..='\u{1EFF}' if c as u32 % 2 == 0 => {
                out.push(char::from_u32(c as u32 + 1).unwrap_or(c));
            }
            '\u{1EA0}'..='\u{1EFF}' => out.push(c),
            // ă đ ĩ ũ ơ ư and their capitals.
            'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' | 'Ư' => {
                out.push(char::from_u32(c as u32 + 1).unwrap_or(c));
            }
            'ă' | 'đ' | 'ĩ' | 'ũ' | 'ơ' | 'ư' => out.push(c),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Lower case and traditional tone placement: the form every list here is
/// written in.
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    fold_into(s, &mut out);
    out
}

/// [`fold`], written into `out` (cleared first): the segmenter folds every
/// word of a sentence with a numeral through one buffer, no allocation per
/// word.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    // Most tokens of a Vietnamese text are not ASCII, but many are
    // (`trong`, `cho`, `NQ`, `Covid`): those need neither Unicode case
    // mapping nor tone folding, whose pairs all hold a non-ASCII letter.
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    if already_lower(s.as_bytes()) {
        out.push_str(s);
    } else {
        lowercase_into(s, out);
    }
    if tone_pair(out) {
        *out = fold_tones(out);
    }
}

/// The folded form of `word` ([`fold`]): the word itself when it is
/// already folded (most words are), else folded into `buf`. The metric's
/// words are made here; the segmenter judges its words while it scans
/// them (`segment::letter_run`, which a test holds to [`is_folded`]).
pub fn folded_word<'a>(word: &'a str, buf: &'a mut String) -> &'a str {
    if is_folded(word) {
        word
    } else {
        fold_into(word, buf);
        buf
    }
}

/// Whether [`fold`] would return `s` unchanged: no capital, no new-style
/// tone pair. Such a word is its own norm, no copy.
pub fn is_folded(s: &str) -> bool {
    // One pass over the bytes: the rules of `already_lower`, and at each
    // toned vowel right after an ASCII `o`/`u`, the test of `tone_pair`.
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        // Most bytes of a word are ASCII small letters: judged here, the
        // way `small_letter_len` judges them. Every toned vowel is
        // non-ASCII, so only a non-ASCII letter can close a pair, and the
        // byte before it is the `o`/`u` that opens one.
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                return false;
            }
            i += 1;
            continue;
        }
        let Some(len) = small_letter_len(b, i) else {
            return false;
        };
        if i > 0 && matches!(b[i - 1], b'o' | b'u') && closes_pair(s, i) {
            return false;
        }
        i += len;
    }
    true
}

/// Whether lower-case `lower` holds a new-style pair that `fold_tones`
/// would move: an ASCII `o`/`u` then a toned vowel, ending its word.
fn tone_pair(lower: &str) -> bool {
    // Every second letter of a pair is a toned vowel, never ASCII: an
    // ASCII `o`/`u` then a non-ASCII byte, which must start the character
    // after it.
    let b = lower.as_bytes();
    (0..b.len().saturating_sub(1))
        .any(|i| matches!(b[i], b'o' | b'u') && b[i + 1] >= 0x80 && closes_pair(lower, i + 1))
}

/// Whether the character at byte `i` of `s` is the toned vowel of a
/// new-style pair that ends its word: an ASCII letter after it (`đoàn`,
/// `hoàn`, `khoản`) rules the pair out.
pub(crate) fn closes_pair(s: &str, i: usize) -> bool {
    s.get(i..).and_then(|r| r.chars().next()).is_some_and(|d| {
        is_toned(d)
            && !s
                .as_bytes()
                .get(i + d.len_utf8())
                .is_some_and(u8::is_ascii_alphabetic)
    })
}

/// Whether `c` is the toned vowel that closes a new-style pair of
/// [`PAIRS`] (`à` of `oà`, `ỷ` of `uỷ`); never ASCII.
pub(crate) fn is_toned(c: char) -> bool {
    !c.is_ascii() && TONED.binary_search(&c).is_ok()
}

/// A filter on a word list by first byte, last byte and byte length: for
/// each pair of end bytes (hashed into 512 slots), a bit for the length of
/// each word with those ends (bit 63 for 63 bytes or more). One table
/// look-up rules out most words of a text before any comparison or
/// hashing; what it lets through must still be looked up in the list.
/// The last byte matters: by first byte and length alone, 36 % of the
/// words of a report's numeral sentences passed the cue filter where 6 %
/// are cues, and the branch on it mispredicted; with both ends, 8 % pass.
#[derive(Debug, Clone)]
pub(crate) struct EndsLen(Box<[u64; ENDS_SLOTS]>);

impl Default for EndsLen {
    /// The filter of no word: it lets nothing through.
    fn default() -> Self {
        EndsLen(Box::new([0; ENDS_SLOTS]))
    }
}

/// Slots of [`EndsLen`]'s table: 4 KB a filter.
const ENDS_SLOTS: usize = 512;

impl EndsLen {
    /// The filter of `words`.
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut filter = EndsLen(Box::new([0; ENDS_SLOTS]));
        for w in words {
            filter.add(w);
        }
        filter
    }

    /// The slot of a word with these end bytes.
    #[inline]
    fn slot(first: u8, last: u8) -> usize {
        (usize::from(first) * 7 + usize::from(last)) % ENDS_SLOTS
    }

    /// Lets `w` through too.
    pub(crate) fn add(&mut self, w: &str) {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            self.0[Self::slot(first, last)] |= 1 << b.len().min(63);
        }
    }

    /// Whether `w` may be one of the words: false only if it is none.
    #[inline]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        match (b.first(), b.last()) {
            (Some(&first), Some(&last)) => {
                self.0[Self::slot(first, last)] >> b.len().min(63) & 1 != 0
            }
            _ => false,
        }
    }
}

/// The hasher of the word-list maps: rustc's FxHash (the `rustc-hash`
/// crate), a multiply per eight bytes. Their keys are short words hashed
/// once per lookup; SipHash's protection against chosen keys is not
/// needed for a fixed word list, and the maps keyed by a document's own
/// words bound their size.
pub(crate) type WordHash = rustc_hash::FxBuildHasher;

/// The hasher of maps keyed by a document's own words (names, claims):
/// ahash, seeded afresh for each map as std's SipHash is, so a document
/// cannot choose keys that collide, and faster than SipHash on short keys.
pub(crate) type DocHash = ahash::RandomState;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ends_and_length_filter_lets_its_words_through() {
        let words = ["năm", "đã", "được", "sẽ", "a"];
        let filter = EndsLen::new(words);
        for w in words {
            assert!(filter.may_hold(w), "{w}");
        }
        // Another length, another first byte, another last byte with the
        // same first byte and length (`năn` of `năm`, `sẻ` of `sẽ`: the
        // first-byte filter let them through), nothing, longer than any.
        for w in ["nămm", "đ", "ẽ", "năn", "sẻ", "", &"a".repeat(64)] {
            assert!(!filter.may_hold(w), "{w}");
        }
        // A word of 63 bytes or more is not lost.
        let long = "b".repeat(70);
        assert!(EndsLen::new([long.as_str()]).may_hold(&long));
    }

    #[test]
    fn new_style_tone_marks_fold_to_the_traditional_style() {
        assert_eq!(fold("Thoả ước"), "thỏa ước");
        assert_eq!(fold("hoà giải"), "hòa giải");
        assert_eq!(fold("Uỷ ban"), "ủy ban");
        // `quý`: the `u` belongs to the onset `qu`, nothing moves.
        assert_eq!(fold("quý"), "quý");
        // A final consonant keeps the tone on the main vowel.
        assert_eq!(fold("hoàn thành"), "hoàn thành");
        // A pair that is not word-final is left alone, the next one folds.
        assert_eq!(fold("Đoàn hoàn toà"), "đoàn hoàn tòa");
        assert_eq!(fold("hoà,"), "hòa,");
        // `is_folded` may send a word that needs nothing to `fold` (`quý`),
        // never the other way round; and it knows the common words.
        for w in [
            "đoàn", "hòa", "quý", "người", "covid", "hoà", "Đoàn", "NQ", "thoả",
        ] {
            assert!(!is_folded(w) || fold(w) == w, "{w}");
        }
        for w in ["đoàn", "hòa", "người", "covid", "của"] {
            assert!(is_folded(w), "{w}");
        }
        // The one-pass check is the two checks it merges, on every word of
        // the fixtures and on the tone pairs themselves.
        let fixtures = crate::test_support::fixture_texts().join(" ");
        let pairs = PAIRS
            .iter()
            .flat_map(|(a, b)| [*a, *b])
            .collect::<Vec<_>>()
            .join(" h");
        for w in fixtures.split_whitespace().chain(pairs.split(' ')) {
            let merged = already_lower(w.as_bytes()) && !tone_pair(w);
            assert_eq!(is_folded(w), merged, "{w}");
        }
    }

    #[test]
    fn the_fast_lowercase_is_the_standard_one() {
        // The copy-as-is check must see the common case, or it saves nothing.
        for w in [
            "người", "đoàn", "viên", "lượng", "thỏa", "ước", "ủy", "quý", "×",
        ] {
            assert!(already_lower(w.as_bytes()), "{w}");
        }
        for w in ["Người", "ĐOÀN", "Ước", "Ủy", "À", "Ω"] {
            assert!(!already_lower(w.as_bytes()), "{w}");
        }
        // Every character, alone and inside a word, as std maps it.
        for c in (0..0x20000u32).filter_map(char::from_u32) {
            let word = format!("A{c}b");
            assert_eq!(lowercase(&word), word.to_lowercase(), "U+{:04X}", c as u32);
            let small = format!("a{c}b");
            if already_lower(small.as_bytes()) {
                assert_eq!(small.to_lowercase(), small, "U+{:04X}", c as u32);
            }
        }
        for w in ["ΌΣΟΣ", "ΣΑ Σ", "ĐOÀN VIÊN", "Ẳ", "İ"] {
            assert_eq!(lowercase(w), w.to_lowercase());
        }
    }

    #[test]
    fn every_abbreviation_shows_the_phrase_it_came_from() {
        // Short forms are matched as written (`CĐCS`, not `cđcs`): each
        // stands in its phrase, and its long form is folded.
        for r in rows(include_str!("metric_abbreviations.tsv")) {
            let (short, long, phrase) = (r[0], r[1], r[r.len() - 1]);
            assert_eq!(r.len(), 3, "{r:?}");
            assert!(phrase.contains(short), "`{phrase}` does not hold `{short}`");
            assert_eq!(fold(long), long, "{long} is not in folded form");
        }
        assert_eq!(
            ABBREVIATIONS.len(),
            rows(include_str!("metric_abbreviations.tsv")).count()
        );
    }

    #[test]
    fn lists_are_written_in_folded_form() {
        for w in FURNITURE_MARKERS.iter() {
            assert_eq!(&fold(w), w, "{w} is not in folded form");
        }
        for (long, canon) in METRICS.iter() {
            assert_eq!(&fold(long), long);
            assert_eq!(&fold(canon), canon);
        }
    }

    #[test]
    fn every_bullet_is_read_and_none_is_a_letter_or_digit() {
        // `is_bullet` answers letters and digits before reading the list.
        assert_eq!(BULLETS.len(), rows(include_str!("bullets.tsv")).count());
        assert!(BULLETS.iter().all(|c| !c.is_ascii_alphanumeric()));
        assert!(is_bullet('•') && is_bullet('-') && !is_bullet('T') && !is_bullet('Đ'));
    }

    #[test]
    fn a_list_of_other_articles_headed_by_another_noun_is_furniture() {
        // held-out h412, h415: `Bài cùng chuyên mục` over the site's list.
        assert!(is_furniture_marker("bài cùng chuyên mục"));
        // Ours: the other nouns a site heads its lists with.
        assert!(is_furniture_marker("các bài viết khác"));
        assert!(is_furniture_marker("tin bài liên quan"));
        assert!(is_furniture_marker("tin liên quan"));
        // A sentence about articles is no heading.
        assert!(!is_furniture_marker("bài viết đạt giải"));
        assert!(!is_furniture_marker("bài khác nhau"));
        // `các` is dropped before the look-up: its markers stand bare too.
        for m in FURNITURE_MARKERS
            .iter()
            .filter_map(|m| m.strip_prefix("các "))
        {
            assert!(
                FURNITURE_MARKERS.contains(&m),
                "{m} is listed only after `các`"
            );
        }
    }

    /// Every word list file of the grammar, by name.
    const FILES: &[(&str, &str)] = &[
        ("news_nouns.tsv", include_str!("news_nouns.tsv")),
        (
            "furniture_markers.tsv",
            include_str!("furniture_markers.tsv"),
        ),
        (
            "continuation_openers.tsv",
            include_str!("continuation_openers.tsv"),
        ),
        ("locative_openers.tsv", include_str!("locative_openers.tsv")),
        ("level_verbs.tsv", include_str!("level_verbs.tsv")),
        (
            "furniture_prefixes.tsv",
            include_str!("furniture_prefixes.tsv"),
        ),
        (
            "furniture_line_cues.tsv",
            include_str!("furniture_line_cues.tsv"),
        ),
        ("classifiers.tsv", include_str!("classifiers.tsv")),
        ("metrics.tsv", include_str!("metrics.tsv")),
        ("metric_frames.tsv", include_str!("metric_frames.tsv")),
        ("calendar_words.tsv", include_str!("calendar_words.tsv")),
        ("distributives.tsv", include_str!("distributives.tsv")),
        (
            "adverbs_before_verb.tsv",
            include_str!("adverbs_before_verb.tsv"),
        ),
        ("change_cues.tsv", include_str!("change_cues.tsv")),
        ("compound_nouns.tsv", include_str!("compound_nouns.tsv")),
        (
            "comparative_adjectives.tsv",
            include_str!("comparative_adjectives.tsv"),
        ),
        ("currency_words.tsv", include_str!("currency_words.tsv")),
        ("date_cues.tsv", include_str!("date_cues.tsv")),
        ("document_types.tsv", include_str!("document_types.tsv")),
        ("dong_compounds.tsv", include_str!("dong_compounds.tsv")),
        ("minimum_setters.tsv", include_str!("minimum_setters.tsv")),
        (
            "estimate_not_after.tsv",
            include_str!("estimate_not_after.tsv"),
        ),
        (
            "estimate_not_before.tsv",
            include_str!("estimate_not_before.tsv"),
        ),
        ("estimate_nouns.tsv", include_str!("estimate_nouns.tsv")),
        ("event_nouns.tsv", include_str!("event_nouns.tsv")),
        (
            "foreign_currencies.tsv",
            include_str!("foreign_currencies.tsv"),
        ),
        ("excess_cues.tsv", include_str!("excess_cues.tsv")),
        ("join_cues.tsv", include_str!("join_cues.tsv")),
        ("level_words.tsv", include_str!("level_words.tsv")),
        ("locative_verbs.tsv", include_str!("locative_verbs.tsv")),
        ("measure_units.tsv", include_str!("measure_units.tsv")),
        ("money_nouns.tsv", include_str!("money_nouns.tsv")),
        (
            "money_label_openers.tsv",
            include_str!("money_label_openers.tsv"),
        ),
        ("branch_nouns.tsv", include_str!("branch_nouns.tsv")),
        ("name_heads.tsv", include_str!("name_heads.tsv")),
        ("noun_stops.tsv", include_str!("noun_stops.tsv")),
        ("ordinal_before.tsv", include_str!("ordinal_before.tsv")),
        ("past_markers.tsv", include_str!("past_markers.tsv")),
        ("people_nouns.tsv", include_str!("people_nouns.tsv")),
        ("count_nouns.tsv", include_str!("count_nouns.tsv")),
        ("year_openers.tsv", include_str!("year_openers.tsv")),
        ("percent_bridges.tsv", include_str!("percent_bridges.tsv")),
        ("per_unit_words.tsv", include_str!("per_unit_words.tsv")),
        ("plan_cues.tsv", include_str!("plan_cues.tsv")),
        ("plan_heads.tsv", include_str!("plan_heads.tsv")),
        ("qualifiers_after.tsv", include_str!("qualifiers_after.tsv")),
        (
            "qualifiers_before.tsv",
            include_str!("qualifiers_before.tsv"),
        ),
        ("realised_openers.tsv", include_str!("realised_openers.tsv")),
        ("share_headings.tsv", include_str!("share_headings.tsv")),
        ("contrast_openers.tsv", include_str!("contrast_openers.tsv")),
        (
            "target_setting_verbs.tsv",
            include_str!("target_setting_verbs.tsv"),
        ),
        ("result_heads.tsv", include_str!("result_heads.tsv")),
        ("result_verbs.tsv", include_str!("result_verbs.tsv")),
        ("scale_words.tsv", include_str!("scale_words.tsv")),
        ("subject_stops.tsv", include_str!("subject_stops.tsv")),
        ("tally_nouns.tsv", include_str!("tally_nouns.tsv")),
        ("target_words.tsv", include_str!("target_words.tsv")),
        ("territory_nouns.tsv", include_str!("territory_nouns.tsv")),
        (
            "time_unit_exceptions.tsv",
            include_str!("time_unit_exceptions.tsv"),
        ),
        (
            "time_phrase_words.tsv",
            include_str!("time_phrase_words.tsv"),
        ),
        ("time_units.tsv", include_str!("time_units.tsv")),
        ("topic_list_links.tsv", include_str!("topic_list_links.tsv")),
        ("topic_non_heads.tsv", include_str!("topic_non_heads.tsv")),
        ("topic_openers.tsv", include_str!("topic_openers.tsv")),
        ("bullets.tsv", include_str!("bullets.tsv")),
        ("event_openers.tsv", include_str!("event_openers.tsv")),
        ("open_line_starts.tsv", include_str!("open_line_starts.tsv")),
        ("report_types.tsv", include_str!("report_types.tsv")),
        ("vague_words.tsv", include_str!("vague_words.tsv")),
        ("whole_cues.tsv", include_str!("whole_cues.tsv")),
        ("whole_links.tsv", include_str!("whole_links.tsv")),
        ("whole_nouns.tsv", include_str!("whole_nouns.tsv")),
    ];

    #[test]
    fn every_entry_is_folded_and_shows_the_phrase_it_came_from() {
        // Each data line: the entry, its value in a typed list, and a
        // phrase that holds the entry (in any case); no entry twice.
        let mut entries = 0;
        for (name, tsv) in FILES {
            let mut seen = std::collections::HashSet::new();
            for r in rows(tsv) {
                let (entry, phrase) = (r[0], r[r.len() - 1]);
                assert!(r.len() >= 2, "{name}: {r:?} has no phrase");
                assert_eq!(fold(entry), entry, "{name}: {entry} is not in folded form");
                assert!(
                    fold(phrase).contains(entry),
                    "{name}: `{phrase}` does not hold `{entry}`"
                );
                assert!(seen.insert(entry), "{name}: {entry} twice");
                entries += 1;
            }
        }
        assert!(entries > 300, "{entries}");
        // The typed lists read every line: a misspelt qualifier or
        // exponent would drop its entry.
        assert_eq!(
            QUALIFIERS_BEFORE.len(),
            rows(include_str!("qualifiers_before.tsv")).count()
        );
        assert_eq!(
            QUALIFIERS_AFTER.len(),
            rows(include_str!("qualifiers_after.tsv")).count()
        );
        assert_eq!(
            SCALE_WORDS.len(),
            rows(include_str!("scale_words.tsv")).count()
        );
        assert_eq!(
            SCALE_WORDS.iter().find(|(w, _)| *w == "tỷ"),
            Some(&("tỷ", 9))
        );
    }
}
