//! Where the text read off a page stands in the page's source, so that a
//! diagnostic can name the line of the HTML file (`page.html:7:12`), not
//! the line of the extracted text.
//!
//! The parser (html5ever) keeps no source positions, so each text node the
//! extraction reads is found again in the source: text nodes come in
//! source order, each starting where a run of text starts (after a tag or
//! a comment), so the search only moves forward. A node is then walked
//! character by character beside the source, over character references
//! (`&amp;`, `&#7871;`) and tags the parser dropped; an anchor is kept
//! wherever the extracted text and the source stop going one character for
//! one (a new source line, a collapsed space run, a reference). Cheap: a
//! few anchors per paragraph, one pass over the source.

use super::{tag_end, RAW_TAGS};

/// Text nodes not found before the rest of the page is left unmapped:
/// each miss searches to the page's end, so a page where the parser moved
/// text about (foster-parented table text) stays linear.
const MAX_MISSES: usize = 32;

/// Characters of a text node checked against a candidate place before it
/// is taken as the node's.
const MATCH_CHARS: usize = 32;

/// From a character offset of the extracted text to the line and column
/// of the page's source it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceMap {
    /// Sorted by `text`.
    anchors: Vec<Anchor>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    /// Character offset in the extracted text.
    text: usize,
    /// 1-based line in the source.
    line: usize,
    /// 1-based column in the source, in characters.
    col: usize,
}

impl SourceMap {
    /// The 1-based line and column (characters) in the source of the
    /// extracted text's character `at`; `None` before the first anchor
    /// (nothing of the text was found in the source).
    pub fn position(&self, at: usize) -> Option<(usize, usize)> {
        let i = self
            .anchors
            .partition_point(|a| a.text <= at)
            .checked_sub(1)?;
        let a = self.anchors[i];
        Some((a.line, a.col + (at - a.text)))
    }
}

/// Gathers the anchors while `collect` builds the text's lines.
pub(super) struct Mapper<'h> {
    src: &'h str,
    /// Where the next text node is looked for.
    at: usize,
    misses: usize,
    /// Anchors of the line being built: byte offset in it, source byte.
    open: Vec<(usize, usize)>,
    /// Anchors of finished lines: line index, byte in it, source byte.
    done: Vec<(usize, usize, usize)>,
    /// The source byte past the last character pushed, when that was one
    /// source character, no line end: the next one then needs no anchor.
    last: Option<usize>,
}

impl<'h> Mapper<'h> {
    /// A mapper of the page `src` (the text the parser was given).
    pub(super) fn new(src: &'h str) -> Self {
        Mapper {
            src,
            at: 0,
            misses: 0,
            open: Vec::new(),
            done: Vec::new(),
            last: None,
        }
    }

    /// Looks for the next nodes from the page's start again (the headline
    /// is collected apart from the article, and may stand after it).
    pub(super) fn restart(&mut self) {
        self.at = 0;
        self.last = None;
    }

    /// Where text node `t` starts in the source, looked for from where the
    /// previous node ended. `None` for white space only (not worth a
    /// search) or when not found.
    pub(super) fn node(&mut self, t: &str) -> Option<usize> {
        if self.misses >= MAX_MISSES || t.chars().all(char::is_whitespace) {
            return None;
        }
        let b = self.src.as_bytes();
        let mut p = self.at;
        // Candidates are where runs of text start; markup is passed over
        // once (a node is never tried at a tag: its tries would walk the
        // same run of tags again, quadratic in nested `<div>`).
        while p < b.len() {
            if is_markup(b, p) {
                p = skip_markup(self.src, p);
                continue;
            }
            if let Some(start) = self.matches_at(p, t) {
                return Some(start);
            }
            p = memchr::memchr(b'<', &b[p + 1..]).map_or(b.len(), |k| p + 1 + k);
        }
        self.misses += 1;
        None
    }

    /// Where node `t` starts if it starts at `p` (past white space the
    /// parser drops, as the line end after `<pre>`).
    fn matches_at(&self, p: usize, t: &str) -> Option<usize> {
        let mut q = p;
        if !t.starts_with(char::is_whitespace) {
            q += self.src[p..]
                .bytes()
                .take_while(u8::is_ascii_whitespace)
                .count();
        }
        let start = q;
        for c in t.chars().take(MATCH_CHARS) {
            q = self.step(q, c)?.1;
        }
        Some(start)
    }

