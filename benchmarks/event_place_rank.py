"""The candidate places of every found dev event, with their features (issue 20, session 30).

    .venv/bin/python benchmarks/event_place_rank.py [--articles ID,ID] [--dump PATH]

For every gold event of ``benchmarks/corpus/events/dev/`` that geomap finds (as
``benchmarks/events.py`` matches them), it lists the places a second opinion on the event's
place would weigh (:func:`geomap.events._rank.candidates`: the cascade's choice, the places
of the event's own clause and sentence, the previous event's place, the dateline's, the
lede's, the story's scene, the chosen place's country and the towns of that country the
article names) with their features, and whether each is the gold place by the benchmark's
own tolerance (:func:`events.right_place`). It prints

* the **oracle**: the share of found events whose gold place is among their candidates (the
  most any ranker over this table could get right), and
* the **cascade**: the share the rules' choice gets right,

per language. ``--dump`` writes the table as JSON Lines (one found event a line) for
``scripts/train_place_ranker.py``. Dev only: held-out articles are never read here (the
held-out figure is ``benchmarks/events.py --split heldout``'s total). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("GEOMAP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import events as evb  # noqa: E402  (the events benchmark: loader, matcher, tolerances)

import geomap  # noqa: E402
from geomap.events import _rank  # noqa: E402


def _is_country(place: Any) -> bool:
    return place is not None and place.kind == "country"


def _as_event(place: Any) -> SimpleNamespace:
    return SimpleNamespace(
        place_name=place.name or place.mention,
        lat=place.lat,
        lon=place.lon,
        place_id=place.id,
    )


def strict_right(gold: dict, ev: Any, cc_of_id: dict, is_country: bool) -> bool:
    """The benchmark's right place, but a gold place of ``country`` precision only by the
    country itself (``is_country``) or a point within the radius: the benchmark lets any
    town of the country pass for a country (a reader of ``a nationwide strike`` would not
    name one of its towns), so a ranker trained on its verdicts learns that a finer place
    always costs nothing. The training labels use this; the figures use both."""
    if not evb.right_place(gold, ev, cc_of_id):
        return False
    p = gold.get("place") or {}
    if p.get("precision") != "country" or is_country:
        return True
    return evb._km(p["lat"], p["lon"], ev.lat, ev.lon) <= evb.RADIUS_KM


def article_rows(art: dict, *, ranker: bool = False) -> list[dict]:
    """One row per gold event of ``art`` that geomap found: its cascade result and its
    candidate table (features, whether each candidate is the gold place). With ``ranker``
    False the shipped model is switched off, so the table is the cascade's."""
    with _rank.recorded() as sink, _rank.without_model(not ranker):
        a = geomap.analyze(art["text"], lang=art["lang"], date=art["date"])
    text = a.document.text
    cc_of_id = {p.id: p.country_code for p in a.places if p.id}
    by_event = {(r.clause.start, r.trigger, r.type): cands for r, cands in sink}
    got = [(ev, evb._trigger_span(text, ev)) for ev in a.events]
    rows = []
    for gold, match in zip(art.get("event", []), evb.match_events(art, got), strict=True):
        if match is None:
            continue
        ev = got[match][0]
        cands = by_event.get((ev.start, ev.trigger, ev.type))
        chosen = next((c for c in cands or () if "chosen" in c.slots), None)
        chosen_id = chosen.place.id if chosen is not None and chosen.place is not None else None
        # an event split off for a listed place (_listed_places) is not the table's choice
        ranked = cands is not None and chosen_id == ev.place_id
        row: dict[str, Any] = {
            "article": art["id"],
            "lang": art["lang"],
            "gold": gold["id"],
            "right_day": evb.right_day(gold, ev),
            "cascade_right": evb.right_place(gold, ev, cc_of_id),
            "cascade_strict": bool(
                ev.place_name is not None
                and strict_right(
                    gold, ev, cc_of_id, chosen is not None and _is_country(chosen.place)
                )
            )
            if (gold.get("place") or {})
            else ev.place_name is None,
            "method": ev.place_method or "none",
            "cands": [],
        }
        if ranked and cands is not None:
            for c in cands:
                if "chosen" in c.slots:
                    right, strict = row["cascade_right"], row["cascade_strict"]
                elif c.place is None:
                    right = strict = not (gold.get("place") or {})
                else:
                    ccs = dict(cc_of_id)
                    if c.place.id:
                        ccs[c.place.id] = c.place.country_code
                    right = evb.right_place(gold, _as_event(c.place), ccs)
                    strict = right and strict_right(
                        gold, _as_event(c.place), ccs, _is_country(c.place)
                    )
                row["cands"].append(
                    {
                        "chosen": "chosen" in c.slots,
                        "right": bool(right),
                        "strict": bool(strict),
                        "f": c.features,
                    }
                )
        rows.append(row)
    return rows


def table(arts: list[dict], *, ranker: bool = False) -> list[dict]:
    return [row for art in arts for row in article_rows(art, ranker=ranker)]


def summary(rows: list[dict]) -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    for row in rows:
        for key in ("all", row["lang"]):
            n = out.setdefault(key, Counter())
            n["found"] += 1
            n["cascade"] += row["cascade_right"]
            n["oracle"] += row["cascade_right"] or any(c["right"] for c in row["cands"])
            n["tabled"] += bool(row["cands"])
            n["candidates"] += len(row["cands"])
            n["fully_cascade"] += row["cascade_right"] and row["right_day"]
            n["strict"] += row["cascade_strict"]
            n["strict_oracle"] += row["cascade_strict"] or any(c["strict"] for c in row["cands"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", default="", help="comma-separated dev article ids only")
    ap.add_argument("--dump", default="", help="write the table as JSON Lines to this path")
    ap.add_argument("--ranker", action="store_true", help="with the shipped model switched on")
    args = ap.parse_args(argv)
    arts = evb.load("dev")
    if args.articles:
        wanted = {a.strip() for a in args.articles.split(",") if a.strip()}
        arts = [a for a in arts if a["id"] in wanted]
    rows = table(arts, ranker=args.ranker)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    for key, n in sorted(summary(rows).items()):
        found = n["found"] or 1
        print(
            f"{key:4} found {n['found']:5}  cascade right place {n['cascade']:5} "
            f"({100 * n['cascade'] / found:.1f} %)  oracle {n['oracle']:5} "
            f"({100 * n['oracle'] / found:.1f} %)  fully right (cascade) {n['fully_cascade']:5}  "
            f"strict: cascade {n['strict']:5} oracle {n['strict_oracle']:5}  "
            f"candidates per event {n['candidates'] / max(n['tabled'], 1):.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
