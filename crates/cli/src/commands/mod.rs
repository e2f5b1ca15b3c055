mod check;
mod glossary;
pub(crate) mod import;
mod licences;
mod rule;

use crate::args::{Cli, Command, GlossaryCommand};
use crate::{CliError, ExitCode};

pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    // Every later read of a file is bounded by it (mtlint_glossary::read).
    match &cli.command {
        Command::Check(args) => mtlint_glossary::read::set_max_size(args.max_size),
        Command::Glossary(GlossaryCommand::Import(args)) => {
            mtlint_glossary::read::set_max_size(args.max_size);
        }
        _ => {}
    }
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Glossary(GlossaryCommand::Check {
            paths,
            no_default_glossaries,
        }) => glossary::check(&paths, !no_default_glossaries),
        Command::Glossary(GlossaryCommand::Test { paths }) => glossary::test(&paths),
        Command::Glossary(GlossaryCommand::Import(args)) => import::import(&args),
        Command::Glossary(GlossaryCommand::Export(args)) => import::export(&args),
        Command::Rule { name } => rule::run(name.as_deref()),
        Command::Licences => licences::run(),
        Command::Server => mtlint_server::run_stdio()
            .map(|()| ExitCode::Clean)
            .map_err(|e| CliError::Usage(e.to_string())),
    }
}
