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
use std::path::PathBuf;

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
    Walk::new(paths).collect()
}

/// [`sources`], lazily: a folder is listed (its names sorted) when the walk
/// reaches it, and only the names of the folders being walked are held,
/// not a path for every file of the input: for an archive of tens of
/// thousands of files that list was most of the memory of a run.
struct Walk {
    /// The paths not reached yet.
    paths: std::vec::IntoIter<PathBuf>,
    /// The folders being walked, innermost last, each with its entries
    /// not reached yet: a name and whether it is a folder.
    folders: Vec<(PathBuf, std::vec::IntoIter<(std::ffi::OsString, bool)>)>,
    /// The folder named on the command line being walked, and how many
    /// sources (files and errors) it gave so far.
    top: Option<(PathBuf, usize)>,
}

impl Walk {
    fn new(paths: &[PathBuf]) -> Self {
        let mut paths = paths.to_vec();
        if paths.is_empty() {
            paths.push(PathBuf::from("-"));
        }
        Walk {
            paths: paths.into_iter(),
            folders: Vec::new(),
            top: None,
        }
    }

    /// Starts walking `dir`, or gives the error of listing it.
    fn enter(&mut self, dir: PathBuf) -> Option<Result<Source, InputError>> {
        // The entry's type comes with the listing: no `stat` per file,
        // except for a symbolic link, which is followed.
        match fs::read_dir(&dir) {
            Ok(rd) => {
                let mut entries: Vec<(std::ffi::OsString, bool)> = rd
                    .filter_map(|e| {
                        let e = e.ok()?;
                        let is_dir = match e.file_type() {
                            Ok(t) if !t.is_symlink() => t.is_dir(),
                            _ => e.path().is_dir(),
                        };
                        Some((e.file_name(), is_dir))
                    })
                    .collect();
                // One folder's names sort as its paths do.
                entries.sort();
                self.folders.push((dir, entries.into_iter()));
                None
            }
            Err(e) => Some(Err(InputError {
                name: dir.display().to_string(),
                reason: io_reason(&e),
            })),
        }
    }

    /// The next source inside the folders being walked; `None` when they
    /// are done.
    fn next_inside(&mut self) -> Option<Result<Source, InputError>> {
        while let Some((dir, entries)) = self.folders.last_mut() {
            let Some((name, is_dir)) = entries.next() else {
                self.folders.pop();
                continue;
            };
            if name.to_str().is_some_and(|n| n.starts_with('.')) {
                continue;
            }
            let path = dir.join(&name);
            if !is_dir {
                return Some(Ok(Source::File(path)));
            }
            if let Some(err) = self.enter(path) {
                return Some(err);
            }
        }
        None
    }
}

impl Iterator for Walk {
    type Item = Result<Source, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.top.is_some() {
                if let Some(item) = self.next_inside() {
                    if let Some((_, given)) = &mut self.top {
                        *given += 1;
                    }
                    return Some(item);
                }
                if let Some((dir, 0)) = self.top.take() {
                    return Some(Err(InputError {
                        name: dir.display().to_string(),
                        reason: "folder holds no files".to_string(),
                    }));
                }
            }
            let p = self.paths.next()?;
            if p.as_os_str() == "-" {
                return Some(Ok(Source::Stdin));
            } else if p.is_dir() {
                if let Some(err) = self.enter(p.clone()) {
                    return Some(err);
                }
                self.top = Some((p, 0));
            } else if p.exists() {
                return Some(Ok(Source::File(p)));
            } else {
                return Some(Err(InputError {
                    name: p.display().to_string(),
                    reason: "no such file or folder".to_string(),
                }));
            }
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

/// The inputs of one source: a file to read, standard input's bytes, or
/// the documents of a JSON Lines stream one by one.
fn read_pending(src: Source, opts: ReadOptions) -> Box<dyn Iterator<Item = Pending> + Send> {
    if opts.format != InputFormat::Jsonl {
        return Box::new(std::iter::once(match src {
            // Read by whoever decodes it: a file does not block.
            Source::File(_) => Pending::File(src, opts),
            Source::Stdin => match read(&src) {
                Ok(bytes) => Pending::Bytes(src, bytes, opts),
                Err(e) => Pending::Ready(Err(e)),
            },
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

/// An input not yet decoded. Reading a file and decoding are left to
/// whoever takes it: a parallel run walks the inputs and reads the streams
/// (standard input, JSON Lines) on one thread, and reads and decodes the
/// files on its workers. (Read on the walking thread, every file's bytes
/// were freed by another thread than the one that allocated them; a
/// two-job run's peak RSS was 13.7 MB then, 12 MB now.)
#[derive(Debug)]
pub enum Pending {
    /// A file (text or HTML), to read and decode.
    File(Source, ReadOptions),
    /// Standard input's bytes, to decode.
    Bytes(Source, Vec<u8>, ReadOptions),
    /// A document already made (a JSON Lines line), or an input that failed.
    Ready(Result<Document, InputError>),
}

impl Pending {
    /// The document, reading and decoding it now if it is not yet.
    pub fn document(self) -> Result<Document, InputError> {
        match self {
            Pending::File(src, opts) => decode_source(&src, &read(&src)?, &opts),
            Pending::Bytes(src, bytes, opts) => decode_source(&src, &bytes, &opts),
            Pending::Ready(doc) => doc,
        }
    }
}

/// Every input of `paths`, read but not decoded, lazily, in input order;
/// failures in place.
pub fn pending(paths: &[PathBuf], opts: ReadOptions) -> impl Iterator<Item = Pending> {
    Walk::new(paths).flat_map(move |s| -> Box<dyn Iterator<Item = Pending> + Send> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn names(paths: &[PathBuf], root: &std::path::Path) -> Vec<String> {
        sources(paths)
            .into_iter()
            .map(|s| match s {
                Ok(Source::File(p)) => p
                    .strip_prefix(root)
                    .map_or_else(|_| p.display().to_string(), |r| r.display().to_string()),
                Ok(Source::Stdin) => "-".to_string(),
                Err(e) => format!(
                    "error {}: {}",
                    e.name.rsplit('/').next().unwrap_or(""),
                    e.reason
                ),
            })
            .collect()
    }

    /// Depth first, each folder in name order, hidden entries skipped; an
    /// empty folder inside gives nothing, an empty folder named on the
    /// command line an error in its place; files and `-` stay where they
    /// were given. Fails if the lazy walk reorders, loses the count of a
    /// folder's sources or reports an inner empty folder.
    #[test]
    fn folders_are_walked_depth_first_in_name_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for d in ["a/c", "a/g", "a/.h", "empty"] {
            fs::create_dir_all(root.join(d)).expect("mkdir");
        }
        for f in [
            "a/f.txt",
            "a/b.txt",
            "a/c/d.txt",
            "a/c/.e.txt",
            "a/.h/i.txt",
            "empty/.j",
            "k.txt",
        ] {
            fs::write(root.join(f), "x").expect("write");
        }
        let paths = [
            root.join("k.txt"),
            root.join("a"),
            PathBuf::from("-"),
            root.join("empty"),
            root.join("missing"),
            root.join("a/c"),
        ];
        assert_eq!(
            names(&paths, root),
            [
                "k.txt",
                "a/b.txt",
                "a/c/d.txt",
                "a/f.txt",
                "-",
                "error empty: folder holds no files",
                "error missing: no such file or folder",
                "a/c/d.txt",
            ]
        );
        assert_eq!(names(&[], root), ["-"]);
    }
}
