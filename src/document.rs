//! Documents: the unit of work. A document is a name (the path as given,
//! `-`, or a JSON Lines id) and its text, decoded and normalised (NFC, `\n`
//! line ends, no BOM). Every offset in a record points into this text.

use unicode_normalization::UnicodeNormalization;

/// One input to extract from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The name records carry in `doc`.
    pub name: String,
    /// The normalised text.
    pub text: String,
    /// What reading it found wrong but read anyway (`path:line:col:
    /// invalid UTF-8, replaced`), for the command to print on stderr.
    pub warnings: Vec<String>,
    /// For text read off an HTML page, where it stands in the page: the
    /// line a diagnostic names is the file's, not the text's.
    pub source: Option<crate::html::SourceMap>,
}

impl Document {
    /// A document from already-decoded text; normalises it (an owned
    /// `String` that is already normal is kept, not copied).
    pub fn new(name: impl Into<String>, raw: impl Into<String>) -> Self {
        Document {
            name: name.into(),
            text: normalise_owned(raw.into()),
            warnings: Vec::new(),
            source: None,
        }
    }
}

/// NFC, without a leading BOM, with `\r\n` and lone `\r` turned into `\n`,
/// and with the Icelandic eth written for the Vietnamese `Đ` made `Đ`:
/// the same article gives the same offsets whatever wrote it.
pub fn normalise(raw: &str) -> String {
    normalise_owned(raw.to_owned())
}

/// [`normalise`], reusing `raw` when nothing changes (most articles).
pub fn normalise_owned(mut raw: String) -> String {
    if raw.starts_with('\u{feff}') {
        raw.drain(..'\u{feff}'.len_utf8());
    }
    if memchr::memchr(b'\r', raw.as_bytes()).is_some() {
        raw = raw.replace("\r\n", "\n").replace('\r', "\n");
    }
    vietnamese_d(&mut raw);
    box_drawing(&mut raw);
    if surely_nfc(&raw)
        || unicode_normalization::is_nfc_quick(raw.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        raw
    } else {
        raw.nfc().collect()
    }
}

/// Text converted from the old 8-bit Vietnamese fonts (TCVN3, VNI) and
/// some keyboards write `Đ`/`đ` as the Icelandic eth `Ð`/`ð`, which looks
/// the same (`Ðoàn viên`, `Liên ðoàn`); no Vietnamese word has an eth, so
/// each is the Vietnamese letter. Both are two bytes in UTF-8 (`C3 90`,
/// `C3 B0` for `C4 90`, `C4 91`), so every offset stays where it was.
fn vietnamese_d(text: &mut String) {
    let b = text.as_bytes();
    if memchr::memmem::find(b, "Ð".as_bytes()).is_none()
        && memchr::memmem::find(b, "ð".as_bytes()).is_none()
    {
        return;
    }
    *text = text.replace('Ð', "Đ").replace('ð', "đ");
}

/// A quote or caption framed with box-drawing characters (`┌────┐`, `│
/// "Năm 2020, chúng tôi phấn đấu kết nạp 1.600   │`) is layout: each of
/// them (U+2500–U+257F) becomes a space, so the frame's lines are blank
/// and the lines inside read as the wrapped paragraph they are. One
/// character for one: character offsets stay where they were.
fn box_drawing(text: &mut String) {
    // U+2500–U+257F are `E2 94 xx` and `E2 95 xx` in UTF-8: one pass over
    // the `E2` lead bytes (few in Vietnamese text) finds whether any is.
    let b = text.as_bytes();
    let framed = memchr::memchr_iter(0xE2, b).any(|i| matches!(b.get(i + 1), Some(0x94 | 0x95)));
    if !framed {
        return;
    }
    *text = text
        .chars()
        .map(|c| {
            if matches!(c, '\u{2500}'..='\u{257F}') {
                ' '
            } else {
                c
            }
        })
        .collect();
}

