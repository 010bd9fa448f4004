//! Property tests of the number grammar (SPEC §2): numbers written the
//! Vietnamese way (thousands dots, decimal comma, scale words, money words,
//! qualifiers) parse back to exactly the value written, alone and inside a
//! sentence run through the whole extractor; and no string makes the
//! extractor panic or produce offsets outside the text.

use chitieu::number::{parse, to_vietnamese};
use chitieu::output::{Format, RecordWriter};
use chitieu::record::{Measure, Qualifier};
use chitieu::{extract, Document, Options};
use proptest::prelude::*;

/// `n` with a dot between each group of three digits: `2319496` → `2.319.496`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A decimal written the Vietnamese way, with its exact value as an integer
/// mantissa and a count of decimals: (`128,56`, 12856, 2).
fn vietnamese_decimal(
    max_int: u64,
    max_decimals: u32,
) -> impl Strategy<Value = (String, u128, u32)> {
    (0..=max_int, 0..=max_decimals).prop_flat_map(move |(int, d)| {
        let frac = if d == 0 { 0..1u64 } else { 0..10u64.pow(d) };
        frac.prop_map(move |f| {
            let written = if d == 0 {
                grouped(int)
            } else {
                format!("{},{:0width$}", grouped(int), f, width = d as usize)
            };
            let mantissa = int as u128 * 10u128.pow(d) + f as u128;
            (written, mantissa, d)
        })
    })
}

/// The single record of `text`, extracted as a document of its own.
fn only_record(text: &str) -> chitieu::Record {
    let recs = extract(&Document::new("prop", text), &Options::default());
    assert_eq!(recs.len(), 1, "one record for «{text}»: {recs:#?}");
    recs.into_iter().next().unwrap_or_default()
}

/// Scale words and their powers of ten (SPEC §2).
const SCALES: [(&str, u32); 6] = [
    ("nghìn", 3),
    ("ngàn", 3),
    ("triệu", 6),
    ("tỷ", 9),
    ("tỉ", 9),
    ("nghìn tỷ", 12),
];

/// Qualifiers before a number and what they mean (SPEC §2).
const QUALIFIERS: [(&str, Qualifier); 9] = [
    ("", Qualifier::None),
    ("gần ", Qualifier::Nearly),
    ("khoảng ", Qualifier::Approx),
    ("hơn ", Qualifier::Over),
    ("trên ", Qualifier::Over),
    ("dưới ", Qualifier::Under),
    ("ít nhất ", Qualifier::AtLeast),
    ("tối đa ", Qualifier::AtMost),
    ("không quá ", Qualifier::AtMost),
];

