//! HTML pages: the article's main text, one paragraph per block (paragraph,
//! heading, list item), `<br>` a line break inside it. The page is parsed by html5ever (through `scraper`), so broken
//! markup reads as a browser would read it. Page furniture is dropped by what
//! it is (`nav`, `aside`, `footer`, scripts, styles, forms, ARIA landmarks)
//! and by what its class or id says (related news, menus, share bars,
//! comments, ads). The article is the element holding the most paragraph
//! text, widened to its `<article>` or to the block that also holds the
//! headline; a headline outside it is put first, since the headline names
//! the unit (SPEC §1).

mod source_map;

use std::collections::{HashMap, HashSet};

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node};

use source_map::Mapper;
pub use source_map::SourceMap;

/// Elements that never hold article text.
const FURNITURE_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "iframe", "svg",
    "button", "select", "textarea", "object", "embed", "canvas", "head", "title", "menu", "dialog",
];

/// ARIA roles of page landmarks that are not the article.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
];

/// Words of class names and ids that mark furniture, matched as whole words
/// (`box-related-news` → `related`), so `ads` does not match `heads`.
const FURNITURE_WORDS: &[&str] = &[
    "related",
    "relate",
    "relates",
    "relatednews",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "advert",
    "advertisement",
    "ads",
    "banner",
    "footer",
    "tags",
    "subscribe",
    "newsletter",
    "popup",
    "modal",
    "cookie",
    "hotline",
];

/// Vietnamese class names written as separate words (`tin-lien-quan`,
/// `tin-khac`), matched on the words run together.
const FURNITURE_JOINED: &[&str] = &["lienquan", "tinkhac", "xemthem", "tinmoi", "docnhieu"];

/// Deepest nesting of elements kept: real pages nest a few dozen deep.
/// html5ever looks through the open elements at every start tag, so 100k
/// nested `<div>` took 36 s; past this depth tags are dropped (their text
/// kept), which makes the parse linear.
const MAX_DEPTH: usize = 256;

/// Elements whose end tag may be left out (the parser closes them) or
/// that have none: not counted as nesting.
const UNNESTED_TAGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "rb", "rp", "rt", "rtc", "tr", "td", "th",
    "tbody", "thead", "tfoot", "colgroup", "caption", "html", "head", "body", "area", "base", "br",
    "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    "keygen", "frame", "basefont", "bgsound",
];

/// Elements whose content is text, not markup, up to their end tag.
const RAW_TAGS: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// `html` with the start and end tags nested deeper than `max` removed
/// (by a linear scan of the tags, counting those that need an end tag;
/// comments and the content of scripts and styles are passed over).
/// Unchanged, and not copied, when nothing is that deep.
fn cap_depth(html: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    let (mut depth, mut copied, mut at) = (0usize, 0usize, 0usize);
    while let Some(i) = memchr::memchr(b'<', &b[at..]).map(|i| at + i) {
        if b[i..].starts_with(b"<!--") {
            at = find_from(b, i + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let end = tag_end(b, i + 1);
        let closing = b.get(i + 1) == Some(&b'/');
        let name_at = i + 1 + usize::from(closing);
        let name_len = b[name_at..end]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        at = end.min(b.len());
        if name_len == 0 {
            continue;
        }
        let name = html[name_at..name_at + name_len].to_ascii_lowercase();
        if !closing && RAW_TAGS.contains(&name.as_str()) {
            let close = format!("</{name}");
            at = find_from_ci(b, at, close.as_bytes()).unwrap_or(b.len());
            continue;
        }
        let self_closing = end >= 2 && b[end - 2] == b'/';
        if UNNESTED_TAGS.contains(&name.as_str()) || (self_closing && !closing) {
            continue;
        }
        let deep = if closing {
            let deep = depth > max;
            depth = depth.saturating_sub(1);
            deep
        } else {
            depth += 1;
            depth > max
        };
        if deep {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..i]);
            copied = at;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&html[copied..]);
            o.into()
        }
        None => html.into(),
    }
}

/// The byte after the `>` that ends the tag whose name starts at `from`
/// (quoted attribute values may hold `>`); the text's end if none.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(from) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    b.len()
}

/// Where `needle` starts in `b` at or after `from`.
fn find_from(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|k| from + k)
}

