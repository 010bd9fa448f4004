//! Fuzz target: arbitrary bytes through every reader (text, HTML, one JSON
//! Lines line), every encoding choice, extraction and both output formats.
//! Any panic is a bug: chitieu must never panic on input.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    chitieu_fuzz_body(data);
});

fn chitieu_fuzz_body(data: &[u8]) {
    use chitieu::decode::Charset;
    use chitieu::input::{decode_source, InputFormat, JsonLines, ReadOptions, Source};
    use chitieu::output::{Format, RecordWriter};

    // The first byte picks the reader and the encoding, the rest is input.
    let (sel, body) = match data.split_first() {
        Some((s, b)) => (*s, b),
        None => (0, data),
    };
    let encoding = match sel & 3 {
        0 => Charset::Auto,
        1 => Charset::Utf8,
        2 => Charset::Windows1258,
        _ => Charset::Utf16,
    };
    let format = match (sel >> 2) % 3 {
        0 => InputFormat::Text,
        1 => InputFormat::Html,
        _ => InputFormat::Jsonl,
    };
    let docs: Vec<_> = if format == InputFormat::Jsonl {
        JsonLines::new("fuzz".into(), body).collect()
    } else {
        let opts = ReadOptions {
            format,
            encoding,
            ..ReadOptions::default()
        };
        vec![decode_source(&Source::Stdin, body, &opts)]
    };
    for doc in docs.into_iter().flatten() {
        for all_text in [false, true] {
            let records = chitieu::extract(&doc, &chitieu::Options { all_text });
            for format in [Format::Csv, Format::Jsonl] {
                if let Ok(mut w) = RecordWriter::new(Vec::new(), format) {
                    for r in &records {
                        let _ = w.write(r);
                    }
                    let _ = w.flush();
                }
            }
        }
    }
}
