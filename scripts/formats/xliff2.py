"""A PO catalogue to XLIFF 2.0 (translate-toolkit writes XLIFF 1.2 only).

One <unit> per PO entry (plurals: one <segment> per form), ids from msgctxt and msgid,
fuzzy entries with state="initial", the others "translated"; the translator comments are
kept as <notes>. Reads PO with translate-toolkit's parser.
"""
import sys
from xml.sax.saxutils import escape, quoteattr

from translate.storage import po


def main(src, dst):
    store = po.pofile.parsefile(src)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" '
           'srcLang="en" trgLang="pt-BR">',
           f'  <file id="f1" original={quoteattr(src.split("/")[-1])}>']
    n = 0
    for unit in store.units:
        if unit.isheader() or unit.isobsolete() or not unit.source:
            continue
        n += 1
        state = "initial" if unit.isfuzzy() else "translated"
        out.append(f'    <unit id="u{n}" name={quoteattr(unit.getid())}>')
        notes = unit.getnotes("translator")
        if notes:
            out.append(f'      <notes><note>{escape(notes)}</note></notes>')
        sources = unit.source.strings if unit.hasplural() else [unit.source]
        targets = unit.target.strings if unit.hasplural() else [unit.target]
        for i, target in enumerate(targets):
            source = sources[min(i, len(sources) - 1)]
            out.append(f'      <segment id="s{i + 1}" state="{state}">')
            out.append(f'        <source>{escape(source)}</source>')
            out.append(f'        <target>{escape(target)}</target>')
            out.append('      </segment>')
        out.append('    </unit>')
    out += ['  </file>', '</xliff>', '']
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
