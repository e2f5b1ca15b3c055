use std::fmt;
use std::ops::Range;

/// A half-open byte range into the checked text. Always on char boundaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct ByteRange {
    pub start: usize,
    pub end: usize,
}

impl ByteRange {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        ByteRange { start, end }
    }
    pub fn len(self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
    pub fn shifted(self, by: usize) -> Self {
        ByteRange::new(self.start + by, self.end + by)
    }
    pub fn as_range(self) -> Range<usize> {
        self.start..self.end
    }
    pub fn overlaps(self, other: ByteRange) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Range<usize>> for ByteRange {
    fn from(r: Range<usize>) -> Self {
        ByteRange::new(r.start, r.end)
    }
}

impl fmt::Display for ByteRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}
