"""Write ``benchmarks/material/probe_exonyms20.csv``, the ``exonyms20`` set of
``benchmarks/places_v2.py`` (issue 21, session 20): the German and English other names
of countries, first-level regions, larger regions, seas, oceans, gulfs, bays, straits,
lakes, rivers, islands and peninsulas, in sentence frames written new for this probe,
with a held-out part chosen by a hash rule. It widens ``exonyms19`` (cities of 100,000
and capitals) to the areas and waters the news names in its own language.

Drawn from data by a fixed rule, before any code change, not picked by what passes:

* **Names**: every other name (``is_primary = 0``) that the gazetteer index tags ``de``
  or ``en`` (Natural Earth's and CLDR's names in those languages, the index's curated
  and transliterated names: the language evidence the resolver reads) of an entry of
  the kinds of ``KINDS``, where the name is no mere spelling of the entry's own name
  (same letters without marks), has ``MIN_LEN`` letters or more and at most
  ``MAX_WORDS`` words, holds no digit, parenthesis, slash or comma (ISO's inverted
  names, "Korea, Demokratische Volksrepublik", are no running text), opens with a
  capital, and no country, first-level region or city of ``CITY_FLOOR`` people or
  more other than the entry bears it, nor a town of the entry's country as its own
  name (a region named like its seat, "Blagoewgrad": the seat is as fair a reading;
  ``gaz.lookup`` in the name's language; the probe asks for the area, not for a
  namesake town). One row per (name, language), in the first frame of its
  language for even row numbers and the second for odd ones; every fifth row goes to
  the third frame, which is held out whole.
* **Frames**: written for this probe, articleless so every kind fits (a German country
  with an article, "die Schweiz", and a river, "die Donau", read the same).
* **Split**: a row is ``heldout`` when its name is (``places_v2.heldout``: one in four by
  a SHA-256 hash of the name) or its frame is (the third of each language); tune on
  ``dev`` only, never read the held-out rows.

Columns: ``text``, ``lang``, ``family`` (the entry's kind), ``frame``, ``split``,
``words`` (the probed name), ``target`` (``id|own name|lat|lon``). Read right when a
place starts at the name and is the entry (same id) or lies within 30 km of its point.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

OUT = ROOT / "benchmarks" / "material" / "probe_exonyms20.csv"
KINDS = (
    "country", "admin1", "region", "province", "sea", "ocean", "gulf", "bay", "strait",
    "lake", "river", "island", "peninsula",
)  # fmt: skip
MIN_LEN = 4
MAX_WORDS = 3
CITY_FLOOR = 100_000
#: (lang, key, held out, template)
FRAMES = (
    ("de", "de-e1", False, "{X}: Die Lage bleibt nach Angaben der Behörden angespannt."),
    ("de", "de-e2", False, "Das Thema {X} beschäftigt am Montag auch den Ausschuss."),
    ("de", "de-e3", True, "Stichwort {X}: Was Reisende jetzt wissen müssen."),
    ("en", "en-e1", False, "{X}: Situation remains tense, officials say."),
    ("en", "en-e2", False, "The question of {X} also came up at Monday's hearing."),
    ("en", "en-e3", True, "Spotlight on {X}: what travellers need to know now."),
)
_BAD = re.compile(r"[\d()\[\]/,]")


def rows(gaz) -> list[dict[str, str]]:
    from places_v2 import heldout

    from gazetteer._normalize import normalize_name

    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    marks = ",".join("?" * len(KINDS))
    q = (
        "select n.alias, n.lang, e.id, e.name, e.kind, e.cc, e.lat, e.lon from names n "
        "join entries e on e.num = n.entry where n.lang in ('de', 'en') and n.is_primary = 0 "
        f"and e.kind in ({marks}) order by e.id, n.lang, n.alias"
    )
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    k = 0
    for alias, lang, eid, name, kind, cc, lat, lon in con.execute(q, KINDS):
        if (alias, lang) in seen or normalize_name(alias) == normalize_name(name):
            continue
        if len(alias) < MIN_LEN or len(alias.split()) > MAX_WORDS or _BAD.search(alias):
            continue
        if not alias[:1].isupper():
            continue
        seen.add((alias, lang))
        if any(
            c.id != eid
            and (
                c.kind in ("country", "admin1")
                or (c.kind == "city" and c.population >= CITY_FLOOR)
                or (c.kind == "city" and c.name == alias and c.country_code == cc)
            )
            for c in gaz.lookup(alias, lang=lang, limit=30)
        ):
            continue
        frames = [f for f in FRAMES if f[0] == lang]
        _, key, held, tmpl = frames[2] if k % 5 == 4 else frames[k % 2]
        k += 1
        out.append(
            {
                "text": tmpl.format(X=alias),
                "lang": lang,
                "family": kind,
                "frame": key,
                "split": "heldout" if held or heldout(alias) else "dev",
                "words": alias,
                "target": f"{eid}|{name}|{lat:.4f}|{lon:.4f}",
            }
        )
    con.close()
    return out


def main() -> None:
    from geomap.pipeline import default_gazetteer

    data = rows(default_gazetteer())
    header = (
        "German and English other names of countries, regions and waters (issue 21,\n"
        "session 20), the index's names tagged de/en; written by\n"
        "scripts/build_probe_exonyms20.py (its docstring gives the rule). Read right: a\n"
        "place starts at the name and is `target` or lies within 30 km of it.\n"
        "split: heldout when places_v2.heldout(`words`) (SHA-256 of the name, one in four)\n"
        "or the frame is a held-out frame (marked True there); tune on dev only, never\n"
        "read the held-out rows.\n"
    )
    write_probe(OUT, data, header)


def write_probe(out: Path, data: list[dict[str, str]], header: str) -> None:
    """Write a probe's rows as CSV under its header's ``#`` lines and print its split's
    sizes (shared by the probe builders that split by ``places_v2.heldout``)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(data[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(data)
    lines = "".join(f"# {ln}\n" for ln in header.splitlines())
    out.write_text(lines + buf.getvalue(), encoding="utf-8")
    dev = sum(r["split"] == "dev" for r in data)
    print(f"{out.name}: {len(data)} rows, {dev} dev, {len(data) - dev} held out")


if __name__ == "__main__":
    main()
