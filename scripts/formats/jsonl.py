"""A PO catalogue to JSONL records {"id", "src", "mt"} (one per translated form), with
JSON's \\u escapes for every non-ASCII char. Reads PO with translate-toolkit's parser."""
import json
import sys

from translate.storage import po


def main(src, dst):
    store = po.pofile.parsefile(src)
    with open(dst, "w", encoding="utf-8") as out:
        for unit in store.units:
            if unit.isheader() or unit.isobsolete() or not unit.istranslated():
                continue
            sources = unit.source.strings if unit.hasplural() else [unit.source]
            targets = unit.target.strings if unit.hasplural() else [unit.target]
            for i, target in enumerate(targets):
                record = {"id": unit.getid() + (f"[{i}]" if unit.hasplural() else ""),
                          "src": sources[min(i, len(sources) - 1)], "mt": target}
                out.write(json.dumps(record, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
