"""Builders for the events tests: documents and hand-made places, and the dev corpus scorer.

The geoparser is written in parallel, so the events tests give ``extract_events`` the places
a geoparser should find, written by hand (in ``tests/corpus/events/*.toml`` as data, so the
code names no place of any article). Sentences come from the real reader.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geomap
from geomap.model import Document, Event, Place
from geomap.text import read_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "events"


def document(text: str, lang: str) -> Document:
    return read_text(text, lang=lang)


def places_for(doc: Document, specs: list[dict]) -> list[Place]:
    """Every occurrence of each spec's ``mention`` (as a word prefix, case-sensitive:
    ``Russland`` also finds ``Russlands``) becomes a resolved Place."""
    out: list[Place] = []
    taken: list[tuple[int, int]] = []
    # longer mentions first so "Kosmodrom X" wins over a bare "X"
    for spec in sorted(specs, key=lambda s: -len(s["mention"])):
        pat = re.compile(rf"(?<!\w){re.escape(spec['mention'])}\w*")
        for m in pat.finditer(doc.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            sent = doc.sentence_at(m.start())
            taken.append((m.start(), m.end()))
            out.append(
                Place(
                    mention=m.group(0),
                    start=m.start(),
                    end=m.end(),
                    sentence=sent.index if sent else -1,
                    name=spec["name"],
                    kind=spec["kind"],
                    country_code=spec.get("cc"),
                    lat=spec.get("lat"),
                    lon=spec.get("lon"),
                    id=spec.get("id"),
                    source="derived" if spec.get("role") == "derived" else "gazetteer",
                    confidence=0.9,
                    role=spec.get("role", "name"),
                    relation=spec.get("relation"),
                    related=tuple(spec.get("related", ())),
                    facing=spec.get("facing"),
                )
            )
    return sorted(out, key=lambda p: p.start)


@dataclass
class Case:
    """One dev-corpus text with its places and gold events."""

    name: str
    lang: str
    text: str
    date: date | None
    places: list[dict]
    gold: list[dict]
    absent: list[dict] = field(default_factory=list)


def load_case(path: Path, shared: Path | None = None) -> Case | None:
    """A corpus file; ``None`` when its text lives in ../shared and that is absent."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    text = raw.get("text")
    if "source" in raw:
        if shared is None or not (shared / raw["source"]).is_file():
            return None
        text = (shared / raw["source"]).read_text(encoding="utf-8")
    return Case(
        name=path.stem,
        lang=raw["lang"],
        text=text,
        date=date.fromisoformat(raw["date"]) if raw.get("date") else None,
        places=raw.get("places", []),
        gold=raw.get("gold", []),
        absent=raw.get("absent", []),
    )


def matches(event: Event, gold: dict) -> bool:
    """Type, place name and date as the gold says; gold actors among the event's actors."""
    if event.type != gold["type"]:
        return False
    if "place" in gold and (event.place_name or "") != gold["place"]:
        return False
    if "date" in gold and event.date != gold["date"]:
        return False
    if not set(gold.get("actors", [])) <= set(event.actors):
        return False
    return not ("quantity" in gold and event.quantity != gold["quantity"])


def relation_ok(events: tuple[Event, ...], found: dict[int, Event], gold: list[dict]) -> bool:
    """``relation = "before:<key>"`` names another gold event by its ``key``; ``outside``
    must appear among the event's relations."""
    by_key = {g["key"]: found.get(i) for i, g in enumerate(gold) if "key" in g}
    for i, g in enumerate(gold):
        want = g.get("relation")
        ev = found.get(i)
        if not want or ev is None:
            continue
        have = (ev.relation or "").split(";")
        if ":" in want:
            kind, key = want.split(":", 1)
            target = by_key.get(key)
            if target is None or f"{kind}:{target.index}" not in have:
                return False
        elif want not in have:
            return False
    return True


def score(case: Case, events: tuple[Event, ...]) -> tuple[dict[int, Event], list[dict]]:
    """(gold index -> matching event, gold entries not found)."""
    found: dict[int, Event] = {}
    missing: list[dict] = []
    for i, g in enumerate(case.gold):
        ev = next((e for e in events if matches(e, g)), None)
        if ev is None:
            missing.append(g)
        else:
            found[i] = ev
    return found, missing


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.toml"))


def corpus_cases() -> list[tuple[str, str, list[dict], date | None]]:
    """(language, text, place specs, day) of every corpus case that loads."""
    out = []
    for path in corpus_files():
        case = load_case(path)
        if case is not None:
            out.append((case.lang, case.text, case.places, case.date))
    return out


def extract_with_places(
    lang: str, text: str, specs: list[dict], day: date | None
) -> tuple[Event, ...]:
    """The events of ``text`` with the places given by ``specs`` (no geoparser)."""
    from geomap.events._extract import extract_events  # noqa: PLC0415

    doc = document(text, lang)
    return extract_events(doc, places_for(doc, specs), date=day)


# the day the session-25 event-word tests report on (a Wednesday)
EVENT_WORDS_DAY = "2026-04-15"


def trigger_kinds(
    text: str, lang: str = "en", day: str = EVENT_WORDS_DAY
) -> list[tuple[str, str | None]]:
    """The (trigger, kind) of every event ``geomap.analyze`` finds in ``text`` on ``day``:
    what the event-word tests of session 25 compare (the word that names the event, and
    whether it is the right kind)."""
    return [(e.trigger, e.kind) for e in geomap.analyze(text, lang=lang, date=day).events]


def kinds_of(text: str, lang: str = "en", day: str = EVENT_WORDS_DAY) -> list[str | None]:
    """The kind of every event of ``text`` (:func:`trigger_kinds` without the words)."""
    return [k for _, k in trigger_kinds(text, lang, day)]
