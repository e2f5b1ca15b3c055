#!/usr/bin/env python3
"""Scores the `untranslated` rule against the words Apertium itself marks unknown.

Apertium run without `-u` (scripts/apertium/translate.sh) prefixes every word a stage did
not know with `*` (and a generation failure with `#`). This script:

  strip    MARKED > CLEAN       writes the MT text without the marks (what a reader sees);
  words    MARKED > WORDS        writes the distinct lowercase marked words, one a line (to be
           looked up in the Portuguese lexicon: `target/release/examples/lookup` of
           mtlint-lexicon prints each with 1 if the lexicon knows it);
  score    MARKED FINDINGS REF... [--known KNOWN] [--names-out] [--foreign-words]
           [--lowercase] [--missed]  compares the rule's findings on CLEAN (the TSV printed by
           `cargo run --release -p mtlint-check --example untranslated_report -- CLEAN`)
           with the marked words.

Gold: a marked span is a run of marked words separated only by spaces. Spans whose every
word also occurs in a human reference of the same line (REF files, e.g. ref.pt-BR.txt,
ref.pt-PT.txt) are names the translator kept as they were ("Lavrov", "Kavanaugh"): those
are not untranslated text and are left out of the gold. A span counts as found when a
finding overlaps each of its words ("all") or at least one ("any"). A finding is correct
when it overlaps a marked word; the others are printed for review.

With --missed, the multi-word gold spans not wholly found are listed, found words in
[brackets].

With --named-uses, a finding of a repeated word also finds the uses its message names
("(and 2 more uses in this document: lines 5, 9)": mtlint reports a repeated word once).

With --names-out, words a reference keeps are also taken out of longer spans (see
gold_spans), so "Erdogan protesters" is the single-word gold "protesters".

With --lowercase (for text without a human reference, REF may then be /dev/null),
capitalised marked words are taken for names and left out of the gold.

With --known (a file of `word TAB 1|0`, the lookup output), recall is also given over the
gold spans that hold at least one word the Portuguese lexicon lacks: Apertium's gl->pt and
es->pt stages mark many words that are ordinary Portuguese ("patas", "ridiculizar"), which
a reader does not see as untranslated and the rule must not report.
"""
import re
import sys

# A mark inside a word ("AM*s": the stage knew "AM", not the plural) keeps it one word.
WORD = re.compile(r"[*#]*\w+(?:[*#]+\w+)*")


def strip_line(line):
    """The line without marks, and the marked words as (start, end, marks) in it."""
    out, words, pos, last = [], [], 0, 0
    for m in WORD.finditer(line):
        out.append(line[last:m.start()])
        pos += m.start() - last
        token = m.group()
        word = token.lstrip("*#")
        marks = token[: len(token) - len(word)]
        # A mark inside a word ("AM*s", "é**ady") is dropped too, and marks the word.
        marks += "".join(c for c in word if c in "*#")
        word = word.replace("*", "").replace("#", "")
        out.append(word)
        words.append((pos, pos + len(word), marks))
        pos += len(word)
        last = m.end()
    out.append(line[last:])
    clean = "".join(out).replace("*", "").replace("#", "")
    return clean, words


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def gold_spans(line, words, ref_words, names_out=False, known=None, lowercase=False):
    """Runs of `*`-marked words joined by spaces, minus names kept by the references.

    With names_out, the words a reference keeps are also taken out of longer spans
    ("Erdogan protesters" -> "protesters"): the translator kept the name, so only the rest
    is untranslated text."""
    spans, cur = [], []
    for start, end, marks in words:
        if "*" in marks:
            if cur and line[cur[-1][1]:start].strip():
                spans.append(cur)
                cur = []
            cur.append((start, end))
        elif cur:
            spans.append(cur)
            cur = []
    if cur:
        spans.append(cur)
    kept = []
    for span in spans:
        if all(line[s:e].lower() in ref_words for s, e in span):
            continue
        if names_out:
            span = [(s, e) for s, e in span if line[s:e].lower() not in ref_words]
        if lowercase:
            # Text without a reference: capitalised words are taken for names.
            span = [(s, e) for s, e in span if not line[s:e][:1].isupper()]
        if known is not None:
            # Only the words a reader sees as foreign: not those the lexicon knows.
            span = [(s, e) for s, e in span if line[s:e].lower() not in known]
        if span:
            kept.append(span)
    return spans, kept


USES = re.compile(r"\(and \d+ more uses? in this document: lines? ([\d, ]+)\)$")


def add_named_uses(findings, lines):
    """A finding of a repeated word names the lines of its other uses in its message
    ("(and 2 more uses in this document: lines 5, 9)"): with --named-uses, every use of the
    same word on those lines counts as found too (the places the reader is sent to). They
    are not counted as findings for precision."""
    extra = {}
    for fs in findings.values():
        for _, _, span, message in fs:
            m = USES.search(message)
            if not m:
                continue
            word = re.compile(r"(?<!\w)" + re.escape(span) + r"(?!\w)", re.IGNORECASE)
            for n in m.group(1).split(", "):
                i = int(n) - 1
                if 0 <= i < len(lines):
                    clean = strip_line(lines[i])[0]
                    for w in word.finditer(clean):
                        extra.setdefault(i, []).append((w.start(), w.end(), span, None))
    for i, fs in extra.items():
        findings.setdefault(i, []).extend(fs)


