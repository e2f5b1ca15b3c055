#!/usr/bin/env python3
"""An untuned fluent-MT set from parallel English-Portuguese manuals (issue 16, session 10).

  fluent_parallel.py NAME EN_DIR PT_DIR FREEDICT_INDEX FREEDICT_DICT HUNSPELL_DIC... --out DIR
      [--variant pt-BR|pt-PT]

The method of fluent_mt.py's NTREX sets, on other text: HTML pages a manual ships in
English (EN_DIR) and in Portuguese (PT_DIR) under the same file name (a language tag in
it, "ch01.en.html" / "ch01.pt-br.html", aside) are paired; a page's
blocks of text (paragraphs, list items, headings, table cells; code left out) are paired
by position, only in pages with as many blocks on both sides; a pair is kept when the
Portuguese block reads as Portuguese, both have the same digits, their lengths are within a
factor of two, and it is prose of 6+ words (or a title-case heading of 2+ words, the
heading class). In each kept pair fluent_mt.py puts some Portuguese words back into the
English word of the source (FreeDict alignment, single matches only, hunspell Portuguese
stems never used, chosen by a hash of the line: no hand choice).

Writes DIR/fluent-NAME.VARIANT.txt, DIR/fluent-NAME.VARIANT.key.tsv (the columns of
fluent_mt.py's keys; `docid` is the page) and DIR/fluent-NAME.src.en.txt (line-aligned).
Score: mtlint check --no-config --lang VARIANT --format jsonl SET.txt > F.jsonl;
  python3 scripts/quality/fluent_mt.py score SET.key.tsv F.jsonl
"""
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("fluent_mt", os.path.join(HERE, "fluent_mt.py"))
fm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fm)

_spec = importlib.util.spec_from_file_location("blocks", os.path.join(HERE, "blocks.py"))
blocks_py = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(blocks_py)
EN, PT = blocks_py.EN, blocks_py.PT


class Blocks(blocks_py.Blocks):
    """The blocks of text of one page, in order (empty ones dropped); manuals other than
    LibreOffice's hide nothing a reader sees."""

    hide_platform_variants = False


def blocks(path):
    parser = Blocks()
    with open(path, encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    parser.flush()
    return parser.out


def portuguese(line):
    words = re.findall(r"[^\W\d_]+", line.lower())
    return sum(w in PT for w in words) > sum(w in EN for w in words)


def kept(en, pt):
    """Whether a pair of blocks is a usable translation pair."""
    if not portuguese(pt) or portuguese(en):
        return False
    if re.findall(r"\d+", en) != re.findall(r"\d+", pt):
        return False
    if not 0.5 <= len(pt) / max(len(en), 1) <= 2.0:
        return False
    n = len(en.split())
    return n >= 6 or (n >= 2 and fm.title_case(en))


# A language tag some manuals put in their page names ("ch01.en.html", "kernel.pt.html",
# "ch01.pt-br.html"): pages are paired by their name without it.
LANG_TAG = re.compile(r"\.(?:en|en_US|pt|pt-br|pt_BR|pt-pt|pt_PT)(?=\.html$)")


def pages(directory):
    """{page name without its language tag: file name} of a directory's HTML pages (a name
    with the tag wins over the same page without it, which some manuals ship as a copy)."""
    out = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".html"):
            key = LANG_TAG.sub("", name)
            if key not in out or LANG_TAG.search(name):
                out[key] = name
    return out


def pairs(en_dir, pt_dir):
    """(page, English block, Portuguese block) of the pages both directories hold."""
    out, seen = [], set()
    en_pages, pt_pages = pages(en_dir), pages(pt_dir)
    for key in sorted(en_pages):
        if key not in pt_pages:
            continue
        en_blocks = blocks(os.path.join(en_dir, en_pages[key]))
        pt_blocks = blocks(os.path.join(pt_dir, pt_pages[key]))
        if len(en_blocks) != len(pt_blocks):
            continue
        for en, pt in zip(en_blocks, pt_blocks):
            # Navigation and boilerplate repeat on every page: keep the first use only.
            if kept(en, pt) and pt not in seen:
                seen.add(pt)
                out.append((key, en, pt))
    return out


def option(argv, flag, default):
    """The value after `flag` in argv (and argv without both), else `default`."""
    if flag not in argv:
        return default, argv
    i = argv.index(flag)
    return argv[i + 1], argv[:i] + argv[i + 2:]


def main(argv):
    out, argv = option(argv, "--out", None)
    variant, argv = option(argv, "--variant", "pt-BR")
    if out is None or len(argv) < 5:
        sys.exit(__doc__)
    name, en_dir, pt_dir, index, dictf, *dics = argv
    os.makedirs(out, exist_ok=True)
    freedict = fm.read_freedict(index, dictf)
    pt_words = fm.read_dic(dics)
    rows = pairs(en_dir, pt_dir)
    src = [en for _, en, _ in rows]
    ref = [pt for _, _, pt in rows]
    docids = [page for page, _, _ in rows]
    with open(os.path.join(out, f"fluent-{name}.src.en.txt"), "w", encoding="utf-8") as f:
        f.write("".join(s + "\n" for s in src))
    fm.write_ntrex(out, f"fluent-{name}.{variant}", src, docids, range(len(rows)), ref,
                   freedict, pt_words)


if __name__ == "__main__":
    main(sys.argv[1:])
