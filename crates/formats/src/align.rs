//! Text with its source: pairing a target file's lines or sentences with the source's.
//!
//! When both texts have the same number of non-empty lines, line `n` of one is paired with
//! line `n` of the other. Otherwise both are cut into sentences and aligned by length in
//! the manner of Gale and Church (1993): a dynamic programme over 1-1, 1-0, 0-1, 2-1 and
//! 1-2 matches, each costing `-100 ln(P(match) P(δ | match))` where δ measures how far the
//! lengths are from the texts' overall length ratio. When more than 20% of the sentences
//! of either side stay unmatched (1-0 or 0-1), the texts are not translations of each
//! other closely enough for a guess: an error.

use mtlint_check::ByteRange;

use crate::FormatError;

/// Which of the two texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Source,
    Target,
}

/// Texts that could not be paired, with where on which side.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} {error}", match .side { Side::Source => "source", Side::Target => "target" })]
pub struct AlignError {
    pub side: Side,
    /// The first unmatched sentence's place in that side's text, and why.
    pub error: FormatError,
}

/// The pairing of a source text and its translation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alignment {
    /// Source range and target range of each pair, in text order.
    pub pairs: Vec<(ByteRange, ByteRange)>,
    /// Target sentences with no source (still to be checked, without one).
    pub unmatched_target: Vec<ByteRange>,
    /// Set when the texts were aligned by sentence rather than line by line: a note for
    /// the user, since the pairing is a guess.
    pub note: Option<String>,
}

/// The largest share of either side's sentences that may stay unmatched.
const MAX_UNMATCHED: f64 = 0.2;

/// Pairs `source` with `target` (both whole texts), line by line or by sentence.
pub fn align(source: &str, target: &str) -> Result<Alignment, AlignError> {
    let (src_lines, tgt_lines) = (lines(source), lines(target));
    if src_lines.len() == tgt_lines.len() {
        return Ok(Alignment {
            pairs: src_lines.into_iter().zip(tgt_lines).collect(),
            ..Alignment::default()
        });
    }
    let (src, tgt) = (sentences(source), sentences(target));
    let Some(beads) = gale_church(&lengths(source, &src), &lengths(target, &tgt)) else {
        return Err(AlignError {
            side: Side::Target,
            error: FormatError::at(
                target,
                0,
                format!(
                    "too long to align by sentence ({} and {} sentences): give texts with the same number of lines",
                    src.len(),
                    tgt.len()
                ),
            ),
        });
    };
    let mut out = Alignment {
        note: Some(format!(
            "{} and {} non-empty lines: aligned by sentence ({} and {} sentences)",
            src_lines.len(),
            tgt_lines.len(),
            src.len(),
            tgt.len()
        )),
        ..Alignment::default()
    };
    let mut unmatched_src = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (di, dj) in beads {
        match (di, dj) {
            (0, _) => out.unmatched_target.push(tgt[j]),
            (_, 0) => unmatched_src.push(src[i]),
            _ => out
                .pairs
                .push((join(&src[i..i + di]), join(&tgt[j..j + dj]))),
        }
        i += di;
        j += dj;
    }
    check_unmatched(source, Side::Source, &unmatched_src, src.len())?;
    check_unmatched(target, Side::Target, &out.unmatched_target, tgt.len())?;
    Ok(out)
}

fn check_unmatched(
    text: &str,
    side: Side,
    unmatched: &[ByteRange],
    total: usize,
) -> Result<(), AlignError> {
    if total == 0 || (unmatched.len() as f64) <= MAX_UNMATCHED * total as f64 {
        return Ok(());
    }
    let at = unmatched.first().map_or(0, |r| r.start);
    let message = format!(
        "{} of {total} sentences have no counterpart in the other text (more than 20%): the texts do not align",
        unmatched.len()
    );
    Err(AlignError {
        side,
        error: FormatError::at(text, at, message),
    })
}

fn join(ranges: &[ByteRange]) -> ByteRange {
    ByteRange::new(ranges[0].start, ranges[ranges.len() - 1].end)
}

/// The non-empty lines of `text`, without their line ends and outer blanks.
fn lines(text: &str) -> Vec<ByteRange> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let start = at;
        at += raw.len();
        let trimmed = raw.trim_start();
        let lead = raw.len() - trimmed.len();
        let body = trimmed.trim_end();
        if !body.is_empty() {
            out.push(ByteRange::new(start + lead, start + lead + body.len()));
        }
    }
    out
}