    /// The source character(s) that give the node's character `c` at
    /// source byte `p`, past tags the parser dropped there: their byte
    /// range, or `None` where they do not agree.
    pub(super) fn step(&self, mut p: usize, c: char) -> Option<(usize, usize)> {
        let b = self.src.as_bytes();
        while b.get(p) == Some(&b'<')
            && b.get(p + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == b'/')
        {
            p = tag_end(b, p + 1);
        }
        let ch = self.src.get(p..)?.chars().next()?;
        if ch == '&' {
            if let Some(end) = reference_end(b, p) {
                return Some((p, end));
            }
        }
        let same = ch == c || (c == '\u{FFFD}' && ch == '\0');
        same.then_some((p, p + ch.len_utf8()))
    }

    /// The node ended with the source at `end`: the next is looked for
    /// from there.
    pub(super) fn node_done(&mut self, end: Option<usize>) {
        if let Some(e) = end {
            self.at = e;
        }
    }

    /// A character is pushed at byte `len` of the line, read from source
    /// bytes `raw` (`None`: from no source character, or not found).
    pub(super) fn pushed(&mut self, len: usize, raw: Option<(usize, usize)>) {
        let Some((s, e)) = raw else {
            self.last = None;
            return;
        };
        if self.last != Some(s) {
            self.open.push((len, s));
        }
        let one = self.src[s..e].chars().count() == 1;
        self.last = (one && self.src.as_bytes()[s] != b'\n').then_some(e);
    }

    /// A source character read but not pushed (a collapsed space).
    pub(super) fn skipped(&mut self) {
        self.last = None;
    }

    /// The line was cut back to `len` bytes.
    pub(super) fn truncate(&mut self, len: usize) {
        // The anchors are in line order: only the last ones can go (a
        // paragraph of many `<br>` stays linear).
        while self.open.last().is_some_and(|&(at, _)| at >= len) {
            self.open.pop();
        }
        self.last = None;
    }

    /// The line is finished: kept as line `index` with `lead` bytes trimmed
    /// off its start and `len` bytes left, or dropped (`None`).
    pub(super) fn flush_line(&mut self, index: Option<usize>, lead: usize, len: usize) {
        if let Some(index) = index {
            let kept = self
                .open
                .iter()
                .filter(|&&(at, _)| at >= lead && at < lead + len);
            self.done
                .extend(kept.map(|&(at, src)| (index, at - lead, src)));
        }
        self.open.clear();
        self.last = None;
    }

    /// The map of the text made by joining `lines` with `sep` between.
    pub(super) fn finish(self, lines: &[String], sep: &str) -> SourceMap {
        let text = text_chars(lines, sep.chars().count(), &self.done);
        let src_bytes: Vec<usize> = self.done.iter().map(|&(_, _, s)| s).collect();
        let places = line_cols(self.src, &src_bytes);
        let mut anchors: Vec<Anchor> = text
            .into_iter()
            .zip(places)
            .map(|(text, (line, col))| Anchor { text, line, col })
            .collect();
        anchors.sort_by_key(|a| a.text);
        SourceMap { anchors }
    }
}

/// The character offset, in `lines` joined by a separator of `sep`
/// characters, of each anchor (line index, byte in it), in one pass: the
/// anchors come in text order.
fn text_chars(lines: &[String], sep: usize, anchors: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut out = Vec::with_capacity(anchors.len());
    // The cursor: its line, that line's first character in the joined
    // text, and the cursor's byte and character within the line.
    let (mut line, mut line_start, mut byte, mut chars) = (0, 0, 0, 0);
    for &(i, b, _) in anchors {
        while line < i && line < lines.len() {
            line_start += chars + lines[line][byte..].chars().count() + sep;
            (line, byte, chars) = (line + 1, 0, 0);
        }
        let l = lines.get(line).map_or("", String::as_str);
        let b = b.clamp(byte, l.len());
        chars += l.get(byte..b).map_or(0, |s| s.chars().count());
        byte = b;
        out.push(line_start + chars);
    }
    out
}

/// The 1-based line and character column of each byte offset in `src`
/// (any order), in one pass over it.
fn line_cols(src: &str, at: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..at.len()).collect();
    order.sort_by_key(|&i| at[i]);
    let mut out = vec![(1, 1); at.len()];
    let (mut byte, mut line, mut col) = (0, 1, 1);
    for i in order {
        let a = at[i].clamp(byte, src.len());
        let seg = src.get(byte..a).unwrap_or("");
        match memchr::memrchr(b'\n', seg.as_bytes()) {
            Some(nl) => {
                line += memchr::memchr_iter(b'\n', seg.as_bytes()).count();
                col = seg[nl + 1..].chars().count() + 1;
            }
            None => col += seg.chars().count(),
        }
        byte = a;
        out[i] = (line, col);
    }
    out
}

/// The byte past a character reference (`&amp;`, `&#7871;`, `&#x1EBF;`)
/// at `p`, if one stands there.
fn reference_end(b: &[u8], p: usize) -> Option<usize> {
    let name = b
        .get(p + 1..)?
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'#')
        .count();
    (name > 0 && b.get(p + 1 + name) == Some(&b';')).then_some(p + name + 2)
}

