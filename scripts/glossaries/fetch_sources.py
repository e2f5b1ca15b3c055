#!/usr/bin/env python3
"""Extracts the raw inputs of the generated Portuguese glossaries into data/sources/*.tsv.

Run from the repository root (needs network access to Debian and PyPI, `dpkg-deb`,
`apt-get`, the `hunspell` program and the PyPI packages `babel` and `wordfreq`):

    apt-get install -y hunspell && pip install babel==2.19.0 wordfreq==3.1.1
    python3 scripts/glossaries/fetch_sources.py

Everything downstream (scripts/glossaries/generate.py) reads only the TSV files this
script writes, so the glossaries can be rebuilt byte for byte without the network.
Sources and licences: data/sources/README.md.
"""

import gettext
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "sources"

DEBIAN_PACKAGES = [
    "iso-codes",
    "libgweather-4-common",
    "hunspell-pt-br",
    "hunspell-pt-pt",
    "wamerican",
]

# Old Brazilian spellings are the words of wordfreq's Portuguese usage data (PyPI, pinned;
# data CC BY-SA 4.0) that the agreement's rules turn into a current dictionary word. The
# floor is the one of the usage table (scripts/lexicon/wordfreq_usage.py): Zipf 1, about
# once in 100 million words, so every old form is attested in real text.
WORDFREQ_VERSION = "3.1.1"
USAGE_FLOOR = 1.0

# CLDR region codes that are not countries or territories.
NOT_TERRITORIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def fetch_debs(work: Path) -> dict:
    """Downloads and unpacks the Debian packages; returns {package: version}."""
    debs = work / "debs"
    debs.mkdir()
    run(["apt-get", "download", *DEBIAN_PACKAGES], cwd=debs, stdout=subprocess.DEVNULL)
    versions = {}
    for deb in sorted(debs.glob("*.deb")):
        name, version = deb.name.split("_")[:2]
        versions[name] = version.replace("%3a", ":")
        run(["dpkg-deb", "-x", str(deb), str(work / "root")])
    return versions


def catalog(root: Path, locale: str, domain: str) -> dict:
    path = root / "usr/share/locale" / locale / "LC_MESSAGES" / f"{domain}.mo"
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)._catalog


class Hunspell:
    """Asks the current (post-1990-agreement) dictionaries which words they accept."""

    def __init__(self, root: Path):
        self.dicts = {
            "pt-BR": str(root / "usr/share/hunspell/pt_BR"),
            "pt-PT": str(root / "usr/share/hunspell/pt_PT"),
        }

    def accepted(self, variant: str, words) -> set:
        words = sorted(set(w for w in words if w))
        proc = subprocess.run(
            ["hunspell", "-i", "utf-8", "-d", self.dicts[variant], "-l"],
            input="\n".join(words) + "\n",
            capture_output=True,
            text=True,
            check=True,
        )
        rejected = set(proc.stdout.split("\n"))
        return set(words) - rejected


def plain(name: str) -> bool:
    """A name made of words only (no "Congo - Kinshasa", "X (Y)", "A & B", "X, Y")."""
    return bool(name) and not re.search(r"[()&,/]| - ", name)


