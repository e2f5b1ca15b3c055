#!/usr/bin/env python3
"""Fluent-MT sets with English left in, and their answer keys (issue 16).

  fluent_mt.py ntrex NTREX_DIR FREEDICT_INDEX FREEDICT_DICT HUNSPELL_DIC... --out DIR
      (a) From the HELD-OUT documents of NTREX-128 (data/heldout/ntrex-dev.txt), the human
      pt-BR and pt-PT translations with some Portuguese words put back into the English
      word the source line has there. Words are aligned with FreeDict eng-por (no hand
      list): an English word of the source, its lemma ("announced" -> "announce") looked up
      in FreeDict, one of its Portuguese translations found inflected in the reference line
      (verbs by their stem, "anunciar" -> "anunciou"; nouns and adjectives by their
      Portuguese inflections); only a pair that is the single match on both sides is
      used. Classes, from the English form and FreeDict's part of speech:
        verb        -ed / -ing / -s forms of a FreeDict verb, matched to a verb form
        plural      -s plural of a FreeDict noun, matched to a Portuguese plural
        adjective   a FreeDict adjective, matched to a form of its translation
        heading     any aligned word of a title-case source line (a headline), kept in
                    its capitals ("Mauls", "Farmer")
      English words that are Portuguese words too (the hunspell .dic stems: "hotel",
      "normal") are never used. At most two words a line are replaced (three in a
      heading), chosen by a hash of the line, not by hand; lines without a pair are kept
      as they are (clean text: any finding there is false or an error of the translator).
      Writes DIR/fluent-ntrex-PART.VARIANT.txt (line-aligned with
      DIR/fluent-ntrex-PART.docids.txt) and DIR/fluent-ntrex-PART.VARIANT.key.tsv: line,
      docid, class, English word, the Portuguese word it replaced, start and end
      (character offsets in the output line). PART is `heldout` (the set of issue 16) and
      `tune` (the same construction on the other documents, for developing the rules).

  fluent_mt.py apertium MARKED... --out DIR [--max-share 0.2]
      (b) Apertium output made WITHOUT -u (its `*` marks unknown words, `#` generation
      failures): lines where at most --max-share of the words are marked (text Apertium
      translates well) are written without the marks to DIR/NAME.txt, and every marked
      word to DIR/NAME.key.tsv: line, class, the word, start and end. Classes: `english`
      (marked `**`: unknown to both stages of the pivot, English left as it was), `pivot`
      (marked `*`: a Spanish or Galician word the second stage did not know, some of them
      Portuguese too), each with `-capitalised` for a capitalised word (most often a
      name, which a reader does not count as untranslated).

  fluent_mt.py score KEY.tsv FINDINGS.jsonl [--rule untranslated] [--missed]
      Recall per class (a key word counts as found when a finding of the rule overlaps
      it; and apart, also when a finding of the same word names its line among its other
      uses) and precision (a finding is correct when it overlaps a key word), with the
      findings that overlap none listed (clean text: false, unless the text is wrong).
      FINDINGS is mtlint's --format jsonl output on the set's text file (line, column in
      characters from 1, and `text` are read).
"""
import collections
import hashlib
import json
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
PT_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
EN_WORD = re.compile(r"[A-Za-z]+")
USES = re.compile(r"\(and \d+ more uses? in this document: lines? ([\d, ]+)\)$")


def fold(s):
    return unicodedata.normalize("NFC", s).strip().lower()


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


# ---- FreeDict -----------------------------------------------------------------------

