//! Decoding: the bytes of an input into text. Reports arrive as UTF-8 (with
//! or without a BOM), UTF-16 with a BOM, or Windows-1258, the legacy
//! Vietnamese code page. The rule, in order: a BOM names the encoding; a
//! forced `--encoding` is used; NUL bytes mean a binary file (unless they
//! fall like UTF-16 code units); UTF-8 is UTF-8, and so is UTF-8 with a
//! few invalid bytes (replaced by U+FFFD, each place reported: never a
//! silent switch to another encoding); anything else is guessed by
//! chardetng with a Vietnamese hint. A forced encoding that turns
//! Vietnamese bytes into something else is an error. All tables are
//! encoding_rs's. Normalisation (NFC, `\n`) is `document::normalise`'s job.

use std::fmt;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1258};

/// Which encoding to read inputs in (`--encoding`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Charset {
    /// BOM, then UTF-8 if valid, then chardetng's guess.
    #[default]
    Auto,
    /// UTF-8; invalid bytes are an error.
    Utf8,
    /// Windows-1258.
    Windows1258,
    /// UTF-16; without a BOM the byte order is read from where the NULs of
    /// ASCII characters fall.
    Utf16,
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A forced encoding that gives no Vietnamese text from bytes that
    /// are not ASCII (`--encoding utf-16` on a UTF-8 file).
    Garbage {
        /// The encoding's WHATWG name.
        encoding: &'static str,
    },
    /// NUL bytes or control characters: not a text file.
    Binary,
    /// Bytes that are not valid in the named encoding, at a byte offset.
    Malformed {
        /// The encoding's WHATWG name.
        encoding: &'static str,
        /// Offset of the first bad byte, when known.
        offset: Option<usize>,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Garbage { encoding } => write!(
                f,
                "decoded as {encoding} this is not Vietnamese text \
                 (wrong --encoding? auto detects it)"
            ),
            DecodeError::Binary => {
                write!(f, "binary file (NUL bytes or control characters), not text")
            }
            DecodeError::Malformed {
                encoding,
                offset: Some(o),
            } => write!(f, "not valid {encoding} (bad byte at offset {o})"),
            DecodeError::Malformed {
                encoding,
                offset: None,
            } => write!(f, "not valid {encoding}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Text decoded from bytes, with the encoding that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, BOM removed, not yet normalised.
    pub text: String,
    /// The encoding used (WHATWG name, e.g. `UTF-8`, `windows-1258`).
    pub encoding: &'static str,
    /// Where invalid UTF-8 was replaced by U+FFFD: 1-based line and
    /// character column of the text.
    pub replaced: Vec<(usize, usize)>,
}

/// How bytes read as UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Utf8 {
    /// Valid.
    Valid,
    /// UTF-8 with a few invalid sequences: at most one for every two
    /// valid multi-byte characters. A Windows-1258 text read as UTF-8 is
    /// nearly all invalid sequences: its letters are single high bytes,
    /// and a valid pair would need a capital (C0–DF) followed by a symbol
    /// of 80–BF, which Vietnamese text does not write.
    FewBad,
    /// Not UTF-8; the offset of the first bad byte.
    Not(usize),
}

