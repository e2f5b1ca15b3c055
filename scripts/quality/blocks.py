# The blocks of text of the HTML files named on the command line, one a line.
# With --tag first, each line is printed as "FILE<TAB>line" (FILE: the file it came
# from), so split.py can keep each file a document of its own. With --any-language (after
# --tag if both), lines more English than Portuguese are kept (for English text).
import html.parser, re, sys
BLOCK = {"p", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title",
         "blockquote", "div", "caption", "figcaption", "br", "tr", "section"}
SKIP = {"pre", "code", "kbd", "tt", "samp", "script", "style", "head", "noscript", "var"}
VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param",
        "source", "track", "wbr"}
EN = set("the of and to is in for that with this be are on as by it an or from which can you "
         "your will not at if when".split())
PT = set("o a os as de do da dos das e é em no na nos nas um uma para com que por se ao à "
         "pelo pela não mais como ou seu sua".split())

class Blocks(html.parser.HTMLParser):
    # LibreOffice's help hides each platform's key names and menu paths but one (below).
    hide_platform_variants = True

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.skip, self.buf, self.out = [], 0, [], []
    def flush(self):
        text = " ".join("".join(self.buf).split())
        self.buf = []
        if text:
            self.out.append(text)
    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        a = dict(attrs)
        # LibreOffice hides each platform's key names and menu paths and shows one with
        # JavaScript: keep the default one.
        hidden = tag in SKIP or (
            self.hide_platform_variants
            and "hidden" in a
            and not (a.get("id") or "").startswith("default")
        )
        self.stack.append((tag, hidden))
        self.skip += hidden
    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, hidden = self.stack.pop()
            self.skip -= hidden
            if t == tag:
                break
        if tag in BLOCK:
            self.flush()
    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)

def main():
    args = sys.argv[1:]
    tag = args[:1] == ["--tag"]
    args = args[tag:]
    any_language = args[:1] == ["--any-language"]
    args = args[any_language:]
    seen = set()
    for path in args:
        parser = Blocks()
        parser.feed(open(path, encoding="utf-8", errors="replace").read())
        parser.flush()
        for line in parser.out:
            words = re.findall(r"[^\W\d_]+", line.lower())
            english = sum(w in EN for w in words) > sum(w in PT for w in words)
            if len(line.split()) >= 5 and line not in seen and (any_language or not english):
                seen.add(line)
                print(f"{path}\t{line}" if tag else line)


if __name__ == "__main__":
    main()
