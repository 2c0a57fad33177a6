#!/usr/bin/env python3
"""Fails when a permission key is written as a string literal in the code.

The rules name permissions through Catalog::known() (models/domain/Catalog.*), so that a typo fails
to compile instead of meaning "not held"; only the catalog reads their keys.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ALLOWED = {ROOT / "models/domain/Catalog.cpp"}
# A string literal, or a line comment (skipped).
TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|//.*$')
KEY = re.compile(r"\b[a-z_]+#[a-z_]+\b")


def main():
    found = []
    for folder in ("models", "ui", "app"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".cpp", ".h") or path in ALLOWED:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for literal in TOKEN.findall(line):
                    if literal.startswith('"') and KEY.search(literal):
                        found.append(f"{path.relative_to(ROOT)}:{number}: {literal}")
    for line in found:
        print(f"permission key as a literal (use Catalog::known()): {line}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