/// [`find_from`], ASCII case ignored (`</SCRIPT`).
fn find_from_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(k) = memchr::memchr(b'<', b.get(at..)?).map(|k| at + k) {
        if b.len() - k >= needle.len() && b[k..k + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(k);
        }
        at = k + 1;
    }
    None
}

/// Elements that stand on their own line.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "section",
    "article",
    "header",
    "main",
    "figure",
    "figcaption",
    "address",
    "hr",
    "caption",
    "details",
    "summary",
];

/// The main text of an HTML page: one paragraph per block, a blank line
/// between them, `<br>` a line break inside its paragraph.
pub fn main_text(html: &str) -> String {
    main_text_mapped(html).0
}

/// [`main_text`], and where its characters stand in `html`.
pub fn main_text_mapped(html: &str) -> (String, SourceMap) {
    let doc = Html::parse_document(&cap_depth(html, MAX_DEPTH));
    let top = doc.root_element();
    let Candidates {
        scores,
        order,
        headline,
    } = candidates(top);

    let best = order
        .iter()
        .map(|id| (*id, scores.get(id).copied().unwrap_or(0)))
        .fold(None::<(NodeId, usize)>, |acc, (id, s)| match acc {
            Some((_, b)) if b >= s => acc,
            _ => Some((id, s)),
        })
        .and_then(|(id, _)| doc.tree.get(id))
        .and_then(ElementRef::wrap);
    let headline = headline
        .and_then(|(id, _)| doc.tree.get(id))
        .and_then(ElementRef::wrap);

    let root = match best {
        Some(c) => widen(c, headline),
        None => doc
            .tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().name() == "body")
            .unwrap_or(top),
    };

    let mut lines = Vec::new();
    let mut map = Mapper::new(html);
    if let Some(h) = headline {
        if !h.ancestors().any(|a| a.id() == root.id()) {
            collect(h, &mut lines, &mut map);
            map.restart();
        }
    }
    collect(root, &mut lines, &mut map);
    // A blank line between blocks: a block is a paragraph whatever its
    // first word (SPEC §3), where a line break (`<br>`) is only a line
    // break, which `body::paragraphs` judges as in plain text.
    const BLOCK_SEP: &str = "\n\n";
    let map = map.finish(&lines, BLOCK_SEP);
    (lines.join(BLOCK_SEP), map)
}

/// What one pass over a page finds: the text length of the paragraphs of
/// each parent and the parents in document order (so that ties go to the
/// first), and the longest `<h1>`, furniture skipped.
struct Candidates {
    scores: HashMap<NodeId, usize>,
    order: Vec<NodeId>,
    headline: Option<(NodeId, usize)>,
}

/// The paragraph containers and the headline of the page under `top`.
fn candidates(top: ElementRef) -> Candidates {
    let mut scores: HashMap<NodeId, usize> = HashMap::new();
    let mut order: Vec<NodeId> = Vec::new();
    let mut headline: Option<(NodeId, usize)> = None;
    let mut skip: Option<NodeId> = None;
    for edge in top.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                let Some(el) = ElementRef::wrap(node) else {
                    continue;
                };
                if is_furniture(el) {
                    skip = Some(node.id());
                    continue;
                }
                match el.value().name() {
                    "p" => {
                        if let Some(parent) = node.parent() {
                            let n = text_len(el);
                            let s = scores.entry(parent.id()).or_insert_with(|| {
                                order.push(parent.id());
                                0
                            });
                            *s += n;
                        }
                    }
                    "h1" => {
                        let n = text_len(el);
                        if n > 0 && headline.is_none_or(|(_, best)| n > best) {
                            headline = Some((node.id(), n));
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                }
            }
        }
    }
    Candidates {
        scores,
        order,
        headline,
    }
}

/// The article around the paragraph container `c`: its nearest `<article>`,
/// else its nearest ancestor that also holds the headline (unless that is
/// the whole page), else `c` itself.
fn widen<'a>(c: ElementRef<'a>, headline: Option<ElementRef<'a>>) -> ElementRef<'a> {
    let mut up = std::iter::once(c).chain(c.ancestors().filter_map(ElementRef::wrap));
    if let Some(article) = up.find(|e| e.value().name() == "article") {
        return article;
    }
    if let Some(h) = headline {
        let around: HashSet<NodeId> = h.ancestors().map(|a| a.id()).collect();
        let common = std::iter::once(c)
            .chain(c.ancestors().filter_map(ElementRef::wrap))
            .find(|e| around.contains(&e.id()));
        if let Some(a) = common {
            if !matches!(a.value().name(), "body" | "html") {
                return a;
            }
        }
    }
    c
}

