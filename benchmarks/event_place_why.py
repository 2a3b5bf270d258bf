"""Why an event's place is wrong, in counts only (issue 20, session 26).

    .venv/bin/python benchmarks/event_place_why.py [--split dev|heldout] [--articles ID,ID]
                                                   [--show]

For every gold event of ``benchmarks/corpus/events/`` that geomap found but placed wrong (as
``benchmarks/events.py`` judges the place), it asks whether the gold place is among the
places geomap resolved anywhere in the article:

* **chooser**: it is, so the geoparser read the place and the events stage chose another
  one for the event (split by whether the gold place stands in the event's own sentence or
  only in other sentences: an attachment miss or a carry-over miss);
* **geoparser**: it is not, so no rule of the events stage could have placed the event
  right (a place not read, read as a namesake, or missing from the gazetteer).

Session 28 (h28-why2) classes each chooser miss further, by story slot:

* (a) **where the gold place stands** (misses only in other sentences): its nearest mention
  before the event, else its first after, as the dateline, the headline / first line, a
  quote, the lede sentence, the sentence before, an earlier sentence further back or a later
  sentence; and whether another geomap event is placed there (of the same kind or another);
* (b) **what geomap took instead** (every chooser miss): nothing, a wider area of the gold
  place's country (too coarse), the dateline's place, a place of its own sentence, the
  previous event's place, the lede's place, or another place; and its ``place_method``;

with the cross table (a) x (b).

Why: the two call for different work (the events stage's place rules, or the geoparser and
the gazetteer), and on held-out articles only counts may be looked at. Prints counts per
language; never prints an article, a sentence or a place of a held-out article (``--show``
lists dev misses only). Asserts nothing.
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
from geomap.model import kind_info  # noqa: E402


def _holds(gold_place: dict, place) -> bool:
    """Whether a resolved place of the article is the gold place, by the benchmark's own
    tolerance (the gold radius, or the country for a country-precision place)."""
    if place.lat is None or place.lon is None:
        return False
    if gold_place.get("precision") == "country" and hasattr(place, "country_code"):
        # an event (no country code of its own) is asked by the radius below (session 29:
        # a dev event whose gold is a country no sentence names crashed this line)
        return place.country_code == gold_place.get("cc")
    radius = float(gold_place.get("radius_km", evb.RADIUS_KM))
    return evb._km(gold_place["lat"], gold_place["lon"], place.lat, place.lon) <= radius


#: quote marks (straight, English and German): a place between an odd and an even one of
#: its sentence stands in a quote
_QUOTE_MARKS = frozenset('"“”„«»')


def _kind(ev) -> str | None:
    return ev.kind or evb.KIND_OF_TYPE.get(ev.type)


def _headline(doc) -> int | None:
    """The index of the article's headline or first line (a byline, a title): a first
    sentence that ends the first line with no full stop; None when the text opens with its
    lede."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    line_end = doc.text.find("\n")
    if line_end < 0 or first.end > line_end:
        return None
    line = doc.text[:line_end].rstrip()
    return None if line.endswith((".", "!", "?", *_QUOTE_MARKS)) else 0


def _in_quote(doc, offset: int) -> bool:
    sent = doc.sentence_at(offset)
    if sent is None:
        return False
    before = doc.text[sent.start : offset]
    return sum(c in _QUOTE_MARKS for c in before) % 2 == 1


class _Story:
    """An analysed article's slots: dateline, headline, lede, events in text order."""

    def __init__(self, analysis) -> None:
        self.a = analysis
        self.doc = analysis.document
        h = self.doc.header
        self.dateline = (h.dateline_start, h.dateline_end) if h.dateline_start is not None else None
        self.headline = _headline(self.doc)
        self.lede = 1 if self.headline == 0 else 0
        self.by_id = {p.id: p for p in analysis.places if p.id}

    def in_dateline(self, p) -> bool:
        return self.dateline is not None and self.dateline[0] <= p.start < self.dateline[1]

    def slot(self, p, own: int) -> str:
        """Where a place mention stands relative to the event of sentence ``own``."""
        if self.in_dateline(p):
            return "dateline"
        if p.sentence == self.headline:
            return "headline / first line"
        if _in_quote(self.doc, p.start):
            return "a quote"
        if p.sentence == self.lede and p.sentence < own:
            return "the lede sentence"
        if p.sentence == own - 1:
            return "the sentence before"
        if p.sentence < own:
            return "an earlier sentence further back"
        return "a later sentence"


