//! Gathering inputs: paths expanded into sources (folders recursively, in
//! sorted order; `-` for stdin), sources read and decoded into documents.
//! A source that fails gives an `InputError` in its place; the others are
//! still read. Documents are produced lazily, so memory holds only the
//! documents in flight. Text is decoded by [`crate::decode`], HTML pages
//! reduced to their article by [`crate::html`], and JSON Lines streams read
//! one line at a time.

use std::fmt;
use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use crate::decode::{self, Charset, DecodeError};
use crate::document::Document;
use crate::html;

/// One input, expanded from the command line: a file, or stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file (named on the command line or found in a folder).
    File(PathBuf),
    /// Standard input.
    Stdin,
}

impl Source {
    /// The name records carry in `doc`.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// An input that could not be read or decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The input as named (path, `-`, or `path:line` inside a stream).
    pub name: String,
    /// Why, in a few words.
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.name, self.reason)
    }
}

impl std::error::Error for InputError {}

/// What the inputs are (`--input`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Plain text; a `.html`/`.htm` file, or one that starts like an HTML
    /// page, is read as HTML.
    #[default]
    Text,
    /// HTML pages: the article's main text is taken.
    Html,
    /// JSON Lines of `{"id": …, "text": …}`, one document a line.
    Jsonl,
}

/// How the bytes of a source are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadOptions {
    /// What the inputs are.
    pub format: InputFormat,
    /// Their encoding (JSON Lines are always UTF-8, as JSON is).
    pub encoding: Charset,
}

/// Expands paths into sources: folders recursively in sorted order, `-` or
/// no path as stdin. A path that cannot be listed becomes an error in place.
pub fn sources(paths: &[PathBuf]) -> Vec<Result<Source, InputError>> {
    let mut out = Vec::new();
    if paths.is_empty() {
        out.push(Ok(Source::Stdin));
    }
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
        } else if p.is_dir() {
            let before = out.len();
            walk(p, &mut out);
            if out.len() == before {
                out.push(Err(InputError {
                    name: p.display().to_string(),
                    reason: "folder holds no files".to_string(),
                }));
            }
        } else if p.exists() {
            out.push(Ok(Source::File(p.clone())));
        } else {
            out.push(Err(InputError {
                name: p.display().to_string(),
                reason: "no such file or folder".to_string(),
            }));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<Source, InputError>>) {
    // The entry's type comes with the listing: no `stat` per file, except
    // for a symbolic link, which is followed.
    let mut entries: Vec<(PathBuf, bool)> = match fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| {
                let e = e.ok()?;
                let path = e.path();
                let is_dir = match e.file_type() {
                    Ok(t) if !t.is_symlink() => t.is_dir(),
                    _ => path.is_dir(),
                };
                Some((path, is_dir))
            })
            .collect(),
        Err(e) => {
            out.push(Err(InputError {
                name: dir.display().to_string(),
                reason: io_reason(&e),
            }));
            return;
        }
    };
    entries.sort();
    // One allocation of the right size: a list of tens of thousands of
    // paths grown by doubling holds up to twice the memory it needs.
    out.reserve(entries.len());
    for (p, is_dir) in entries {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if is_dir {
            walk(&p, out);
        } else {
            out.push(Ok(Source::File(p)));
        }
    }
}

/// The one-line reason an I/O error gives, without Rust's `(os error N)`.
fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a folder".to_string(),
        io::ErrorKind::InvalidData => "not valid UTF-8".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// Reads the bytes of a source.
pub fn read(src: &Source) -> Result<Vec<u8>, InputError> {
    let err = |e: io::Error| InputError {
        name: src.name(),
        reason: io_reason(&e),
    };
    match src {
        Source::File(p) => fs::read(p).map_err(err),
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin().lock().read_to_end(&mut buf).map_err(err)?;
            Ok(buf)
        }
    }
}

/// Whether a source is read as HTML: by `--input html`, by its extension,
/// or, for plain text, when its first bytes open an HTML page.
fn is_html(src: &Source, bytes: &[u8], format: InputFormat) -> bool {
    match format {
        InputFormat::Html => true,
        InputFormat::Jsonl => false,
        InputFormat::Text => {
            let by_ext = match src {
                Source::File(p) => p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")
                }),
                Source::Stdin => false,
            };
            by_ext || looks_like_html(bytes)
        }
    }
}