def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def read_freedict(index_path, dict_path):
    """headword -> (set of parts of speech, list of one-word Portuguese translations)."""
    data = open(dict_path, "rb").read()
    table = {}
    for line in open(index_path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 3 or fields[0].startswith("00-database"):
            continue
        head = fold(fields[0])
        if not re.fullmatch(r"[a-z]+", head):
            continue
        body = data[b64(fields[1]):b64(fields[1]) + b64(fields[2])].decode("utf-8", "replace")
        first, _, rest = body.partition("\n")
        pos = set(re.findall(r"<(\w+)>", first))
        words = []
        for tline in rest.split("\n"):
            tline = re.sub(r"^\s*\d+\.\s*", "", tline)
            for part in tline.split(","):
                part = fold(part)
                if re.fullmatch(r"[^\W\d_]+", part):
                    words.append(part)
        old_pos, old_words = table.get(head, (set(), []))
        table[head] = (old_pos | pos, old_words + [w for w in words if w not in old_words])
    return table


def read_dic(paths):
    """The stems of hunspell .dic files, lowercase."""
    words = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.split("/", 1)[0].strip().lstrip("\ufeff")
                if w and not w.isdigit():
                    words.add(fold(w))
    return words


# ---- English forms and Portuguese inflections ------------------------------------------

def lemmas(word):
    """(lemma, form) candidates of an English word: form is 'ed', 'ing', 's' or ''."""
    out = [(word, "")]
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        out += [(stem, "ing"), (stem + "e", "ing")]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append((stem[:-1], "ing"))
    elif word.endswith("ed") and len(word) > 4:
        stem = word[:-2]
        out += [(stem, "ed"), (word[:-1], "ed")]
        if word.endswith("ied"):
            out.append((word[:-3] + "y", "ed"))
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append((stem[:-1], "ed"))
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append((word[:-1], "s"))
        if word.endswith("es"):
            out.append((word[:-2], "s"))
        if word.endswith("ies"):
            out.append((word[:-3] + "y", "s"))
    return out


def is_verb(pt):
    return len(pt) > 4 and pt.endswith(("ar", "er", "ir"))


def plural_forms(pt):
    if pt.endswith("ão"):
        return {pt[:-2] + "ões", pt[:-2] + "ães", pt + "s"}
    if pt.endswith("l"):
        return {pt[:-1] + "is"}
    if pt.endswith("m"):
        return {pt[:-1] + "ns"}
    if pt.endswith(("r", "z", "s")):
        return {pt + "es"}
    return {pt + "s"}


def adjective_forms(pt):
    forms = {pt} | plural_forms(pt)
    if pt.endswith("o"):
        forms |= {pt[:-1] + "a", pt[:-1] + "as"}
    return forms


# Endings of Portuguese verb forms by conjugation (the infinitive's last two letters), so a
# verb's stem does not match a noun made from it ("funcionar" / "funcionamento").
VERB_ENDINGS = {
    "ar": "o a as amos am ava avas ávamos avam ou ei aram ado ada ados adas ando ará arão "
          "aria ariam e es em emos asse assem ar arem".split(),
    "er": "o e es emos em ia ias íamos iam eu i eram ido ida idos idas endo erá erão eria "
          "eriam a as am esse essem er erem".split(),
    "ir": "o e es imos em ia ias íamos iam iu i iram ido ida idos idas indo irá irão iria "
          "iriam a as am isse issem ir irem".split(),
}


def matches(cls, pt, word):
    """Whether the reference word is an inflected form of translation `pt` for `cls`."""
    if cls == "verb":
        stem = pt[:-2]
        return len(stem) >= 3 and word.startswith(stem) and word != pt \
            and word[len(stem):] in VERB_ENDINGS.get(pt[-2:], ())
    if cls == "plural":
        return word in plural_forms(pt)
    if cls == "adjective":
        return word in adjective_forms(pt)
    return word in adjective_forms(pt) or (is_verb(pt) and matches("verb", pt, word))


def classes(word, freedict):
    """(class, translations) readings of an English word (lowercase)."""
    out = []
    for lemma, form in lemmas(word):
        pos, tr = freedict.get(lemma, (set(), []))
        if not tr:
            continue
        verbs = [t for t in tr if is_verb(t)]
        nouns = [t for t in tr if not is_verb(t)]
        if form in ("ed", "ing") and verbs and ({"v", "vt", "vi"} & pos or not pos):
            out.append(("verb", verbs))
        elif form == "s":
            if verbs and {"v", "vt", "vi"} & pos:
                out.append(("verb", verbs))
            if nouns and "s" in pos:
                out.append(("plural", nouns))
        elif form == "" and "adj" in pos and nouns:
            out.append(("adjective", nouns))
    return out


def title_case(line):
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return (len(line.split()) <= 15 and not line.rstrip().endswith(".") and len(words) >= 2
            and sum(w[0].isupper() for w in words) / len(words) >= 0.6)


def pairs_of_line(src, ref, freedict, pt_words):
    """Aligned (class, English word, ref word match) of one line: single matches only."""
    heading = title_case(src)
    ref_tokens = [(m.start(), m.end(), m.group()) for m in PT_WORD.finditer(ref)]
    candidates = []
    for m in EN_WORD.finditer(src):
        en = m.group()
        low = en.lower()
        if len(low) < 4 or low in pt_words or (en[0].isupper() and not heading):
            continue
        readings = classes(low, freedict)
        if heading:
            # In a headline any word may be left in English: nouns in their base form too.
            readings.append(("noun", freedict.get(low, (set(), []))[1]))
        for cls, tr in readings:
            hits = [t for t in ref_tokens if any(matches(cls, p, t[2].lower()) for p in tr)
                    and t[2].lower() != low]
            if len(hits) == 1:
                candidates.append(("heading" if heading else cls, en, hits[0]))
                break
    # A reference word claimed by two English words is ambiguous: drop both.
    claimed = collections.Counter(c[2] for c in candidates)
    return [c for c in candidates if claimed[c[2]] == 1], heading


def pick(line_key, candidates, most):
    """Up to `most` candidates, chosen by a hash of the line and word (no hand choice)."""
    ranked = sorted(candidates, key=lambda c: hashlib.sha256(f"{line_key}:{c[1]}".encode()).hexdigest())
    return sorted(ranked[:most], key=lambda c: c[2][0])


def put_back(ref, chosen, heading):
    """The line with the chosen words in English, and the key rows (class, en, pt, start, end)."""
    out, rows, last = [], [], 0
    pos = 0
    for cls, en, (start, end, word) in chosen:
        out.append(ref[last:start])
        pos += start - last
        rep = en if heading else en.lower()
        if word[0].isupper() and not heading:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
        rows.append((cls, rep, word, pos, pos + len(rep)))
        pos += len(rep)
        last = end
    out.append(ref[last:])
    return "".join(out), rows


def build_ntrex(args):
    ntrex, index, dictf, *rest = args
    dics = [a for a in rest if a != "--out"]
    out = rest[rest.index("--out") + 1]
    dics.remove(out)
    os.makedirs(out, exist_ok=True)
    freedict = read_freedict(index, dictf)
    pt_words = read_dic(dics)
    with open(os.path.join(REPO, "data", "heldout", "ntrex-dev.txt"), encoding="utf-8") as f:
        held = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    src = lines_of(os.path.join(ntrex, "src.en.txt"))
    docids = lines_of(os.path.join(ntrex, "docids.txt"))
    for part in ("tune", "heldout"):
        keep = [i for i, d in enumerate(docids) if (d in held) == (part == "heldout")]
        with open(os.path.join(out, f"fluent-ntrex-{part}.docids.txt"), "w", encoding="utf-8") as f:
            f.write("".join(docids[i] + "\n" for i in keep))
        for variant in ("pt-BR", "pt-PT"):
            write_ntrex(out, f"fluent-ntrex-{part}.{variant}", src, docids, keep,
                        lines_of(os.path.join(ntrex, f"ref.{variant}.txt")), freedict, pt_words)


def write_ntrex(out, name, src, docids, keep, ref, freedict, pt_words):
    """One variant of one part: the text and its key."""
    counts = collections.Counter()
    text, key = [], []
    for n, i in enumerate(keep, 1):
        candidates, heading = pairs_of_line(src[i], ref[i], freedict, pt_words)
        chosen = pick(f"{name}:{i}", candidates, 3 if heading else 2)
        line, rows = put_back(ref[i], chosen, heading)
        text.append(line)
        for cls, en, pt, start, end in rows:
            key.append(f"{n}\t{docids[i]}\t{cls}\t{en}\t{pt}\t{start}\t{end}")
            counts[cls] += 1
        counts["lines changed"] += bool(rows)
    with open(os.path.join(out, f"{name}.txt"), "w", encoding="utf-8") as f:
        f.write("".join(l + "\n" for l in text))
    with open(os.path.join(out, f"{name}.key.tsv"), "w", encoding="utf-8") as f:
        f.write("line\tdocid\tclass\tenglish\treplaced\tstart\tend\n")
        f.write("".join(k + "\n" for k in key))
    print(f"{name}: {len(keep)} lines, {counts['lines changed']} changed; "
          + ", ".join(f"{c} {counts[c]}" for c in ("verb", "plural", "adjective", "heading")))


# ---- Apertium -------------------------------------------------------------------------

MARKED = re.compile(r"[*#]*\w+(?:[*#]+\w+)*")


def strip_marks(line):
    """The line without Apertium's marks, and (start, end, word, marks) of its words."""
    out, words, pos, last = [], [], 0, 0
    for m in MARKED.finditer(line):
        out.append(line[last:m.start()])
        pos += m.start() - last
        token = m.group()
        word = token.replace("*", "").replace("#", "")
        marks = "".join(c for c in token if c in "*#")
        out.append(word)
        words.append((pos, pos + len(word), word, marks))
        pos += len(word)
        last = m.end()
    out.append(line[last:].replace("*", "").replace("#", ""))
    return "".join(out), words


def build_apertium(args):
    out = args[args.index("--out") + 1]
    share = float(args[args.index("--max-share") + 1]) if "--max-share" in args else 0.2
    files = [a for i, a in enumerate(args) if not a.startswith("--")
             and args[i - 1] not in ("--out", "--max-share")]
    os.makedirs(out, exist_ok=True)
    for path in files:
        name = os.path.basename(path).replace(".marked", "").rsplit(".txt", 1)[0]
        text, key, counts = [], [], collections.Counter()
        for line in lines_of(path):
            clean, words = strip_marks(line)
            marked = [w for w in words if "*" in w[3]]
            if len(words) < 6 or len(marked) > share * len(words):
                continue
            text.append(clean)
            for start, end, word, marks in marked:
                # "**" : unknown to both stages, English left as it was; "*": a word of the
                # pivot language (Spanish, Galician) the second stage did not know, or
                # English the first stage passed on unmarked.
                cls = "english" if marks.count("*") >= 2 else "pivot"
                cls += "-capitalised" if word[0].isupper() else ""
                key.append(f"{len(text)}\t{cls}\t{word}\t{start}\t{end}")
                counts[cls] += 1
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(l + "\n" for l in text))
        with open(os.path.join(out, name + ".key.tsv"), "w", encoding="utf-8") as f:
            f.write("line\tclass\tword\tstart\tend\n" + "".join(k + "\n" for k in key))
        print(f"{name}: {len(text)} lines kept of {len(lines_of(path))}; "
              + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())))


