//! Gathering inputs: paths expanded into sources (folders recursively, in
//! sorted order; `-` for stdin), sources read and decoded into documents.
//! A source that fails gives an `InputError` in its place; the others are
//! still read. Documents are produced lazily, so memory holds only the
//! documents in flight.

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::document::Document;

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

/// How the bytes of a source are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadOptions {}

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
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            out.push(Err(InputError {
                name: dir.display().to_string(),
                reason: e.to_string(),
            }));
            return;
        }
    };
    entries.sort();
    for p in entries {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(Ok(Source::File(p)));
        }
    }
}

/// Reads the bytes of a source.
pub fn read(src: &Source) -> Result<Vec<u8>, InputError> {
    let err = |e: io::Error| InputError {
        name: src.name(),
        reason: e.to_string(),
    };
    match src {
        Source::File(p) => fs::read(p).map_err(err),
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf).map_err(err)?;
            Ok(buf)
        }
    }
}

/// Reads and decodes one source into its documents (one for a text file).
pub fn load(src: &Source, _opts: &ReadOptions) -> Vec<Result<Document, InputError>> {
    let bytes = match read(src) {
        Ok(b) => b,
        Err(e) => return vec![Err(e)],
    };
    match String::from_utf8(bytes) {
        Ok(text) => vec![Ok(Document::new(src.name(), &text))],
        Err(e) => vec![Err(InputError {
            name: src.name(),
            reason: format!("not valid UTF-8 ({e})"),
        })],
    }
}

/// Every document of `paths`, lazily, in input order; failures in place.
pub fn documents(
    paths: &[PathBuf],
    opts: ReadOptions,
) -> impl Iterator<Item = Result<Document, InputError>> {
    sources(paths).into_iter().flat_map(move |s| match s {
        Ok(src) => load(&src, &opts),
        Err(e) => vec![Err(e)],
    })
}
