"""Events benchmark: geomap's events against the hand-written gold of benchmarks/corpus/events/.

    .venv/bin/python benchmarks/events.py [--split dev|heldout|all] [--format text|json]
                                          [--show-misses] [--check] [--articles id1,id2]

Runs ``geomap.analyze(text, lang=..., date=...)`` offline on every article of the split and scores
the events it returns against the gold ``[[event]]`` and ``[[nonevent]]`` tables. The scoring rules
are spelled out in benchmarks/corpus/events/README.md; in short:

* found: a geomap event whose trigger word lies in the gold event's sentence and overlaps the
  gold trigger words (character spans; each geomap event matches at most one gold event).
* right day: gold precision ``day`` -> geomap's date is the gold day (or inside the gold interval
  when one is given); ``week``/``month``/``year`` -> geomap's date is inside the interval (the
  calendar week/month/year of ``iso`` when no interval is given); a null gold date is right only
  when geomap gives no date.
* right place: ``point``/``region`` -> within 50 km (``radius_km`` when the gold gives one) of the
  gold point; ``country`` -> geomap's place lies in the gold country (its place's country code,
  or the point within 50 km); ``sea`` -> geomap's place name is the gold name or an alias.
* fully right: found, right day and right place.
* right kind: geomap's type mapped onto the taxonomy (KIND_OF_TYPE) equals the gold kind.
* spurious: geomap events whose trigger lies in a gold non-event sentence, per 20 such sentences;
  a ``[[nonevent]]`` with a ``trigger`` marks one clause of an event sentence instead (``... and
  said the state would pay``): geomap events on those words are counted apart.

heldout/ is for reporting only: never tune geomap on it. ``--check`` validates the gold files
(sentences found once in the text, triggers in their sentence, fields present) and runs nothing.
Asserts nothing; exits 1 only when the gold files are invalid.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import sys
import time
import tomllib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("GEOMAP_OFFLINE", "1")

CORPUS = Path(__file__).resolve().parent / "corpus" / "events"

KINDS = (
    "battle",
    "explosion_remote_violence",
    "violence_against_civilians",
    "protest",
    "riot",
    "strategic_development",
    "disaster",
    "accident",
    "meeting",
    "travel",
    "election",
    "court",
    "launch",
    "statement",
)

# geomap's current event types onto the taxonomy. ``other`` (and anything unknown) has no kind.
KIND_OF_TYPE = {
    "travel": "travel",
    "meeting": "meeting",
    "launch": "launch",
    "strike": "explosion_remote_violence",
    "impact": "explosion_remote_violence",
    "statement": "statement",
}
# new geomap types that already carry a taxonomy name map onto themselves
KIND_OF_TYPE.update({k: k for k in KINDS})

DATE_PRECISIONS = {"day", "week", "month", "year", None}
PLACE_PRECISIONS = {"point", "region", "country", "sea"}
RADIUS_KM = 50.0


class GoldError(ValueError):
    pass


# ----------------------------------------------------------------------------- gold


def _spans(text: str, needle: str, start: int = 0) -> list[tuple[int, int]]:
    """Character spans of the trigger words inside ``text`` from ``start``.

    ``needle`` may hold ``...`` between parts of a discontinuous trigger (``feuerte ... ab``);
    the parts are found in order."""
    out = []
    pos = start
    for part in (p.strip() for p in needle.split("...")):
        if not part:
            continue
        i = text.find(part, pos)
        if i < 0:
            return []
        out.append((i, i + len(part)))
        pos = i + len(part)
    return out


def load_article(path: Path) -> dict:
    with path.open("rb") as f:
        art = tomllib.load(f)
    art["id"] = path.stem
    art["split"] = path.parent.name
    text = art.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldError(f"{path}: no text")
    if art.get("lang") not in ("de", "en"):
        raise GoldError(f"{path}: lang must be de or en")
    dt.date.fromisoformat(art["date"])
    for n, ev in enumerate(art.get("event", []), 1):
        where = f"{path.name} event {n} ({ev.get('trigger')!r})"
        ev.setdefault("article", art["id"])
        ev.setdefault("lang", art["lang"])
        ev.setdefault("id", f"{art['id']}-{n:02d}")
        if ev["article"] != art["id"]:
            raise GoldError(f"{where}: article {ev['article']!r} is not the file name")
        s = ev.get("sentence", "")
        if text.count(s) != 1:
            raise GoldError(f"{where}: sentence found {text.count(s)} times in the text")
        s0 = text.index(s)
        occ = int(ev.get("trigger_occurrence", 1))
        spans: list[tuple[int, int]] = []
        pos = s0
        for _ in range(occ):
            spans = _spans(text[: s0 + len(s)], ev["trigger"], pos)
            if not spans:
                break
            pos = spans[0][1]
        if not spans:
            raise GoldError(f"{where}: trigger not in its sentence")
        ev["_sent"] = (s0, s0 + len(s))
        ev["_trig"] = spans
        if ev.get("kind") not in KINDS:
            raise GoldError(f"{where}: kind {ev.get('kind')!r} is not in the taxonomy")
        if not ev.get("date_shape") or not ev.get("place_shape"):
            raise GoldError(f"{where}: date_shape and place_shape are required")
        d = ev.get("date")
        if isinstance(d, dict):  # TOML has no null: "" stands for it
            d["iso"] = d.get("iso") or None
            d["precision"] = d.get("precision") or None
        if not isinstance(d, dict) or d.get("precision", None) not in DATE_PRECISIONS:
            raise GoldError(f"{where}: date needs iso/precision")
        if d.get("iso"):
            dt.date.fromisoformat(d["iso"])
            if not d.get("precision"):
                raise GoldError(f"{where}: a date needs a precision")
        for x in d.get("interval", []) or []:
            dt.date.fromisoformat(x)
        p = ev.get("place")
        if p is not None and p != {}:
            if p.get("precision") not in PLACE_PRECISIONS:
                raise GoldError(f"{where}: place precision {p.get('precision')!r}")
            if p["precision"] != "sea" and not (
                isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))
            ):
                raise GoldError(f"{where}: place needs lat/lon")
            if p.get("mention") and p["mention"] not in text:
                raise GoldError(f"{where}: place mention {p['mention']!r} not in the text")
    for n, ne in enumerate(art.get("nonevent", []), 1):
        s = ne.get("sentence", "")
        if text.count(s) != 1:
            raise GoldError(f"{path.name} nonevent {n}: sentence found {text.count(s)} times")
        s0 = text.index(s)
        ne["_sent"] = (s0, s0 + len(s))
        if ne.get("trigger"):  # a clause of an event sentence that must yield no event
            ne["_trig"] = _spans(text[: s0 + len(s)], ne["trigger"], s0)
            if not ne["_trig"]:
                raise GoldError(f"{path.name} nonevent {n}: trigger not in its sentence")
    # gold events and non-event sentences (or clauses) must not overlap
    for ne in art.get("nonevent", []):
        for ev in art.get("event", []):
            if ne.get("trigger"):
                clash = any(a < d and c < b for a, b in ne["_trig"] for c, d in ev["_trig"])
            else:
                a, b = ne["_sent"]
                clash = any(a <= x < b for x, _ in ev["_trig"])
            if clash:
                raise GoldError(f"{path.name}: non-event {ne['sentence'][:40]!r} holds an event")
    return art


def load(split: str) -> list[dict]:
    dirs = ["dev", "heldout"] if split == "all" else [split]
    arts = []
    for d in dirs:
        for p in sorted((CORPUS / d).glob("*.toml")):
            arts.append(load_article(p))
    return arts


# ----------------------------------------------------------------------------- scoring


def _km(lat1, lon1, lat2, lon2) -> float:
    r = math.radians
    a = (
        math.sin(r(lat2 - lat1) / 2) ** 2
        + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _trigger_span(text: str, ev) -> tuple[int, int]:
    """Where geomap's trigger words are: a trigger of several words written together
    ("motorcycle accident", "broke out") is searched whole, so that a gold trigger on any of
    its words ("accident") meets it; else its first word (a split verb, "feuerte ... ab");
    case-insensitively, as words, inside the event's clause span; the clause start when not
    found."""
    whole = (ev.trigger or "").strip()
    if len(whole.split()) > 1 and "..." not in whole:
        m = re.search(
            r"(?<!\w)" + r"\s+".join(map(re.escape, whole.split())) + r"(?!\w)",
            text[ev.start : ev.end],
            re.IGNORECASE,
        )
        if m:
            return ev.start + m.start(), ev.start + m.end()
    first = (ev.trigger or "").split()[0] if (ev.trigger or "").split() else ""
    if first:
        m = re.search(
            r"(?<!\w)" + re.escape(first) + r"(?!\w)", text[ev.start : ev.end], re.IGNORECASE
        )
        if m:
            return ev.start + m.start(), ev.start + m.end()
        i = text.lower().find(first.lower(), ev.start, max(ev.end, ev.start + 1))
        if i >= 0:
            return i, i + len(first)
    return ev.start, ev.end


def _interval(d: dict) -> tuple[dt.date, dt.date] | None:
    if d.get("interval"):
        a, b = d["interval"]
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    if not d.get("iso"):
        return None
    day = dt.date.fromisoformat(d["iso"])
    prec = d.get("precision")
    if prec == "week":
        mon = day - dt.timedelta(days=day.weekday())
        return mon, mon + dt.timedelta(days=6)
    if prec == "month":
        nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return day.replace(day=1), nxt - dt.timedelta(days=1)
    if prec == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    return day, day


def right_day(gold: dict, ev) -> bool:
    d = gold["date"]
    if not d.get("iso") and not d.get("interval"):
        return ev.date is None
    if ev.date is None:
        return False
    try:
        got = dt.date.fromisoformat(ev.date[:10])
    except ValueError:
        return False
    if d.get("precision") == "day" and d.get("iso") and got == dt.date.fromisoformat(d["iso"]):
        return True
    iv = _interval(d)
    return iv is not None and iv[0] <= got <= iv[1]


def right_place(gold: dict, ev, cc_of_id: dict) -> bool:
    p = gold.get("place") or {}
    if not p:
        return ev.place_name is None
    if ev.place_name is None:
        return False
    prec = p["precision"]
    if prec == "sea":
        names = {p.get("name", "").lower(), *(a.lower() for a in p.get("aliases", []))}
        return (ev.place_name or "").lower() in names
    if ev.lat is None or ev.lon is None:
        return False
    km = _km(p["lat"], p["lon"], ev.lat, ev.lon)
    if prec == "country":
        return cc_of_id.get(ev.place_id) == p.get("cc") or km <= RADIUS_KM
    return km <= float(p.get("radius_km", RADIUS_KM))


class Tally:
    FIELDS = ("gold", "found", "right_day", "right_place", "fully_right", "right_kind")

    def __init__(self):
        self.n = dict.fromkeys(self.FIELDS, 0)

    def add(self, **flags):
        self.n["gold"] += 1
        for k, v in flags.items():
            self.n[k] += int(bool(v))

    def row(self) -> dict:
        g = self.n["gold"] or 1
        return {k: self.n[k] for k in self.FIELDS} | {
            f"{k}_pct": round(100 * self.n[k] / g, 1) for k in self.FIELDS[1:]
        }


def match_events(art: dict, got: Sequence[tuple[Any, tuple[int, int]]]) -> list[int | None]:
    """For each gold event of ``art`` in order, the index in ``got`` (geomap's events with
    their trigger spans, :func:`_trigger_span`) of the event that finds it, or None: the
    first one not taken yet whose trigger lies in the gold sentence and overlaps the gold
    trigger words (each geomap event finds at most one gold event)."""
    used: set[int] = set()
    out: list[int | None] = []
    for gold in art.get("event", []):
        s0, s1 = gold["_sent"]
        match = None
        for i, (_ev, (t0_, t1_)) in enumerate(got):
            if i in used or not (s0 <= t0_ < s1):
                continue
            if any(t0_ < b and a_ < t1_ for a_, b in gold["_trig"]):
                match = i
                used.add(i)
                break
        out.append(match)
    return out


def score(arts: list[dict]) -> dict:
    import geomap

    groups: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    misses = []
    spurious = []
    n_nonevent = 0
    n_clause = 0
    spurious_clause = []
    n_geomap_events = 0
    other_word = other_word_full = 0
    t0 = time.perf_counter()
    for art in arts:
        a = geomap.analyze(art["text"], lang=art["lang"], date=art["date"])
        text = a.document.text
        assert text == art["text"], f"{art['id']}: geomap changed the text; spans would not match"
        cc_of_id = {p.id: p.country_code for p in a.places if p.id}
        got = [(ev, _trigger_span(text, ev)) for ev in a.events]
        n_geomap_events += len(got)
        used: set[int] = set()
        unmatched: list[dict] = []
        for gold, match in zip(art.get("event", []), match_events(art, got), strict=True):
            found = match is not None
            ev = got[match][0] if found else None
            if found:
                used.add(match)
            else:
                unmatched.append(gold)
            rd = found and right_day(gold, ev)
            rp = found and right_place(gold, ev, cc_of_id)
            rk = found and KIND_OF_TYPE.get(ev.type) == gold["kind"]
            flags = dict(
                found=found,
                right_day=rd,
                right_place=rp,
                fully_right=found and rd and rp,
                right_kind=rk,
            )
            for g, key in (
                ("overall", "all"),
                ("kind", gold["kind"]),
                ("lang", gold["lang"]),
                ("date_shape", gold["date_shape"]),
                ("place_shape", gold["place_shape"]),
            ):
                groups[g][key].add(**flags)
            if found:
                # how geomap chose the place (Event.place_method), over found events only:
                # which of its ways hold on text it was not tuned on (docs/evaluation.md,
                # session 19); "gold" in these rows counts found events
                groups["place_method"][ev.place_method or "none"].add(**flags)
            if not (found and rd and rp and rk):
                misses.append(
                    {
                        "id": gold["id"],
                        "trigger": gold["trigger"],
                        "kind": gold["kind"],
                        "gold_date": gold["date"].get("iso"),
                        "gold_place": (gold.get("place") or {}).get("name"),
                        "found": found,
                        "geomap": None
                        if ev is None
                        else {
                            "type": ev.type,
                            "trigger": ev.trigger,
                            "date": ev.date,
                            "date_text": ev.date_text,
                            "place": ev.place_name,
                        },
                        "wrong": [
                            k
                            for k in ("found", "right_day", "right_place", "right_kind")
                            if not flags[k]
                        ],
                    }
                )
        # not counted as found: an unmatched geomap event of the gold's kind whose trigger is
        # another word of the gold sentence ("an earthquake struck": gold "struck", geomap
        # "earthquake"), reported apart so that the convention gap stays visible
        for gold in unmatched:
            s0, s1 = gold["_sent"]
            for i, (ev, (t0_, _)) in enumerate(got):
                if i in used or not (s0 <= t0_ < s1) or KIND_OF_TYPE.get(ev.type) != gold["kind"]:
                    continue
                used.add(i)
                other_word += 1
                other_word_full += right_day(gold, ev) and right_place(gold, ev, cc_of_id)
                break
        for ne in art.get("nonevent", []):
            a_, b = ne["_sent"]
            clause = bool(ne.get("trigger"))
            if clause:
                n_clause += 1
            else:
                n_nonevent += 1
            for ev, (t0_, t1_) in got:
                hit = any(t0_ < y and x < t1_ for x, y in ne["_trig"]) if clause else a_ <= t0_ < b
                if hit:
                    (spurious_clause if clause else spurious).append(
                        {
                            "article": art["id"],
                            "type": ev.type,
                            "trigger": ev.trigger,
                            "sentence": ne["sentence"],
                        }
                    )
    secs = time.perf_counter() - t0
    return {
        "articles": len(arts),
        "seconds": round(secs, 2),
        "geomap_events": n_geomap_events,
        "nonevent_sentences": n_nonevent,
        "spurious": len(spurious),
        "spurious_per_20": round(20 * len(spurious) / n_nonevent, 2) if n_nonevent else None,
        "nonevent_clauses": n_clause,
        "spurious_in_clauses": len(spurious_clause),
        "other_word": other_word,
        "other_word_fully_right": other_word_full,
        # the reader's count (session 30 decision, corpus README "Scoring rules"): an event
        # found by its gold words or under another word of its sentence, same kind; never
        # merged into "found" above, which stays the words' count
        "found_any_word": groups["overall"]["all"].n["found"] + other_word,
        "fully_right_any_word": groups["overall"]["all"].n["fully_right"] + other_word_full,
        "groups": {g: {k: t.row() for k, t in sorted(d.items())} for g, d in groups.items()},
        "misses": misses,
        "spurious_events": spurious + spurious_clause,
    }


def _print_text(res: dict, show_misses: bool) -> None:
    n_gold = res["groups"].get("overall", {}).get("all", {}).get("gold", 0)
    print(
        f"{res['articles']} articles, {n_gold} gold events, {res['nonevent_sentences']} non-event "
        f"sentences; geomap gave {res['geomap_events']} events in {res['seconds']} s"
    )
    head = f"{'':28} {'gold':>5} {'found':>7} {'day':>7} {'place':>7} {'fully':>7} {'kind':>7}"
    for g in ("overall", "lang", "kind", "date_shape", "place_shape", "place_method"):
        rows = res["groups"].get(g, {})
        print(f"\n[{g}]\n{head}")
        for k, r in rows.items():
            print(
                f"{k:28} {r['gold']:>5} "
                + " ".join(f"{r[f + '_pct']:>6.1f}%" for f in Tally.FIELDS[1:])
            )
    print(
        f"\nspurious: {res['spurious']} geomap events in {res['nonevent_sentences']} non-event "
        f"sentences = {res['spurious_per_20']} per 20; {res['spurious_in_clauses']} in "
        f"{res['nonevent_clauses']} non-event clauses of event sentences"
    )
    print(
        f"not found, but an event of the same kind under another word of its sentence: "
        f"{res['other_word']} gold events ({res['other_word_fully_right']} of them with the "
        f"right day and place); not counted above"
    )
    n_found, n_full = res["found_any_word"], res["fully_right_any_word"]
    print(
        f"as a reader counts (found by its words or under another word of its sentence): "
        f"found {n_found} of {n_gold}, fully right {n_full} of {n_gold}"
    )
    if show_misses:
        print("\nmisses (gold events not fully right or of the wrong kind):")
        for m in res["misses"]:
            g = m["geomap"]
            got = (
                "not found"
                if g is None
                else f"{g['type']} {g['trigger']!r} date={g['date']} ({g['date_text']}) "
                f"place={g['place']}"
            )
            print(
                f"  {m['id']:32} {m['kind']:26} {m['trigger']!r:28} gold {m['gold_date']} "
                f"{m['gold_place']} | {got} | wrong: {','.join(m['wrong'])}"
            )
        print("\nspurious events:")
        for s in res["spurious_events"]:
            print(
                f"  {s['article']:30} {s['type']:10} {s['trigger']!r:16} in: {s['sentence'][:60]!r}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--format", choices=("text", "json"), default="text")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--check", action="store_true", help="validate the gold files only")
    ap.add_argument("--articles", default="", help="comma-separated article ids (file stems) only")
    args = ap.parse_args(argv)
    try:
        arts = load(args.split)
        if args.articles:
            wanted = {a.strip() for a in args.articles.split(",") if a.strip()}
            arts = [a for a in arts if a["id"] in wanted]
    except (GoldError, KeyError, ValueError, tomllib.TOMLDecodeError) as e:
        print(f"invalid gold: {e}", file=sys.stderr)
        return 1
    if args.check:
        n_ev = sum(len(a.get("event", [])) for a in arts)
        n_ne = sum(1 for a in arts for x in a.get("nonevent", []) if not x.get("trigger"))
        n_cl = sum(1 for a in arts for x in a.get("nonevent", []) if x.get("trigger"))
        print(
            f"{len(arts)} articles, {n_ev} events, {n_ne} non-event sentences, "
            f"{n_cl} non-event clauses: valid"
        )
        return 0
    res = score(arts)
    if args.format == "json":
        if not args.show_misses:
            res.pop("misses")
            res.pop("spurious_events")
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        _print_text(res, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
