//! Gathering inputs: paths expanded into sources (folders recursively, in
//! sorted order; `-` for stdin), sources read and decoded into documents.
//! A source that fails gives an `InputError` in its place; the others are
//! still read. Documents are produced lazily, so memory holds only the
//! documents in flight. Folders are walked by the `ignore` crate
//! (ripgrep's walker); text is decoded by [`crate::decode`], HTML pages
//! reduced to their article by [`crate::html`], and JSON Lines streams read
//! one line at a time.

use std::fmt::{self, Write as _};
use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use ignore::overrides::OverrideBuilder;

use crate::decode::{self, Charset, DecodeError};
use crate::document::Document;
use crate::html;
use crate::output::target::FileId;

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
            Source::File(p) => path_name(p),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// A path as records name it: its text, each byte that is not UTF-8
/// written `\xNN`, so two files whose names differ only there stay two
/// documents (the lossy `�` made them one).
pub fn path_name(p: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bytes = p.as_os_str().as_bytes();
        let mut out = String::with_capacity(bytes.len());
        for chunk in bytes.utf8_chunks() {
            out.push_str(chunk.valid());
            for b in chunk.invalid() {
                let _ = write!(out, "\\x{b:02X}");
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        p.display().to_string()
    }
}

/// `s` with its control characters escaped (`\u{1b}`), for a terminal:
/// a file name may hold escape codes, which must not reach it raw.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return s.into();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// An input that could not be read or decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The input as named (path, `-`, or `path:line` inside a stream).
    pub name: String,
    /// Why, in a few words.
    pub reason: String,
    /// A file found in a folder that is not text (a binary file): skipped
    /// quietly, neither reported nor counted as failed, as ripgrep does.
    /// Named on the command line, the same file is an error.
    pub skip: bool,
}

impl InputError {
    fn new(name: String, reason: impl Into<String>) -> Self {
        InputError {
            name,
            reason: reason.into(),
            skip: false,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", printable(&self.name), self.reason)
    }
}

impl std::error::Error for InputError {}

/// What the inputs are (`--input`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Decided per file: `.html`/`.htm` or a page that starts like one
    /// (`<!DOCTYPE html`, `<html`, a browser's `<!-- saved from`) is
    /// HTML, `.jsonl`/`.ndjson` JSON Lines, anything else plain text.
    #[default]
    Auto,
    /// Plain text, whatever the file's name or content.
    Text,
    /// HTML pages: the article's main text is taken.
    Html,
    /// JSON Lines of `{"id": …, "text": …}`, one document a line.
    Jsonl,
}

/// The file types a folder walk reads, by extension (case ignored).
const EXTENSIONS: [(&str, InputFormat); 5] = [
    ("txt", InputFormat::Text),
    ("html", InputFormat::Html),
    ("htm", InputFormat::Html),
    ("jsonl", InputFormat::Jsonl),
    ("ndjson", InputFormat::Jsonl),
];

/// The type of a file by its extension, if chitieu knows it.
pub fn type_of(path: &Path) -> Option<InputFormat> {
    let ext = path.extension()?.to_str()?;
    EXTENSIONS
        .iter()
        .find(|(e, _)| e.eq_ignore_ascii_case(ext))
        .map(|&(_, t)| t)
}

/// The largest input read by default (`--max-filesize`): a news article
/// or a report is well under a megabyte; a file past this is most likely
/// not one, and reading it would hold tens of times its size in memory.
pub const DEFAULT_MAX_SIZE: u64 = 64 << 20;

/// How the bytes of a source are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// What the inputs are.
    pub format: InputFormat,
    /// Their encoding (JSON Lines are always UTF-8, as JSON is).
    pub encoding: Charset,
    /// The largest file (or JSON Lines line) read, in bytes; a larger one
    /// is an error naming it.
    pub max_size: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: InputFormat::Auto,
            encoding: Charset::Auto,
            max_size: DEFAULT_MAX_SIZE,
        }
    }
}

