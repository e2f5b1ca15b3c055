//! The `mtlint` command line: arguments, files, reporters, exit codes. Everything about
//! checking lives in the library session (`mtlint-session`, over the `mtlint-check`
//! engine); this crate only wires it to the outside world, and renders every error in
//! one place ([`error::CliError`]).

mod args;
mod baseline;
mod commands;
mod config;
mod error;
mod fix;
mod input;
mod progress;
mod report;
mod write;

use clap::Parser;

pub use error::{CliError, ExitCode};

/// The project's address (the workspace's `repository`, a placeholder until it is
/// published): SARIF's informationUri and the rule docs point there.
pub const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    let cli = args::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code as i32,
        // The reader went away (`mtlint check . | head`): like ripgrep, stop quietly.
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::Clean as i32
        }
        Err(e) => {
            error::print(&e);
            ExitCode::Error as i32
        }
    }
}
