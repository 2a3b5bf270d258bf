"""Hostile input shapes shared by the hardening tests (which check the results) and
``benchmarks/bench_limits.py`` (which prints their time and memory)."""

from __future__ import annotations

import random
import string
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "geomap" / "examples" / "fernost_de.txt"

#: Endless digits, qualifiers, units and spaces around one distance: the claim scanner's
#: worst shapes.
PATHOLOGICAL = {
    "digits": "Berlin liegt " + "1" * 100_000 + " km von Potsdam entfernt.\n",
    "dotted": "Berlin liegt " + "1." * 50_000 + "1 km von Potsdam entfernt.\n",
    "commas": "Berlin is " + "1," * 50_000 + "1 miles from Potsdam.\n",
    "mehr-als": "Berlin liegt " + "mehr als " * 20_000 + "5 Kilometer von Potsdam entfernt.\n",
    "rund": "Berlin liegt " + "rund " * 50_000 + "5 km von Potsdam entfernt.\n",
    "more-than": "Berlin is " + "more than " * 20_000 + "5 miles from Potsdam.\n",
    "units": "Berlin liegt 5 " + "Kilometer " * 30_000 + "von Potsdam entfernt.\n",
    "spaces": "Berlin liegt 5" + " " * 200_000 + "km von Potsdam entfernt.\n",
}


def article_text(size: int, *, one_line: bool = False) -> str:
    body = EXAMPLE.read_text(encoding="utf-8").split("\n\n", 2)[-1]
    if one_line:
        body = " ".join(body.split())
    parts: list[str] = []
    n = 0
    sep = " " if one_line else "\n\n"
    while n < size:
        parts.append(body)
        n += len(body.encode()) + len(sep)
    return sep.join(parts)


def capitalised_words(size: int) -> str:
    rnd = random.Random(7)
    words: list[str] = []
    n = 0
    while n < size:
        w = rnd.choice(string.ascii_uppercase) + "".join(
            rnd.choices(string.ascii_lowercase, k=rnd.randint(2, 9))
        )
        words.append(w)
        n += len(w) + 1
    return " ".join(words)
