//! The command line's shape.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use debrief_core::InputFormat;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "debrief",
    version,
    about = "Turns job-interview transcripts into coaching reports, offline.",
    after_help = crate::exit::HELP
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse a transcript and print its coaching report, or many
    /// transcripts (files, directories, glob patterns) into `--out DIR`.
    #[command(after_help = crate::exit::HELP)]
    Analyze(AnalyzeArgs),
    /// Print the JSON Schema of the report that `analyze --format json` prints.
    #[command(after_help = crate::exit::HELP)]
    Schema,
    /// Grade answers against your own reference answers: reads a CSV with
    /// the columns question, reference, answer and prints it with score
    /// (0-100), covered and missed.
    #[command(after_help = crate::exit::HELP)]
    Grade(GradeArgs),
    /// List, show and check knowledge-base topics.
    #[command(subcommand, after_help = crate::exit::HELP)]
    Kb(KbCommand),
    /// List the rules behind the report's findings, or print one's
    /// documentation: what it finds, why it matters, an example.
    #[command(after_help = crate::exit::HELP)]
    Rules {
        /// A rule's code or name, e.g. `delivery.filler` or `filler-words`.
        code: Option<String>,
    },
    /// Serve the web app on this machine: paste or upload a transcript, read
    /// its report, browse history and progress, delete analyses; plus a
    /// JSON API. Runs until stopped (Ctrl-C).
    #[command(after_help = crate::exit::HELP)]
    Serve(ServeArgs),
    /// List the analyses saved with `analyze --save`, show one again, or
    /// delete one for good.
    #[command(after_help = crate::exit::HELP)]
    History(HistoryArgs),
    /// Trends of the saved analyses (overall, content, delivery, filler
    /// rate) and the topics that keep coming out weak.
    #[command(after_help = crate::exit::HELP)]
    Progress(ProgressArgs),
}

