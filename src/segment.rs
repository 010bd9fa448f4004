//! Segmenting the body into sentences, clauses and tokens.
//!
//! A token is a word (letters and combining marks), a numeral (digits with
//! `.`/`,` between them) or one other non-space character. Sentences end at
//! `.`, `!`, `?`, `…` before an upper-case start, and at line ends; clauses
//! split sentences at `;` and `:`. Numbers are parsed by the next stage.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::body::Line;
use crate::lexicon::fold;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters: a Vietnamese syllable, an abbreviation, a foreign word.
    Word,
    /// Digits, possibly with `.` or `,` between digit groups.
    Num,
    /// Any other single non-space character.
    Punct,
}

/// A token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Word, numeral or punctuation.
    pub kind: TokKind,
    /// Byte offset in the document text.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Whether whitespace separates it from the previous token.
    pub space_before: bool,
    /// Folded form (lower case, traditional tones) for words; the text
    /// itself otherwise.
    pub norm: String,
}

impl Token {
    /// The single character of a punctuation token.
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokKind::Punct => self.norm.chars().next(),
            _ => None,
        }
    }

    /// Whether this is the punctuation `c`.
    pub fn is(&self, c: char) -> bool {
        self.punct() == Some(c)
    }

    /// Whether this is a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

/// A sentence of the body with its tokens and clauses.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// 1-based line it starts on.
    pub line: usize,
    /// Byte offset of its first token.
    pub start: usize,
    /// Byte offset past its last token.
    pub end: usize,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Token ranges of its clauses.
    pub clauses: Vec<Range<usize>>,
    /// Index of the paragraph (body line) it belongs to.
    pub paragraph: usize,
}

/// The token pattern, `[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|\S`, is scanned by
/// hand (see `tokens`): the regex engine cost more than the rest of the
/// segmentation. These two decide the characters the fast path of
/// `class` does not know.
static LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\p{M}]$").expect("letter pattern is valid"));
static DIGIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d$").expect("digit pattern is valid"));

/// The class of a character in the token pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// `[\p{L}\p{M}]`: letters and combining marks.
    Letter,
    /// `\d`: any decimal digit.
    Digit,
    /// `\s`: separates tokens.
    Space,
    /// Anything else: a token of its own.
    Other,
}

fn class(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        _ if c.is_whitespace() => Class::Space,
        _ if c.is_ascii() => Class::Other,
        // Latin-1 letters (less × and ÷), Latin Extended-A/B, combining
        // marks, Latin Extended Additional (Vietnamese precomposed letters).
        '\u{D7}' | '\u{F7}' => Class::Other,
        '\u{C0}'..='\u{24F}' | '\u{300}'..='\u{36F}' | '\u{1E00}'..='\u{1EFF}' => Class::Letter,
        // General Punctuation (quotes, dashes, `…`) holds no letter or digit.
        '\u{2000}'..='\u{206F}' => Class::Other,
        _ => {
            let mut buf = [0; 4];
            let one = &*c.encode_utf8(&mut buf);
            if LETTER.is_match(one) {
                Class::Letter
            } else if DIGIT.is_match(one) {
                Class::Digit
            } else {
                Class::Other
            }
        }
    }
}

/// The byte ranges of the tokens of `s`, as the token pattern would find
/// them (leftmost-first, greedy).
fn tokens(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    // ASCII bytes (most of a Vietnamese text still) skip UTF-8 decoding.
    let at = |i: usize| match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(i..).and_then(|r| r.chars().next()),
    };
    let run = move |mut i: usize, want: Class| {
        while let Some(c) = at(i).filter(|&c| class(c) == want) {
            i += c.len_utf8();
        }
        i
    };
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let c = at(pos)?;
        let start = pos;
        let end = match class(c) {
            Class::Space => {
                pos += c.len_utf8();
                continue;
            }
            Class::Letter => run(start, Class::Letter),
            Class::Digit => {
                let mut end = run(start, Class::Digit);
                // `[.,]\d+` groups, as long as a digit follows the mark.
                while matches!(at(end), Some('.' | ','))
                    && at(end + 1).is_some_and(|d| class(d) == Class::Digit)
                {
                    end = run(end + 1, Class::Digit);
                }
                end
            }
            Class::Other => start + c.len_utf8(),
        };
        pos = end;
        return Some(start..end);
    })
}

/// Splits the kept lines of `text` into sentences.
pub fn sentences(text: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    // One token buffer for every line: its capacity is reused.
    let mut toks: Vec<Token> = Vec::new();
    for (paragraph, line) in lines.iter().enumerate() {
        let slice = &text[line.start..line.end];
        let mut prev_end = 0;
        for m in tokens(slice) {
            let word = &slice[m.clone()];
            let kind = if word.starts_with(|c: char| c.is_ascii_digit()) {
                TokKind::Num
            } else if word.chars().nth(1).is_some() || word.starts_with(char::is_alphabetic) {
                TokKind::Word
            } else {
                TokKind::Punct
            };
            let norm = if kind == TokKind::Word {
                fold(word)
            } else {
                word.to_string()
            };
            toks.push(Token {
                kind,
                start: line.start + m.start,
                end: line.start + m.end,
                space_before: m.start > prev_end || m.start == 0,
                norm,
            });
            prev_end = m.end;
        }
        split_sentences(text, line.number, paragraph, &mut toks, &mut out);
    }
    out
}

