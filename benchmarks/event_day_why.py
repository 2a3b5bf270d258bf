"""Why a found event has the wrong day or the wrong kind, in counts only (issue 20, session 29).

    .venv/bin/python benchmarks/event_day_why.py [--split dev|heldout] [--articles ID,ID]
                                                 [--show]

For every gold event of ``benchmarks/corpus/events/`` that geomap found (as
``benchmarks/events.py`` matches them) but dated wrong (``right_day``), it gives:

* **date_shape**: the gold's own field (``weekday``, ``context``, ``late_on``, ``night_to``,
  ``offset_event``, ``ticker``, ``headline``, ``month``...);
* **took**: what geomap gave instead, the first that holds of: no date; a date where the
  text gives none (gold null); a future date (after the article's: a plan, a forecast); the
  article's date; a day off by one (before or after the gold day or interval); a week off
  (seven days either way); a date off by more (before or after);
* **words**: where geomap's date words (``Event.date_text``) stand: in the event's own
  sentence, in a quote of it, in another sentence (carried), or none (geomap keeps no
  words); a composed text by where its day came from: a day shared with an event of its own
  sentence, of its paragraph, with the lead in an earlier paragraph or with an event of
  another paragraph (``as event N (context)``), the dateline's, the next sentence's or the
  sentence before's day;
* **precision**: geomap's ``date_precision`` against the gold's;

``Event`` has no ``date_method``; ``words`` stands in for it.

For every found event whose kind is wrong (``right_kind``) it gives the pair (gold kind ->
geomap kind) and the class of the trigger: one of the nouns and verbs the issue names as
two-kind words (``clashes``/``Zusammenstöße``, ``Anschlag``/``attack``, ``Angriff``/
``assault``, ``Unruhen``/``unrest``, ``fire``/``schießen``: matched by stem, below), else a
lexicon word of two or more kinds, a carrier (``struck``, ``traf``: its object decides), a
verb or a noun of one kind (an actor or object deciding the kind), or a word geomap does not
know (it took another word of the sentence).

Why: the two call for different work (the time expressions and the day a clause shares, or
the kind words), and on held-out articles only counts may be looked at. Prints counts per
language; never prints an article, a sentence, a word or an id of a held-out article
(``--show`` lists dev misses only). Asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("GEOMAP_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import events as evb  # noqa: E402  (the events benchmark: loader, matcher, scorer)
from event_found_why import lexicon_class, print_fields  # noqa: E402
from event_place_why import _QUOTE_MARKS, _kind, chosen, parser  # noqa: E402

import geomap  # noqa: E402
from geomap.events._vocabulary import _lexicon  # noqa: E402

_WORD = re.compile(r"\w[\w'-]*")

#: the two-kind trigger classes the issue names, by the stems of their words (folded)
_NAMED_CLASSES = (
    ("clashes / Zusammenstöße", ("clash", "zusammenstö", "zusammenstoß", "gefecht")),
    ("Anschlag / attack", ("anschlag", "anschläg", "attack", "attacke")),
    ("Angriff / assault / raid", ("angriff", "angegriff", "assault", "raid", "überfall")),
    ("Unruhen / unrest / riots", ("unruh", "unrest", "riot", "krawall", "ausschreitung")),
    ("fire / shoot / schießen", ("fire", "fired", "shot", "shoot", "schoss", "geschoss", "feuer")),
)


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def took_class(gold: dict, ev, article_date: str) -> str:
    """What geomap gave instead of the gold day (the first class that holds)."""
    got = _day(ev.date)
    d = gold["date"]
    if got is None:
        return "no date"
    if not d.get("iso") and not d.get("interval"):
        return "a date where the text gives none"
    art = _day(article_date)
    if art is not None and got > art:
        return "a future date (after the article's)"
    iv = evb._interval(d)
    assert iv is not None
    lo, hi = iv
    if got == art:
        return "the article's date"
    off = (got - lo).days if got < lo else (got - hi).days
    if abs(off) == 1:
        return f"a day off by one ({'before' if off < 0 else 'after'})"
    if abs(off) == 7:
        return "a week off"
    return f"off by more ({'before' if off < 0 else 'after'})"


_SHARED = re.compile(r"as event (\d+) \(context\)")


def _paragraph(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def _shared_class(text: str, ev, events: list) -> str:
    """Whose day a shared day (``as event N (context)``) is: the event's own sentence's, its
    paragraph's, the lead's (the first event) in an earlier paragraph, or another earlier
    paragraph's."""
    m = _SHARED.fullmatch(ev.date_text or "")
    assert m is not None
    k = int(m.group(1))
    if not 0 <= k < len(events):
        return "shared: an event not found"
    src = events[k]
    if src.sentence == ev.sentence:
        return "shared: an event of its own sentence"
    if _paragraph(text, src.start) == _paragraph(text, ev.start):
        return "shared: an event before it in its paragraph"
    if k == 0:
        return "shared: the lead, an earlier paragraph"
    return "shared: an event of another paragraph"