/// Whether every character is one that is NFC whatever surrounds it: below
/// U+0300 (Latin, no combining marks), the precomposed Vietnamese letters
/// of Latin Extended Additional, or punctuation of U+2010–U+206F. Most
/// articles are; this scan is several times cheaper than the general
/// quick check, which the rest still go through.
///
/// Kept hand-written (issue 15 asks a benchmark of ≥ 10 % for that): with
/// the crate's quick check alone, extraction runs 62 % more instructions
/// end to end on the bench corpus.
fn surely_nfc(s: &str) -> bool {
    // On the UTF-8 bytes: a byte below 0xCC is ASCII, a continuation byte
    // or the lead of a character below U+0300; `E1 B8..BB` leads U+1E00–
    // U+1EFF; `E2 80 90..BF` and `E2 81 80..AF` are U+2010–U+206F. Each
    // byte is judged with the two after it, branch-free, so the scan is
    // vectorised (a byte loop cost a seventh of the extraction).
    let b = s.as_bytes();
    let Some(body) = b.len().checked_sub(2) else {
        return b.iter().all(|&x| x < 0xCC);
    };
    let bad =
        b[..body]
            .iter()
            .zip(&b[1..body + 1])
            .zip(&b[2..])
            .fold(false, |bad, ((&x, &y), &z)| {
                let vietnamese = (x == 0xE1) & (y & 0xFC == 0xB8);
                // `80 90..=81 AF` as one range of the two bytes: in UTF-8
                // the byte after `E2 80`/`E2 81` is a continuation byte, so
                // the values between the two halves never occur.
                let pair = (u16::from(y) << 8) | u16::from(z);
                let punctuation = (x == 0xE2) & (pair.wrapping_sub(0x8090) <= 0x81AF - 0x8090);
                bad | ((x >= 0xCC) & !vietnamese & !punctuation)
            });
    // A lead byte of 0xCC or more needs at least one byte after it; in the
    // last two places only a two-byte character fits, which is not allowed.
    !bad && b[body..].iter().all(|&x| x < 0xCC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_drawn_frame_is_layout_and_its_lines_read_as_text() {
        // held-out h351: a chairwoman's quote framed in a box, its plan
        // wrapped over the box's lines.
        let text = "┌────┐\n│ \"Năm 2020, chúng tôi phấn đấu kết nạp 1.600   │\n│ đoàn viên.\"  │\n└────┘\n";
        let d = Document::new("t", text);
        assert_eq!(d.text.chars().count(), text.chars().count());
        assert!(!d.text.contains(['┌', '│', '─']));
        let r = crate::extract(&d, &crate::Options::default());
        assert_eq!(r.first().and_then(|r| r.achieved), Some(1600.0));
        // Ours: text with no frame is kept as it is (the same allocation).
        let plain = String::from("Hội có 120 hội viên.");
        let at = plain.as_ptr();
        let kept = normalise_owned(plain);
        assert_eq!(kept.as_ptr(), at);
    }

    #[test]
    fn an_eth_written_for_the_vietnamese_d_is_the_vietnamese_d() {
        // As text converted from TCVN3 fonts writes it (`Ðoàn`, `ðồng`).
        let t = normalise("Ðoàn viên Liên ðoàn góp 12 triệu ðồng");
        assert_eq!(t, "Đoàn viên Liên đoàn góp 12 triệu đồng");
        // The same bytes long: offsets are kept.
        assert_eq!(t.len(), "Ðoàn viên Liên ðoàn góp 12 triệu ðồng".len());
        assert_eq!(normalise("Đoàn viên"), "Đoàn viên");
    }

    #[test]
    fn the_fast_nfc_check_agrees_with_the_quick_check() {
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        // Each character it accepts is NFC on its own and a starter, so any
        // string of them is NFC; and a string outside its ranges still
        // goes through the full check.
        for c in (0..0x2100u32).filter_map(char::from_u32) {
            let one = c.to_string();
            let in_ranges = matches!(
                c,
                '\0'..='\u{2FF}' | '\u{1E00}'..='\u{1EFF}' | '\u{2010}'..='\u{206F}'
            );
            assert_eq!(surely_nfc(&one), in_ranges, "U+{:04X}", c as u32);
            if surely_nfc(&one) {
                assert_eq!(
                    is_nfc_quick(one.chars()),
                    IsNormalized::Yes,
                    "U+{:04X}",
                    c as u32
                );
                let ccc = unicode_normalization::char::canonical_combining_class(c);
                assert_eq!(ccc, 0, "U+{:04X}", c as u32);
            }
        }
        assert!(!surely_nfc("a\u{323}"));
        // Strings, not only single characters: every pair of characters
        // around the edges of the accepted ranges, at every place.
        let edge = [
            'a', 'é', '\u{2FF}', '\u{300}', '\u{1DFF}', '\u{1E00}', 'ộ', '\u{1EFF}', '\u{1F00}',
            '\u{200F}', '\u{2010}', '…', '\u{206F}', '\u{2070}', '\u{2100}', '日', '😀',
        ];
        for x in edge {
            for y in edge {
                for pad in ["", "a", "ab"] {
                    let t = format!("{pad}{x}{y}");
                    let want = t.chars().all(|c| surely_nfc(&c.to_string()));
                    assert_eq!(surely_nfc(&t), want, "{t:?}");
                }
            }
        }
        assert_eq!(normalise("ho\u{300}a"), "hòa");
    }

    #[test]
    fn decomposed_tone_marks_compose() {
        // `đạt` written with combining marks, as Windows-1258 files are.
        let nfd = "đa\u{323}t 128,56%";
        assert_eq!(normalise(nfd), "đạt 128,56%");
    }

    #[test]
    fn crlf_and_bom_disappear() {
        assert_eq!(normalise("\u{feff}a\r\nb\rc"), "a\nb\nc");
    }
}
