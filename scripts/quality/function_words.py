# Whether a line's words hold more English function words than Portuguese ones: such a
# line is English the translation left, not Portuguese prose (used by mo.py and man.py).
EN = set("the of and to is in for that with this be are on as by it an or from which can you "
         "your will not at if when".split())
PT = set("o a os as de do da dos das e é em no na nos nas um uma para com que por se ao à "
         "pelo pela não mais como ou seu sua".split())


def more_english(words):
    return sum(w in EN for w in words) > sum(w in PT for w in words)