/// How `bytes` read as UTF-8 (see [`Utf8`]).
fn utf8_verdict(bytes: &[u8]) -> Utf8 {
    let first_bad = match simdutf8::compat::from_utf8(bytes) {
        Ok(_) => return Utf8::Valid,
        Err(e) => e.valid_up_to(),
    };
    let (mut multi, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        // Lead bytes of multi-byte characters.
        multi += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    if bad * 2 <= multi {
        Utf8::FewBad
    } else {
        Utf8::Not(first_bad)
    }
}

/// UTF-8 with each invalid sequence replaced by U+FFFD (as
/// `String::from_utf8_lossy`), and where: line and character column.
fn utf8_lossy(bytes: &[u8]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut places = Vec::new();
    let (mut line, mut line_start) = (1usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        text.push_str(valid);
        if let Some(nl) = memchr::memrchr(b'\n', valid.as_bytes()) {
            line += memchr::memchr_iter(b'\n', valid.as_bytes()).count();
            line_start = text.len() - valid.len() + nl + 1;
        }
        if !chunk.invalid().is_empty() {
            let col = text[line_start..].chars().count() + 1;
            places.push((line, col));
            text.push(char::REPLACEMENT_CHARACTER);
        }
    }
    (text, places)
}

/// Whether text decoded from bytes that were not all ASCII reads as
/// Vietnamese: more of its non-ASCII letters, marks and Latin symbols are
/// Vietnamese letters (the precomposed ones, the Latin-1 vowels, ă đ ơ ư,
/// the five combining tone marks Windows-1258 uses) than not. UTF-8 read
/// as Windows-1258 gives `NÄƒm`, `Ä‘áº¡t` (`Ä ƒ º ¡` are not), UTF-8 read
/// as UTF-16 gives CJK ideographs.
fn reads_as_vietnamese(text: &str) -> bool {
    let (mut viet, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if is_vietnamese_letter(c) {
            viet += 1;
        } else if c.is_alphabetic()
            || matches!(c, '\u{80}'..='\u{9F}' | '\u{A1}'..='\u{AC}' | '\u{AE}'..='\u{24F}' | '\u{300}'..='\u{36F}')
        {
            other += 1;
        }
    }
    viet > other
}

/// A letter or tone mark of Vietnamese outside ASCII.
fn is_vietnamese_letter(c: char) -> bool {
    matches!(c,
        'À'..='Ã' | 'È'..='Ê' | 'Ì' | 'Í' | 'Ò'..='Õ' | 'Ù' | 'Ú' | 'Ý'
        | 'à'..='ã' | 'è'..='ê' | 'ì' | 'í' | 'ò'..='õ' | 'ù' | 'ú' | 'ý'
        | 'Ă' | 'ă' | 'Đ' | 'đ' | 'Ĩ' | 'ĩ' | 'Ũ' | 'ũ' | 'Ơ' | 'ơ' | 'Ư' | 'ư'
        | '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'
        | '\u{1EA0}'..='\u{1EF9}')
}

/// Decodes a text file's bytes.
pub fn decode(bytes: &[u8], charset: Charset) -> Result<Decoded, DecodeError> {
    decode_with_hint(bytes, charset, None)
}

/// [`decode`] of bytes the caller gives up: a text that is valid UTF-8
/// (most are) becomes the decoded text in place, not a copy of itself.
pub fn decode_owned(bytes: Vec<u8>, charset: Charset) -> Result<Decoded, DecodeError> {
    // The checks `decode_with_hint` makes before it takes a text as
    // UTF-8 with nothing replaced: no BOM, the encoding guessed, no NUL.
    let plain = charset == Charset::Auto
        && Encoding::for_bom(&bytes).is_none()
        && memchr::memchr(0, &bytes).is_none()
        && simdutf8::basic::from_utf8(&bytes).is_ok();
    if !plain {
        return decode_with_hint(&bytes, charset, None);
    }
    // SAFETY: `simdutf8` has just found `bytes` valid UTF-8. std's own
    // check (`String::from_utf8`) would read them again a byte at a time
    // wherever a Vietnamese letter is, more work than the copy it saves.
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    checked(text, UTF_8, Vec::new())
}

/// Decodes an HTML page's bytes: as [`decode`], but a `<meta charset>` in
/// the first 1024 bytes counts before guessing (the HTML prescan).
pub fn decode_html(bytes: &[u8], charset: Charset) -> Result<Decoded, DecodeError> {
    decode_with_hint(bytes, charset, meta_charset(bytes))
}

fn decode_with_hint(
    bytes: &[u8],
    charset: Charset,
    declared: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    // A BOM is unambiguous, so it wins even over a forced encoding.
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return strict(enc, &bytes[bom..]);
    }
    let enc = match charset {
        Charset::Utf8 => UTF_8,
        Charset::Windows1258 => WINDOWS_1258,
        Charset::Utf16 => utf16_order(bytes).unwrap_or(UTF_16LE),
        Charset::Auto => {
            if memchr::memchr(0, bytes).is_some() {
                // UTF-16 without a BOM still reads as text; other NULs
                // mean binary.
                utf16_order(bytes).ok_or(DecodeError::Binary)?
            } else if let Some(enc) = declared.filter(|&e| e != UTF_8) {
                enc
            } else if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
                // Validated once here, not again in `strict`.
                return checked(s.to_owned(), UTF_8, Vec::new());
            } else {
                match utf8_verdict(bytes) {
                    Utf8::Valid | Utf8::FewBad => UTF_8,
                    Utf8::Not(_) if declared == Some(UTF_8) => UTF_8,
                    Utf8::Not(_) => guess(bytes),
                }
            }
        }
    };
    let decoded = strict(enc, bytes)?;
    // A forced legacy or UTF-16 decoding that turned Vietnamese bytes
    // into other letters (UTF-8's own check is its invalid bytes).
    if charset != Charset::Auto
        && enc != UTF_8
        && !bytes.is_ascii()
        && (!reads_as_vietnamese(&decoded.text)
            || (enc == WINDOWS_1258 && utf8_verdict(bytes) == Utf8::Valid))
    {
        return Err(DecodeError::Garbage {
            encoding: enc.name(),
        });
    }
    Ok(decoded)
}

