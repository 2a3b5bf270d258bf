"""Skeleton keys: one key for the many romanisations of a name from a non-Latin script.

News spells a Syrian, Iranian or Ukrainian town in whichever romanisation its source
used (``Deir ez-Zor``, ``Deir el-Zour``, ``Dair az-Zaur``; ``Khmelnytskyi``,
``Khmelnitsky``); GeoNames holds some of the spellings. The index files the Latin names of
towns and regions of the countries listed in ``data/transliteration.toml`` once more
under a *skeleton*: the name folded where the published romanisation systems differ
(articles dropped, the scholarly letters written out, letter groups that render one
sound made one letter, vowels dropped). A name the index lacks as written is looked up
under its skeleton (``Gazetteer.lookup_skeletons``), one key per family of
romanisations, so the cost is one indexed query, never a scan of the table.

A skeleton only finds; the *vowel form* (the same fold with each run of vowels kept as
one mark) confirms: a reading counts when the two forms are ``min_ratio`` alike and the
skeleton is ``min_letters`` long (``Gazetteer.lookup_skeletons`` applies the rest:
one town of its country so filed).
"""

from __future__ import annotations

import re
import sqlite3
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from gazetteer._normalize import normalize_name

__all__ = [
    "RULES_FILE",
    "SKELETON_KINDS",
    "add_skeletons",
    "Family",
    "SkeletonRules",
    "family_of",
    "min_ratio",
    "rules",
    "skeleton",
    "skeleton_articles",
    "skeleton_keys",
    "vowel_form",
]

RULES_FILE = Path(__file__).resolve().parent / "data" / "transliteration.toml"

_VOWELS = frozenset("aeiouy")
#: the mark a run of vowels leaves in the vowel form (no class letter is a vowel)
_MARK = "a"


@dataclass(frozen=True, slots=True)
class Family:
    """One family of romanisations: its countries, its letter groups (longest first)
    and the article words its names may hold."""

    name: str
    countries: frozenset[str]
    groups: tuple[tuple[str, str], ...]
    articles: frozenset[str]
    foreign: tuple[str, ...] = ()  # letter groups none of the family's systems writes
    min_ratio: float | None = None  # the family's own ``min_ratio``, if stricter
    #: (pattern, replacement) applied in order to each folded word before its letters are
    #: grouped: spellings of one sound that differ in more than a letter group (a silent
    #: final e, an aspirate written after the vowel)
    rewrites: tuple[tuple[re.Pattern[str], str], ...] = ()


@dataclass(frozen=True, slots=True)
class SkeletonRules:
    """The table of ``data/transliteration.toml``."""

    min_letters: int
    min_ratio: float
    letters: dict[str, str]
    families: tuple[Family, ...]


@cache
def rules(path: Path = RULES_FILE) -> SkeletonRules:
    """The rules, read once."""
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    fams = []
    for name, fam in sorted(raw["family"].items()):
        groups = sorted(fam["groups"].items(), key=lambda kv: (-len(kv[0]), kv[0]))
        fams.append(
            Family(
                name,
                frozenset(fam["countries"]),
                tuple(groups),
                frozenset(fam.get("articles", ())),
                tuple(fam.get("foreign", ())),
                float(fam["min_ratio"]) if "min_ratio" in fam else None,
                tuple((re.compile(p), repl) for p, repl in fam.get("rewrites", ())),
            )
        )
    return SkeletonRules(
        int(raw["min_letters"]),
        float(raw["min_ratio"]),
        dict(raw["letters"]),
        tuple(fams),
    )


def min_ratio(family: str) -> float:
    """How alike (difflib ratio of the vowel forms) a name and the name it matched under
    the family's skeleton must be."""
    r = rules()
    fam = next(f for f in r.families if f.name == family)
    return r.min_ratio if fam.min_ratio is None else fam.min_ratio


def skeleton_articles() -> frozenset[str]:
    """The article words of every family (``al``, ``ash``, ``el``): words a name may hold
    that say nothing of it."""
    return frozenset(a for fam in rules().families for a in fam.articles)


def family_of(cc: str | None) -> Family | None:
    """The first family a country's towns are filed under, or None (a Latin-script
    country)."""
    if not cc:
        return None
    for fam in rules().families:
        if cc in fam.countries:
            return fam
    return None


