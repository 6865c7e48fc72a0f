//! `debrief`: the command line. Parses, dispatches, and turns errors into
//! exit codes; the work is in the library crates.

mod analyze;
mod args;
mod batch;
mod config;
mod exit;
mod files;
mod grade;
mod history;
mod kb;
mod progress;
mod rules;
mod schema;
mod serve;

use args::{Cli, Command};
use clap::Parser;

fn main() -> std::process::ExitCode {
    // clap exits with 2 on a usage error and 0 for --help, as documented.
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Schema => schema::run(),
        Command::Kb(command) => kb::run(command),
        Command::Grade(args) => grade::run(args),
        Command::Rules { code } => rules::run(code.as_deref()),
        Command::Serve(args) => serve::run(args),
        Command::History(args) => history::run(args),
        Command::Progress(args) => progress::run(args),
    };
    match result {
        Ok(()) => exit::Code::Ok.into(),
        Err(error) => exit::fail(&error),
    }
}