proptest! {
    #[test]
    fn whole_numbers_with_thousands_dots_parse_back(n in 0u64..=9_007_199_254_740_991) {
        let written = grouped(n);
        let num = parse(&written).expect("a grouped number parses");
        prop_assert_eq!(num.mantissa, n as u128, "{}", written);
        prop_assert_eq!(num.decimals, 0);
        prop_assert_eq!(num.value(), n as f64);
        // The crate's own writer agrees with this one.
        prop_assert_eq!(to_vietnamese(n as f64, 0), written);
    }

    #[test]
    fn decimals_with_a_comma_parse_back_exactly(
        (written, mantissa, d) in vietnamese_decimal(999_999_999_999, 4)
    ) {
        let num = parse(&written).expect("a Vietnamese decimal parses");
        prop_assert_eq!(num.mantissa, mantissa, "{}", written);
        prop_assert_eq!(num.decimals, d, "{}", written);
        prop_assert_eq!(num.value(), mantissa as f64 / 10f64.powi(d as i32));
    }

    #[test]
    fn counts_in_a_sentence_are_extracted_exactly(
        n in 1u64..=999_999_999_999,
        (qual, expected) in proptest::sample::select(&QUALIFIERS[..]),
    ) {
        let text = format!("Năm 2023, LĐLĐ quận kết nạp {qual}{} đoàn viên.", grouped(n));
        let r = only_record(&text);
        prop_assert_eq!(r.achieved, Some(n as f64), "{}", text);
        prop_assert_eq!(r.measure, Measure::Count);
        prop_assert_eq!(r.qualifier, expected, "{}", text);
        prop_assert_eq!(r.metric.as_deref(), Some("đoàn viên"));
    }

    #[test]
    fn scaled_counts_are_extracted_exactly(
        (written, mantissa, d) in vietnamese_decimal(999_999, 2),
    ) {
        // `hơn 18 nghìn đoàn viên`, `18,5 nghìn đoàn viên`
        prop_assume!(mantissa > 0);
        let text = format!("Năm 2023, LĐLĐ quận kết nạp {written} nghìn đoàn viên.");
        let expected = mantissa * 10u128.pow(3 - d);
        let r = only_record(&text);
        prop_assert_eq!(r.achieved, Some(expected as f64), "{}", text);
        prop_assert_eq!(r.measure, Measure::Count);
    }

    #[test]
    fn money_with_scale_words_is_extracted_exactly_in_dong(
        (scale, exp) in proptest::sample::select(&SCALES[..]),
        int in 0u64..=999,
        d in 0u32..=3,
        frac in 0u64..1000,
        (qual, expected_q) in proptest::sample::select(&QUALIFIERS[..]),
    ) {
        // `trên 144 tỷ đồng`, `hơn 3,1 tỷ đồng`, `56 triệu đồng`
        let frac = frac % 10u64.pow(d);
        let written = if d == 0 {
            grouped(int)
        } else {
            format!("{},{:0width$}", grouped(int), frac, width = d as usize)
        };
        let mantissa = int as u128 * 10u128.pow(d) + frac as u128;
        prop_assume!(mantissa > 0);
        let text = format!("Năm 2023, LĐLĐ quận đã hỗ trợ {qual}{written} {scale} đồng cho đoàn viên.");
        let r = only_record(&text);
        let expected = mantissa * 10u128.pow(exp - d);
        prop_assert_eq!(r.achieved, Some(expected as f64), "{}", text);
        prop_assert_eq!(r.measure, Measure::Vnd, "{}", text);
        prop_assert_eq!(r.qualifier, expected_q, "{}", text);
    }

    #[test]
    fn plain_money_is_extracted_exactly(n in 1u64..=999_999_999_999) {
        // `500.000 đồng`
        let text = format!("Năm 2023, LĐLĐ quận đã hỗ trợ {} đồng cho đoàn viên.", grouped(n));
        let r = only_record(&text);
        prop_assert_eq!(r.achieved, Some(n as f64), "{}", text);
        prop_assert_eq!(r.measure, Measure::Vnd);
    }

    #[test]
    fn compound_amounts_add_up(
        ty in 1u64..=999_999,
        trieu in 0u64..=999,
        nghin in 0u64..=999,
        currency in proptest::sample::select(&["đồng", "VNĐ", "VND"][..]),
    ) {
        // `1 tỷ 618 triệu đồng` is 1 618 000 000 đồng (SPEC §2).
        let mut written = format!("{} tỷ", grouped(ty));
        if trieu > 0 {
            written += &format!(" {trieu} triệu");
        }
        if nghin > 0 {
            written += &format!(" {nghin} nghìn");
        }
        let text = format!("Năm 2023, LĐLĐ quận đã hỗ trợ {written} {currency} cho đoàn viên.");
        let expected = ty * 1_000_000_000 + trieu * 1_000_000 + nghin * 1_000;
        let r = only_record(&text);
        prop_assert_eq!(r.achieved, Some(expected as f64), "{}", text);
        prop_assert_eq!(r.measure, Measure::Vnd, "{}", text);
    }

    #[test]
    fn the_short_currency_mark_makes_money(n in 1u64..=999_999_999, spaced in any::<bool>()) {
        // `500.000đ`, `500.000 đ`
        let sep = if spaced { " " } else { "" };
        let text = format!("Năm 2023, LĐLĐ quận đã hỗ trợ {}{sep}đ cho đoàn viên.", grouped(n));
        let r = only_record(&text);
        prop_assert_eq!(r.achieved, Some(n as f64), "{}", text);
        prop_assert_eq!(r.measure, Measure::Vnd, "{}", text);
    }

    #[test]
    fn fractions_and_percents_are_extracted_exactly(
        a in 1u64..=99_999,
        t in 1u64..=99_999,
        (p, pm, pd) in vietnamese_decimal(999, 2),
    ) {
        // `kết nạp được 2134/1800 đoàn viên (đạt 128,56%)`
        let text = format!(
            "Năm 2016, LĐLĐ quận kết nạp được {}/{} đoàn viên (đạt {p}%).",
            grouped(a), grouped(t)
        );
        let r = only_record(&text);
        prop_assert_eq!(r.achieved, Some(a as f64), "{}", text);
        prop_assert_eq!(r.target, Some(t as f64), "{}", text);
        prop_assert_eq!(r.percent, Some(pm as f64 / 10f64.powi(pd as i32)), "{}", text);
    }
}

/// Runs the extractor on `text` and renders its records both ways; panics
/// on a record whose offsets fall outside the text.
fn extract_and_render(text: &str) {
    let doc = Document::new("prop", text);
    let chars = doc.text.chars().count();
    let lines = doc.text.split('\n').count();
    for all_text in [false, true] {
        let recs = extract(&doc, &Options { all_text });
        for r in &recs {
            assert!(r.start <= r.end && r.end <= chars, "offsets {r:?}");
            assert!(r.line >= 1 && r.line <= lines, "line {r:?}");
        }
        for format in [Format::Csv, Format::Jsonl] {
            let mut w = RecordWriter::new(Vec::new(), format).expect("in-memory writer");
            for r in &recs {
                w.write(r).expect("in-memory write");
            }
            w.flush().expect("in-memory flush");
        }
    }
}

/// Pieces of Vietnamese statistical prose, so that random strings reach the
/// deep rules (fractions, percents, scales, dates, qualifiers) and not only
/// the tokenizer.
const PIECES: [&str; 40] = [
    "đạt",
    "kết nạp",
    "đoàn viên",
    "CĐCS",
    "LĐLĐ quận",
    "năm",
    "tháng",
    "ngày",
    "tỷ",
    "triệu",
    "nghìn",
    "ngàn",
    "đồng",
    "VNĐ",
    "%",
    "/",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    "\n",
    "gần",
    "hơn",
    "trên",
    "trở lên",
    "ít nhất",
    "phấn đấu",
    "chỉ tiêu",
    "kế hoạch",
    "so với",
    "tăng",
    "vượt",
    "số",
    "lần thứ",
    "-",
    "Có thể bạn quan tâm",
    "chiếm",
    "tổng số",
];

fn prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(&PIECES[..]).prop_map(str::to_string),
        "[0-9]{1,12}",
        "[0-9]{1,3}(\\.[0-9]{3}){0,4}(,[0-9]{1,3})?",
        "[0-9]{1,4}/[0-9]{1,4}(/[0-9]{2,4})?",
    ];
    proptest::collection::vec((piece, prop_oneof![Just(" "), Just("")]), 0..60)
        .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn extract_never_panics_on_any_string(text in any::<String>()) {
        extract_and_render(&text);
    }

    #[test]
    fn extract_never_panics_on_statistical_prose(text in prose()) {
        extract_and_render(&text);
    }

    #[test]
    fn extract_never_panics_on_lossy_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        extract_and_render(&String::from_utf8_lossy(&bytes));
    }
}