def take_flag(args, flag):
    """Whether `flag` is among `args`, which loses it."""
    present = flag in args
    if present:
        args.remove(flag)
    return present


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "strip":
        for line in read_lines(sys.argv[2]):
            pass
        clean = [strip_line(line)[0] for line in read_lines(sys.argv[2])]
        sys.stdout.write("\n".join(clean))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "words":
        words = set()
        for line in read_lines(sys.argv[2]):
            clean, marks = strip_line(line)
            words.update(clean[s:e].lower() for s, e, m in marks if "*" in m)
        sys.stdout.write("".join(w + "\n" for w in sorted(words)))
        return
    if len(sys.argv) < 5 or sys.argv[1] != "score":
        sys.exit(__doc__)
    args = sys.argv[2:]
    known = None
    names_out = take_flag(args, "--names-out")
    foreign_words = take_flag(args, "--foreign-words")
    lowercase = take_flag(args, "--lowercase")
    show_missed = take_flag(args, "--missed")
    named_uses = take_flag(args, "--named-uses")
    if "--known" in args:
        at = args.index("--known")
        with open(args[at + 1], encoding="utf-8") as f:
            known = {l.split("\t")[0] for l in f if l.rstrip("\n").endswith("\t1")}
        del args[at:at + 2]
    marked, findings_path, refs = args[0], args[1], args[2:]
    lines = read_lines(marked)
    ref_lines = [read_lines(r) for r in refs]
    findings = {}
    with open(findings_path, encoding="utf-8") as f:
        for row in f:
            parts = row.rstrip("\n").split("\t")
            if len(parts) < 6:
                continue
            line_no, col, span = int(parts[1]), int(parts[2]), parts[5]
            findings.setdefault(line_no - 1, []).append((col - 1, col - 1 + len(span), span, parts[3]))
    if named_uses:
        add_named_uses(findings, lines)
    stats = {"single": [0, 0, 0], "multi": [0, 0, 0]}  # gold, found(all), found(any)
    foreign = {"single": [0, 0, 0], "multi": [0, 0, 0]}  # the same, spans not all Portuguese
    all_marked = 0
    correct, wrong = 0, []
    missed = {"single": [], "multi": []}
    for i, line in enumerate(lines):
        clean, words = strip_line(line)
        ref_words = {w.lower() for r in ref_lines if i < len(r) for w in re.findall(r"\w+", r[i])}
        spans, gold = gold_spans(clean, words, ref_words, names_out,
                                 known if foreign_words else None, lowercase)
        all_marked += len(spans)
        found = findings.get(i, [])
        hit = lambda s, e: any(fs < e and s < fe for fs, fe, _, _ in found)
        for span in gold:
            kind = "multi" if len(span) > 1 else "single"
            stats[kind][0] += 1
            covered = [hit(s, e) for s, e in span]
            stats[kind][1] += all(covered)
            stats[kind][2] += any(covered)
            if known is not None and not all(clean[s:e].lower() in known for s, e in span):
                foreign[kind][0] += 1
                foreign[kind][1] += all(covered)
                foreign[kind][2] += any(covered)
            if show_missed and kind == "single" and not any(covered):
                missed["single"].append(clean[span[0][0]:span[0][1]])
            if kind == "multi" and not all(covered):
                # Found words in [brackets], with the line for context.
                shown = " ".join(f"[{clean[s:e]}]" if c else clean[s:e]
                                 for (s, e), c in zip(span, covered))
                missed[kind].append(f"line {i + 1}: {shown}  | {clean.strip()[:160]}")
        marked_ranges = [(s, e) for s, e, m in words if "*" in m]
        for fs, fe, span, message in found:
            if message is None:
                continue  # a use named by another finding (--named-uses)
            if any(fs < e and s < fe for s, e in marked_ranges):
                correct += 1
            else:
                wrong.append(f"line {i + 1}: {span!r}: {message}")
    total = correct + len(wrong)
    print(f"{marked}: {all_marked} marked spans, gold (not kept by the references): "
          f"{stats['single'][0]} single words, {stats['multi'][0]} multi-word spans")
    for kind in ("single", "multi"):
        g, a, n = stats[kind]
        print(f"  recall {kind}: all words {a}/{g} = {a / max(g, 1):.1%}, any word {n}/{g} = {n / max(g, 1):.1%}")
    if known is not None:
        for kind in ("single", "multi"):
            g, a, n = foreign[kind]
            print(f"  recall {kind}, spans with a word the Portuguese lexicon lacks ({g}): "
                  f"all words {a}/{g} = {a / max(g, 1):.1%}, any word {n}/{g} = {n / max(g, 1):.1%}")
    print(f"  findings {total}, overlapping a marked word {correct} "
          f"(precision {correct / max(total, 1):.1%})")
    for w in wrong:
        print("  not marked:", w)
    if show_missed:
        for m in missed["multi"]:
            print("  multi-word not all found:", m)
        print("  single words not found:", " ".join(sorted(set(missed["single"]))))


if __name__ == "__main__":
    main()