def words_class(text: str, gold: dict, ev, events: list) -> str:
    """Where geomap's date words stand; a composed date text (a shared day, the dateline's
    day, the next sentence's) by where the day came from."""
    if not ev.date_text:
        return "no date words"
    if _SHARED.fullmatch(ev.date_text):
        return _shared_class(text, ev, events)
    for tail, name in (
        ("(dateline)", "the dateline's day"),
        ("(next sentence)", "the next sentence's day"),
        ("(the sentence before)", "the sentence before's day"),
    ):
        if ev.date_text.endswith(tail):
            return name
    s0, s1 = gold["_sent"]
    sent = text[s0:s1]
    at = sent.find(ev.date_text)
    if at < 0:
        at = sent.casefold().find(ev.date_text.casefold())
    if at >= 0:
        if sum(c in _QUOTE_MARKS for c in sent[:at]) % 2 == 1:
            return "a quote in its own sentence"
        return "its own sentence"
    if ev.date_text.casefold() in text.casefold():
        return "another sentence (carried)"
    return "not in the text (a composed phrase)"


def trigger_class(gold: dict, ev, lang: str) -> str:
    """The class of the gold trigger of a found event with a wrong kind."""
    words = [w.casefold() for w in _WORD.findall(gold["trigger"])]
    words += [w.casefold() for w in _WORD.findall(ev.trigger or "")]
    for name, stems in _NAMED_CLASSES:
        if any(w.startswith(s) for w in words for s in stems):
            return name
    lex = _lexicon(lang)
    kinds = {
        evb.KIND_OF_TYPE.get(t.type)
        for w in _WORD.findall(gold["trigger"])
        for t in lex.triggers_of(w)
    }
    if len(kinds - {None}) >= 2:
        return "a lexicon word of two or more kinds"
    if any(lex.carriers_of(w) for w in _WORD.findall(gold["trigger"])):
        return "a carrier word (its object decides)"
    found, pos = lexicon_class(gold, lang)
    if found == "no lexicon word":
        return "not a lexicon word (geomap took another word)"
    noun = pos == "noun"
    return f"a {'noun' if noun else 'verb'} of one kind (an actor or object decides)"


def why(arts: list[dict], show: bool = False) -> tuple[Counter, list[str]]:
    """Counts of ``(language, field, class)`` over the found events with a wrong day or a
    wrong kind; the dev listing when ``show``."""
    counts: Counter = Counter()
    listing: list[str] = []
    for art in arts:
        analysis = geomap.analyze(art["text"], lang=art["lang"], date=art["date"])
        text = analysis.document.text
        got = [(ev, evb._trigger_span(text, ev)) for ev in analysis.events]
        lang = art["lang"]
        for gold, match in zip(art.get("event", []), evb.match_events(art, got), strict=True):
            if match is None:
                continue
            ev = got[match][0]
            counts[(lang, "found", "events")] += 1
            if not evb.right_day(gold, ev):
                row = {
                    "date_shape": gold["date_shape"],
                    "took": took_class(gold, ev, art["date"]),
                    "words": words_class(text, gold, ev, list(analysis.events)),
                    "precision": f"{gold['date'].get('precision') or 'null'} -> "
                    f"{ev.date_precision or 'null'}",
                }
                counts[(lang, "found", "wrong day")] += 1
                for field, value in row.items():
                    counts[(lang, f"day: {field}", value)] += 1
                for a_, b_ in (("date_shape", "took"), ("took", "words")):
                    counts[(lang, f"day: {a_} x {b_}", f"{row[a_]} | {row[b_]}")] += 1
                if show:
                    listing.append(
                        f"DAY  {gold['id']:30} {gold['trigger']!r:24} gold "
                        f"{gold['date'].get('iso') or '-'} ({gold['date'].get('text', '')}) | "
                        f"geomap {ev.date} ({ev.date_text}) | {row['date_shape']} | "
                        f"{row['took']} | {row['words']}"
                    )
            kind = _kind(ev)
            if evb.KIND_OF_TYPE.get(ev.type) != gold["kind"]:
                pair = f"{gold['kind']} -> {kind or 'none'}"
                tclass = trigger_class(gold, ev, lang)
                counts[(lang, "found", "wrong kind")] += 1
                counts[(lang, "kind: gold -> geomap", pair)] += 1
                counts[(lang, "kind: trigger class", tclass)] += 1
                if show:
                    listing.append(
                        f"KIND {gold['id']:30} {gold['trigger']!r:24} {pair} | geomap "
                        f"{ev.type}/{ev.sub_kind} {ev.trigger!r} actors={list(ev.actors)} | "
                        f"{tclass}"
                    )
    return counts, listing


FIELDS = (
    "day: date_shape",
    "day: took",
    "day: words",
    "day: precision",
    "day: date_shape x took",
    "day: took x words",
    "kind: gold -> geomap",
    "kind: trigger class",
)


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    arts, show = chosen(args)
    counts, listing = why(arts, show)
    n = {
        (lang, what): counts[(lang, "found", what)]
        for lang in ("de", "en")
        for what in ("events", "wrong day", "wrong kind")
    }
    print(f"{args.split}: {len(arts)} articles")
    for what in ("wrong day", "wrong kind"):
        de, en = n[("de", what)], n[("en", what)]
        print(
            f"  found events with a {what}: de {de} of {n[('de', 'events')]}, en {en} of "
            f"{n[('en', 'events')]}, all {de + en} of {n[('de', 'events')] + n[('en', 'events')]}"
        )
    print_fields(counts, FIELDS, 80)
    if listing:
        print()
    for line in listing:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