def write_tsv(path: Path, header, rows, comment):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in comment:
            f.write(f"# {line}\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            assert all("\t" not in c and "\n" not in c for c in row), row
            f.write("\t".join(row) + "\n")


def words_of(forms):
    return {w for form in forms for w in re.findall(r"\w+", form)}


def countries(root: Path, hs: Hunspell):
    from babel import Locale

    br = Locale.parse("pt").territories
    pt = Locale.parse("pt_PT").territories
    en = Locale.parse("en").territories
    iso_br = catalog(root, "pt_BR", "iso_3166-1")
    iso_pt = catalog(root, "pt", "iso_3166-1")
    import json

    with open(root / "usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
        iso = {c["alpha_2"]: c for c in json.load(f)["3166-1"]}
    rows = []
    for code in sorted(iso):
        if code in NOT_TERRITORIES or code not in br:
            continue
        entry = iso[code]
        iso_name = entry.get("common_name", entry["name"])
        rows.append(
            [
                code,
                en[code],
                br[code],
                pt.get(code, br[code]),
                iso_br.get(iso_name, ""),
                iso_pt.get(iso_name, ""),
            ]
        )
    return rows


def cities(root: Path):
    """Cities of Locations.xml with their pt and pt_BR names."""
    cat_br = catalog(root, "pt_BR", "libgweather-4.0-locations")
    cat_pt = catalog(root, "pt", "libgweather-4.0-locations")
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    tree = ET.parse(root / "usr/share/libgweather-4/Locations.xml", parser)
    rows = []
    for country in tree.iter("country"):
        code = (country.findtext("iso-code") or "").strip()
        for city in country.iter("city"):
            name_el = city.find("_name")
            if name_el is None:
                continue
            name = name_el.text.strip()
            ctx = name_el.get("msgctxt")
            key = f"{ctx}\x04{name}" if ctx else name
            comments = " ".join(
                c.text for c in city if c.tag is ET.Comment and c.text
            )
            capital = "yes" if re.search(r"\bcapital of\b", comments, re.I) else "no"
            rows.append([code, name, capital, cat_br.get(key, ""), cat_pt.get(key, "")])
    rows.sort()
    return rows


# Spelling changes of the 1990 agreement that Brazilian spelling shows (Base IX and XIV):
# the trema of gue/gui/que/qui removed; the acute of the open diphthongs éi/ói removed in
# paroxytones ("idéia", "heróico"; oxytones keep it: "papéis", "herói"); the circumflex of
# the final hiatus êem/ôo removed ("lêem", "vôo", "enjôos"); the acute of í/ú after a
# falling diphthong removed in paroxytones ("feiúra"; oxytones keep it: "Piauí"). The
# syllable conditions matter now that the old forms come from usage data, not from a
# pre-agreement word list.
VOWEL = "aeiouáéíóúâêôãõàü"
LAST_SYLLABLE = f"[^{VOWEL}]*[{VOWEL}]+[^{VOWEL}]*$"
# Words of usage data that match the rules but were never the spelling of the current
# word (reviewed by hand in the list of added pairs, QUALITY.md): colloquial forms of
# "velho"/"velha"; names whose lowercase form would report a common word (Léia: the verb
# "leia"; Déia, Réia, Ozéias, Fóia, Lóios); misspellings of words that never had the mark
# ("distinguir", "comboios", "Goiás").
NOT_OLD_FORMS = {
    "véio", "véia", "véios", "véias", "véi", "léia", "déia", "réia", "ozéias", "fóia",
    "lóios", "distingüir", "combóios", "góias", "cóias",
}


def reform_candidates(word: str):
    if len(word) < 3 or word.lower() in NOT_OLD_FORMS:
        return set()
    cands = set()
    m = re.sub("(?<=[gqGQ])ü(?=[eiéíêEI])", "u", word)
    if m != word:
        cands.add(m)
    for pat, rep in [("éi", "ei"), ("ói", "oi")]:
        m = re.sub(f"{pat}(?={LAST_SYLLABLE})", rep, word)
        if m != word:
            cands.add(m)
    for pat, rep in [("êem$", "eem"), ("ôo(?=s?$)", "oo")]:
        m = re.sub(pat, rep, word)
        if m != word:
            cands.add(m)
    m = re.sub(
        f"([aeiou][iu])([íú])(?=[^{VOWEL}]+[{VOWEL}])",
        lambda x: x.group(1) + x.group(2).translate(str.maketrans("íú", "iu")),
        word,
    )
    if m != word:
        cands.add(m)
    return cands


def strip_marks(s: str) -> str:
    import unicodedata

    nfd = unicodedata.normalize("NFD", s)
    return "".join(c for c in nfd if not unicodedata.combining(c)).replace("-", "")


def plausible_reform(old: str, new: str) -> bool:
    """The European reform removed silent consonants (c, p), accents and hyphens; an
    annotation that changes anything else is a case change ("Abril" -> "abril", still
    correct at the start of a sentence) or a slip in the dictionary ("Outuno")."""
    if old[:1].isupper() != new[:1].isupper():
        return False
    a, b = strip_marks(old), strip_marks(new)
    if a == b:
        return old != new
    i = 0
    for ch in a:
        if i < len(b) and ch == b[i]:
            i += 1
        elif ch not in "cp":
            return False
    return i == len(b)


def inflections(old: str, new: str):
    """The dictionary gives lemmas; plural and feminine forms follow the same change.
    Every candidate is checked against the dictionaries afterwards."""
    out = [(old, new)]
    endings = [("", "s"), ("ção", "ções"), ("o", "a"), ("o", "os"), ("o", "as"), ("r", "res"), ("l", "is")]
    for end, rep in endings:
        if old.endswith(end) and new.endswith(end):
            out.append((old[: len(old) - len(end)] + rep, new[: len(new) - len(end)] + rep))
    return out


def attested_old_forms():
    """(word, Zipf) of wordfreq's Portuguese words that carry a mark the agreement removed.

    wordfreq folds case: each word is tried lowercase and Capitalised (a place name such as
    "Coréia"); the dictionaries decide afterwards which of the two is a word."""
    import math
    import unicodedata

    import wordfreq

    for word, freq in wordfreq.get_frequency_dict("pt", wordlist="large").items():
        word = unicodedata.normalize("NFC", word).lower()
        zipf = math.log10(freq * 1e9)
        if zipf >= USAGE_FLOOR and re.fullmatch(r"[^\W\d_]+", word) and reform_candidates(word):
            yield word, zipf


def orthography(root: Path, hs: Hunspell):
    """(old, new, variant-of-old, origin) pairs of pre-agreement spellings."""
    pairs = set()
    for w, _ in attested_old_forms():
        for old in {w, w[:1].upper() + w[1:]}:
            for c in reform_candidates(old):
                pairs.add((old, c, "wordfreq"))
    # European pre-agreement forms as the pt_PT dictionary records them.
    for line in (root / "usr/share/hunspell/pt_PT.dic").read_text(encoding="utf-8").split("\n"):
        m = re.match(r"^([^/\t]+)(?:/\S*)?\t\[(?:\$[^$]*\$)?PREAO90=([^,\]$]+)", line)
        if m and " " not in m.group(1) and "-" not in m.group(2):
            old, new = m.group(2), m.group(1)
            if not plausible_reform(old, new):
                continue
            for o, n in inflections(old, new):
                pairs.add((o, n, "pt_PT.dic PREAO90"))
    # English words ("actor", "director", "sector") occur in names and quotes in
    # Portuguese news: never report them as misspelt Portuguese.
    english = {
        w.strip().lower()
        for w in (root / "usr/share/dict/american-english").read_text(encoding="utf-8").split("\n")
    }
    pairs = {p for p in pairs if p[0].lower() not in english}
    olds = {p[0] for p in pairs}
    news = {p[1] for p in pairs}
    old_ok = hs.accepted("pt-BR", olds) | hs.accepted("pt-PT", olds)
    new_br = hs.accepted("pt-BR", news)
    new_pt = hs.accepted("pt-PT", news)
    rows = []
    for old, new, origin in sorted(pairs):
        if old in old_ok:
            continue  # still a current spelling somewhere ("facto", "recepção"): not wrong
        where = [v for v, ok in (("pt-BR", new in new_br), ("pt-PT", new in new_pt)) if ok]
        if not where:
            continue  # the candidate is no current word: no such reform happened
        rows.append([old, new, ",".join(where), origin])
    return rows


def dictionary_words(hs: Hunspell, forms):
    """Words of place names that the current dictionaries accept in lowercase: common
    words ("irão", "salvador") that must never be flagged as wrong place names."""
    words = {w.lower() for w in words_of(forms)}
    rows = []
    for variant in ("pt-BR", "pt-PT"):
        for w in sorted(hs.accepted(variant, words)):
            rows.append([w, variant])
    return rows


def wordfreq_version() -> str:
    from importlib.metadata import version

    found = version("wordfreq")
    if found != WORDFREQ_VERSION:
        raise SystemExit(f"wordfreq {WORDFREQ_VERSION} is pinned; found {found}")
    return found


def main():
    import babel

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        versions = fetch_debs(work)
        root = work / "root"
        hs = Hunspell(root)
        stamp = "; ".join(f"Debian {k} {v}" for k, v in sorted(versions.items()))
        stamp += f"; PyPI babel {babel.__version__} (CLDR)"
        stamp += f"; PyPI wordfreq {wordfreq_version()}"
        head = [f"extracted by scripts/glossaries/fetch_sources.py from: {stamp}"]
        crows = countries(root, hs)
        write_tsv(
            OUT / "countries.tsv",
            ["code", "en", "cldr_pt_BR", "cldr_pt_PT", "iso_pt_BR", "iso_pt"],
            crows,
            head + ["CLDR territory names (babel locales pt, pt_PT) and iso-codes iso_3166-1 pt_BR/pt"],
        )
        yrows = cities(root)
        write_tsv(
            OUT / "cities.tsv",
            ["country", "en", "capital", "pt_BR", "pt"],
            yrows,
            head + ["libgweather Locations.xml cities with their libgweather-4.0-locations pt_BR/pt translations"],
        )
        forms = [c for r in crows for c in r[1:]] + [c for r in yrows for c in r[3:]]
        write_tsv(
            OUT / "lowercase-words.tsv",
            ["word", "accepted-by"],
            dictionary_words(hs, forms),
            head + ["words of the place names above that hunspell-pt-br / hunspell-pt-pt accept in lowercase"],
        )
        write_tsv(
            OUT / "orthography.tsv",
            ["old", "new", "new-accepted-by", "origin"],
            orthography(root, hs),
            head + [
                "pre-1990-agreement spellings: old forms are the words of wordfreq's Portuguese usage data",
                f"(Zipf >= {USAGE_FLOOR}; CC BY-SA 4.0) that the agreement's rules turn into a current word,",
                "and the PREAO90 annotations of hunspell-pt-pt; kept only when no current dictionary",
                "(hunspell-pt-br, hunspell-pt-pt) accepts the old form and one accepts the new form",
            ],
        )


if __name__ == "__main__":
    sys.exit(main())
