# The translated strings of Mozilla language packs (.ftl Fluent files and .properties
# files below the folders named on the command line), one a line; strings of fewer than
# five words and repeated strings are dropped.
# With --tag first, each line is printed as "FILE<TAB>line" (FILE: the file it came
# from), so split.py can keep each file a document of its own.
import html, os, re, sys
def values_ftl(text):
    cur = None
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            if cur is not None:
                yield cur
            cur = None
            continue
        m = re.match(r"^-?[A-Za-z][\w-]*\s*=\s*(.*)$", line)
        a = re.match(r"^\s+\.[\w-]+\s*=\s*(.*)$", line)
        if m or a:
            if cur is not None:
                yield cur
            cur = (m or a).group(1)
        elif line[:1].isspace() and cur is not None and not re.match(r"^\s*[\[*}]", line):
            cur += " " + line.strip()
        elif cur is not None:
            yield cur
            cur = None
    if cur is not None:
        yield cur
def values_properties(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "!")) and "=" in line:
            yield line.split("=", 1)[1]
def clean(v):
    # Fluent term references to a brand name read as the brand; a string with any other
    # placeholder (a variable, a selector, printf's %S) is dropped, as its words around the
    # hole would not read as the prose the user sees.
    v = re.sub(r"\{\s*-brand-[\w-]*\s*\}", "Firefox", v)
    v = re.sub(r"\{\s*-vendor-short-name\s*\}", "Mozilla", v)
    if re.search(r"[{}]|%(\d+\$)?[A-Za-z]|#\d|\$\w", v):
        return ""
    v = re.sub(r"<[^>]*>", "", v)                 # markup
    v = html.unescape(v)
    v = v.replace("\\n", " ").replace("\\u00A0", "\u00a0")
    return " ".join(v.split())
tag = sys.argv[1:2] == ["--tag"]
seen = set()
for root in sys.argv[1 + tag:]:
    for dirpath, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            text = open(os.path.join(dirpath, f), encoding="utf-8", errors="replace").read()
            if f.endswith(".ftl"):
                vals = values_ftl(text)
            elif f.endswith(".properties"):
                vals = values_properties(text)
            else:
                continue
            for v in vals:
                v = clean(v)
                if len(v.split()) >= 5 and v not in seen and not re.search(r"[;|]\s*\S+\s*[;|]", v):
                    seen.add(v)
                    print(f"{os.path.join(dirpath, f)}\t{v}" if tag else v)
