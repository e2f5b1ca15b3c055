//! The names a document writes, observed stretch by stretch for the rules that compare
//! them across the document (`inconsistent-name`).

use crate::analysis::interned::Interned;
use crate::names::keys::strip_diacritics;
use crate::names::scan::{Scan, TermMatch};
use crate::ByteRange;

/// Names outside the glossaries are compared only when at least this long.
const MIN_FREE_LETTERS: usize = 4;

/// A capitalised word no glossary explains, as read back: letters without diacritics,
/// where, folded, and the capitalised word after it, without diacritics (a surname after a
/// first name).
pub(crate) type FreeName<'a> = (&'a str, ByteRange, &'a str, Option<&'a str>);

/// A capitalised word no glossary explains, as kept: its strings are indexes into the
/// part's [`Interned`] strings (a part repeats its names; three small strings per use were
/// most of the memory these uses took).
#[derive(Debug, Clone, Copy)]
struct Free {
    range: ByteRange,
    letters: u32,
    folded: u32,
    next: Option<u32>,
}

/// The names the document (or a part of it) writes, in text order.
///
/// Kept as one chunk per part: joining the parts moves their chunks, where copying them
/// into one vector held every use twice at the peak (38 MB more on 64 MiB of news).
#[derive(Debug, Default)]
pub(crate) struct Uses {
    chunks: Vec<Chunk>,
}

/// The names one part writes.
#[derive(Debug, Default)]
struct Chunk {
    /// Good-form matches of name entries: term, where. The folded form is made when the
    /// document is finished, once per spelling: a long text repeats its names, and a
    /// string per use was most of the memory checking a large file took.
    glossary: Vec<(u32, ByteRange)>,
    free: Vec<Free>,
    /// The strings of `free`.
    strings: Interned,
}

impl Uses {
    /// Good-form matches of name entries, in text order: term, where.
    pub fn glossary(&self) -> impl Iterator<Item = &(u32, ByteRange)> {
        self.chunks.iter().flat_map(|c| &c.glossary)
    }

    /// Capitalised words no glossary explains, in text order.
    pub fn free(&self) -> impl Iterator<Item = FreeName<'_>> {
        self.chunks
            .iter()
            .flat_map(|c| c.free.iter().map(|f| c.read(f)))
    }

    /// The capitalised words no glossary explains, read by their place in text order.
    pub fn free_table(&self) -> FreeTable<'_> {
        let mut starts = Vec::with_capacity(self.chunks.len());
        let mut start = 0;
        for chunk in &self.chunks {
            starts.push(start);
            start += chunk.free.len();
        }
        FreeTable { uses: self, starts }
    }

    /// Records the name uses of one stretch, after those of the stretches before it.
    pub fn observe(&mut self, scan: &Scan<'_>, matches: &[TermMatch]) {
        if self.chunks.is_empty() {
            self.chunks.push(Chunk::default());
        }
        let Some(chunk) = self.chunks.last_mut() else {
            return;
        };
        chunk.observe(scan, matches);
    }

    /// Adds the uses of a later stretch of the same part.
    pub fn append(&mut self, later: Uses) {
        for chunk in later.chunks {
            match self.chunks.last_mut() {
                Some(last) => last.append(chunk),
                None => self.chunks.push(chunk),
            }
        }
    }

    /// Gives back the room the vectors grew beyond their uses: a part's uses are kept
    /// until the whole document is read (up to twice their size otherwise).
    pub fn shrink_to_fit(&mut self) {
        for chunk in &mut self.chunks {
            chunk.glossary.shrink_to_fit();
            chunk.free.shrink_to_fit();
            chunk.strings.shrink_to_fit();
        }
    }

    /// Adds the uses seen in a later part of the document.
    pub fn extend(&mut self, later: Uses) {
        self.chunks.extend(later.chunks);
    }
}

/// The capitalised words no glossary explains, by place in text order: a group of uses is
/// kept as their places (8 bytes a use) and read back only while it is reported.
pub(crate) struct FreeTable<'a> {
    uses: &'a Uses,
    /// The place of each chunk's first use.
    starts: Vec<usize>,
}