/// `--data DIR`: where the history database lives.
const DATA_HELP: &str = "The directory of the history database [default: the platform's data \
                         directory, e.g. ~/.local/share/debrief].";

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[command(subcommand)]
    pub command: Option<HistoryCommand>,

    /// Only the analyses saved with `--who NAME`.
    #[arg(long, value_name = "NAME")]
    pub who: Option<String>,

    #[arg(long, value_name = "DIR", global = true, help = DATA_HELP)]
    pub data: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum HistoryCommand {
    /// Render a saved analysis again, in any format.
    Show {
        /// The analysis's id, as `debrief history` lists it.
        id: i64,
        /// What to print.
        #[arg(long, value_enum, default_value_t = OutputFormat::Md)]
        format: OutputFormat,
        /// Write the report to PATH instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Delete a saved analysis and its transcript for good.
    Rm {
        /// The analysis's id, as `debrief history` lists it.
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct ProgressArgs {
    /// Only the analyses saved with `--who NAME`.
    #[arg(long, value_name = "NAME")]
    pub who: Option<String>,

    #[arg(long, value_name = "DIR", help = DATA_HELP)]
    pub data: Option<PathBuf>,

    /// `text` (a table for the terminal) or `html` (one page with charts).
    #[arg(long, value_enum, default_value_t = ProgressFormat::Text)]
    pub format: ProgressFormat,

    /// Write to PATH instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ProgressFormat {
    Text,
    Html,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,

    /// The address to listen on. Anything but a loopback address makes the
    /// app (and everyone's history in it) reachable from the network.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,

    #[arg(long, value_name = "DIR", help = DATA_HELP)]
    pub data: Option<PathBuf>,

    /// Refuse transcripts larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = debrief_server::DEFAULT_MAX_UPLOAD)]
    pub max_upload: usize,
}

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// The CSV file (RFC 4180, header row required); `-` reads standard
    /// input.
    #[arg(long, value_name = "FILE")]
    pub csv: PathBuf,

    /// Write the graded CSV to PATH instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// List the topics: id, kind and title.
    List {
        /// Also the topics of this directory (as `analyze --kb`).
        #[arg(long, value_name = "DIR")]
        kb: Option<PathBuf>,
        /// `text` (a table) or `json`.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print one topic: questions, key points, misconceptions, model answer.
    Show {
        /// The topic id, e.g. `python.list-vs-tuple`.
        id: String,
        /// Also the topics of this directory (as `analyze --kb`).
        #[arg(long, value_name = "DIR")]
        kb: Option<PathBuf>,
    },
    /// Check topic files: the built-in ones, or those in DIR. Exits 1 when
    /// any has a problem.
    Lint {
        /// A directory of topic files (default: the built-in knowledge base).
        dir: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// The transcript; `-` reads standard input. With `--out`: any number
    /// of files, directories (searched for .txt .md .srt .vtt .json files)
    /// and glob patterns such as 'talks/*.vtt'.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    /// What to print.
    #[arg(long, value_enum, default_value_t = OutputFormat::Md)]
    pub format: OutputFormat,

    /// Write the report to PATH instead of standard output.
    #[arg(
        short = 'o',
        long = "output",
        value_name = "PATH",
        conflicts_with = "out"
    )]
    pub output: Option<PathBuf>,

    /// Write one report per input into DIR (created if missing), named
    /// after the input, plus DIR/summary.json; print a summary table.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// How many files to analyse at once with `--out` [default: the number
    /// of CPUs].
    #[arg(long, value_name = "N", requires = "out", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

    /// Read the transcript as this format instead of detecting it.
    #[arg(
        long,
        value_name = "FORMAT",
        default_value = "auto",
        value_parser = input_format_parser()
    )]
    pub input_format: InputChoice,

    /// The speaker label of the candidate, when the file has labels and the
    /// guess (whoever answers most) is wrong.
    #[arg(long, value_name = "NAME")]
    pub candidate: Option<String>,

    /// Refuse inputs larger than N bytes [default: 32 MiB].
    #[arg(long, value_name = "N")]
    pub max_bytes: Option<usize>,

    /// A directory of your own topic files, added to the built-in knowledge
    /// base (a topic with a built-in id replaces it).
    #[arg(long, value_name = "DIR")]
    pub kb: Option<PathBuf>,

    /// Switch rules off, by code or name (comma-separated or repeated);
    /// `debrief rules` lists them. Adds to the config file's `ignore`.
    #[arg(long, value_name = "CODE,...", value_delimiter = ',')]
    pub ignore: Vec<String>,

    /// A config file (TOML) [default: ./debrief.toml when it exists].
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Also save the analysis (transcript, report, scores) in the history,
    /// for `debrief history` and `debrief progress`.
    #[arg(long)]
    pub save: bool,

    /// Whose interview it is, saved with it (for `history --who` and
    /// `progress --who`).
    #[arg(long, value_name = "NAME", requires = "save")]
    pub who: Option<String>,

    #[arg(long, value_name = "DIR", requires = "save", help = DATA_HELP)]
    pub data: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A Markdown coaching report.
    #[value(alias = "markdown")]
    Md,
    /// The report contract, `debrief.report/1`.
    Json,
    /// One self-contained HTML page: charts, findings highlighted in the
    /// transcript, printable; loads nothing from the network.
    Html,
}

/// `--input-format`: detect, or a format named by the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputChoice(pub Option<InputFormat>);

/// The accepted names come from the core's own list, so a new format shows
/// up here without touching the CLI.
fn input_format_parser() -> impl TypedValueParser<Value = InputChoice> {
    let auto = PossibleValue::new("auto").help("Detect the format from the content");
    let named = InputFormat::ALL
        .into_iter()
        .map(|format| PossibleValue::new(format.name()).help(describe(format)));
    PossibleValuesParser::new(std::iter::once(auto).chain(named))
        .map(|name| InputChoice(name.parse().ok()))
}

fn describe(format: InputFormat) -> &'static str {
    match format {
        InputFormat::Plain => "Text without speaker labels, e.g. a speech-to-text dump",
        InputFormat::SpeakerLines => "`Name: text` lines, also Otter and Markdown variants",
        InputFormat::ZoomTxt => "Zoom's transcript .txt: time, speaker, text",
        InputFormat::Srt => "SubRip captions (.srt)",
        InputFormat::Webvtt => "WebVTT captions (.vtt), with <v Name> voice tags",
        InputFormat::WhisperJson => "Whisper's JSON output with `segments`",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn auto_means_detect_and_names_mean_that_format() {
        let parse = |name: &str| {
            let cli =
                Cli::try_parse_from(["debrief", "analyze", "x", "--input-format", name]).unwrap();
            match cli.command {
                Command::Analyze(args) => args.input_format.0,
                _ => unreachable!(),
            }
        };
        assert_eq!(parse("auto"), None);
        for format in InputFormat::ALL {
            assert_eq!(parse(format.name()), Some(format));
        }
    }
}