/// Whether an element is page furniture, by tag, role, visibility or the
/// words of its class and id. A `<header>` is furniture unless it holds an
/// `<h1>` (the article's own header).
fn is_furniture(el: ElementRef) -> bool {
    let e = el.value();
    let name = e.name();
    if FURNITURE_TAGS.contains(&name) {
        return true;
    }
    if name == "header" {
        return !el.descendent_elements().any(|d| d.value().name() == "h1");
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if let Some(role) = e.attr("role") {
        if FURNITURE_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()) {
            return true;
        }
    }
    let names = e.attr("class").into_iter().chain(e.attr("id"));
    for attr in names {
        let lower = attr.to_lowercase();
        for token in lower.split_whitespace() {
            let words: Vec<&str> = token
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            if words.iter().any(|w| FURNITURE_WORDS.contains(w)) {
                return true;
            }
            let joined = words.concat();
            if FURNITURE_JOINED.iter().any(|j| joined.contains(j)) {
                return true;
            }
        }
    }
    false
}

/// Characters of text in an element, not counting whitespace runs.
fn text_len(el: ElementRef) -> usize {
    el.text()
        .map(|t| {
            t.split_whitespace()
                .map(|w| w.chars().count())
                .sum::<usize>()
        })
        .sum()
}

/// Ends the line being built: kept, trimmed, unless blank.
fn flush(line: &mut String, lines: &mut Vec<String>, map: &mut Mapper) {
    let t = line.trim();
    if t.is_empty() {
        map.flush_line(None, 0, 0);
    } else {
        let lead = line.len() - line.trim_start().len();
        map.flush_line(Some(lines.len()), lead, t.len());
        lines.push(t.to_string());
    }
    line.clear();
}

/// Appends the lines of `root`'s text, skipping furniture inside it.
fn collect(root: ElementRef, lines: &mut Vec<String>, map: &mut Mapper) {
    let mut line = String::new();
    let mut skip: Option<NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => push_text(&mut line, t, map),
                    Node::Element(e) => {
                        let el = match ElementRef::wrap(node) {
                            Some(el) => el,
                            None => continue,
                        };
                        if node.id() != root.id() && is_furniture(el) {
                            skip = Some(node.id());
                            continue;
                        }
                        match e.name() {
                            // A line break inside the block, as in a
                            // hard-wrapped text file.
                            "br" => {
                                line.truncate(line.trim_end_matches([' ', '\t']).len());
                                map.truncate(line.len());
                                map.pushed(line.len(), None);
                                line.push('\n');
                            }
                            "td" | "th" if !line.trim().is_empty() => {
                                map.pushed(line.len(), None);
                                line.push('\t');
                            }
                            "td" | "th" => {}
                            n if BLOCK_TAGS.contains(&n) => flush(&mut line, lines, map),
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip.is_some() {
                    if skip == Some(node.id()) {
                        skip = None;
                    }
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    if BLOCK_TAGS.contains(&e.name()) {
                        flush(&mut line, lines, map);
                    }
                }
            }
        }
    }
    flush(&mut line, lines, map);
}

