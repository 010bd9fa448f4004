//! The subcommands, one file each, over the library. Inputs are gathered
//! here: paths expanded into documents, failures reported per input.

mod extract;

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use chitieu::Document;

use crate::cli::{Cli, Command, InputArgs};

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(&args),
        Command::Check(_) | Command::Report(_) => {
            anyhow::bail!("not implemented yet")
        }
    }
}

/// Whether an error comes from writing to a closed pipe.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<csv::Error>().is_some_and(|e| match e.kind() {
                csv::ErrorKind::Io(io) => io.kind() == io::ErrorKind::BrokenPipe,
                _ => false,
            })
    })
}

/// One input as named on the command line, expanded: a file, or stdin.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file (from a path or found in a folder).
    File(PathBuf),
    /// Standard input.
    Stdin,
}

impl Source {
    /// The name records carry.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// Expands the paths into sources: folders recursively in sorted order,
/// `-` or nothing as stdin. Paths that cannot be listed are returned as
/// errors, in place, so that the other inputs still run.
pub fn sources(args: &InputArgs) -> Vec<Result<Source, (String, String)>> {
    let mut out = Vec::new();
    if args.paths.is_empty() {
        out.push(Ok(Source::Stdin));
    }
    for p in &args.paths {
        if p.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
        } else if p.is_dir() {
            let before = out.len();
            walk(p, &mut out);
            if out.len() == before {
                out.push(Err((p.display().to_string(), "folder holds no files".to_string())));
            }
        } else if p.exists() {
            out.push(Ok(Source::File(p.clone())));
        } else {
            out.push(Err((p.display().to_string(), "no such file or folder".to_string())));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<Source, (String, String)>>) {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            out.push(Err((dir.display().to_string(), e.to_string())));
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

/// Reads and decodes one source into a document.
pub fn load(src: &Source) -> Result<Document, String> {
    let bytes = match src {
        Source::File(p) => fs::read(p).map_err(|e| e.to_string())?,
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf).map_err(|e| e.to_string())?;
            buf
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| format!("not valid UTF-8 ({e})"))?;
    Ok(Document::new(src.name(), &text))
}