impl<'a> FreeTable<'a> {
    /// The use at place `i` (as `Uses::free().nth(i)`).
    pub fn get(&self, i: usize) -> Option<FreeName<'a>> {
        let c = self.starts.partition_point(|&s| s <= i).checked_sub(1)?;
        let chunk = self.uses.chunks.get(c)?;
        chunk
            .free
            .get(i - self.starts.get(c)?)
            .map(|f| chunk.read(f))
    }
}

impl Chunk {
    fn read(&self, f: &Free) -> FreeName<'_> {
        let s = |id| self.strings.get(id);
        (s(f.letters), f.range, s(f.folded), f.next.map(s))
    }

    /// Adds a later chunk's uses, its strings taken into this chunk's.
    fn append(&mut self, later: Chunk) {
        self.glossary.extend(later.glossary);
        let ids: Vec<Option<u32>> = (0..later.strings.len())
            .map(|id| {
                let id = u32::try_from(id).ok()?;
                self.strings.intern(later.strings.get(id))
            })
            .collect();
        let id = |old: u32| ids.get(old as usize).copied().flatten();
        self.free.extend(later.free.iter().filter_map(|f| {
            Some(Free {
                range: f.range,
                letters: id(f.letters)?,
                folded: id(f.folded)?,
                next: match f.next {
                    Some(next) => Some(id(next)?),
                    None => None,
                },
            })
        }));
    }

    fn observe(&mut self, scan: &Scan<'_>, matches: &[TermMatch]) {
        for m in matches {
            if !m.good || !scan.terms[m.term].kind.is_name() {
                continue;
            }
            let range = ByteRange::new(
                scan.range(m.first_token).start,
                scan.range(m.end_token - 1).end,
            );
            self.glossary.push((m.term as u32, range));
        }
        let mut stripped = Vec::new();
        let mut letters = String::new();
        for i in 0..scan.tokens.len() {
            let folded = scan.tokens.folded(i);
            if scan.covered[i]
                || !scan.capitalised(i)
                || folded.chars().count() < MIN_FREE_LETTERS
                || scan.known(i)
                || !name_shaped(scan.word(i))
                || scan.tokens.in_url_or_code(scan.text, scan.range(i))
            {
                continue;
            }
            strip_diacritics(folded, &mut stripped);
            letters.clear();
            letters.extend(&stripped);
            let Some(letters_id) = self.strings.intern(&letters) else {
                continue;
            };
            let Some(folded_id) = self.strings.intern(folded) else {
                continue;
            };
            let next = if i + 1 < scan.tokens.len()
                && scan.capitalised(i + 1)
                && matches!(
                    &scan.text[scan.range(i).end..scan.range(i + 1).start],
                    " " | "\u{a0}"
                ) {
                strip_diacritics(scan.tokens.folded(i + 1), &mut stripped);
                letters.clear();
                letters.extend(&stripped);
                let Some(next_id) = self.strings.intern(&letters) else {
                    continue;
                };
                Some(next_id)
            } else {
                None
            };
            self.free.push(Free {
                range: scan.range(i),
                letters: letters_id,
                folded: folded_id,
                next,
            });
        }
    }
}
/// Whether a capitalised word no glossary explains is shaped like a name rather than an
/// identifier, an acronym or a heading: no digit ("Critério2"), not all in capitals
/// ("BEZIER", "ALEATÓRIOENTRE": capitals often drop their accents, and spreadsheet functions
/// and acronyms are no names), no capital after a small letter ("NúmFicheiro", "NumeroX").
pub(crate) fn name_shaped(word: &str) -> bool {
    let mut lower_seen = false;
    for c in word.chars() {
        if c.is_numeric() {
            return false;
        }
        if c.is_uppercase() && lower_seen {
            return false;
        }
        lower_seen |= c.is_lowercase();
    }
    lower_seen
}