/// Decodes without a silent `�` in a record: UTF-8 with a few bad bytes
/// has them replaced and their places listed; any other bad byte is an
/// error.
fn strict(enc: &'static Encoding, bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if enc == UTF_8 {
        // SIMD validation: the standard library's scalar check cost a
        // tenth of the extraction on Vietnamese text, where ASCII and
        // multi-byte letters alternate every few bytes.
        return match simdutf8::basic::from_utf8(bytes) {
            Ok(s) => checked(s.to_owned(), enc, Vec::new()),
            Err(_) => match utf8_verdict(bytes) {
                Utf8::Not(offset) => Err(DecodeError::Malformed {
                    encoding: enc.name(),
                    offset: Some(offset),
                }),
                _ => {
                    let (text, replaced) = utf8_lossy(bytes);
                    checked(text, enc, replaced)
                }
            },
        };
    }
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => checked(text.into_owned(), enc, Vec::new()),
        None => Err(DecodeError::Malformed {
            encoding: enc.name(),
            offset: None,
        }),
    }
}

/// Rejects decoded text that is not prose: any NUL, or more than one
/// character in a hundred a C0 control other than tab, line feed, carriage
/// return and form feed (the `file(1)` notion of text).
fn checked(
    text: String,
    enc: &'static Encoding,
    replaced: Vec<(usize, usize)>,
) -> Result<Decoded, DecodeError> {
    // On the bytes: in UTF-8 a byte below 0x20 is always a C0 control
    // character, never part of another one.
    let b = text.as_bytes();
    // Most texts have no control character but the line feed: the bytes
    // below 0x20 other than it are counted first, a test of half the
    // work, and only a text with one has tab, carriage return and form
    // feed told apart from the rest. A NUL is one of them, so the search
    // for it (another pass over the text) is needed only if the count is
    // not zero.
    let mut controls = count_bytes(b, |x| (x < 0x20) & (x != b'\n'));
    if controls > 0 {
        // Tab and line feed are 9 and 10, form feed and carriage return 12
        // and 13.
        controls = count_bytes(b, |x| {
            (x < 0x20) & (x.wrapping_sub(b'\t') >= 2) & (x & 0xFE != 0x0C)
        });
    }
    if controls > 0 && (memchr::memchr(0, b).is_some() || controls * 100 > text.chars().count()) {
        return Err(DecodeError::Binary);
    }
    Ok(Decoded {
        text,
        encoding: enc.name(),
        replaced,
    })
}

/// The bytes of `b` that `test` holds for. Branch-free and counted in
/// bytes per block of 128 (a multiple of the vector loop's step, so no
/// block ends in a byte-at-a-time tail), so the count is vectorised.
#[inline(always)]
fn count_bytes(b: &[u8], test: impl Fn(u8) -> bool) -> usize {
    b.chunks(128)
        .map(|block| usize::from(block.iter().fold(0u8, |n, &x| n + u8::from(test(x)))))
        .sum()
}

