//! Answers of the embedded tables remembered per thread, by word.
//!
//! About 97% of the words of real text are repeats, and an fst look-up costs about 1,300
//! instructions (a walk of one node per byte) where a hash map of the words already asked
//! costs a tenth of that. The tables are immutable data of the binary, so an answer never
//! goes stale; each thread keeps its own map (no locking), and a map that grows past
//! `MAX_WORDS` starts over, so a long-running server or a text of endless distinct tokens
//! holds a bounded amount.

use std::cell::RefCell;
use std::thread::LocalKey;

use rustc_hash::FxHashMap;

/// The remembered answers of one table on one thread.
pub(crate) type Memo<V> = RefCell<FxHashMap<Box<str>, V>>;

/// Words a thread remembers per table before it starts over (a few MB at most).
const MAX_WORDS: usize = 1 << 17;

/// The answer for `word` from `memo`, or `look_up`'s, remembered.
pub(crate) fn remembered<V: Copy>(
    memo: &'static LocalKey<Memo<V>>,
    word: &str,
    look_up: impl FnOnce() -> V,
) -> V {
    // `try_with`: a thread being torn down has no memo left, and then just looks up.
    if let Some(answer) = memo
        .try_with(|m| m.borrow().get(word).copied())
        .ok()
        .flatten()
    {
        return answer;
    }
    let answer = look_up();
    let _ = memo.try_with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MAX_WORDS {
            m.clear();
        }
        m.insert(word.into(), answer);
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static TEST: Memo<usize> = RefCell::default();
    }

    #[test]
    fn remembers_and_starts_over_when_full() {
        let mut calls = 0;
        assert_eq!(
            remembered(&TEST, "casa", || {
                calls += 1;
                4
            }),
            4
        );
        assert_eq!(
            remembered(&TEST, "casa", || {
                calls += 1;
                9
            }),
            4
        );
        assert_eq!(calls, 1);
        for i in 0..MAX_WORDS {
            remembered(&TEST, &i.to_string(), || i);
        }
        assert!(TEST.with(|m| m.borrow().len()) <= MAX_WORDS);
        assert_eq!(
            remembered(&TEST, "casa", || 7),
            7,
            "forgotten after starting over"
        );
    }
}
