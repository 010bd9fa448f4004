//! What the user typed: the command line of SPEC §4, as clap types.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Turns every statistical claim of Vietnamese reports into a typed,
/// checked record.
#[derive(Debug, Parser)]
#[command(name = "chitieu", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract every claim as one record (CSV or JSON Lines) on stdout.
    ///
    /// Example: chitieu extract --format jsonl fixtures/ > claims.jsonl
    Extract(ExtractArgs),
    /// Print a diagnostic for every mismatch; exit 1 if any.
    ///
    /// Example: chitieu check fixtures/
    Check(CheckArgs),
    /// Write one self-contained HTML audit page.
    ///
    /// Example: chitieu report fixtures/ -o audit.html
    Report(ReportArgs),
}

/// Options shared by every command that reads documents.
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// Files, folders (searched recursively, sorted) or `-` for stdin; none
    /// means stdin.
    pub paths: Vec<PathBuf>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = InputKind::Text)]
    pub input: InputKind,
    /// Text encoding of the inputs.
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
    /// Also extract from the page furniture after the article body.
    #[arg(long)]
    pub all_text: bool,
}

/// `chitieu extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Csv)]
    pub format: FormatArg,
    /// Documents processed at once, on this many threads (default: all
    /// cores). The output is the same whatever the number.
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

/// `chitieu check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Also list the claims that passed, one line each.
    #[arg(long)]
    pub all: bool,
}

/// `chitieu report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// The HTML file to write.
    #[arg(short, long)]
    pub output: PathBuf,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Comma-separated values with a header line.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// How inputs are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    /// Plain text files.
    Text,
    /// HTML pages: the article's main text is taken.
    Html,
    /// JSON Lines of `{"id": …, "text": …}`.
    Jsonl,
}

/// Text encodings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    /// Detect from BOM and content.
    Auto,
    /// UTF-8.
    #[value(name = "utf-8")]
    Utf8,
    /// Windows-1258, the legacy Vietnamese code page.
    #[value(name = "windows-1258")]
    Windows1258,
    /// UTF-16 with a BOM.
    #[value(name = "utf-16")]
    Utf16,
}
