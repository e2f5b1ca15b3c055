#!/usr/bin/env python3
"""Checks the ground of vendor/lingua's patched `filter_languages_by_rules`: every
character of CHARS_TO_LANGUAGES_MAPPING (src/constant.rs) is outside ASCII, so an ASCII
word never counts for a language and the patch may skip it. Reads the mapping's keys from
the source (the `mapping.insert("...")` lines) and fails on an ASCII character or when it
finds no key at all (a changed layout must not pass unread). lingua's own tests, where
the same check is written in Rust, are not built with mtlint's crates.

Usage: python3 scripts/vendor/check_lingua_mapping.py
"""
import pathlib
import re
import sys

SRC = pathlib.Path(__file__).resolve().parents[2] / "vendor" / "lingua" / "src"

text = (SRC / "constant.rs").read_text(encoding="utf-8")
start = text.index("CHARS_TO_LANGUAGES_MAPPING")
keys = re.findall(r'mapping\.insert\(\s*"([^"]*)"', text[start:])
inserts = len(re.findall(r"mapping\.insert\(", text[start:]))
if not keys or len(keys) != inserts:
    sys.exit(f"error: read {len(keys)} keys of {inserts} mapping.insert calls in constant.rs")
ascii_keys = [k for k in keys if any(ord(c) < 128 for c in k)]
if ascii_keys:
    sys.exit(f"error: ASCII characters in CHARS_TO_LANGUAGES_MAPPING keys: {ascii_keys}")
print(f"ok: {len(keys)} keys, {sum(len(k) for k in keys)} characters, none ASCII")
