//! Replays the committed fuzz corpus (fuzz/corpus/TARGET/*) through the very functions the
//! fuzz targets call (fuzz/src/targets.rs), on stable, as an ordinary test: every input
//! must return without a panic, each within a generous watchdog.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

#[path = "../fuzz/src/targets.rs"]
mod targets;

/// Per input; the fuzzer's own limit is 10 s (`-timeout=10`) on an optimised build.
const WATCHDOG: Duration = Duration::from_secs(30);

#[test]
fn every_corpus_input_passes_its_target() {
    let mut replayed = 0;
    for target in targets::TARGETS {
        let folder = Path::new("fuzz/corpus").join(target);
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .map(|e| e.expect("a corpus entry").path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{}: empty corpus", folder.display());
        for file in files {
            let data = std::fs::read(&file).expect("read a corpus file");
            let (done, finished) = mpsc::channel();
            let name = file.display().to_string();
            let worker = std::thread::spawn(move || {
                targets::run(target, &data);
                let _ = done.send(());
            });
            match finished.recv_timeout(WATCHDOG) {
                Ok(()) => {}
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    panic!("{name}: past the {WATCHDOG:?} watchdog")
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let _ = worker.join();
                    panic!("{name}: the target panicked");
                }
            }
            worker.join().expect("the target returned");
            replayed += 1;
        }
    }
    assert!(replayed >= targets::TARGETS.len());
}