def _where_gold(story: _Story, gold: dict, ev, place: dict) -> tuple[str, str]:
    """(a): where the gold place stands (its nearest mention before the event, else its
    first after), and whether another geomap event is placed there (same kind, other kind)."""
    own = ev.sentence
    hits = [p for p in story.a.places if p.sentence != own and _holds(place, p)]
    before = [p for p in hits if p.start < ev.start]
    at = max(before, key=lambda p: p.start) if before else min(hits, key=lambda p: p.start)
    others = [
        o
        for o in story.a.events
        if o is not ev and o.lat is not None and o.lon is not None and _holds(place, o)
    ]
    if not others:
        there = "no other event there"
    elif any(_kind(o) == _kind(ev) for o in others):
        there = "another event of the same kind there"
    else:
        there = "an event of another kind there"
    return story.slot(at, own), there


def _too_coarse(story: _Story, ev, place: dict) -> bool:
    """geomap's place is an area (a country, a region) of the gold place's country: the
    gold place lies in it (approximately: a region is taken to hold the gold place when it
    is of its country)."""
    p = story.by_id.get(ev.place_id)
    if p is None or not kind_info(p.kind).contains_places:
        return False
    return bool(place.get("cc")) and p.country_code == place.get("cc")


def _what_taken(story: _Story, ev, place: dict, before) -> str:
    """(b): what geomap took instead of the gold place."""
    if ev.place_id is None or ev.lat is None:
        return "nothing"
    if _too_coarse(story, ev, place):
        return "a wider area holding it (too coarse)"
    same = [p for p in story.a.places if p.id == ev.place_id]
    if any(story.in_dateline(p) for p in same):
        return "the dateline"
    if any(p.sentence == ev.sentence for p in same):
        return "a place in its own sentence"
    if before is not None and before.place_id == ev.place_id:
        return "the previous event's place"
    if any(p.sentence == story.lede for p in same):
        return "the lede's place"
    return "another place (outside the gold place)"


def why(arts: list[dict], show: bool = False) -> tuple[Counter, list[str]]:
    """Counts of ``(language, class)`` over the found events with a wrong place (and the
    dev listing when ``show``). Beside the four classes, a chooser miss is classed by where
    the gold place stands (``where:``, ``there:``), what geomap took (``took:``) and both
    (``where x took:``)."""
    counts: Counter = Counter()
    listing: list[str] = []
    for art in arts:
        analysis = geomap.analyze(art["text"], lang=art["lang"], date=art["date"])
        story = _Story(analysis)
        text = analysis.document.text
        got = [(ev, evb._trigger_span(text, ev)) for ev in analysis.events]
        cc_of_id = {p.id: p.country_code for p in analysis.places if p.id}
        order = sorted(analysis.events, key=lambda e: e.start)
        for gold, match in zip(art.get("event", []), evb.match_events(art, got), strict=True):
            if match is None:
                continue
            ev = got[match][0]
            if evb.right_place(gold, ev, cc_of_id):
                continue
            lang = art["lang"]
            place = gold.get("place") or {}
            if not place or place.get("precision") == "sea" or place.get("lat") is None:
                counts[(lang, "gold place a sea or none (not classed)")] += 1
                continue
            places = analysis.places
            if not any(_holds(place, p) for p in places):
                counts[(lang, "geoparser: gold place not among the article's places")] += 1
                continue
            start, end = gold["_sent"]
            own = any(start <= p.start < end and _holds(place, p) for p in places)
            k = order.index(ev)
            before = next((o for o in reversed(order[:k]) if o.sentence < ev.sentence), None)
            took = _what_taken(story, ev, place, before)
            if own:
                counts[(lang, "chooser: in the event's own sentence")] += 1
                counts[(lang, f"own sentence | took: {took}")] += 1
                counts[(lang, f"own sentence | how: {ev.place_method or 'none'}")] += 1
                cls = f"own sentence | took: {took}"
            else:
                where, there = _where_gold(story, gold, ev, place)
                counts[(lang, "chooser: only in other sentences")] += 1
                for key in (
                    f"where: {where}",
                    f"there: {there}",
                    f"took: {took}",
                    f"how: {ev.place_method or 'none'}",
                ):
                    counts[(lang, f"other sentences | {key}")] += 1
                counts[(lang, f"other sentences | {where} x {took}")] += 1
                cls = f"{where} x {took} ({there})"
            if show:
                listing.append(
                    f"{gold['id']:34} {gold['trigger']!r:26} gold {place.get('name')} | "
                    f"geomap {ev.place_name} ({ev.place_method}) | {cls}"
                )
    return counts, listing


