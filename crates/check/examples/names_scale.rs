//! Load, index and check times of the name rules on a gazetteer, in wall-clock and CPU
//! time (the machine is often shared, and CPU time says what the work costs), with the
//! peak resident memory. Complements `benches/names.rs` (divan, wall-clock only).
//!
//! Data: `scripts/names/geonames_glossary.py DIR` (see the bench).
//! Run: `cargo run --release -p mtlint-check --example names_scale -- DIR 1m [ROUNDS]`
//! (ROUNDS: checks of the ~1 MB text, 20 by default; more for a profile of checking).
//! With `NAMES_SCALE_FINDINGS=FILE` the findings of the last round are written to FILE, one
//! a line, to compare two builds.

use std::time::{Duration, Instant};

use mtlint_check::{Checker, Rule, Settings};
use mtlint_glossary::{GlossarySet, GlossarySource, LangTag};

/// CPU time of the whole process so far (user + system), from /proc (Linux only).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses), from the state: utime and
    // stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let ticks = field(11) + field(12);
    Duration::from_millis(ticks * 10)
}

/// Peak resident set size in MiB, from /proc.
fn peak_rss_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(0, |kib| kib / 1024)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(size)) = (args.next(), args.next()) else {
        return Err("usage: names_scale DIR SIZE [ROUNDS] (SIZE: 10k, 100k or 1m)".into());
    };
    let rounds: u32 = match args.next() {
        Some(r) => r.parse()?,
        None => 20,
    };
    let text = std::fs::read_to_string(format!("{dir}/gazetteer-{size}.toml"))?;
    let news = std::fs::read_to_string(format!("{dir}/news.pt.txt"))?;
    let news = news.repeat((1 << 20) / news.len().max(1) + 1);

    let (wall, cpu) = (Instant::now(), cpu_time());
    let set = GlossarySet::build(&[GlossarySource {
        name: format!("gazetteer-{size}.toml"),
        text,
    }])?;
    let (load_wall, load_cpu) = (wall.elapsed(), cpu_time() - cpu);

    let (wall, cpu) = (Instant::now(), cpu_time());
    let mut settings = Settings::new("pt".parse::<LangTag>()?);
    settings.disabled = Rule::all_but(&[
        Rule::WrongTerm,
        Rule::WrongTermInContext,
        Rule::NameNearMiss,
        Rule::TranslatedNamePart,
        Rule::InconsistentName,
    ]);
    let checker = Checker::new(&set, settings);
    let (index_wall, index_cpu) = (wall.elapsed(), cpu_time() - cpu);

    let (wall, cpu) = (Instant::now(), cpu_time());
    let mut findings = Vec::new();
    for _ in 0..rounds {
        findings = checker.check(&news);
    }
    let (check_wall, check_cpu) = (wall.elapsed() / rounds, (cpu_time() - cpu) / rounds);
    let mb = news.len() as f64 / 1e6;
    println!("names: {size}, entries: {}", checker.term_count());
    println!("load (parse + validate): {load_wall:.2?} wall, {load_cpu:.2?} CPU");
    println!("index (term + name index): {index_wall:.2?} wall, {index_cpu:.2?} CPU");
    println!(
        "check {:.2} MB: {check_wall:.2?} wall ({:.1} MB/s), {check_cpu:.2?} CPU ({:.1} MB/s), {} findings",
        mb,
        mb / check_wall.as_secs_f64(),
        mb / check_cpu.as_secs_f64().max(1e-9),
        findings.len(),
    );
    if let Some(path) = std::env::var_os("NAMES_SCALE_FINDINGS") {
        let lines: Vec<String> = findings.iter().map(|f| format!("{f:?}\n")).collect();
        std::fs::write(path, lines.concat())?;
    }
    println!("peak RSS: {} MiB", peak_rss_mib());
    Ok(())
}
