# The paragraphs of the man pages named on the command line, one a line: each page is
# rendered by man(1) without hyphenation or justification on a very wide line, so a
# paragraph comes out as one line; lines of fewer than five words, lines that look like a
# command synopsis or an option list (starting with "-", holding "[" or "|"), and lines with
# more English function words than Portuguese ones are dropped.
# With --tag first, each line is printed as "FILE<TAB>line" (FILE: the file it came
# from), so split.py can keep each file a document of its own.
import os, re, subprocess, sys
from function_words import more_english
env = dict(os.environ, MANWIDTH="4000", LANG="C.UTF-8", MAN_KEEP_FORMATTING="")
tag = sys.argv[1:2] == ["--tag"]
seen = set()
for path in sys.argv[1 + tag:]:
    out = subprocess.run(["man", "--nj", "--nh", "-E", "UTF-8", "-l", path], env=env,
                         capture_output=True, text=True, errors="replace").stdout
    out = re.sub(r".\x08", "", out)
    for line in out.splitlines():
        line = " ".join(line.split())
        words = re.findall(r"[^\W\d_]+", line.lower())
        if (len(line.split()) < 5 or line in seen or line.startswith("-")
                or re.search(r"[\[|]", line)
                or more_english(words)):
            continue
        seen.add(line)
        print(f"{path}\t{line}" if tag else line)
