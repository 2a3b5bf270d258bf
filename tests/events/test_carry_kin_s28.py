"""A follow-up with no place of its own is where the last event of its kind was (issue 20,
session 28, h28-carry; ``[carry_kin]`` in the events lexicons, ``_kin_before`` in
``geomap/events/_carry.py``).

Each row is a short story whose last sentence tells an event with no place of its own after
an event of another kind in another town: a reader puts an aftershock where the earthquake
was, a second attack where the first was, a second fire where the wildfire burns, tear gas
where the march was, not at the flood, the bus crash or the derailment told in between.
Guards: a follow-up with its own place, one after an event of its own kind elsewhere, and
kinds the table does not list (an arrest, a bridge collapse) that continue the story's last
event as before. Written for this table before the mechanism, in regions the held-out
articles do not name; the row asks for the place of the event of the last sentence.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-10"

# (id, text, lang, the place a reader names for the last sentence's event)
FOLLOW_UPS = [
    (
        "en-quake-flood-aftershock",
        "An earthquake of magnitude 6.1 struck near Coquimbo on Sunday. Separately, floods swept "
        "through parts of Valdivia the same day. Another strong aftershock rattled residents on "
        "Monday morning.",
        "en",
        "Coquimbo",
    ),
    (
        "de-beben-hochwasser-nachbeben",
        "Ein Erdbeben der Stärke 5,3 hat am Sonntag die Gegend um Lamia erschüttert. In "
        "Thessaloniki richtete Hochwasser am selben Tag schwere Schäden an. Am Abend folgte ein "
        "Nachbeben der Stärke 4,4.",
        "de",
        "Lamía",
    ),
    (
        "en-second-attack-after-crash",
        "Suspected jihadists attacked a military post in Diffa on Saturday, killing four "
        "soldiers. In Zinder, a truck overturned on the highway the same day, killing six "
        "people. A second attack on the post followed on Sunday.",
        "en",
        "Diffa",
    ),
    (
        "en-second-fire-after-bus-crash",
        "A wildfire broke out near Corinth on Friday, forcing the evacuation of three villages. "
        "In Patras, a bus crashed into a wall the same day, injuring 12 passengers. A second "
        "fire broke out on Saturday afternoon.",
        "en",
        "Kórinthos",
    ),
    (
        "de-zweites-feuer-nach-entgleisung",
        "Ein Waldbrand ist am Samstag bei Cottbus ausgebrochen. In Leipzig entgleiste am selben "
        "Tag eine Straßenbahn. Am Sonntag brach ein zweites Feuer aus.",
        "de",
        "Cottbus",
    ),
    (
        "en-tear-gas-after-derailment",
        "Thousands of farmers protested in Lille on Monday. In Rouen, a freight train derailed "
        "the same morning. Police fired tear gas at the protesters in the evening.",
        "en",
        "Lille",
    ),
    (
        "en-wire-story-aftershock",
        "ANKARA, Oct 8 (Reuters) - A magnitude 5.9 earthquake struck near the town of Malatya on "
        'Tuesday, damaging dozens of buildings. "We ran out into the street," said one '
        "resident.\n\nSeparately, flash floods hit the Black Sea city of Trabzon on Tuesday "
        "afternoon, the governor's office said.\n\nA strong aftershock followed late on "
        "Tuesday.",
        "en",
        "Malatya",
    ),
    (
        "de-nachbeben-erschuetterte-die-region",
        "Ein Erdbeben der Stärke 5,3 hat am Sonntag die Gegend um Lamia erschüttert. In "
        "Thessaloniki richtete Hochwasser am selben Tag schwere Schäden an. Am Abend erschütterte "
        "ein Nachbeben die Region.",
        "de",
        "Lamía",
    ),
    (
        "en-aftershock-shook-the-area",
        "An earthquake of magnitude 6.1 struck near Coquimbo on Sunday. Separately, floods swept "
        "through parts of Valdivia the same day. A strong aftershock shook the area on Monday.",
        "en",
        "Coquimbo",
    ),
    (
        "de-zweiter-ueberfall-auf-das-dorf",
        "Bewaffnete haben am Freitag ein Dorf nahe Kaduna überfallen und elf Menschen getötet. In "
        "Kano brannte am selben Tag ein Markt ab. In der Nacht folgte ein weiterer Überfall auf "
        "das Dorf.",
        "de",
        "Kaduna",
    ),
]

GUARDS = [
    (
        "en-guard-own-place",
        "An earthquake of magnitude 6.1 struck near Coquimbo on Sunday. Separately, floods swept "
        "through parts of Valdivia the same day. A strong aftershock struck near Ovalle on "
        "Monday.",
        "en",
        "Ovalle",
    ),
    (
        "en-guard-same-kind-between",
        "An earthquake of magnitude 6.1 struck near Coquimbo on Sunday. A second earthquake "
        "struck near Talca hours later. A strong aftershock followed on Monday.",
        "en",
        "Talca",
    ),
    (
        "en-guard-arrest-after-attack",
        "Gunmen attacked a police post in Diffa on Saturday, killing four officers. Police "
        "arrested two suspects on Sunday.",
        "en",
        "Diffa",
    ),
    (
        "de-guard-festnahme-nach-ueberfall",
        "Bewaffnete haben am Freitag ein Dorf nahe Kaduna überfallen und elf Menschen getötet. "
        "Am Samstag nahm die Polizei drei Verdächtige fest.",
        "de",
        "Kaduna",
    ),
    (
        "en-guard-collapse-after-quake",
        "Floods hit parts of Valdivia on Sunday. An earthquake of magnitude 6.1 struck near "
        "Coquimbo the same day. A bridge collapsed on Monday.",
        "en",
        "Coquimbo",
    ),
    (
        "de-guard-brueckeneinsturz-nach-hochwasser",
        "Ein Erdbeben der Stärke 5,3 hat am Sonntag die Gegend um Lamia erschüttert. In "
        "Thessaloniki richtete Hochwasser am selben Tag schwere Schäden an. Am Montag stürzte "
        "eine Brücke ein.",
        "de",
        "Thessaloníki",
    ),
    (
        "en-guard-the-city-named-last",
        "Hundreds of miners walked off the job at a copper mine near Calama on Monday. On "
        "Tuesday, police arrested six strike leaders in Antofagasta. The next day about 2,000 "
        "people rallied in the city to demand their release.",
        "en",
        "Antofagasta",
    ),
    (
        "en-guard-paragraph-scene",
        "Relatives of trapped miners blocked the road to a mine near Potrerillos on Thursday."
        "\n\nIn Copiapo, the regional council voted on Thursday to suspend the mine's permit. "
        "Police fired tear gas at workers who had marched on the council during the debate.",
        "en",
        "Copiapó",
    ),
]

# Rows the mechanism does not reach, for a reason outside the carry: a town's back reference,
# not a carry ("auf das Dorf" is read as the last town named, Kano of the market fire, not
# the village of the first raid; only an area's head, "die Region", is read as the scene of
# the event it continues).
KNOWN_GAP = {"de-zweiter-ueberfall-auf-das-dorf"}
GAP = pytest.mark.xfail(strict=True, reason="a town's back reference reads the town named last")


def _last_event(text: str, lang: str) -> geomap.Event:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    body = text.rstrip()[:-1]  # the start of the last sentence: after the last full stop or break
    last = max(body.rfind(". "), body.rfind("\n"))
    tail = [e for e in events if e.start > last]
    assert tail, [(e.kind, e.trigger, e.place_name) for e in events]
    return tail[0]


def _rows(rows: list[tuple[str, str, str, str]]) -> list[object]:
    """One parameter set per row, its id the row's first field; a row of ``KNOWN_GAP`` is a
    strict xfail (a fix makes it fail, to be moved to the table above)."""
    return [
        pytest.param(*rest, id=id_, marks=GAP if id_ in KNOWN_GAP else ()) for id_, *rest in rows
    ]


@pytest.mark.parametrize(("text", "lang", "place"), _rows(FOLLOW_UPS))
def test_follow_up_at_the_last_event_of_its_kind(text: str, lang: str, place: str) -> None:
    event = _last_event(text, lang)
    assert event.place_name == place, (event.kind, event.trigger, event.place_name)


@pytest.mark.parametrize(("text", "lang", "place"), _rows(GUARDS))
def test_guards_keep_their_place(text: str, lang: str, place: str) -> None:
    event = _last_event(text, lang)
    assert event.place_name == place, (event.kind, event.trigger, event.place_name)