# ---- Scoring -------------------------------------------------------------------------

def score(args):
    key_path, findings_path = args[0], args[1]
    rule = args[args.index("--rule") + 1] if "--rule" in args else "untranslated"
    with open(key_path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        key = [dict(zip(header, l.rstrip("\n").split("\t"))) for l in f if l.strip()]
    found = collections.defaultdict(list)
    with open(findings_path, encoding="utf-8") as f:
        for raw in f:
            x = json.loads(raw)
            if x["rule"] == rule:
                start = x["start"]["column"] - 1
                found[x["start"]["line"]].append((start, start + len(x["text"]), x))
    # A finding of a repeated word names the lines of its other uses in its message
    # ("(and 2 more uses in this document: lines 5, 9)"): a key word of the same text on
    # one of those lines is found there too (counted apart, as "with the named uses").
    named = collections.defaultdict(set)
    for fs in found.values():
        for _, _, x in fs:
            m = USES.search(x["message"])
            if m:
                for n in m.group(1).split(", "):
                    named[int(n)].add(x["text"].lower())
    by_line = collections.defaultdict(list)
    for k in key:
        by_line[int(k["line"])].append((int(k["start"]), int(k["end"])))
    per_class = collections.defaultdict(lambda: [0, 0, 0])
    missed = []
    for k in key:
        s, e = int(k["start"]), int(k["end"])
        word = k.get("english", k.get("word", "")).lower()
        hit = any(fs < e and s < fe for fs, fe, _ in found[int(k["line"])])
        per_class[k["class"]][0] += 1
        per_class[k["class"]][1] += hit
        per_class[k["class"]][2] += hit or word in named[int(k["line"])]
        if not hit and word not in named[int(k["line"])]:
            missed.append(f"  line {k['line']}: {k['class']}: {word}")
    total = correct = 0
    wrong = []
    for line, fs in sorted(found.items()):
        for fs_, fe, x in fs:
            total += 1
            if any(fs_ < e and s < fe for s, e in by_line[line]):
                correct += 1
            else:
                wrong.append(f"  line {line}: {x['text']!r}: {x['message']}")
    for cls, (n, hit, with_named) in sorted(per_class.items()):
        print(f"{cls}: {hit}/{n} found ({hit / n:.1%}); "
              f"with the named uses {with_named}/{n} ({with_named / n:.1%})")
    print(f"findings of {rule}: {total}, on a key word {correct}"
          + (f" (precision {correct / total:.1%})" if total else ""))
    print("\n".join(wrong))
    if "--missed" in args:
        print("missed:")
        print("\n".join(missed))


def main(argv):
    if argv[:1] == ["ntrex"] and "--out" in argv:
        build_ntrex(argv[1:])
    elif argv[:1] == ["apertium"] and "--out" in argv:
        build_apertium(argv[1:])
    elif argv[:1] == ["score"] and len(argv) >= 3:
        score(argv[1:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