/// Whether bytes start (after a UTF-8 BOM and blanks) with `<!DOCTYPE html`
/// or `<html`.
fn looks_like_html(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    let head: Vec<u8> = b[n..].iter().take(14).map(u8::to_ascii_lowercase).collect();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

/// Decodes one text or HTML source into its document.
pub fn decode_source(
    src: &Source,
    bytes: &[u8],
    opts: &ReadOptions,
) -> Result<Document, InputError> {
    let err = |e: DecodeError| InputError {
        name: src.name(),
        reason: e.to_string(),
    };
    if is_html(src, bytes, opts.format) {
        let page = decode::decode_html(bytes, opts.encoding).map_err(err)?;
        Ok(Document::new(src.name(), html::main_text(&page.text)))
    } else {
        let text = decode::decode(bytes, opts.encoding).map_err(err)?;
        Ok(Document::new(src.name(), text.text))
    }
}

/// The documents of one source: one for a text or HTML file, one a line
/// for JSON Lines (read as a stream, so a cluster pipe never waits for the
/// end of its input).
pub fn load(src: &Source, opts: &ReadOptions) -> DocIter {
    Box::new(read_pending(src.clone(), *opts).map(Pending::document))
}

/// The inputs of one source, read but not decoded: a file's bytes, or the
/// documents of a JSON Lines stream one by one.
fn read_pending(src: Source, opts: ReadOptions) -> Box<dyn Iterator<Item = Pending> + Send> {
    if opts.format != InputFormat::Jsonl {
        return Box::new(std::iter::once(match read(&src) {
            Ok(bytes) => Pending::Bytes(src, bytes, opts),
            Err(e) => Pending::Ready(Err(e)),
        }));
    }
    let reader: Box<dyn BufRead + Send> = match &src {
        Source::Stdin => Box::new(io::BufReader::new(io::stdin())),
        Source::File(p) => match fs::File::open(p) {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                return Box::new(std::iter::once(Pending::Ready(Err(InputError {
                    name: src.name(),
                    reason: io_reason(&e),
                }))))
            }
        },
    };
    Box::new(JsonLines::new(src.name(), reader).map(Pending::Ready))
}

/// A lazy sequence of documents, failures in place.
pub type DocIter = Box<dyn Iterator<Item = Result<Document, InputError>> + Send>;

/// An input read but not yet decoded. Decoding is left to whoever takes
/// it: a parallel run reads on one thread and decodes on its workers.
#[derive(Debug)]
pub enum Pending {
    /// A file's (or stdin's) bytes, to decode.
    Bytes(Source, Vec<u8>, ReadOptions),
    /// A document already made (a JSON Lines line), or an input that failed.
    Ready(Result<Document, InputError>),
}

impl Pending {
    /// The document, decoding it now if it is not yet.
    pub fn document(self) -> Result<Document, InputError> {
        match self {
            Pending::Bytes(src, bytes, opts) => decode_source(&src, &bytes, &opts),
            Pending::Ready(doc) => doc,
        }
    }
}

/// Every input of `paths`, read but not decoded, lazily, in input order;
/// failures in place.
pub fn pending(paths: &[PathBuf], opts: ReadOptions) -> impl Iterator<Item = Pending> {
    sources(paths)
        .into_iter()
        .flat_map(move |s| -> Box<dyn Iterator<Item = Pending> + Send> {
            match s {
                Ok(src) => read_pending(src, opts),
                Err(e) => Box::new(std::iter::once(Pending::Ready(Err(e)))),
            }
        })
}

/// Every document of `paths`, lazily, in input order; failures in place.
pub fn documents(
    paths: &[PathBuf],
    opts: ReadOptions,
) -> impl Iterator<Item = Result<Document, InputError>> {
    pending(paths, opts).map(Pending::document)
}

/// The documents of a JSON Lines stream, one a line. A bad line gives an
/// error named `NAME:LINE` and the stream goes on; blank lines are skipped.
pub struct JsonLines<R: BufRead> {
    name: String,
    reader: R,
    line: usize,
    done: bool,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonLines<R> {
    /// A stream named `name` (the path, or `-`) over `reader`.
    pub fn new(name: String, reader: R) -> Self {
        JsonLines {
            name,
            reader,
            line: 0,
            done: false,
            buf: Vec::new(),
        }
    }

    fn error(&self, reason: impl Into<String>) -> InputError {
        InputError {
            name: format!("{}:{}", self.name, self.line),
            reason: reason.into(),
        }
    }

    /// Parses one line into a document.
    fn parse(&self, raw: &[u8]) -> Result<Document, InputError> {
        let raw = if self.line == 1 {
            raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw)
        } else {
            raw
        };
        let line = simdutf8::compat::from_utf8(raw).map_err(|e| {
            self.error(format!(
                "not valid UTF-8 (bad byte at offset {})",
                e.valid_up_to()
            ))
        })?;
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| {
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            self.error(format!("not a JSON object: {msg} (column {})", e.column()))
        })?;
        let serde_json::Value::Object(mut doc) = value else {
            return Err(self.error("not a JSON object"));
        };
        let id = match doc.remove("id") {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => return Err(self.error("\"id\" must be a string or a number")),
            None => return Err(self.error("no \"id\"")),
        };
        match doc.remove("text") {
            Some(serde_json::Value::String(t)) => Ok(Document::new(id, t)),
            Some(_) => Err(self.error("\"text\" must be a string")),
            None => Err(self.error("no \"text\"")),
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    let raw = std::mem::take(&mut self.buf);
                    let trimmed = raw.trim_ascii();
                    if trimmed.is_empty() {
                        continue;
                    }
                    let doc = self.parse(trimmed);
                    self.buf = raw;
                    return Some(doc);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.done = true;
                    self.line += 1;
                    return Some(Err(self.error(io_reason(&e))));
                }
            }
        }
        None
    }
}