def _print_block(counts: Counter, title: str, prefix: str) -> None:
    rows: Counter = Counter()
    for (lang, what), n in counts.items():
        if what.startswith(prefix):
            rows[(what[len(prefix) :], lang)] += n
    print(f"\n{title}  (de / en / all)")
    names = {w for w, _ in rows}
    for what in sorted(names, key=lambda w: (-(rows[(w, "de")] + rows[(w, "en")]), w)):
        de, en = rows[(what, "de")], rows[(what, "en")]
        print(f"  {what:<58}{de:>5}{en:>5}{de + en:>5}")


def _print_cross(counts: Counter) -> None:
    """(a) x (b) over both languages, biggest first."""
    cross: Counter = Counter()
    for (_lang, what), n in counts.items():
        if what.startswith("other sentences | ") and " x " in what:
            cross[what[len("other sentences | ") :]] += n
    print("\nchooser, only in other sentences: where the gold place stands x what geomap took")
    for what, n in sorted(cross.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {what:<90}{n:>5}")


def parser(doc: str) -> argparse.ArgumentParser:
    """The options of the counts-only diagnoses (this script and event_found_why.py)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--articles", help="comma-separated article ids (default: every one)")
    ap.add_argument(
        "--show", action="store_true", help="list each dev miss with its classes (dev only)"
    )
    return ap


def chosen(args: argparse.Namespace) -> tuple[list[dict], bool]:
    """The articles of the split (only ``--articles`` when given) and whether the misses may
    be listed: ``--show`` on dev only, never a held-out article's."""
    arts = evb.load(args.split)
    if args.articles:
        wanted = set(args.articles.split(","))
        arts = [a for a in arts if a["id"] in wanted]
    return arts, args.show and args.split == "dev"


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    arts, show = chosen(args)
    counts, listing = why(arts, show)
    print(f"{args.split}: {len(arts)} articles; found events with a wrong place, by why")
    main_rows = {k: n for k, n in counts.items() if " | " not in k[1]}
    for (lang, what), n in sorted(main_rows.items()):
        print(f"  {lang}  {what:<58}{n:>5}")
    head = "chooser, only in other sentences: "
    for title, prefix in (
        (head + "where the gold place stands", "other sentences | where: "),
        (head + "another event at the gold place", "other sentences | there: "),
        (head + "what geomap took instead", "other sentences | took: "),
        (head + "how geomap chose its place (Event.place_method)", "other sentences | how: "),
        ("chooser, in the event's own sentence: what geomap took instead", "own sentence | took: "),
        (
            "chooser, in the event's own sentence: how geomap chose its place",
            "own sentence | how: ",
        ),
    ):
        _print_block(counts, title, prefix)
    _print_cross(counts)
    for line in listing:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
