//! A progress bar on stderr for long runs: only when stderr is a terminal, never in CI
//! logs (`CI` set), and only once the run proves long (many files, or a second gone).

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs with more files than this show the bar from the start.
const MANY_FILES: usize = 100;
/// Shorter runs show it once they have taken this long.
const LONG_RUN: Duration = Duration::from_secs(1);

/// Counts checked files; draws only when worth it. Shared by the checking threads.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: AtomicBool,
}

impl Progress {
    /// A bar for `total` files, hidden unless stderr is an interactive terminal.
    pub fn new(total: usize) -> Self {
        let wanted = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        let bar = wanted.then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} checking {pos}/{len} files [{bar:30}] {elapsed}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar
        });
        let progress = Progress {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
        };
        if total > MANY_FILES {
            progress.show();
        }
        progress
    }

    /// One more file checked.
    pub fn inc(&self) {
        let Some(bar) = &self.bar else { return };
        bar.inc(1);
        if self.started.elapsed() > LONG_RUN {
            self.show();
        }
    }

    fn show(&self) {
        if let Some(bar) = &self.bar {
            if !self.shown.swap(true, Ordering::Relaxed) {
                bar.set_draw_target(ProgressDrawTarget::stderr());
            }
        }
    }

    /// Removes the bar before the report is printed.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