fn starts_upper(t: &Token, text: &str) -> bool {
    text[t.start..t.end]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "“\"'(‘".contains(c))
}

fn split_sentences(
    text: &str,
    line: usize,
    paragraph: usize,
    toks: &mut Vec<Token>,
    out: &mut Vec<Sentence>,
) {
    // Find where sentences end first, then move each run of tokens out in
    // one piece (no token-by-token pushes into a growing vector).
    let mut ends = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        i += 1;
        if matches!(t.punct(), Some('.' | '!' | '?' | '…')) {
            // `...` and `?!`: keep the whole run in this sentence.
            while toks.get(i).is_some_and(|n| {
                matches!(n.punct(), Some('.' | '!' | '?' | '…' | '”' | '"' | ')'))
                    && !n.space_before
            }) {
                i += 1;
            }
            let next_starts = toks
                .get(i)
                .is_none_or(|n| n.space_before && starts_upper(n, text));
            if next_starts {
                ends.push(i);
            }
        }
    }
    let mut iter = toks.drain(..);
    let mut from = 0;
    for end in ends {
        push_sentence(
            line,
            paragraph,
            iter.by_ref().take(end - from).collect(),
            out,
        );
        from = end;
    }
    let rest: Vec<Token> = iter.collect();
    if !rest.is_empty() {
        push_sentence(line, paragraph, rest, out);
    }
}

fn push_sentence(line: usize, paragraph: usize, tokens: Vec<Token>, out: &mut Vec<Sentence>) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    let (start, end) = (first.start, last.end);
    let mut clauses = Vec::new();
    let mut from = 0;
    for (i, t) in tokens.iter().enumerate() {
        if matches!(t.punct(), Some(';' | ':')) {
            clauses.push(from..i);
            from = i + 1;
        }
    }
    clauses.push(from..tokens.len());
    clauses.retain(|c| !c.is_empty());
    if clauses.is_empty() {
        clauses.push(0..tokens.len());
    }
    out.push(Sentence {
        line,
        start,
        end,
        tokens,
        clauses,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;

    fn split(text: &str) -> Vec<String> {
        sentences(text, &cut(text, true))
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn the_hand_scanner_finds_the_tokens_of_the_token_pattern() {
        // The pattern the scanner replaces, as the reference.
        let re = Regex::new(r"[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|\S").unwrap();
        for text in [
            "Kết nạp 2134/1800 đoàn viên (đạt 128,56%); 10.493 ĐV, 3,1 tỷ đồng…",
            "“Công nhân giỏi Thủ đô”… 1.2. 3,,4 5.6.7 x×y ÷ ٣٤.٥ Ⅻ ª µ º\u{a0}a\u{2003}b",
            "tho\u{309}a, q\u{323} 12.a 1. ,5 ½ ① 𝟗𝟗 日本 ١٢٣",
            "",
        ] {
            let want: Vec<_> = re.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(tokens(text).collect::<Vec<_>>(), want, "{text}");
        }
    }

    #[test]
    fn the_fast_character_classes_agree_with_unicode() {
        // Every character the fast path decides, against the regex classes.
        let letter = Regex::new(r"^[\p{L}\p{M}]$").unwrap();
        let digit = Regex::new(r"^\d$").unwrap();
        let space = Regex::new(r"^\s$").unwrap();
        for c in (0..0x2100u32).filter_map(char::from_u32) {
            let one = c.to_string();
            let want = if letter.is_match(&one) {
                Class::Letter
            } else if digit.is_match(&one) {
                Class::Digit
            } else if space.is_match(&one) {
                Class::Space
            } else {
                Class::Other
            };
            assert_eq!(class(c), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn thousands_dots_do_not_end_a_sentence() {
        assert_eq!(split("cùng 10.493 đoàn viên. Năm 2016").len(), 2);
    }

    #[test]
    fn an_ellipsis_before_a_capital_ends_a_sentence() {
        // ha-noi-2023: `… “Công nhân giỏi Thủ đô”… Toàn Thành phố đã có …`
        let s = split("phấn đấu đạt danh hiệu “Công nhân giỏi Thủ đô”… Toàn Thành phố đã có trên 56.500 công nhân");
        assert_eq!(s.len(), 2);
        assert!(s[1].starts_with("Toàn"));
    }

    #[test]
    fn semicolons_split_clauses() {
        let text = "kết nạp được 2134/1800 đoàn viên (đạt 128,56%); thành lập 30/20 CĐCS";
        let s = sentences(text, &cut(text, true));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].clauses.len(), 2);
    }
}
