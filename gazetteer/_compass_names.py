"""English and German names of first-level regions composed of a base and a compass word.

Indonesia's ``Jawa Barat`` is ``West Java`` in English and ``Westjava`` in German; Natural
Earth and pycountry give it in one of the first two forms and almost never in the third,
so a German report of an earthquake ``in Westjava`` found no place. The table
``gazetteer/data/compass_names.toml`` lists the countries whose admin-1 names are composed
this way, the compass words of English, German and the local languages, and the bases
whose English or German name differs from the local one (``Sumatera``: ``Sumatra``;
``Maluku``: German ``Molukken``). The build splits every name of those countries' admin-1
entries into compass word and base and adds what is missing: English ``<Compass> <Base>``
and, for a one-word base, German ``<Kompass><base>`` and ``<Kompass>-<Base>``
(``Nordsumatra``, ``Nord-Sumatra``). Nothing is guessed outside the listed countries,
where ``West Virginia`` is not ``Westvirginia`` in German text.

>>> t = CompassTable(
...     en={"west": ("West", "Western")}, de={"west": "West"},
...     local={"id": ("suffix", {"Barat": "west"})}, base={"Jawa": ("Java", "Java")},
...     generic=frozenset({"Province"}))
>>> sorted(composed_names("Jawa Barat", "id", t))
[('de', 'West-Java'), ('de', 'Westjava'), ('en', 'West Java')]
>>> sorted(composed_names("Western Province", "", t))
[]
"""

from __future__ import annotations

import re
import sqlite3
import tomllib
from dataclasses import dataclass
from pathlib import Path

from gazetteer._errors import GazetteerDataError
from gazetteer._normalize import name_keys

__all__ = ["COMPASS_FILE", "CompassTable", "add_compass_names", "composed_names", "read_table"]

#: The table, relative to the ``gazetteer`` package.
COMPASS_FILE = "data/compass_names.toml"

# a base is a plain name: letters, spaces, hyphens and apostrophes (no "(Region III)")
_PLAIN = re.compile(r"[^\W\d_]+(?:[ '\-][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class CompassTable:
    """The parsed table: compass words per language and the bases' exonyms."""

    en: dict[str, tuple[str, ...]]  # direction -> English words, the first written
    de: dict[str, str]  # direction -> German prefix
    local: dict[str, tuple[str, dict[str, str]]]  # lang -> (position, word -> direction)
    base: dict[str, tuple[str, str]]  # local base -> (English, German)
    generic: frozenset[str]
    countries: tuple[tuple[str, str], ...] = ()  # (country code, local language)


def read_table(path: Path) -> CompassTable:
    """The table at ``path``, checked (a wrong entry stops the build naming it)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GazetteerDataError(f"{path}: {exc}") from None
    en = {d: tuple(ws) for d, ws in raw.get("en", {}).items()}
    de = dict(raw.get("de", {}))
    if set(en) != set(de):
        raise GazetteerDataError(f"{path}: [en] and [de] must name the same directions")
    local: dict[str, tuple[str, dict[str, str]]] = {}
    for lang, spec in raw.get("local", {}).items():
        pos = spec.get("position")
        words = dict(spec.get("words", {}))
        if pos not in ("prefix", "suffix") or not words:
            raise GazetteerDataError(f"{path}: [local.{lang}] needs position and words")
        bad = sorted(w for w, d in words.items() if d not in en)
        if bad:
            raise GazetteerDataError(f"{path}: [local.{lang}] unknown direction for {bad}")
        local[lang] = (pos, words)
    base = {}
    for name, spec in raw.get("base", {}).items():
        if "en" not in spec:
            raise GazetteerDataError(f"{path}: [base.{name}] needs en")
        base[name] = (spec["en"], spec.get("de", spec["en"]))
    countries = tuple(sorted(raw.get("countries", {}).items()))
    for cc, lang in countries:
        if lang and lang not in local:
            raise GazetteerDataError(f"{path}: [countries] {cc}: no [local.{lang}]")
    generic = frozenset(raw.get("generic", {}).get("words", ()))
    return CompassTable(en, de, local, base, generic, countries)


def _split(name: str, lang: str, t: CompassTable) -> tuple[str, str] | None:
    """``(direction, base)`` of ``name`` read with English or the local compass words."""
    found = []
    for d, words in t.en.items():
        for w in words:
            if name.startswith(w + " "):
                found.append((len(w), d, name[len(w) + 1 :]))
    if lang in t.local and not found:  # an English word in front: the name is English
        pos, words2 = t.local[lang]
        for w, d in words2.items():
            if pos == "suffix" and name.endswith(" " + w):
                found.append((len(w), d, name[: -len(w) - 1]))
            elif pos == "prefix" and name.startswith(w + " "):
                found.append((len(w), d, name[len(w) + 1 :]))
    if not found:
        return None
    _, d, base = max(found)  # the longest compass word: Barat Daya before Barat
    if not _PLAIN.fullmatch(base) or base in t.generic:
        return None
    return d, base


def composed_names(name: str, lang: str, t: CompassTable) -> set[tuple[str, str]]:
    """The ``(lang, name)`` pairs that name the same region as ``name`` (see module doc)."""
    got = _split(name, lang, t)
    if got is None:
        return set()
    d, base = got
    base_en, base_de = t.base.get(base, (base, base))
    out = {("en", f"{t.en[d][0]} {base_en}")}
    if " " not in base_de:
        out.add(("de", f"{t.de[d]}{base_de[0].lower()}{base_de[1:]}"))
        out.add(("de", f"{t.de[d]}-{base_de}"))
    return out


def add_compass_names(con: sqlite3.Connection, path: Path) -> int:
    """Add the composed names to the admin-1 entries open in ``con``; return how many."""
    t = read_table(path)
    out: set[tuple[str, int, str, str, int]] = set()
    for cc, lang in t.countries:
        rows = con.execute(
            "SELECT DISTINCT e.num, n.alias FROM entries e JOIN names n ON n.entry = e.num "
            "WHERE e.kind = 'admin1' AND e.cc = ? ORDER BY e.num, n.alias",
            (cc,),
        ).fetchall()
        for num, alias in rows:
            for nlang, name in composed_names(alias, lang, t):
                for key in name_keys(name):
                    out.add((key, int(num), nlang, name, 0))
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?,?)", sorted(out))
    return len(out)
