#!/usr/bin/env python3
"""Fails when a file includes a layer above its own.

The layers and what each may include, lowest first (see docs/architecture.md). The libraries in
CMake link the same way; this check names the file and the include that break it.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAY_INCLUDE = {
    "models/domain": {"models/domain"},
    "models/access": {"models/domain", "models/access"},
    "models/store": {"models/domain", "models/access", "models/store"},
    "models/io": {"models/domain", "models/access", "models/store", "models/io"},
    "models/net": {"models/net"},
    "models/items": {"models/domain", "models/access", "models/store", "models/io", "models/items"},
    "ui": {"models/domain", "models/access", "models/store", "models/io", "models/net", "models/items", "ui"},
    "app/cli": {"models/domain", "models/access", "models/store", "models/io", "app/cli"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def layer_of(path):
    relative = path.relative_to(ROOT).as_posix()
    for layer in sorted(MAY_INCLUDE, key=len, reverse=True):
        if relative.startswith(layer + "/"):
            return layer
    return None


def main():
    broken = []
    for layer, allowed in MAY_INCLUDE.items():
        for path in sorted((ROOT / layer).rglob("*")):
            if path.suffix not in (".cpp", ".h") or layer_of(path) != layer:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if not match or "/" not in match.group(1):
                    continue  # a file of the same folder
                target = layer_of(ROOT / match.group(1))
                if target is not None and target not in allowed:
                    broken.append(f"{path.relative_to(ROOT)}:{number}: {layer} may not include {match.group(1)}")
    for line in broken:
        print(line)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