/// The sentences of `text`: each line cut after `.`, `!`, `?` or `…` (and any closing
/// quotes or brackets) followed by a blank.
fn sentences(text: &str) -> Vec<ByteRange> {
    let mut out = Vec::new();
    for line in lines(text) {
        let s = &text[line.as_range()];
        let mut start = 0;
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(k, q)) = chars.peek() {
                if !matches!(
                    q,
                    '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '.' | '!' | '?'
                ) {
                    break;
                }
                end = k + q.len_utf8();
                chars.next();
            }
            if chars.peek().is_some_and(|&(_, n)| n.is_whitespace()) {
                out.push(ByteRange::new(line.start + start, line.start + end));
                let rest = &s[end..];
                start = end + (rest.len() - rest.trim_start().len());
            }
        }
        if start < s.len() {
            out.push(ByteRange::new(line.start + start, line.end));
        }
    }
    out
}

fn lengths(text: &str, ranges: &[ByteRange]) -> Vec<f64> {
    ranges
        .iter()
        .map(|r| text[r.as_range()].chars().count() as f64)
        .collect()
}

/// The matches Gale–Church allows, with their prior probabilities (from their paper).
const MOVES: [(usize, usize, f64); 5] = [
    (1, 1, 0.89),
    (1, 0, 0.0099 / 2.0),
    (0, 1, 0.0099 / 2.0),
    (2, 1, 0.089 / 2.0),
    (1, 2, 0.089 / 2.0),
];

/// The variance of target length per source char (Gale and Church's s²).
const VARIANCE: f64 = 6.8;

/// The most cells the dynamic programme fills (sentences of one side times the other's):
/// beyond, a file pair is refused rather than take seconds and a large table.
const MAX_CELLS: usize = 25_000_000;

/// The cheapest sequence of moves over sentence lengths `a` and `b`, or `None` when the
/// texts are too long to align this way.
fn gale_church(a: &[f64], b: &[f64]) -> Option<Vec<(usize, usize)>> {
    let (n, m) = (a.len(), b.len());
    if (n + 1).saturating_mul(m + 1) > MAX_CELLS {
        return None;
    }
    let ratio = {
        let (ta, tb): (f64, f64) = (a.iter().sum(), b.iter().sum());
        if ta > 0.0 && tb > 0.0 {
            tb / ta
        } else {
            1.0
        }
    };
    // Costs of the last three rows (a move goes back at most two), and every cell's move
    // as an index into MOVES.
    let width = m + 1;
    let mut rows = vec![vec![f64::INFINITY; width]; 3];
    let mut back = vec![u8::MAX; (n + 1) * width];
    rows[0][0] = 0.0;
    for i in 0..=n {
        if i > 0 {
            rows[i % 3].fill(f64::INFINITY);
        }
        for j in 0..=m {
            if i == 0 && j == 0 {
                continue;
            }
            let mut best = (f64::INFINITY, u8::MAX);
            for (k, &(di, dj, prior)) in MOVES.iter().enumerate() {
                if di > i || dj > j {
                    continue;
                }
                let before = rows[(i - di) % 3][j - dj];
                if !before.is_finite() {
                    continue;
                }
                let la: f64 = a[i - di..i].iter().sum();
                let lb: f64 = b[j - dj..j].iter().sum();
                let c = before + match_cost(la, lb, ratio, prior);
                if c < best.0 {
                    best = (c, k as u8);
                }
            }
            rows[i % 3][j] = best.0;
            back[i * width + j] = best.1;
        }
    }
    let mut moves = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let Some(&(di, dj, _)) = MOVES.get(back[i * width + j] as usize) else {
            break; // Unreachable: every cell but the origin has a move (1-0 or 0-1).
        };
        moves.push((di, dj));
        i -= di;
        j -= dj;
    }
    moves.reverse();
    Some(moves)
}

/// `-100 ln(P(match) · P(δ | match))`, δ the normalised length difference.
fn match_cost(la: f64, lb: f64, ratio: f64, prior: f64) -> f64 {
    let mean = (la + lb / ratio) / 2.0;
    let delta = if mean > 0.0 {
        (lb - la * ratio) / (VARIANCE * mean).sqrt()
    } else {
        0.0
    };
    let p_delta = 2.0 * (1.0 - normal_cdf(delta.abs()));
    -100.0 * (prior * p_delta.max(1e-300)).ln()
}

/// The standard normal distribution function (Abramowitz and Stegun 26.2.17).
fn normal_cdf(z: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.231_641_9 * z);
    let poly = t
        * (0.319_381_530
            + t * (-0.356_563_782
                + t * (1.781_477_937 + t * (-1.821_255_978 + t * 1.330_274_429))));
    1.0 - (-z * z / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt() * poly
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_before_blanks() {
        let t = "Um. Dois! \"Três?\" Quatro\nCinco… seis";
        let s: Vec<&str> = sentences(t).iter().map(|r| &t[r.as_range()]).collect();
        assert_eq!(s, ["Um.", "Dois!", "\"Três?\"", "Quatro", "Cinco…", "seis"]);
    }

    #[test]
    fn normal_cdf_is_close() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-6);
        assert!((normal_cdf(1.96) - 0.975).abs() < 1e-4);
    }
}