/// How folders are walked: hidden files and folders skipped, symbolic
/// links not followed (unless `follow`), only regular files, only the
/// known types (or the `--glob`s), never the output file.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Follow symbolic links inside folders (`--follow`); loops are then
    /// detected and reported.
    pub follow: bool,
    /// The types read from folders (`--type`); empty is all known ones.
    pub types: Vec<InputFormat>,
    /// Globs, as ripgrep's `--glob`: a file matching one is read whatever
    /// its extension (and then only such files); `!GLOB` excludes.
    pub globs: Vec<String>,
    /// A file never read from a folder: the `-o` file.
    pub exclude: Option<FileId>,
}

/// Expands paths into sources: folders recursively in sorted order, `-` or
/// no path as stdin. A path that cannot be listed becomes an error in place.
pub fn sources(paths: &[PathBuf], walk: &WalkOptions) -> Vec<Result<Source, InputError>> {
    Walk::new(paths, walk.clone())
        .map(|r| r.map(|(s, _)| s))
        .collect()
}

/// [`sources`], lazily, each source with whether it was found in a folder
/// (rather than named on the command line).
struct Walk {
    /// The paths not reached yet.
    paths: std::vec::IntoIter<PathBuf>,
    opts: WalkOptions,
    /// The folder named on the command line being walked.
    top: Option<Top>,
}

/// A folder named on the command line, being walked.
struct Top {
    root: PathBuf,
    walk: ignore::Walk,
    /// Sources (files and errors) it gave so far.
    given: usize,
    /// Whether a `--glob` picks the files (not the extensions).
    by_glob: bool,
}

impl Walk {
    fn new(paths: &[PathBuf], opts: WalkOptions) -> Self {
        let mut paths = paths.to_vec();
        if paths.is_empty() {
            paths.push(PathBuf::from("-"));
        }
        Walk {
            paths: paths.into_iter(),
            opts,
            top: None,
        }
    }

    /// Starts walking `root`, or gives the error of a bad `--glob`.
    fn enter(&mut self, root: PathBuf) -> Result<(), InputError> {
        let mut globs = OverrideBuilder::new(&root);
        globs.case_insensitive(true).map_err(|e| glob_error(&e))?;
        for g in &self.opts.globs {
            globs.add(g).map_err(|e| glob_error(&e))?;
        }
        let globs = globs.build().map_err(|e| glob_error(&e))?;
        let walk = ignore::WalkBuilder::new(&root)
            // No .gitignore and the like: a corpus is what it holds.
            .standard_filters(false)
            .hidden(true)
            .follow_links(self.opts.follow)
            // `chitieu extract corpus/ > corpus/out.csv` never reads its
            // own output.
            .skip_stdout(true)
            .overrides(globs)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        self.top = Some(Top {
            root,
            walk,
            given: 0,
            by_glob: self.opts.globs.iter().any(|g| !g.starts_with('!')),
        });
        Ok(())
    }
}

fn glob_error(e: &ignore::Error) -> InputError {
    InputError::new("--glob".to_string(), e.to_string())
}

/// Whether a walked entry is an input: a regular file (no FIFO, device or
/// symbolic link not followed), not the output file, of a type read.
fn wanted(entry: &ignore::DirEntry, opts: &WalkOptions, by_glob: bool) -> bool {
    if !entry.file_type().is_some_and(|t| t.is_file()) {
        return false;
    }
    if let Some(out) = opts.exclude {
        // The inode comes with the listing: a `stat` only on a match.
        if entry.ino() == Some(out.ino()) && FileId::of(entry.path()) == Some(out) {
            return false;
        }
    }
    by_glob
        || type_of(entry.path()).is_some_and(|t| opts.types.is_empty() || opts.types.contains(&t))
}

