#!/usr/bin/env python3
"""Untuned clean Portuguese, second set (issue 16, session 8): text no session has used.

Every corpus of corpora.sh was read during earlier sessions, so none of its parts is
untuned any longer. This set is built from Debian packages the project never checked
(see untuned2.sh) and is used WHOLE as untuned text: there is no tune part.

Usage:
  untuned2.py text FILE...      plain text manuals (Guia Foca): prints "ID<TAB>paragraph"
                                lines, a document per numbered section, the wrapped lines
                                of a paragraph joined (Latin-1 or UTF-8, gzip or not)
  untuned2.py write CORPUS TAGGED OUT [--write-list] [--note TEXT]
                                TAGGED holds "ID<TAB>text" lines; writes OUT/CORPUS/N.txt,
                                one document a file, and checks data/untuned2/CORPUS.txt
                                (every document's id, lines, words and SHA-256 of its
                                text) or writes it with --write-list; prints a TSV row:
                                corpus, documents, lines, words.
"""
import gzip
import hashlib
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LISTS = os.path.join(REPO, "data", "untuned2")
SECTION = re.compile(r"^\d+(\.\d+)*\.\s+\S")
RULE_LINE = re.compile(r"^\s*[-=~*]{3,}\s*$")


def read_text(path):
    raw = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def paragraphs(path):
    """(section id, paragraph) pairs of a debiandoc text manual."""
    name = os.path.basename(os.path.dirname(path)) or os.path.basename(path)
    lines = read_text(path).splitlines()
    section, buf = "0", []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if SECTION.match(line) and RULE_LINE.match(nxt):
            if buf:
                yield section, " ".join(buf)
                buf = []
            section = line.split()[0].rstrip(".")
            yield section, line.strip()
            continue
        if RULE_LINE.match(line) or not line.strip():
            if buf:
                yield section, " ".join(buf)
                buf = []
            continue
        buf.append(line.strip())
    if buf:
        yield section, " ".join(buf)


def text_cmd(paths):
    for path in paths:
        book = os.path.basename(os.path.dirname(path))
        for section, para in paragraphs(path):
            print(f"{book}/{section}\t{para}")


def write_cmd(corpus, tagged, out, write_list, note):
    docs = {}
    order = []
    with open(tagged, encoding="utf-8") as f:
        for raw in f:
            doc, _, text = raw.rstrip("\n").partition("\t")
            if not text.strip():
                continue
            if doc not in docs:
                docs[doc] = []
                order.append(doc)
            docs[doc].append(text)
    folder = os.path.join(out, corpus)
    os.makedirs(folder, exist_ok=True)
    rows, total_lines, total_words = [], 0, 0
    for n, doc in enumerate(order, 1):
        body = "\n".join(docs[doc]) + "\n"
        with open(os.path.join(folder, f"{n:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(body)
        lines, words = len(docs[doc]), len(body.split())
        total_lines += lines
        total_words += words
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
        rows.append(f"{n:04d}\t{doc}\t{lines}\t{words}\t{digest}")
    listed = os.path.join(LISTS, f"{corpus}.txt")
    header = [f"# Untuned documents of {corpus}: {len(order)}, {total_lines} lines, "
              f"{total_words} words (all of the corpus; no tune part).",
              "# file, source id, lines, words, SHA-256 prefix of the text",
              f"# {note}"]
    text = "\n".join(header + rows) + "\n"
    if write_list:
        os.makedirs(LISTS, exist_ok=True)
        with open(listed, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        try:
            old = [l for l in open(listed, encoding="utf-8") if not l.startswith("#")]
        except FileNotFoundError:
            sys.exit(f"error: {listed} missing (run with --write-list for new text only)")
        if old != [r + "\n" for r in rows]:
            sys.exit(f"error: {corpus} differs from {listed} (new package version?)")
    print(f"{corpus}\t{len(order)}\t{total_lines}\t{total_words}")


def main(argv):
    if len(argv) >= 2 and argv[0] == "text":
        text_cmd(argv[1:])
    elif len(argv) >= 4 and argv[0] == "write":
        write_list = "--write-list" in argv
        note = argv[argv.index("--note") + 1] if "--note" in argv else ""
        write_cmd(argv[1], argv[2], argv[3], write_list, note)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
