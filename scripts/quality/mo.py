# The translations (msgstr) of the gettext .mo catalogues named on the command line, one a
# line: markup, accelerator marks (~ and _ before a letter) and entities removed; a string
# with a placeholder (%s, %1, $(ARG1), {0}, $name$) is dropped, as its words around the
# hole would not read as the prose the user sees; strings of fewer than five words,
# repeated strings and strings more English than Portuguese are dropped.
# With --tag first, each line is printed as "FILE<TAB>line" (FILE: the file it came
# from), so split.py can keep each file a document of its own.
import gettext, html, re, sys
from function_words import more_english
tag = sys.argv[1:2] == ["--tag"]
seen = set()
for path in sys.argv[1 + tag:]:
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    for key, value in cat.items():
        if not key or not isinstance(value, str):
            continue
        for v in value.split("\x00"):
            if re.search(r"%\w|%\d|\$\(|\{\w*\}|\$\w+\$|[{}]", v):
                continue
            v = re.sub(r"<[^>]*>", "", v)
            v = html.unescape(v).replace("~", "")
            v = re.sub(r"(?<!\w)_(?=\w)", "", v)
            for line in v.split("\n"):
                line = " ".join(line.split())
                words = re.findall(r"[^\W\d_]+", line.lower())
                if (len(line.split()) >= 5 and line not in seen
                        and not more_english(words)):
                    seen.add(line)
                    print(f"{path}\t{line}" if tag else line)