def _words(name: str, fam: Family) -> list[str]:
    """The folded words of a Latin name without its articles and its words' final h
    after a vowel; empty for a name in another script."""
    r = rules()
    low = name.casefold()
    if not low.isascii():
        low = "".join(r.letters.get(ch, ch) for ch in low)
    key = normalize_name(low)
    if not key or not all(ch.isascii() and (ch.isalnum() or ch == " ") for ch in key):
        return []
    if fam.foreign and any(g in key for g in fam.foreign):
        return []  # another script's romanisation ("Khuajan" for Huai'an)
    words = key.split()
    kept = [w for w in words if w not in fam.articles] or words[-1:]
    out = [w[:-1] if len(w) > 2 and w[-1] == "h" and w[-2] in _VOWELS else w for w in kept]
    for pattern, repl in fam.rewrites:
        out = [pattern.sub(repl, w) or w for w in out]
    return out


@lru_cache(maxsize=65_536)
def _vowel_form(name: str, family: str) -> str:
    fam = next(f for f in rules().families if f.name == family)
    out: list[str] = []
    for word in _words(name, fam):
        k, n = 0, len(word)
        while k < n:
            ch = word[k]
            if ch in _VOWELS or ch == "w" and not (k + 1 < n and word[k + 1] in _VOWELS):
                letter = _MARK
                k += 1
            else:
                for src, dst in fam.groups:
                    if word.startswith(src, k):
                        letter = dst
                        k += len(src)
                        break
                else:
                    letter = "v" if ch == "w" else ch
                    k += 1
            if not out or out[-1] != letter:
                out.append(letter)
    return "".join(out)


def vowel_form(name: str, family: str = "default") -> str:
    """The name folded by the family's rules, each run of vowels kept as one mark.

    >>> vowel_form("Deir el-Zour") == vowel_form("Dayr az Zawr")
    True
    >>> vowel_form("Tal Abiad") == vowel_form("Tall Abyaḑ")
    True
    """
    return _vowel_form(name, family)


def skeleton(name: str, family: str = "default") -> str:
    """The name's skeleton: its vowel form without the vowels.

    >>> skeleton("Jisr ash-Shughur") == skeleton("Jisr al-Shughūr") == skeleton("Ǧisr aš-Šuġūr")
    True
    >>> skeleton("Khmelnitsky") == skeleton("Khmelnytskyi") == skeleton("Khmel’nyts’kyy")
    True
    """
    return _vowel_form(name, family).replace(_MARK, "")


def skeleton_keys(name: str) -> tuple[tuple[str, str], ...]:
    """(family, skeleton) of a name for every family whose skeleton of it is long
    enough to be evidence (``min_letters``)."""
    r = rules()
    out = []
    for fam in r.families:
        sk = skeleton(name, fam.name)
        if len(sk) >= r.min_letters:
            out.append((fam.name, sk))
    return tuple(out)


SCHEMA = """
CREATE TABLE IF NOT EXISTS skeletons (
    key TEXT NOT NULL,
    entry INTEGER NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (key, entry, alias)
) WITHOUT ROWID
"""

#: the kinds of entry filed under a skeleton: towns and first-level regions
SKELETON_KINDS = ("city", "admin1")
#: sources whose towns are not filed: the second town layer (SimpleMaps, towns GeoNames
#: lacks) is found by its own names only, so it never makes a GeoNames town's skeleton
#: reading ambiguous nor takes one (``Gazetteer.lookup_skeletons`` wants one town)
UNFILED_SOURCES = ("simplemaps",)  # _build.EXTRA_TOWN_SOURCE


def add_skeletons(con: sqlite3.Connection) -> int:
    """File the Latin names of the towns and regions of the listed countries under their
    skeleton (``family:skeleton``) in the index open in ``con``; return the rows."""
    con.execute(SCHEMA)  # (one statement: executescript would end the transaction)
    fams: dict[str, list[Family]] = {}
    for fam in rules().families:
        for cc in fam.countries:
            fams.setdefault(cc, []).append(fam)  # a country may be in two families
    marks = ",".join("?" * len(fams))
    kinds = ",".join("?" * len(SKELETON_KINDS))
    unfiled = ",".join("?" * len(UNFILED_SOURCES))
    rows = con.execute(
        "SELECT DISTINCT n.alias, n.entry, e.cc FROM names n JOIN entries e ON e.num = n.entry "
        f"WHERE e.kind IN ({kinds}) AND e.cc IN ({marks}) AND e.source NOT IN ({unfiled})",
        (*SKELETON_KINDS, *sorted(fams), *UNFILED_SOURCES),
    ).fetchall()
    out = set()
    min_letters = rules().min_letters
    for alias, entry, cc in rows:
        for fam in fams[cc]:
            sk = skeleton(alias, fam.name)
            if len(sk) >= min_letters:
                out.add((f"{fam.name}:{sk}", entry, alias))
    con.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?,?)", sorted(out))
    return len(out)
