#!/usr/bin/env python3
"""The held-out split of every corpus the quality measurements use (issues 15 and 16).

A document is held out when the SHA-256 of "mtlint-heldout-v1:GROUP:ID" is 0 modulo 3, so
about a third of each corpus is held out, the choice depends on nothing but the document's
id, and a document keeps its side when the corpus grows. GROUP is the corpus without its
variant ("gimp" for gimp-pt-BR and gimp-pt-PT) and ID is folded the same way
(".../help/pt_BR/x.html" and ".../help/pt/x.html" are one id), so the Brazilian and the
European translation of one page fall on the same side and the held-out part has no
parallel twin in the tune part.

The committed lists in data/heldout/ (one file per corpus: the held-out ids, one a line,
after a header of # lines) are the record; `split` checks every run against them and
stops when they differ (a new package version, a changed extraction): rewrite them with
--write-list only before any rule is tuned on the new text, and say so in the commit.

Usage:
  split.py ntrex DOCIDS [--write-list]
      the NTREX documents (docids.txt gives each line's document): prints the held-out
      docids and checks data/heldout/ntrex-dev.txt (or writes it).
  split.py split CORPUS TAGGED OUT [--write-list] [--note TEXT] [--list NAME]
      TAGGED holds "ID<TAB>text" lines (the --tag output of blocks.py, mo.py, man.py,
      l10n.py, or line / fortune numbers); writes each document's lines, in order, to
      OUT/tune/CORPUS/NAME.txt or OUT/heldout/CORPUS/NAME.txt and prints the sizes of
      both parts as a TSV row: corpus, part, documents, lines, words. --list NAME checks
      against data/heldout/NAME.txt instead of CORPUS.txt (the NTREX references are split
      by the docids of ntrex-dev.txt).
  split.py held ID GROUP
      prints 1 if ID of GROUP is held out, else 0 (for tests and other scripts).
"""
import hashlib
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LISTS = os.path.join(REPO, "data", "heldout")
SALT = "mtlint-heldout-v1"
VARIANT = re.compile(r"(?i)(?<![a-z])pt[-_](br|pt)(?![a-z])")


def group_of(corpus):
    """The corpus without its variant: "gimp-pt-BR" -> "gimp"."""
    return re.sub(r"(?i)-pt(-br|-pt)?$", "", corpus)


def fold_id(doc_id):
    """The id without what differs between the pt-BR and pt-PT packages of one text."""
    parts = doc_id.split("/")
    if parts[0].startswith("x-"):
        parts = parts[1:]
    elif parts[0].startswith("xpi-"):
        parts[0] = VARIANT.sub("", parts[0][4:]).rstrip("-")
    return VARIANT.sub("pt", "/".join(parts))


def held_out(doc_id, group):
    digest = hashlib.sha256(f"{SALT}:{group}:{fold_id(doc_id)}".encode("utf-8")).digest()
    return int.from_bytes(digest, "big") % 3 == 0


def list_path(corpus):
    return os.path.join(LISTS, f"{corpus}.txt")


def read_list(corpus):
    path = list_path(corpus)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def check_or_write(corpus, held, total, write, note):
    """Compares the held-out ids with the committed list, or writes the list."""
    if write:
        os.makedirs(LISTS, exist_ok=True)
        with open(list_path(corpus), "w", encoding="utf-8") as f:
            f.write(f"# Held-out documents of {corpus}: {len(held)} of {total}, chosen by\n"
                    f"# scripts/quality/split.py (SHA-256 of '{SALT}:GROUP:ID' = 0 mod 3).\n")
            if note:
                f.write(f"# {note}\n")
            f.write("".join(h + "\n" for h in held))
        return
    committed = read_list(corpus)
    if committed is None:
        sys.exit(f"error: {list_path(corpus)} missing: run with --write-list first")
    if committed != held:
        new = sorted(set(held) - set(committed))[:5]
        gone = sorted(set(committed) - set(held))[:5]
        sys.exit(f"error: {corpus}: held-out ids differ from {list_path(corpus)} "
                 f"(new: {new}, gone: {gone}); the corpus changed")


def safe_name(doc_id):
    name = re.sub(r"[^\w.-]+", "_", fold_id(doc_id)).strip("_")
    return (name or "doc")[-150:] + ".txt"


def split(corpus, tagged, out, write, note, list_name):
    group = group_of(list_name)
    docs = {}
    with open(tagged, encoding="utf-8") as f:
        for line in f:
            doc_id, _, text = line.rstrip("\n").partition("\t")
            docs.setdefault(doc_id, []).append(text)
    held = [d for d in docs if held_out(d, group)]
    check_or_write(list_name, held, len(docs), write, note)
    held_set = set(held)
    sizes = {"tune": [0, 0, 0], "heldout": [0, 0, 0]}
    for doc_id, lines in docs.items():
        part = "heldout" if doc_id in held_set else "tune"
        folder = os.path.join(out, part, corpus)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, safe_name(doc_id)), "a", encoding="utf-8") as f:
            f.write("".join(l + "\n" for l in lines))
        s = sizes[part]
        s[0] += 1
        s[1] += len(lines)
        s[2] += sum(len(l.split()) for l in lines)
    for part, (n_docs, n_lines, n_words) in sizes.items():
        print(f"{corpus}\t{part}\t{n_docs}\t{n_lines}\t{n_words}")


def ntrex(docids, write):
    with open(docids, encoding="utf-8") as f:
        order = list(dict.fromkeys(l.strip() for l in f if l.strip()))
    held = [d for d in order if held_out(d, "ntrex-dev")]
    check_or_write("ntrex-dev", held, len(order),
                   write, "NTREX-128 (CC BY-SA 4.0): the docids of ../shared/corpora/ntrex-dev/docids.txt")
    print("\n".join(held))


def take_value(argv, flag, default):
    """The value after `flag` in argv (both removed), or default."""
    if flag not in argv:
        return default
    at = argv.index(flag)
    value = argv[at + 1]
    del argv[at:at + 2]
    return value


def main(argv):
    write = "--write-list" in argv
    argv = [a for a in argv if a != "--write-list"]
    note = take_value(argv, "--note", "")
    list_name = take_value(argv, "--list", None)
    if len(argv) == 2 and argv[0] == "ntrex":
        ntrex(argv[1], write)
    elif len(argv) == 4 and argv[0] == "split":
        split(argv[1], argv[2], argv[3], write, note, list_name or argv[1])
    elif len(argv) == 3 and argv[0] == "held":
        print(int(held_out(argv[1], argv[2])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