impl Iterator for Walk {
    /// A source, and whether it was found in a folder.
    type Item = Result<(Source, bool), InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(top) = &mut self.top {
                match top.walk.next() {
                    Some(Ok(entry)) => {
                        if wanted(&entry, &self.opts, top.by_glob) {
                            top.given += 1;
                            return Some(Ok((Source::File(entry.into_path()), true)));
                        }
                    }
                    Some(Err(e)) => {
                        top.given += 1;
                        return Some(Err(InputError::new(path_name(&top.root), e.to_string())));
                    }
                    None => {
                        let done = self.top.take();
                        if let Some(Top { root, given: 0, .. }) = done {
                            return Some(Err(InputError::new(
                                path_name(&root),
                                "folder holds no files chitieu reads \
                                 (.txt, .html, .htm, .jsonl, .ndjson; see --type, --glob)",
                            )));
                        }
                    }
                }
                continue;
            }
            let p = self.paths.next()?;
            if p.as_os_str() == "-" {
                return Some(Ok((Source::Stdin, false)));
            }
            // A path named on the command line is followed, as ripgrep
            // does: the user asked for it.
            match fs::metadata(&p) {
                Ok(m) if m.is_dir() => {
                    if let Err(e) = self.enter(p) {
                        return Some(Err(e));
                    }
                }
                Ok(_) => return Some(Ok((Source::File(p), false))),
                Err(e) => return Some(Err(InputError::new(path_name(&p), io_reason(&e)))),
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

/// A size as people read it (`64 MiB`).
fn human(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// The reason given for an input past `--max-filesize`.
fn too_big(max: u64) -> String {
    format!(
        "larger than the {} limit: not read (raise it with --max-filesize)",
        human(max)
    )
}

/// Reads the bytes of a source, at most `max` of them: a larger file (or
/// an endless one, `/dev/zero`, a FIFO named on the command line) is an
/// error, not a run that fills the memory.
pub fn read(src: &Source, max: u64) -> Result<Vec<u8>, InputError> {
    let err = |e: io::Error| InputError::new(src.name(), io_reason(&e));
    let mut buf = Vec::new();
    let got = match src {
        Source::File(p) => {
            let f = fs::File::open(p).map_err(err)?;
            let len = f.metadata().map_or(0, |m| m.len());
            if len > max {
                return Err(InputError::new(src.name(), too_big(max)));
            }
            buf.reserve_exact(usize::try_from(len).unwrap_or(0));
            f.take(max.saturating_add(1)).read_to_end(&mut buf)
        }
        Source::Stdin => io::stdin()
            .lock()
            .take(max.saturating_add(1))
            .read_to_end(&mut buf),
    };
    got.map_err(err)?;
    if buf.len() as u64 > max {
        return Err(InputError::new(src.name(), too_big(max)));
    }
    Ok(buf)
}

/// Whether a source is read as HTML: by `--input html`; under `--input
/// auto` by its extension, or when its first bytes open an HTML page.
fn is_html(src: &Source, bytes: &[u8], format: InputFormat) -> bool {
    match format {
        InputFormat::Html => true,
        InputFormat::Text | InputFormat::Jsonl => false,
        InputFormat::Auto => {
            let by_ext = match src {
                Source::File(p) => type_of(p) == Some(InputFormat::Html),
                Source::Stdin => false,
            };
            by_ext || looks_like_html(bytes)
        }
    }
}

/// Whether bytes start (after a UTF-8 BOM and blanks) with `<!DOCTYPE
/// html`, `<html`, or the `<!-- saved from url=…>` comment browsers put
/// at the top of a saved page.
fn looks_like_html(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    let head: Vec<u8> = b[n..].iter().take(15).map(u8::to_ascii_lowercase).collect();
    head.starts_with(b"<!doctype html")
        || head.starts_with(b"<html")
        || head.starts_with(b"<!-- saved from")
}

/// Decodes one text or HTML source into its document.
pub fn decode_source(
    src: &Source,
    bytes: &[u8],
    opts: &ReadOptions,
) -> Result<Document, InputError> {
    decode_or_binary(src, bytes.to_vec(), opts).map_err(|(e, _)| e)
}

/// [`decode_source`], telling a binary file from other failures.
fn decode_or_binary(
    src: &Source,
    bytes: Vec<u8>,
    opts: &ReadOptions,
) -> Result<Document, (InputError, bool)> {
    let err = |e: DecodeError| {
        let binary = e == DecodeError::Binary;
        (InputError::new(src.name(), e.to_string()), binary)
    };
    let (mut doc, replaced) = if is_html(src, &bytes, opts.format) {
        let page = decode::decode_html(&bytes, opts.encoding).map_err(err)?;
        // Normalised before it is parsed, so that the text read off it is
        // normal already and the map's offsets hold in the document.
        let page_text = crate::document::normalise_owned(page.text);
        let (text, map) = html::main_text_mapped(&page_text);
        let mut doc = Document::new(src.name(), text);
        doc.source = Some(map);
        (doc, page.replaced)
    } else {
        let text = decode::decode_owned(bytes, opts.encoding).map_err(err)?;
        (Document::new(src.name(), text.text), text.replaced)
    };
    doc.warnings = replaced_warnings(&doc.name, &replaced);
    Ok(doc)
}

/// The places where invalid UTF-8 was replaced, one line each, the first
/// [`MAX_PLACES`] of them.
fn replaced_warnings(name: &str, places: &[(usize, usize)]) -> Vec<String> {
    let name = printable(name);
    let mut lines: Vec<String> = places
        .iter()
        .take(MAX_PLACES)
        .map(|(line, col)| format!("{name}:{line}:{col}: invalid UTF-8, replaced"))
        .collect();
    if places.len() > MAX_PLACES {
        lines.push(format!(
            "{name}: {} more invalid UTF-8 sequences replaced",
            places.len() - MAX_PLACES
        ));
    }
    lines
}

/// Places of replaced bytes reported per file; the rest are counted.
const MAX_PLACES: usize = 10;

/// Whether a source is a JSON Lines stream.
fn is_jsonl(src: &Source, format: InputFormat) -> bool {
    match (format, src) {
        (InputFormat::Jsonl, _) => true,
        (InputFormat::Auto, Source::File(p)) => type_of(p) == Some(InputFormat::Jsonl),
        _ => false,
    }
}

/// The documents of one source: one for a text or HTML file, one a line
/// for JSON Lines (read as a stream, so a cluster pipe never waits for the
/// end of its input).
pub fn load(src: &Source, opts: &ReadOptions) -> DocIter {
    Box::new(read_pending(src.clone(), *opts, false).map(Pending::document))
}

/// The inputs of one source: a file to read, standard input's bytes, or
/// the documents of a JSON Lines stream one by one.
fn read_pending(
    src: Source,
    opts: ReadOptions,
    found: bool,
) -> Box<dyn Iterator<Item = Pending> + Send> {
    if !is_jsonl(&src, opts.format) {
        return Box::new(std::iter::once(match src {
            // Read by whoever decodes it: a file does not block.
            Source::File(_) => Pending::File(src, opts, found),
            Source::Stdin => match read(&src, opts.max_size) {
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
                return Box::new(std::iter::once(Pending::Ready(Err(InputError::new(
                    src.name(),
                    io_reason(&e),
                )))))
            }
        },
    };
    Box::new(
        JsonLines::new(src.name(), reader)
            .max_line(opts.max_size)
            .map(Pending::Ready),
    )
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
    /// A file (text or HTML), to read and decode, and whether it was found
    /// in a folder (a binary one is then skipped quietly).
    File(Source, ReadOptions, bool),
    /// Standard input's bytes, to decode.
    Bytes(Source, Vec<u8>, ReadOptions),
    /// A document already made (a JSON Lines line), or an input that failed.
    Ready(Result<Document, InputError>),
}

impl Pending {
    /// The document, reading and decoding it now if it is not yet.
    pub fn document(self) -> Result<Document, InputError> {
        match self {
            Pending::File(src, opts, found) => {
                let bytes = read(&src, opts.max_size)?;
                decode_or_binary(&src, bytes, &opts).map_err(|(mut e, binary)| {
                    e.skip = found && binary;
                    e
                })
            }
            Pending::Bytes(src, bytes, opts) => {
                decode_or_binary(&src, bytes, &opts).map_err(|(e, _)| e)
            }
            Pending::Ready(doc) => doc,
        }
    }
}

/// Every input of `paths`, read but not decoded, lazily, in input order;
/// failures in place.
pub fn pending(
    paths: &[PathBuf],
    walk: &WalkOptions,
    opts: ReadOptions,
) -> impl Iterator<Item = Pending> {
    Walk::new(paths, walk.clone()).flat_map(move |s| -> Box<dyn Iterator<Item = Pending> + Send> {
        match s {
            Ok((src, found)) => read_pending(src, opts, found),
            Err(e) => Box::new(std::iter::once(Pending::Ready(Err(e)))),
        }
    })
}

/// Every document of `paths`, lazily, in input order; failures in place,
/// binary files found in folders left out.
pub fn documents(
    paths: &[PathBuf],
    walk: &WalkOptions,
    opts: ReadOptions,
) -> impl Iterator<Item = Result<Document, InputError>> {
    pending(paths, walk, opts)
        .map(Pending::document)
        .filter(|d| !d.as_ref().is_err_and(|e| e.skip))
}

/// The documents of a JSON Lines stream, one a line. A bad line gives an
/// error named `NAME:LINE` and the stream goes on; blank lines are skipped.
pub struct JsonLines<R: BufRead> {
    name: String,
    reader: R,
    line: usize,
    done: bool,
    buf: Vec<u8>,
    /// The longest line read, in bytes.
    max: u64,
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
            max: u64::MAX,
        }
    }

    /// Reads lines of at most `max` bytes: a longer one is an error naming
    /// it, skipped without being held in memory.
    pub fn max_line(mut self, max: u64) -> Self {
        self.max = max;
        self
    }

    fn error(&self, reason: impl Into<String>) -> InputError {
        InputError::new(format!("{}:{}", self.name, self.line), reason)
    }

    /// Reads past the rest of a line too long to keep.
    fn skip_line(&mut self) -> io::Result<()> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(());
            }
            match memchr::memchr(b'\n', chunk) {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok(());
                }
                None => {
                    let n = chunk.len();
                    self.reader.consume(n);
                }
            }
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
        // serde would take `["a", "b"]` for the struct's two fields.
        if !line.trim_start().starts_with('{') {
            return Err(self.error("not a JSON object"));
        }
        let doc: JsonDoc = serde_json::from_str(line).map_err(|e| {
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            if e.is_data() {
                self.error(msg)
            } else {
                self.error(format!("not a JSON object: {msg} (column {})", e.column()))
            }
        })?;
        Ok(Document::new(doc.id.0, doc.text))
    }
}

