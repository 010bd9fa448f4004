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

impl Sentence {
    /// The clause index holding token `i`.
    pub fn clause_of(&self, i: usize) -> usize {
        self.clauses
            .iter()
            .position(|c| c.contains(&i))
            .unwrap_or(0)
    }
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|\S").expect("token pattern is valid")
});

/// Splits the kept lines of `text` into sentences.
pub fn sentences(text: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, line) in lines.iter().enumerate() {
        let slice = &text[line.start..line.end];
        let mut toks: Vec<Token> = Vec::new();
        let mut prev_end = 0;
        for m in TOKEN.find_iter(slice) {
            let kind = if m.as_str().starts_with(|c: char| c.is_ascii_digit()) {
                TokKind::Num
            } else if m.as_str().chars().count() > 1
                || m.as_str().starts_with(|c: char| c.is_alphabetic())
            {
                TokKind::Word
            } else {
                TokKind::Punct
            };
            let norm = if kind == TokKind::Word {
                fold(m.as_str())
            } else {
                m.as_str().to_string()
            };
            toks.push(Token {
                kind,
                start: line.start + m.start(),
                end: line.start + m.end(),
                space_before: m.start() > prev_end || m.start() == 0,
                norm,
            });
            prev_end = m.end();
        }
        split_sentences(text, line.number, paragraph, toks, &mut out);
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
    toks: Vec<Token>,
    out: &mut Vec<Sentence>,
) {
    let mut current: Vec<Token> = Vec::new();
    let mut iter = toks.into_iter().peekable();
    while let Some(t) = iter.next() {
        let ends = matches!(t.punct(), Some('.' | '!' | '?' | '…'));
        current.push(t);
        if ends {
            // `...` and `?!`: keep the whole run in this sentence.
            while iter.peek().is_some_and(|n| {
                matches!(n.punct(), Some('.' | '!' | '?' | '…' | '”' | '"' | ')'))
                    && !n.space_before
            }) {
                if let Some(n) = iter.next() {
                    current.push(n);
                }
            }
            let next_starts = iter
                .peek()
                .is_none_or(|n| n.space_before && starts_upper(n, text));
            if next_starts {
                push_sentence(line, paragraph, std::mem::take(&mut current), out);
            }
        }
    }
    if !current.is_empty() {
        push_sentence(line, paragraph, current, out);
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
