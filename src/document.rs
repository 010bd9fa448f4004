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
}

impl Document {
    /// A document from already-decoded text; normalises it.
    pub fn new(name: impl Into<String>, raw: &str) -> Self {
        Document {
            name: name.into(),
            text: normalise(raw),
        }
    }
}

/// NFC, without a leading BOM, with `\r\n` and lone `\r` turned into `\n`:
/// the same article gives the same offsets whatever wrote it.
pub fn normalise(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let unified: std::borrow::Cow<str> = if raw.contains('\r') {
        raw.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        raw.into()
    };
    if unicode_normalization::is_nfc_quick(unified.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        unified.into_owned()
    } else {
        unified.nfc().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
