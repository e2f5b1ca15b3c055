#!/usr/bin/env python3
"""Tests of the measurement scripts (split.py, score_names.py, names_gold.py,
fluent_mt.py) on tiny hand-made data. Run: python3 -m unittest discover -s scripts/quality -p 'test_*.py'
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fluent_mt  # noqa: E402
import names_gold  # noqa: E402
import score_names  # noqa: E402
import split  # noqa: E402
import untuned_report  # noqa: E402

GOLD = """# tiny gold
line\tdocid\tdoc_line\tpart\tname\tsrc_offset\tkept_gl\tkept_es
1\tdocA\t1\ttune\tTheresa May\t15\t0\t1
1\tdocA\t1\ttune\tBBC\t40\t1\t1
3\tdocB\t1\theldout\tOregon\t0\t0\t0
4\tdocB\t2\theldout\tDonald Trump\t10\t0\t0
"""


def finding(line, message, rule="missing-name", file="mt.txt", suggestion=None):
    return {"rule": rule, "file": file, "start": {"line": line, "column": 1},
            "message": message,
            "suggestions": [{"replacement": suggestion}] if suggestion else []}


class SplitTest(unittest.TestCase):
    def test_twins_of_a_pair_fall_on_one_side(self):
        br = "x-gimp-help-pt-br/usr/share/gimp/2.0/help/pt_BR/gimp-file-open.html"
        pt = "x-gimp-help-pt/usr/share/gimp/2.0/help/pt/gimp-file-open.html"
        self.assertEqual(split.fold_id(br), split.fold_id(pt))
        self.assertEqual(split.group_of("gimp-pt-BR"), split.group_of("gimp-pt-PT"))
        self.assertEqual(split.held_out(br, "gimp"), split.held_out(pt, "gimp"))

    def test_about_a_third_is_held_out(self):
        held = sum(split.held_out(f"L{i:05d}", "leipzig") for i in range(3000))
        self.assertTrue(900 < held < 1100, held)

    def test_committed_ntrex_list_is_what_the_hash_gives(self):
        ids = split.read_list("ntrex-dev")
        self.assertEqual(len(ids), 14)
        self.assertTrue(all(split.held_out(d, "ntrex-dev") for d in ids))


    def test_split_writes_documents_and_stops_when_the_list_differs(self):
        tmp = tempfile.mkdtemp()
        old = split.LISTS
        split.LISTS = os.path.join(tmp, "lists")
        try:
            tagged = os.path.join(tmp, "c.tsv")
            ids = [f"L{i:05d}" for i in range(30)]
            with open(tagged, "w", encoding="utf-8") as f:
                f.write("".join(f"{d}\tfrase {d}\n" for d in ids))
            split.split("c-pt-BR", tagged, os.path.join(tmp, "out"), True, "", "c-pt-BR")
            held = split.read_list("c-pt-BR")
            self.assertEqual(held, [d for d in ids if split.held_out(d, "c")])
            self.assertEqual(len(os.listdir(os.path.join(tmp, "out", "heldout", "c-pt-BR"))), len(held))
            self.assertEqual(len(os.listdir(os.path.join(tmp, "out", "tune", "c-pt-BR"))), 30 - len(held))
            with open(tagged, "a", encoding="utf-8") as f:     # the corpus grows
                f.write("".join(f"N{i}\tnova\n" for i in range(10)))
            with self.assertRaises(SystemExit):
                split.split("c-pt-BR", tagged, os.path.join(tmp, "out2"), False, "", "c-pt-BR")
        finally:
            split.LISTS = old


class UntunedReportTest(unittest.TestCase):
    def test_rates_and_review_sheet(self):
        tmp = tempfile.mkdtemp()
        part = os.path.join(tmp, "tune")
        for corpus, doc, text in (("a-pt-BR", "d1.txt", "um\ndois\n"), ("a-pt-BR", "d2.txt", "três\n"),
                                  ("b-pt-PT", "d3.txt", "x\ny\nz\nw\n")):
            os.makedirs(os.path.join(part, corpus), exist_ok=True)
            with open(os.path.join(part, corpus, doc), "w", encoding="utf-8") as f:
                f.write(text)
        jsonl = os.path.join(tmp, "f.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for line, text in ((2, "dois"), (1, "um\ndois")):
                f.write(json.dumps({"rule": "untranslated", "file": os.path.join(part, "a-pt-BR", "d1.txt"),
                                    "start": {"line": line, "column": 1}, "text": text,
                                    "message": "m", "suggestions": []}) + "\n")
        out = os.path.join(tmp, "tune")
        untuned_report.main([part, jsonl, out])
        with open(out + ".md", encoding="utf-8") as f:
            md = f.read()
        self.assertIn("| a-pt-BR | 2 | 3 | 2 | 666.67 |", md)
        self.assertIn("| b-pt-PT | 1 | 4 | 0 | 0.00 |", md)
        self.assertIn("| untranslated | 2 | 285.71 | a-pt-BR 2 |", md)
        with open(out + ".review.tsv", encoding="utf-8") as f:
            rows = [l.rstrip("\n").split("\t") for l in f]
        self.assertEqual(len(rows), 3)
        self.assertTrue(all(len(r) == 10 for r in rows))
        self.assertEqual(rows[1][5], "um\\ndois")
        self.assertEqual(rows[2][8], "dois")


class ScoreNamesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.gold = os.path.join(self.dir, "gold.tsv")
        with open(self.gold, "w", encoding="utf-8") as f:
            f.write(GOLD)

    def write(self, name, findings):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(json.dumps(x) + "\n" for x in findings))
        return path

    def test_counts_recall_and_precision_per_part(self):
        gl = [
            finding(1, 'the name "Theresa May" of the source is missing'),   # right
            finding(1, 'the name "Theresa May" of the source is missing'),   # right again
            finding(1, 'the name "BBC" of the source is missing'),           # MT kept it
            finding(2, "something else"),                                    # no gold name
            finding(1, "untranslated", rule="untranslated"),                 # other rule
            # one document a file: line 2 of docB is corpus line 4
            finding(2, "lost", file="out/docB.txt", suggestion="Donald Trump"),
        ]
        gold = score_names.read_gold(self.gold)
        found = [f for f in gl if f["rule"] == "missing-name"]
        docids = {r["docid"] for r in gold}
        line_docids = ["docA", "docA", "docB", "docB"]
        stats, misses, wrong = score_names.score(gold, "gl", found, docids, line_docids, {"docB"})
        # tune: 1 damaged (Theresa May), found; 4 findings, 2 correct
        self.assertEqual(stats["tune"], [1, 1, 4, 2])
        # heldout: Oregon and Donald Trump damaged, Trump found through the suggestion
        self.assertEqual(stats["heldout"], [2, 1, 1, 1])
        self.assertEqual([m["name"] for m in misses], ["Oregon"])
        self.assertEqual(len(wrong), 2)

    def test_command_line_prints_the_tables(self):
        es = self.write("es.jsonl", [finding(3, 'the name "Oregon" is missing')])
        out = subprocess.run([sys.executable, os.path.join(HERE, "score_names.py"), self.gold,
                              "--mt", "es", es, "--docids", "/nonexistent"],
                             capture_output=True, text=True, check=True).stdout
        self.assertIn("| heldout | 2 | 1 | 50.0% | 1 | 1 | 100.0% |", out)
        self.assertIn("| tune | 0 | 0 | - | 0 | 0 | - |", out)
        self.assertIn("line 4 (heldout): Donald Trump", out)


class NamesGoldTest(unittest.TestCase):
    def test_names_kept_by_the_reference(self):
        src = "Prime Minister Theresa May told the BBC's Today programme that Rady Children's Hospital helped."
        ref = "A primeira-ministra Theresa May disse ao programa Today da BBC que o Rady Children's Hospital ajudou."
        inner = collections.Counter({"Theresa": 1, "May": 1})
        lower = collections.Counter({"may": 3})
        names = [n for _, n in names_gold.names_of_line(src, [ref], inner, lower)]
        self.assertEqual(names, ["Theresa May", "BBC", "Today", "Rady Children's Hospital"])

    def test_sentence_initial_common_word_is_no_name(self):
        src = "The Times said so."
        inner = collections.Counter({"The": 1, "Times": 2})
        lower = collections.Counter({"the": 50})
        names = [n for _, n in names_gold.names_of_line(src, ["The Times disse"], inner, lower)]
        self.assertEqual(names, ["The Times"])
        names = [n for _, n in names_gold.names_of_line("The man.", ["The homem."], inner, lower)]
        self.assertEqual(names, [])


class FluentMtTest(unittest.TestCase):
    FREEDICT = {
        "announce": ({"vt"}, ["anunciar"]),
        "week": ({"s"}, ["semana"]),
        "political": ({"adj"}, ["político"]),
        "work": ({"vt", "s"}, ["funcionar", "trabalho"]),
    }

    def test_words_put_back_by_class_with_their_positions(self):
        src = "The minister announced political changes for three weeks."
        ref = "O ministro anunciou mudanças políticas por três semanas."
        cands, heading = fluent_mt.pairs_of_line(src, ref, self.FREEDICT, set())
        self.assertFalse(heading)
        got = {(c[0], c[1], c[2][2]) for c in cands}
        self.assertEqual(got, {("verb", "announced", "anunciou"),
                               ("adjective", "political", "políticas"),
                               ("plural", "weeks", "semanas")})
        line, rows = fluent_mt.put_back(ref, sorted(cands, key=lambda c: c[2][0]), False)
        self.assertEqual(line, "O ministro announced mudanças political por três weeks.")
        for cls, en, pt, start, end in rows:
            self.assertEqual(line[start:end], en)

    def test_no_noun_taken_for_a_verb_form_and_no_portuguese_word_used(self):
        src = "The works began."
        ref = "O funcionamento começou."
        cands, _ = fluent_mt.pairs_of_line(src, ref, self.FREEDICT, set())
        self.assertEqual(cands, [])
        src, ref = "The minister announced it.", "O ministro anunciou."
        self.assertEqual(fluent_mt.pairs_of_line(src, ref, self.FREEDICT, {"announced"})[0], [])

    def test_apertium_marks_are_the_key_and_leave_the_text(self):
        clean, words = fluent_mt.strip_marks("O **dashcam e a *cuchillada de Lavrov.")
        self.assertEqual(clean, "O dashcam e a cuchillada de Lavrov.")
        marked = [(clean[s:e], m) for s, e, w, m in words if m]
        self.assertEqual(marked, [("dashcam", "**"), ("cuchillada", "*")])


class FluentScoreTest(unittest.TestCase):
    def test_a_finding_credits_the_uses_its_message_names(self):
        with tempfile.TemporaryDirectory() as d:
            key = os.path.join(d, "key.tsv")
            with open(key, "w", encoding="utf-8") as f:
                f.write("line\tdocid\tclass\tenglish\treplaced\tstart\tend\n"
                        "1\tA\tplural\tweeks\tsemanas\t5\t10\n"
                        "3\tA\tplural\tweeks\tsemanas\t0\t5\n"
                        "4\tA\tverb\twanted\tqueria\t3\t9\n")
            found = os.path.join(d, "f.jsonl")
            with open(found, "w", encoding="utf-8") as f:
                f.write(json.dumps({"rule": "untranslated", "start": {"line": 1, "column": 6},
                                    "text": "weeks", "message": "\"weeks\" looks untranslated:"
                                    " it is English (and 1 more use in this document: line 3)"}) + "\n")
            out = subprocess.run([sys.executable, os.path.join(HERE, "fluent_mt.py"), "score",
                                  key, found, "--missed"], capture_output=True, text=True,
                                 check=True).stdout
        self.assertIn("plural: 1/2 found (50.0%); with the named uses 2/2 (100.0%)", out)
        self.assertIn("verb: 0/1 found (0.0%); with the named uses 0/1 (0.0%)", out)
        self.assertIn("precision 100.0%", out)
        self.assertIn("line 4: verb: wanted", out)


if __name__ == "__main__":
    unittest.main()