/// One line of `--input jsonl`: other keys are ignored.
#[derive(serde::Deserialize)]
struct JsonDoc {
    id: Id,
    #[serde(deserialize_with = "text")]
    text: String,
}

/// A document's id: a string, or a number written as JSON wrote it.
struct Id(String);

impl<'de> serde::Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("\"id\" as a string or a number")
            }
            fn visit_str<E>(self, v: &str) -> Result<Id, E> {
                Ok(Id(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Id, E> {
                Ok(Id(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Id, E> {
                Ok(Id(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Id, E> {
                Ok(Id(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// The `text` of a line, saying which key is wrong when it is no string.
fn text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct V;
    impl serde::de::Visitor<'_> for V {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("\"text\" as a string")
        }
        fn visit_str<E>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_string<E>(self, v: String) -> Result<String, E> {
            Ok(v)
        }
    }
    d.deserialize_string(V)
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            // Room for the longest line, its line end and one byte more,
            // which tells a line too long.
            let limit = self.max.saturating_add(2);
            match (&mut self.reader)
                .take(limit)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(0) => self.done = true,
                Ok(n) => {
                    self.line += 1;
                    let ended = self.buf.last() == Some(&b'\n');
                    if (n - usize::from(ended)) as u64 > self.max {
                        if !ended {
                            if let Err(e) = self.skip_line() {
                                self.done = true;
                                return Some(Err(self.error(io_reason(&e))));
                            }
                        }
                        return Some(Err(self.error(too_big(self.max))));
                    }
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
        sources(paths, &WalkOptions::default())
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
                "error empty: folder holds no files chitieu reads \
                 (.txt, .html, .htm, .jsonl, .ndjson; see --type, --glob)",
                "error missing: no such file or folder",
                "a/c/d.txt",
            ]
        );
        assert_eq!(names(&[], root), ["-"]);
    }
}
