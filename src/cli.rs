//! What the user typed: the command line of SPEC §4, as clap types.

use std::path::PathBuf;

use chitieu::output::Columns;
use clap::{Parser, Subcommand, ValueEnum};

/// Turns every statistical claim of Vietnamese reports into a typed,
/// checked record.
#[derive(Debug, Parser)]
#[command(name = "chitieu", version, about, after_help = TOP_EXAMPLES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
// Examples go into `after_help` so that both `-h` and `--help` show them
// (a second doc paragraph would show only under `--help`).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract every claim as one record (CSV, JSON Lines or xlsx).
    #[command(after_help = EXTRACT_EXAMPLES)]
    Extract(ExtractArgs),
    /// Print a diagnostic for every mismatch; exit 1 if any.
    #[command(after_help = "Example:\n  chitieu check fixtures/")]
    Check(CheckArgs),
    /// Write one self-contained HTML audit page.
    #[command(after_help = "Example:\n  chitieu report fixtures/ -o audit.html")]
    Report(ReportArgs),
    /// Print a shell completion script on stdout.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions(CompletionsArgs),
    /// Print the man page (roff) on stdout.
    #[command(after_help = "Example:\n  chitieu man > chitieu.1 && man ./chitieu.1")]
    Man,
}

const TOP_EXAMPLES: &str = "\
Examples:
  chitieu extract fixtures/ > claims.csv
  chitieu check fixtures/
  chitieu extract --format xlsx -o claims.xlsx fixtures/

Each command has its own --help.";

const EXTRACT_EXAMPLES: &str = "\
Examples:
  chitieu extract fixtures/ > claims.csv
  chitieu extract --format jsonl fixtures/ > claims.jsonl
  chitieu extract --excel --columns doc,unit,year,achieved,target,percent,check fixtures/ > claims.csv
  chitieu extract --format xlsx -o claims.xlsx fixtures/";

const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  chitieu completions bash > ~/.local/share/bash-completion/completions/chitieu
  chitieu completions zsh > ~/.zfunc/_chitieu
  chitieu completions fish > ~/.config/fish/completions/chitieu.fish";

/// Options shared by every command that reads documents.
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// Files, folders (searched recursively, sorted) or `-` for stdin; none
    /// means stdin.
    pub paths: Vec<PathBuf>,
    /// How to read the inputs: `auto` decides per file, by extension
    /// (.html/.htm, .jsonl/.ndjson, else text) and content (a page saved by
    /// a browser); the others force one reader.
    #[arg(long, value_enum, default_value_t = InputKind::Auto)]
    pub input: InputKind,
    /// Follow symbolic links inside folders (loops are detected).
    #[arg(long)]
    pub follow: bool,
    /// Read only files of this type from folders (repeatable; default: all
    /// of txt, html, jsonl).
    #[arg(long = "type", short = 't', value_enum, value_name = "TYPE")]
    pub types: Vec<TypeArg>,
    /// Read the files of folders matching GLOB, whatever their extension
    /// (repeatable); `!GLOB` leaves matching files out.
    #[arg(long = "glob", short = 'g', value_name = "GLOB")]
    pub globs: Vec<String>,
    /// The largest input read (bytes, or with K, M, G); a larger file is an
    /// error naming it.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_filesize: u64,
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
    /// cores; at most 64, and one per input file). The output is the same
    /// whatever the number.
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Write to FILE instead of stdout (required for xlsx).
    #[arg(short, long, value_name = "FILE", required_if_eq("format", "xlsx"))]
    pub output: Option<PathBuf>,
    /// CSV for spreadsheets: UTF-8 byte-order mark and CRLF line ends
    /// (Excel reads BOM-less UTF-8 as ANSI and garbles Vietnamese), text
    /// quoted; text that would start a formula (= + - @) gets an invisible
    /// U+2060 before it, so it shows as written.
    #[arg(long)]
    pub excel: bool,
    /// With --excel: the spreadsheet's locale. vi writes `;` between cells
    /// and `,` decimals (128,56), what a Vietnamese Excel or LibreOffice
    /// reads as numbers; en writes `,` and `.` (128.56).
    #[arg(long, value_enum, default_value_t = LocaleArg::En, requires = "excel")]
    pub locale: LocaleArg,
    /// The columns to write (CSV, xlsx), comma-separated, in this order,
    /// named as in the CSV header: e.g. doc,unit,year,percent,check.
    #[arg(long, value_name = "A,B,C", value_parser = ColumnsParser, hide_possible_values = true)]
    pub columns: Option<Columns>,
}

