"""Why an event's place is wrong, in counts only (issue 20, session 26).

    .venv/bin/python benchmarks/event_place_why.py [--split dev|heldout] [--articles ID,ID]

For every gold event of ``benchmarks/corpus/events/`` that geomap found but placed wrong (as
``benchmarks/events.py`` judges the place), it asks whether the gold place is among the
places geomap resolved anywhere in the article:

* **chooser**: it is, so the geoparser read the place and the events stage chose another
  one for the event (split by whether the gold place stands in the event's own sentence or
  only in other sentences: an attachment miss or a carry-over miss);
* **geoparser**: it is not, so no rule of the events stage could have placed the event
  right (a place not read, read as a namesake, or missing from the gazetteer).

Why: the two call for different work (the events stage's place rules, or the geoparser and
the gazetteer), and on held-out articles only counts may be looked at. Prints counts per
language; never prints an article, a sentence or a place. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("GEOMAP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import events as evb  # noqa: E402  (the events benchmark: loader, scorer, tolerances)

import geomap  # noqa: E402


def _holds(gold_place: dict, place) -> bool:
    """Whether a resolved place of the article is the gold place, by the benchmark's own
    tolerance (the gold radius, or the country for a country-precision place)."""
    if place.lat is None or place.lon is None:
        return False
    if gold_place.get("precision") == "country":
        return place.country_code == gold_place.get("cc")
    radius = float(gold_place.get("radius_km", evb.RADIUS_KM))
    return evb._km(gold_place["lat"], gold_place["lon"], place.lat, place.lon) <= radius


def why(arts: list[dict]) -> Counter:
    """Counts of ``(language, class)`` over the found events with a wrong place."""
    result = evb.score(arts)
    gold_of = {e["id"]: e for a in arts for e in a["event"]}
    art_of = {a["id"]: a for a in arts}
    analyses: dict[str, object] = {}
    counts: Counter = Counter()
    for miss in result["misses"]:
        if not miss["found"] or "right_place" not in miss["wrong"]:
            continue
        gold = gold_of[miss["id"]]
        lang = miss["id"][:2]
        place = gold.get("place") or {}
        if not place or place.get("precision") == "sea" or place.get("lat") is None:
            counts[(lang, "gold place a sea or none (not classed)")] += 1
            continue
        art = art_of[gold["article"]]
        if art["id"] not in analyses:
            analyses[art["id"]] = geomap.analyze(art["text"], lang=art["lang"], date=art["date"])
        places = analyses[art["id"]].places  # type: ignore[attr-defined]
        if not any(_holds(place, p) for p in places):
            counts[(lang, "geoparser: gold place not among the article's places")] += 1
            continue
        start, end = gold["_sent"]
        own = any(start <= p.start < end and _holds(place, p) for p in places)
        counts[
            (
                lang,
                "chooser: in the event's own sentence"
                if own
                else "chooser: only in other sentences",
            )
        ] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--articles", help="comma-separated article ids (default: every one)")
    args = ap.parse_args(argv)
    arts = evb.load(args.split)
    if args.articles:
        wanted = set(args.articles.split(","))
        arts = [a for a in arts if a["id"] in wanted]
    counts = why(arts)
    print(f"{args.split}: {len(arts)} articles; found events with a wrong place, by why")
    for (lang, what), n in sorted(counts.items()):
        print(f"  {lang}  {what:<58}{n:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