/// Whether markup starts at `i`: a `<` before a tag name, `/`, `!` or
/// `?` (a `<` before anything else is text).
fn is_markup(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&b'<')
        && b.get(i + 1)
            .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, b'/' | b'!' | b'?'))
}

/// The byte after the markup at `i` (a `<`): a comment, a tag, and for a
/// script or style its content too. `i` itself when no markup is there.
fn skip_markup(src: &str, i: usize) -> usize {
    let b = src.as_bytes();
    if i >= b.len() {
        return b.len();
    }
    if !is_markup(b, i) {
        return i + 1;
    }
    if b[i..].starts_with(b"<!--") {
        return memchr::memmem::find(&b[i + 4..], b"-->").map_or(b.len(), |k| i + 4 + k + 3);
    }
    let end = tag_end(b, i + 1);
    let name_len = b[i + 1..end]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let name = src[i + 1..i + 1 + name_len].to_ascii_lowercase();
    if RAW_TAGS.contains(&name.as_str()) {
        let close = format!("</{name}");
        return super::find_from_ci(b, end, close.as_bytes()).unwrap_or(b.len());
    }
    end.max(i + 1)
}

#[cfg(test)]
mod tests {
    use super::super::main_text_mapped;

    /// Line and column in `page` of the first `pat` in the text read off
    /// it, by the map; and where `pat` stands in `page` itself.
    fn both(page: &str, pat: &str, nth_in_page: usize) -> (Option<(usize, usize)>, (usize, usize)) {
        let (text, map) = main_text_mapped(page);
        let at = text.find(pat).map(|b| text[..b].chars().count());
        let mapped = at.and_then(|a| map.position(a));
        let b = page
            .match_indices(pat)
            .nth(nth_in_page)
            .map_or(0, |(b, _)| b);
        let line = page[..b].matches('\n').count() + 1;
        let start = page[..b].rfind('\n').map_or(0, |n| n + 1);
        (mapped, (line, page[start..b].chars().count() + 1))
    }

    #[test]
    fn a_figure_is_placed_at_its_line_and_column_of_the_page() {
        let page = "<html><body>\n<div class=\"menu\">Trang chủ 2134</div>\n\
            <article>\n<h1>LĐLĐ quận</h1>\n<p>Kết nạp\n   được 2134/1800 đoàn viên.</p>\n</article>";
        // The menu's 2134 is furniture: the article's is the second.
        let (mapped, real) = both(page, "2134", 1);
        assert_eq!(mapped, Some(real));
        assert_eq!(real.0, 6);
    }

    #[test]
    fn references_tags_and_collapsed_spaces_keep_columns_true() {
        // `c&oacute;` is one character of text for eight of the page;
        // `<b>` adds none; a run of spaces reads as one.
        let page = "<p>Năm 2016 c&oacute; <b>198</b>    CĐCS, k&#7871;t nạp 2134 đoàn viên.</p>";
        for (pat, nth) in [("198", 0), ("CĐCS", 0), ("2134", 0)] {
            let (mapped, real) = both(page, pat, nth);
            assert_eq!(mapped, Some(real), "{pat}");
        }
    }

    #[test]
    fn a_headline_after_the_article_in_the_source_is_still_found() {
        let page = "<div class=\"a\">\n<p>Kết nạp 2134 đoàn viên mới trong năm qua.</p>\n\
            <p>Thành lập 30 CĐCS mới trong năm qua.</p>\n</div>\n<h1>Tiêu đề 2016</h1>";
        assert_eq!(both(page, "2016", 0).0, Some((5, 13)));
        assert_eq!(both(page, "30 CĐCS", 0).0, Some((3, 14)));
    }

    #[test]
    fn a_line_break_inside_a_paragraph_is_followed() {
        let page = "<div><p>Dòng một<br>\nkết nạp 2134 đoàn viên</p></div>";
        let (mapped, real) = both(page, "2134", 0);
        assert_eq!(mapped, Some(real));
        assert_eq!(real.0, 2);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Any markup maps without panic, to places inside the page.
        #[test]
        fn any_markup_maps_inside_the_page(page in "(<p>|</p>|<b>|<br>|<!--|-->|<script>|</script>|&amp;|&#|;|<|>|\n| |a|ế|2134|&nbsp;|<table>|<td>)*") {
            let (text, map) = main_text_mapped(&page);
            let lines = page.matches('\n').count() + 1;
            for at in 0..text.chars().count() {
                if let Some((line, col)) = map.position(at) {
                    proptest::prop_assert!(line >= 1 && line <= lines && col >= 1);
                }
            }
        }
    }
}