/// Appends text as HTML renders it: whitespace runs (and no-break spaces)
/// become one space. Tells `map` where each character came from.
fn push_text(line: &mut String, text: &str, map: &mut Mapper) {
    let mut at = map.node(text);
    for c in text.chars() {
        let raw = at.and_then(|p| map.step(p, c));
        at = raw.map(|(_, end)| end);
        if c.is_whitespace() || c == '\u{a0}' {
            if !line.is_empty() && !line.ends_with([' ', '\t', '\n']) {
                map.pushed(line.len(), raw);
                line.push(' ');
            } else {
                map.skipped();
            }
        } else {
            map.pushed(line.len(), raw);
            line.push(c);
        }
    }
    map.node_done(at);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_menus_scripts_and_related_news() {
        let page = r#"<html><head><title>T</title><style>p{}</style></head><body>
            <nav><ul><li>Trang chủ</li><li>Công đoàn</li></ul></nav>
            <h1>LĐLĐ quận Thanh Xuân: Nhiều hoạt động</h1>
            <div class="detail">
              <p>Năm 2016 có <b>198</b> CĐCS.</p>
              <div class="box-related-news"><a>Tin 5% khác</a></div>
              <p>Kết nạp 2134/1800 đoàn viên.</p>
              <script>var x = "99%";</script>
            </div>
            <aside><p>Quảng cáo 50%</p></aside>
            <footer>Bản quyền</footer></body></html>"#;
        assert_eq!(
            main_text(page),
            "LĐLĐ quận Thanh Xuân: Nhiều hoạt động\n\nNăm 2016 có 198 CĐCS.\n\nKết nạp 2134/1800 đoàn viên."
        );
    }

    #[test]
    fn the_article_element_with_most_paragraphs_wins_over_teaser_cards() {
        let page = r#"<body>
            <article><h2>Tin ngắn</h2><p>Một câu.</p></article>
            <article><header><h1>Tiêu đề</h1></header><p>Câu một dài hơn nhiều.</p><p>Câu hai cũng dài.</p>
              <footer>Tác giả</footer></article></body>"#;
        assert_eq!(
            main_text(page),
            "Tiêu đề\n\nCâu một dài hơn nhiều.\n\nCâu hai cũng dài."
        );
    }

    #[test]
    fn a_br_is_a_line_break_inside_its_paragraph() {
        // The issue's sentence broken by `<br>` stays one paragraph for
        // `body::paragraphs`; blocks are apart by a blank line, so a block
        // that starts with a small letter is still a paragraph of its own.
        let page = "<div><p>kết nạp được 2134/1800 <br> đoàn viên (đạt 128,56%)</p>\
                    <p>Dòng một<br><br>Đoạn mới</p><li>đoàn viên mới</li></div>";
        assert_eq!(
            main_text(page),
            "kết nạp được 2134/1800\nđoàn viên (đạt 128,56%)\n\nDòng một\n\nĐoạn mới\n\nđoàn viên mới"
        );
    }

    #[test]
    fn page_without_paragraphs_gives_body_text() {
        assert_eq!(
            main_text("<body>Chỉ <i>một</i> dòng</body>"),
            "Chỉ một dòng"
        );
        assert_eq!(main_text(""), "");
    }

    /// The walk is iterative, so nesting cannot overflow the stack.
    /// 100k nested `<div>` took 36 s (html5ever searches the open
    /// elements at every tag): tags past the depth cap are dropped, their
    /// text kept; shallow pages are not touched. (Linear time is measured
    /// by the benchmark; this checks the output.)
    #[test]
    fn tags_nested_past_the_cap_are_dropped_not_their_text() {
        let n = 3 * MAX_DEPTH;
        let page = format!(
            "<html><body>{}<p>Kết nạp 2134/1800 đoàn viên.</p>{}</body></html>",
            "<div class='x'>".repeat(n),
            "</div>".repeat(n)
        );
        let capped = cap_depth(&page, MAX_DEPTH);
        assert_eq!(capped.matches("<div").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert_eq!(main_text(&page), "Kết nạp 2134/1800 đoàn viên.");
        // Comments, scripts and quoted `>` do not count; a shallow page is
        // the same string.
        let shallow = "<div title='a>b'><!-- <div> --><script>if (a<b) x('<div>')</script>\
                       <p>x</p><br/><img src=a></div>";
        assert!(matches!(
            cap_depth(shallow, 1),
            std::borrow::Cow::Borrowed(_)
        ));
        // Inline elements nest too; void and self-closing ones do not.
        let two = "<div><br><img src=a/><b>x</b><div>y</div></div>";
        assert_eq!(cap_depth(two, 1), "<div><br><img src=a/>xy</div>");
    }

    #[test]
    fn deeply_nested_markup_still_reads() {
        let page = "<div>".repeat(3_000) + "<p>10 CĐCS</p>";
        assert!(main_text(&page).contains("10 CĐCS"));
    }
}
