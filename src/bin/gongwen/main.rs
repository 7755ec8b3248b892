//! The gongwen command-line tool: a thin client of the library.

mod args;
mod commands;
mod config;
mod output;
mod tables;
#[cfg(test)]
#[path = "../../test_rng.rs"]
mod test_rng;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match commands::run(cli) {
        Ok(status) => status,
        Err(err) if output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("gongwen: {}", output::terminal_safe(&format!("{err:#}")));
            ExitCode::from(2)
        }
    }
}
