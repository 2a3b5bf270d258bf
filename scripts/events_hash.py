"""Fingerprints of the events of LGL and GeoWebNews, to hold a speed-up to the same output.

    python scripts/events_hash.py [--pickle PATH] [--limit N]

Prints, per corpus, the number of events and the sha256 (first 16 hex digits) of the
``repr`` of each document's events in order and of their JSON (type, trigger, place,
method, date and every other field the events carry). Run it before and after a change
to the events' machinery: the lines must be equal. The places and claims are computed
by ``pipeline.analyze`` without events; ``--pickle PATH`` keeps those analyses in a file
(made on the first run, read on later ones) so that a later run only reads the events,
which is valid while the change touches the events alone. Run with ``PYTHONHASHSEED=0``
to compare runs of set-ordered output too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {
    "lgl": ROOT.parent / "shared" / "eval" / "lgl.xml",
    "gwn": ROOT.parent / "shared" / "eval" / "GWN.xml",
}


def _plain(value: Any) -> Any:
    """A JSON-able copy of an event (dataclasses as dicts, tuples as lists)."""
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _analyses(path: Path | None, limit: int | None) -> dict[str, list[Any]]:
    if path is not None and path.exists():
        with path.open("rb") as f:
            loaded: dict[str, list[Any]] = pickle.load(f)
            return loaded
    from geomap import pipeline
    from geomap.evaluation import read_corpus

    out: dict[str, list[Any]] = {}
    for name, corpus in CORPORA.items():
        docs = list(read_corpus(str(corpus), name, limit))
        out[name] = [pipeline.analyze(d.text, lang=d.lang, events=False) for d in docs]
    if path is not None:
        with path.open("wb") as f:
            pickle.dump(out, f)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pickle", type=Path)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    from geomap import pipeline
    from geomap.events import extract_events

    gaz = pipeline.default_gazetteer()
    for name, analyses in _analyses(args.pickle, args.limit).items():
        by_repr, by_json, n = hashlib.sha256(), hashlib.sha256(), 0
        for a in analyses:
            events = extract_events(a.document, a.places, gazetteer=gaz)
            n += len(events)
            by_repr.update(repr(events).encode() + b"\n")
            by_json.update(json.dumps(_plain(events), sort_keys=True).encode() + b"\n")
        print(f"{name}: {n} events repr {by_repr.hexdigest()[:16]} json {by_json.hexdigest()[:16]}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