/// The SPEC §3 columns with what each holds: the names `--columns`
/// completes to, and the COLUMNS section of the man page.
pub const COLUMN_DOCS: [(&str, &str); 19] = [
    (
        "doc",
        "the input path as given, - for stdin, or the JSON Lines id",
    ),
    ("line", "1-based line of the claim's first character"),
    (
        "start",
        "character offset of the claim's first figure (NFC text)",
    ),
    ("end", "character offset just past its last figure"),
    (
        "unit",
        "the organisation the figure is about, at its fullest",
    ),
    ("year", "the year the figure belongs to"),
    (
        "metric",
        "what is counted, canonical (đoàn viên, công đoàn cơ sở)",
    ),
    ("subject", "the counted noun phrase as written"),
    ("achieved", "the value reached: a count, or đồng for money"),
    ("target", "the plan or whole it is measured against"),
    ("percent", "the percent stated in the text"),
    (
        "computed_percent",
        "100 × achieved / target, rounded to 2 decimals",
    ),
    (
        "qualifier",
        "nearly, approx, over, under, at_least, at_most or empty",
    ),
    ("kind", "actual, plan or criterion"),
    ("measure", "count, VND or percent"),
    (
        "basis",
        "what the percent is of: target, whole, change, excess or empty",
    ),
    ("check", "ok, mismatch or unchecked"),
    ("note", "the arithmetic or assumption behind check"),
    ("quote", "the clause the claim stands in, as written"),
];

/// Parses `--columns` (an unknown name lists the known ones) and offers
/// the column names to shell completion, instead of file names.
#[derive(Debug, Clone, Copy)]
struct ColumnsParser;

impl clap::builder::TypedValueParser for ColumnsParser {
    type Value = Columns;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Columns, clap::Error> {
        let parse = |list: &str| Columns::parse(list).map_err(|e| e.to_string());
        parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(COLUMN_DOCS.iter().map(|&(name, help)| {
            clap::builder::PossibleValue::new(name).help(help)
        })))
    }
}

/// `chitieu completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
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
    /// An Excel workbook (needs -o FILE): typed cells, a summary sheet.
    Xlsx,
}

/// Spreadsheet locales of `--excel`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LocaleArg {
    /// English: `,` between cells, `.` decimals.
    En,
    /// Vietnamese: `;` between cells, `,` decimals.
    Vi,
}

/// How inputs are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    /// By extension and content, per file.
    Auto,
    /// Plain text files.
    Text,
    /// HTML pages: the article's main text is taken.
    Html,
    /// JSON Lines of `{"id": …, "text": …}`.
    Jsonl,
}

/// File types read from folders (`--type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TypeArg {
    /// .txt
    Txt,
    /// .html, .htm
    Html,
    /// .jsonl, .ndjson
    Jsonl,
}

/// Parses `--max-filesize`: bytes, or a number with K, M or G (powers of
/// 1024, an optional trailing B or iB).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(t);
    let (digits, shift) = match t.char_indices().last() {
        Some((i, 'K' | 'k')) => (&t[..i], 10),
        Some((i, 'M' | 'm')) => (&t[..i], 20),
        Some((i, 'G' | 'g')) => (&t[..i], 30),
        _ => (t, 0),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("`{s}` is not a size: write bytes, or e.g. 500K, 64M, 1G"))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The names completion offers are the SPEC §3 columns, in order: fails
    /// when a column is added to the record and not documented here.
    #[test]
    fn column_docs_name_every_column_in_order() {
        let names: Vec<&str> = COLUMN_DOCS.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, chitieu::record::COLUMNS);
    }
}
