//! Real-world input through the library: the five fixtures re-encoded
//! every way reports arrive give the very same records; the HTML page of a
//! fixture gives the same claims as its text; JSON Lines give the same
//! records under their ids; arbitrary bytes and strings never panic.

use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use chitieu::decode::Charset;
use chitieu::input::{decode_source, InputFormat, JsonLines, ReadOptions, Source};
use chitieu::output::jsonl;
use chitieu::{Document, Options, Record};
use encoding_rs::WINDOWS_1258;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const FIXTURES: &[&str] = &[
    "bac-tu-liem-2022",
    "ha-noi-2023",
    "phu-xuyen-plan",
    "soc-son-2020",
    "thanh-xuan-2016",
];

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(format!("{name}.txt"));
    fs::read_to_string(path).expect("fixture is UTF-8")
}

/// Records as JSON lines, the whole of each record compared.
fn records(doc: &Document) -> Vec<String> {
    chitieu::extract(doc, &Options::default())
        .iter()
        .map(jsonl::to_string)
        .collect()
}

/// Decodes bytes as `chitieu extract` would read a file named `name`.
fn read_as(name: &str, bytes: &[u8], encoding: Charset) -> Document {
    let opts = ReadOptions {
        format: InputFormat::Auto,
        encoding,
        ..ReadOptions::default()
    };
    decode_source(&Source::File(PathBuf::from(name)), bytes, &opts)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Vietnamese tone marks: Windows-1258 writes them as combining characters
/// after a base letter it has precomposed (`â`, `ơ`, `ư`, `đ` …).
const TONES: &[char] = &['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Encodes NFC text in Windows-1258 the way Vietnamese software does:
/// characters the code page has stay whole, the others become their base
/// letter (recomposed without the tone) plus a combining tone mark.
fn to_windows_1258(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let (bytes, _, bad) = WINDOWS_1258.encode(c.encode_utf8(&mut buf));
        if !bad {
            out.extend_from_slice(&bytes);
            continue;
        }
        let nfd: String = c.to_string().nfd().collect();
        let base: String = nfd.chars().filter(|m| !TONES.contains(m)).nfc().collect();
        let tones: String = nfd.chars().filter(|m| TONES.contains(m)).collect();
        let decomposed = base + &tones;
        let (bytes, _, bad) = WINDOWS_1258.encode(&decomposed);
        assert!(!bad, "{c:?} has no Windows-1258 form");
        out.extend_from_slice(&bytes);
    }
    out
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut out: Vec<u8> = if little_endian {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for u in text.encode_utf16() {
        out.extend(if little_endian {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

/// Every fixture, re-encoded five ways, gives records identical to the
/// UTF-8 original: values, line, start and end.
#[test]
fn every_encoding_gives_identical_records() {
    for name in FIXTURES {
        let text = fixture(name);
        let doc_name = format!("{name}.txt");
        let want = records(&Document::new(doc_name.clone(), &text));
        assert!(!want.is_empty(), "{name} has records");

        let mut bom_crlf = b"\xef\xbb\xbf".to_vec();
        bom_crlf.extend(text.replace('\n', "\r\n").as_bytes());
        let nfd: String = text.nfd().collect();
        assert_ne!(nfd, text, "{name}: NFD differs from the original");
        let cp1258 = to_windows_1258(&text);
        assert!(
            std::str::from_utf8(&cp1258).is_err(),
            "{name}: the Windows-1258 bytes are not UTF-8"
        );

        let variants: Vec<(&str, Vec<u8>, Charset)> = vec![
            ("windows-1258 (auto)", cp1258.clone(), Charset::Auto),
            ("windows-1258 (forced)", cp1258, Charset::Windows1258),
            ("utf-16le + BOM", utf16(&text, true), Charset::Auto),
            ("utf-16be + BOM", utf16(&text, false), Charset::Auto),
            ("utf-16le forced", utf16(&text, true), Charset::Utf16),
            ("utf-8 + BOM + CRLF", bom_crlf, Charset::Auto),
            ("NFD", nfd.into_bytes(), Charset::Auto),
        ];
        for (how, bytes, cs) in variants {
            let got = records(&read_as(&doc_name, &bytes, cs));
            assert_eq!(got, want, "{name} as {how}");
        }
    }
}

/// The value columns of a record, without its position.
fn claim_of(r: &Record) -> String {
    format!(
        "{:?} {:?} {:?} {} {:?} {:?} {:?}",
        r.achieved,
        r.target,
        r.percent,
        r.check.as_str(),
        r.unit,
        r.year,
        r.metric
    )
}

/// The news page built around the Thanh Xuân article (menus, a share bar,
/// inline and trailing related news, a sidebar with figures of its own,
/// scripts) gives the claims of the text file, no more, no fewer.
#[test]
fn html_page_gives_the_text_files_claims() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = fs::read(dir.join("tests/data/thanh-xuan-2016.html")).expect("html fixture");
    let html_doc = read_as("thanh-xuan-2016.html", &page, Charset::Auto);
    assert!(!html_doc.text.contains("Trang chủ"), "menu dropped");
    assert!(!html_doc.text.contains("Đọc nhiều"), "sidebar dropped");
    assert!(!html_doc.text.contains("dataLayer"), "script dropped");
    assert!(!html_doc.text.contains("Gen Z"), "related news dropped");
    assert!(
        html_doc.text.starts_with("LĐLĐ quận Thanh Xuân"),
        "headline first"
    );

    let text_doc = Document::new("t", fixture("thanh-xuan-2016"));
    let opts = Options::default();
    let from_html: Vec<String> = chitieu::extract(&html_doc, &opts)
        .iter()
        .map(claim_of)
        .collect();
    let from_text: Vec<String> = chitieu::extract(&text_doc, &opts)
        .iter()
        .map(claim_of)
        .collect();
    assert!(!from_text.is_empty());
    assert_eq!(from_html, from_text);
}

/// The five fixtures as one JSON Lines stream give each fixture's records,
/// with `doc` the id; a malformed line in the middle is an error named
/// `NAME:LINE` and the lines after it still come through.
#[test]
fn jsonl_stream_gives_each_documents_records() {
    let mut stream = String::new();
    for (i, name) in FIXTURES.iter().enumerate() {
        if i == 2 {
            stream.push_str("{\"id\": \"broken\", \"text\": \n\n");
        }
        let line = serde_json::json!({"id": name, "text": fixture(name)});
        stream.push_str(&line.to_string());
        stream.push('\n');
    }
    let items: Vec<_> = JsonLines::new("corpus.jsonl".into(), Cursor::new(stream)).collect();
    assert_eq!(items.len(), 6);
    let err = items[2].as_ref().expect_err("line 3 is malformed");
    assert_eq!(err.name, "corpus.jsonl:3");
    assert!(err.reason.contains("JSON"), "{}", err.reason);
    let docs: Vec<&Document> = items.iter().filter_map(|d| d.as_ref().ok()).collect();
    assert_eq!(docs.len(), 5);
    for (doc, name) in docs.iter().zip(FIXTURES) {
        assert_eq!(doc.name, *name);
        let want = records(&Document::new(*name, fixture(name)));
        assert_eq!(records(doc), want, "{name}");
    }
}

#[test]
fn jsonl_ids_may_be_numbers_and_bad_fields_are_named() {
    let stream = "{\"id\": 7, \"text\": \"Kết nạp 20 đoàn viên\"}\n\
                  {\"text\": \"x\"}\n\
                  {\"id\": \"a\", \"text\": 5}\n\
                  [1, 2]\n";
    let items: Vec<_> = JsonLines::new("-".into(), Cursor::new(stream)).collect();
    assert_eq!(items[0].as_ref().map(|d| d.name.as_str()), Ok("7"));
    let reasons: Vec<String> = items[1..]
        .iter()
        .map(|i| {
            i.as_ref()
                .map(|_| String::new())
                .unwrap_or_else(|e| e.to_string())
        })
        .collect();
    assert_eq!(reasons[0], "-:2: missing field `id`");
    assert_eq!(
        reasons[1],
        "-:3: invalid type: integer `5`, expected \"text\" as a string"
    );
    assert!(
        reasons[2].starts_with("-:4: not a JSON object"),
        "{}",
        reasons[2]
    );
}

/// Absurd figures are skipped or noted, never a panic, and never an
/// infinite or NaN value in a record.
#[test]
fn absurd_numbers_do_not_break_extraction() {
    let text = "LĐLĐ quận A: kết nạp 999999999999999999999999999/0 đoàn viên, \
                đạt 1.2.3% kế hoạch; 0/0 CĐCS (đạt 0/0%); 5/0 công đoàn đạt 100%; \
                1e309 đoàn viên; 99999999999999999999999999999999999999 tỷ đồng.";
    let doc = Document::new("absurd", text);
    for r in chitieu::extract(&doc, &Options::default()) {
        for v in [r.achieved, r.target, r.percent, r.computed_percent]
            .into_iter()
            .flatten()
        {
            assert!(v.is_finite(), "{r:?}");
        }
        assert!(!jsonl::to_string(&r).is_empty());
    }
}

fn run_all_readers(bytes: &[u8]) {
    for format in [InputFormat::Auto, InputFormat::Text, InputFormat::Html] {
        for encoding in [
            Charset::Auto,
            Charset::Utf8,
            Charset::Windows1258,
            Charset::Utf16,
        ] {
            let opts = ReadOptions {
                format,
                encoding,
                ..ReadOptions::default()
            };
            if let Ok(doc) = decode_source(&Source::Stdin, bytes, &opts) {
                let _ = chitieu::extract(&doc, &Options::default());
            }
        }
    }
    for doc in JsonLines::new("p".into(), Cursor::new(bytes)).flatten() {
        let _ = chitieu::extract(&doc, &Options::default());
    }
}

/// Pieces of Vietnamese reports, for strings the grammar actually reacts to.
const PIECES: &[&str] = &[
    "đạt",
    " ",
    "%",
    "/",
    ",",
    ".",
    "đoàn viên",
    "CĐCS",
    "LĐLĐ quận ",
    "năm 2016",
    "kế hoạch",
    "chỉ tiêu",
    "tăng",
    "so với",
    "gần",
    "hơn",
    "nghìn",
    "tỷ đồng",
    "triệu",
    "(",
    ")",
    "\n",
    ";",
    ":",
    "vượt",
    "128,56",
    "10.493",
    "0",
    "1",
    "999999999999999999999",
    "a\u{323}",
    "\r\n",
    "Có thể bạn quan tâm",
    "<p>",
    "</p>",
    "<article>",
    "\u{feff}",
    "-",
    "…",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Arbitrary bytes through every reader and encoding: no panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        run_all_readers(&bytes);
    }

    /// Arbitrary strings: no panic, and each record's offsets lie inside the
    /// normalised text, in order.
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        run_all_readers(s.as_bytes());
        let doc = Document::new("s", &s);
        let n = doc.text.chars().count();
        for r in chitieu::extract(&doc, &Options::default()) {
            prop_assert!(r.start <= r.end && r.end <= n, "{:?}", r);
        }
    }

    /// Report-like strings built from the grammar's own words.
    #[test]
    fn report_like_text_never_panics(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..80)) {
        let s = parts.concat();
        run_all_readers(s.as_bytes());
    }
}