/// The byte order of BOM-less UTF-16, read from where the zero bytes of
/// ASCII characters fall: all (or nearly all) at odd offsets is little
/// endian, at even offsets big endian. `None` when they fall on both.
fn utf16_order(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() % 2 != 0 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    // A real UTF-16 text has NULs on one side only; binary data has them
    // everywhere.
    if odd > 0 && even * 20 <= odd {
        Some(UTF_16LE)
    } else if even > 0 && odd * 20 <= even {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// chardetng's guess for bytes that are not UTF-8, told the text is
/// probably Vietnamese (`.vn`), which favours Windows-1258.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut det = EncodingDetector::new(Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    det.guess(Some(b"vn"), Utf8Detection::Deny)
}

/// The encoding an HTML page declares in `<meta charset=…>` or
/// `<meta http-equiv=Content-Type content="…; charset=…">` within its first
/// 1024 bytes. A declared UTF-16 means UTF-8, as the HTML standard says
/// (a real UTF-16 page has a BOM).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label: Vec<u8> = rest
                    .iter()
                    .copied()
                    .take_while(|b| !matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .collect();
                if let Some(enc) = Encoding::for_label(&label) {
                    return Some(if enc == UTF_16LE || enc == UTF_16BE {
                        UTF_8
                    } else {
                        enc
                    });
                }
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &b[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str =
        "Năm 2016, LĐLĐ quận Thanh Xuân đã kết nạp 2134/1800 đoàn viên (đạt 128,56%).";

    fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if le { [0xff, 0xfe] } else { [0xfe, 0xff] });
        }
        for u in s.encode_utf16() {
            out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    }

    #[test]
    fn plain_and_bom_utf8() {
        assert_eq!(
            decode(SAMPLE.as_bytes(), Charset::Auto).unwrap().text,
            SAMPLE
        );
        let mut b = vec![0xef, 0xbb, 0xbf];
        b.extend(SAMPLE.as_bytes());
        let d = decode(&b, Charset::Auto).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "UTF-8"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        for le in [true, false] {
            for bom in [true, false] {
                let d = decode(&utf16(SAMPLE, le, bom), Charset::Auto).unwrap();
                assert_eq!(d.text, SAMPLE, "le={le} bom={bom}");
            }
        }
    }

    #[test]
    fn windows_1258_is_detected_and_forced() {
        // "Năm 2016 đạt 128,56%" in Windows-1258: ă = E3, đ = F0, a + dot
        // below (F2) for ạ.
        let bytes = b"N\xe3m 2016 \xf0a\xf2t 128,56% \xf0o\xe0n vi\xean";
        for cs in [Charset::Auto, Charset::Windows1258] {
            let d = decode(bytes, cs).unwrap();
            assert_eq!(
                crate::document::normalise(&d.text),
                "Năm 2016 đạt 128,56% đoàn viên"
            );
            assert_eq!(d.encoding, "windows-1258");
        }
    }

    #[test]
    fn nul_bytes_are_binary() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
        assert_eq!(decode(png, Charset::Auto), Err(DecodeError::Binary));
        assert_eq!(decode(b"abc\0def", Charset::Utf8), Err(DecodeError::Binary));
    }

    #[test]
    fn control_characters_past_one_in_a_hundred_are_binary() {
        // Tab, line feed, form feed and carriage return are text, however
        // many; every other C0 control counts, one in a hundred allowed.
        // Across a block of 128 bytes, in bytes and in characters (`đ` is
        // two bytes, one character).
        let text = "Đoàn viên\t12\r\n\x0c".repeat(40);
        assert!(decode(text.as_bytes(), Charset::Auto).is_ok());
        for control in ['\x01', '\x0b', '\x1f', '\x08'] {
            // Three in 300 characters: not more than one in a hundred.
            let mut text = "đ".repeat(197) + "a".repeat(100).as_str();
            for k in (0..3).rev() {
                text.insert(k * 90, control);
            }
            assert_eq!(text.chars().count(), 300);
            assert!(
                decode(text.as_bytes(), Charset::Auto).is_ok(),
                "{control:?}"
            );
            text.insert(0, control);
            assert_eq!(
                decode(text.as_bytes(), Charset::Auto),
                Err(DecodeError::Binary)
            );
        }
    }

    #[test]
    fn forced_utf8_rejects_bad_bytes_with_offset() {
        let e = decode(b"ab\xffcd", Charset::Utf8).unwrap_err();
        assert_eq!(e.to_string(), "not valid UTF-8 (bad byte at offset 2)");
    }

    #[test]
    fn html_meta_charset_is_honoured() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>\xf0a\xf2t</body></html>";
        let d = decode_html(page, Charset::Auto).unwrap();
        assert_eq!(d.encoding, "windows-1258");
        let page = b"<meta charset='utf-8'><p>x</p>";
        assert_eq!(decode_html(page, Charset::Auto).unwrap().encoding, "UTF-8");
    }

    /// A UTF-8 article with a stray byte stays UTF-8 (it was decoded as
    /// Windows-1258 whole: `NÄƒm`), the byte replaced and its place given.
    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8() {
        let mut b = SAMPLE.as_bytes().to_vec();
        b.extend(b"\nx\xff y\xc3");
        for cs in [Charset::Auto, Charset::Utf8] {
            let d = decode(&b, cs).unwrap();
            assert_eq!(d.encoding, "UTF-8");
            assert_eq!(d.text, format!("{SAMPLE}\nx\u{FFFD} y\u{FFFD}"));
            assert_eq!(d.replaced, [(2, 2), (2, 5)]);
        }
    }

    /// Mostly bad bytes are no UTF-8: auto guesses the legacy code page,
    /// forced UTF-8 is an error.
    #[test]
    fn mostly_bad_bytes_are_not_utf8() {
        let legacy = b"N\xe3m 2016 \xf0a\xf2t \xf0o\xe0n vi\xean \xc3\xa9";
        assert_eq!(
            decode(legacy, Charset::Auto).unwrap().encoding,
            "windows-1258"
        );
        assert!(decode(legacy, Charset::Utf8).is_err());
    }

    /// A forced encoding that makes no Vietnamese of the bytes is an error
    /// (`--encoding utf-16` on a UTF-8 file gave nothing, exit 0), and
    /// Windows-1258 forced on valid UTF-8 Vietnamese gives `NÄƒm`.
    #[test]
    fn a_forced_encoding_that_yields_garbage_is_an_error() {
        for cs in [Charset::Utf16, Charset::Windows1258] {
            let e = decode(SAMPLE.as_bytes(), cs).unwrap_err();
            assert!(matches!(e, DecodeError::Garbage { .. }), "{cs:?}: {e}");
        }
        // Plain ASCII is the same text in all of them.
        assert!(decode(b"2134/1800", Charset::Windows1258).is_ok());
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decode(b"", Charset::Auto).unwrap().text, "");
    }
}
