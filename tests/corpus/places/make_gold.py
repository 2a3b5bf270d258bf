"""Fill in ``start``/``end`` of the dev corpus gold files from each mention's occurrence.

Annotators write ``NN_slug.gold.json`` entries in reading order with ``mention``, ``lat``,
``lon`` and ``kind``; this script finds the offsets so nobody counts characters by hand.
Each entry takes the first whole-word, case-sensitive occurrence of its mention that comes
after the previous entry with the same mention and does not overlap a span already taken
(so ``Chad`` after ``Lake Chad`` skips the one inside the lake's name). An entry may pin
``"occurrence": k`` (1-based, counting every whole-word occurrence) when the text uses the
same word for something else first (``das Essen`` before ``in Essen``).

Usage: ``python tests/corpus/places/make_gold.py [FILE.gold.json ...]`` (default: all,
held-out texts included).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    """Whole-word, case-sensitive occurrences of ``mention`` in ``text``."""
    pattern = re.compile(r"(?<!\w)" + re.escape(mention) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def place_offsets(text: str, places: list[dict]) -> list[dict]:
    """Return ``places`` with ``start``/``end`` set (see the module docstring)."""
    taken: list[tuple[int, int]] = []
    last_end: dict[str, int] = {}
    out = []
    for p in places:
        mention = p["mention"]
        occ = occurrences(text, mention)
        if "occurrence" in p:
            k = int(p["occurrence"])
            if not 1 <= k <= len(occ):
                raise ValueError(f"{mention!r}: occurrence {k} of {len(occ)}")
            span = occ[k - 1]
        else:
            after = last_end.get(mention, 0)
            free = [
                s for s in occ if s[0] >= after and not any(s[0] < e and b < s[1] for b, e in taken)
            ]
            if not free:
                raise ValueError(f"{mention!r}: no free occurrence after offset {after}")
            span = free[0]
        if any(span[0] < e and b < span[1] for b, e in taken):
            raise ValueError(f"{mention!r} at {span} overlaps another gold span")
        taken.append(span)
        last_end[mention] = span[1]
        q = {k: v for k, v in p.items() if k not in ("start", "end")}
        q["start"], q["end"] = span
        out.append(q)
    return out


def fix_file(gold_path: Path) -> None:
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text("utf-8")
    data = json.loads(gold_path.read_text("utf-8"))
    data["places"] = place_offsets(text, data["places"])
    gold_path.write_text(dump(data), encoding="utf-8")


def dump(data: dict) -> str:
    """One place per line: diff-friendly and still plain JSON."""
    lines = ["{", f'  "lang": {json.dumps(data["lang"])},', '  "places": [']
    rows = [
        "    " + json.dumps(p, ensure_ascii=False, separators=(", ", ": ")) for p in data["places"]
    ]
    lines.append(",\n".join(rows))
    lines += ["  ]", "}", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(HERE.rglob("*.gold.json"))
    for f in files:
        fix_file(f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
