"""German place and clause shapes on unseen copy (session 26, h26-evde; docs/events.md,
"German place shapes and look-alike non-events (session 26, h26-evde)"). Sentences of our
own, in other regions and other wording than the dev articles that found each class, with
look-alikes that must not change.

- The genitive of a region or an island after a noun (``im Westen Victorias``, ``vor der
  Küste Kretas``) is the region, not a small town the inflected form also names; the town
  stays where the text names it (``In Victorias``).
- ``Im Gebiet Charkiw ... nahe der Stadt Kupjansk``: ``Gebiet`` (and ``Bundesland``,
  ``Komitat``) is an administrative word, so the oblast is an area and the town inside it
  is the place; a bare ``Charkiw`` stays the city.
- A view with words inside its frame (``gilt bis heute als``) judges an event noun; a tally
  framed mid-sentence (``handelt es sich um das dritte ...``) counts; an anniversary verb
  (``jährte sich zum zehnten Mal ein Anschlag``) remembers: no event. An own day keeps it.
- ``beraten`` with ``mit``, ``getagt``: the perfect of a meeting; ``will ... beraten`` and
  ``ließ sich beraten`` are none.
- ``brachten den Waldbrand ... unter Kontrolle``: the wildfire stays an event (a building's
  fire brought under control stays none, the guard of session 24).
- ``Feuer gelegt``, ``legten Feuer``: arson; ``Er soll ... Feuer gelegt haben`` (a pronoun,
  hearsay, a perfect infinitive) is what someone is accused of; a noun subject's hearsay
  still reports.
- An undated lead retold in the next sentence in reported speech (``Bewaffnete hätten ... am
  Sonntagabend angegriffen``) takes its day and, from a country, its town; ``Bereits ...
  habe`` tells an earlier event.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-06-10"  # a Wednesday: Sonntag is 2026-06-07, Montag 06-08, Dienstag 06-09


def _analysis(text: str) -> geomap.Analysis:
    return geomap.analyze(text, lang="de", date=DAY)


def _events(text: str) -> list[geomap.Event]:
    return list(_analysis(text).events)


def _one(text: str, trigger: str) -> geomap.Event:
    got = [e for e in _events(text) if e.trigger == trigger]
    assert len(got) == 1, [(e.trigger, e.kind, e.date, e.place_name) for e in _events(text)]
    return got[0]


# ------------------------------------------------------------------ genitive regions

# (text, mention, country code, kind): a region's or an island's genitive after a noun
GENITIVE_REGIONS = [
    ("Im Westen Victorias hat sich ein Buschfeuer ausgebreitet.", "Victorias", "AU", "admin1"),
    ("Im Osten Javas ist am Montag ein Vulkan ausgebrochen.", "Javas", "ID", "island"),
    ("Vor der Küste Kretas ist am Montag ein Boot gekentert.", "Kretas", "GR", "island"),
    ("Im Norden Luzons hat ein Taifun am Montag Häuser zerstört.", "Luzons", "PH", "island"),
]


@pytest.mark.parametrize(("text", "mention", "cc", "kind"), GENITIVE_REGIONS)
def test_genitive_of_a_region_after_a_noun_is_the_region(text, mention, cc, kind):
    place = next(p for p in _analysis(text).places if p.mention == mention)
    assert (place.country_code, place.kind) == (cc, kind)


@pytest.mark.parametrize(
    "text",
    [
        "In Victorias ist am Montag ein Feuer ausgebrochen.",
        "Der Bürgermeister von Victorias sagte am Montag, die Lage sei ruhig.",
    ],
)
def test_a_town_named_as_written_stays_the_town(text):
    place = next(p for p in _analysis(text).places if p.mention == "Victorias")
    assert (place.country_code, place.kind) == ("PH", "city")


# ------------------------------------------------------------------ an area and its town

AREA_THEN_TOWN = [
    (
        "Im Gebiet Charkiw lieferten sich Truppen am Dienstag nahe der Stadt Kupjansk heftige "
        "Gefechte.",
        "Gefechte",
        "Kupyansk",
    ),
    (
        "Im Gebiet Donezk schlug am Dienstag eine Rakete in der Stadt Kramatorsk ein.",
        "schlug ... ein",
        "Kramatorsk",
    ),
    (
        "Im Gebiet Belgorod wurde am Montag das Dorf Schebekino beschossen.",
        "beschossen",
        "Shebekino",
    ),
    ("Im Bundesland Tirol ist am Montag in Schwaz ein Bus verunglückt.", "verunglückt", "Schwaz"),
    ("Im Komitat Baranya ist am Montag in der Stadt Pécs ein Zug entgleist.", "entgleist", "Pécs"),
]


@pytest.mark.parametrize(("text", "trigger", "town"), AREA_THEN_TOWN)
def test_the_town_inside_a_named_area_is_the_place(text, trigger, town):
    assert _one(text, trigger).place_name == town


def test_a_bare_oblast_name_stays_the_city_and_the_gebiet_alone_the_area():
    assert _one("In Charkiw schlug am Montag eine Rakete ein.", "schlug ... ein").place_name == (
        "Kharkiv"
    )
    ev = _one("Im Gebiet Charkiw wurde am Montag ein Dorf beschossen.", "beschossen")
    assert ev.place_precision == "region"


# ------------------------------------------------------------------ views, tallies, anniversaries

NOT_NEWS = [
    "Der Zyklon gilt bis heute als schwerste Naturkatastrophe in der Geschichte des Landes.",
    "Das Erdbeben von Gölcük gilt noch immer als das schwerste der Region.",
    "Der Anschlag galt lange als Wendepunkt des Konflikts.",
    "Bei dem Unglück handelt es sich um den zweiten Grubenunfall in diesem Jahr.",
    "Damit handelte es sich um die dritte Explosion in der Raffinerie binnen einer Woche.",
    "Am Mittwoch jährte sich zum zehnten Mal ein Anschlag auf einen Markt in der Provinz Kirkuk.",
    "Zum fünften Mal jährte sich am Montag das Grubenunglück von Soma.",
]


@pytest.mark.parametrize("text", NOT_NEWS)
def test_views_tallies_and_anniversaries_report_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Die Wahl am Sonntag gilt noch immer als Test für die Regierung.", "Wahl"),
        ("Bei dem Brand am Montag in Linz handelt es sich um Brandstiftung.", "Brandstiftung"),
        (
            "Am Jahrestag des Putsches demonstrierten am Montag Tausende in Bamako.",
            "demonstrierten",
        ),
    ],
)
def test_an_event_with_its_own_day_beside_such_frames_stays(text, trigger):
    assert _one(text, trigger).date is not None


# ------------------------------------------------------------------ meetings in the perfect


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Die Minister haben am Montag in Brüssel mit den Gewerkschaften beraten.",
            "beraten",
            "Brussels",
        ),
        ("Der Krisenstab hat am Dienstag in Linz getagt.", "getagt", "Linz"),
        (
            "Am Dienstag war die Präsidentin nach Kisumu gereist und hatte dort mit Vertretern der "
            "Fischer beraten.",
            "beraten",
            "Kisumu",
        ),
    ],
)
def test_a_meeting_in_the_perfect_is_found(text, trigger, place):
    ev = _one(text, trigger)
    assert (ev.kind, ev.place_name) == ("meeting", place)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung will am Freitag mit den Ländern über das Gesetz beraten.",
        "Er ließ sich am Montag in Wien von Anwälten beraten.",
    ],
)
def test_a_plan_or_advice_is_no_meeting(text):
    assert [e for e in _events(text) if e.kind == "meeting"] == []


# ------------------------------------------------------------------ arson and accusations


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Unbekannte haben am Montag in Graz Feuer an einem Auto gelegt.", "Graz"),
        ("In Husum hatten Unbekannte bereits am Sonntag Feuer in einem Stall gelegt.", "Husum"),
    ],
)
def test_fire_laid_is_arson(text, place):
    got = [e for e in _events(text) if e.sub_kind == "looting"]
    assert [(e.kind, e.place_name) for e in got] == [("strategic_development", place)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei hat in Bendigo einen 17-Jährigen festgenommen. Er soll in einem Park Feuer "
        "gelegt haben.",
        "Am Montag wurden in Kaunas zwei Männer festgenommen. Sie sollen eine Lagerhalle in "
        "Brand gesteckt haben.",
        "Die Ermittler prüfen, ob das Feuer gelegt wurde.",
        "Der Bauer legte am Montag in Ulm die Eier in einen Korb.",
    ],
)
def test_an_accusation_or_a_doubt_is_no_arson(text):
    assert [e for e in _events(text) if e.sub_kind == "looting"] == []


def test_a_relative_clause_in_the_plain_past_still_reports_the_arson():
    ev = _one(
        "Die Polizei fand am Montag in Tartu einen Mann, der am Sonntag ein Feuer gelegt hatte.",
        "Feuer gelegt",
    )
    assert (ev.sub_kind, ev.date) == ("looting", "2026-06-07")


def test_hearsay_with_a_noun_subject_still_reports():
    ev = _one(
        "Kämpfer einer Miliz sollen am Sonntag einen Armeeposten bei Kalay eingenommen haben.",
        "eingenommen",
    )
    assert ev.date == "2026-06-07"


# ------------------------------------------------------------------ a lead retold next


def test_an_undated_lead_takes_day_and_town_of_its_reported_retelling():
    ev = _one(
        "Bangui (KNA) - In der Zentralafrikanischen Republik sind bei einem Überfall auf ein "
        "Dorf mindestens sechs Menschen getötet worden. Bewaffnete hätten das Dorf nahe der "
        "Stadt Bambari am Sonntagabend angegriffen, teilte die Diözese mit.",
        "Überfall",
    )
    assert (ev.date, ev.place_name) == ("2026-06-07", "Bambari")


def test_an_earlier_event_in_reported_speech_gives_the_lead_nothing():
    ev = _one(
        "Lima (dpa) - In Peru ist ein Bus in eine Schlucht gestürzt. Bereits am Montag habe es "
        "bei Cusco einen Unfall gegeben, sagte ein Polizeisprecher.",
        "gestürzt",
    )
    assert ev.date is None


def test_another_kind_next_gives_the_lead_its_day_but_not_its_town():
    ev = _one(
        "Lima (dpa) - In Peru ist ein Bus in eine Schlucht gestürzt. Am Montagmorgen wurde in "
        "Cusco ein Mann festgenommen.",
        "gestürzt",
    )
    assert ev.place_name == "Peru"


# ------------------------------------------------------------------ a fire brought under control


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Löschflugzeuge brachten den Waldbrand bei Zadar am Dienstag unter Kontrolle.",
            "Waldbrand",
            "Zadar",
        ),
        (
            "Feuerwehrleute brachten am Montag einen Buschbrand nahe Geraldton unter Kontrolle.",
            "Buschbrand",
            "Geraldton",
        ),
    ],
)
def test_a_fire_brought_under_control_is_still_a_fire(text, trigger, place):
    assert _one(text, trigger).place_name == place


def test_control_over_a_situation_or_a_town_keeps_its_reading():
    assert _events("Die Regierung brachte die Lage am Dienstag in Bamako unter Kontrolle.") == []
    ev = _one(
        "Rebellen brachten am Dienstag die Stadt Goma unter ihre Kontrolle.",
        "brachten ... Kontrolle",
    )
    assert ev.kind == "battle"


def test_a_fire_told_before_and_then_controlled_is_one_event():
    got = _events(
        "Bei Split ist am Dienstag ein Waldbrand ausgebrochen. Löschflugzeuge brachten das "
        "Feuer am Abend unter Kontrolle."
    )
    assert [(e.trigger, e.place_name) for e in got] == [("Waldbrand", "Split")]


# ------------------------------------------------------------------ a frame phrase mid-clause


@pytest.mark.parametrize(
    ("text", "frame_kind", "place"),
    [
        (
            "In Conakry wurden am Montag bei Protesten gegen die Regierung 30 Menschen "
            "festgenommen.",
            "protest",
            "Conakry",
        ),
        (
            "Nach Polizeiangaben wurden am Samstag in Tiflis bei Zusammenstößen mit der Polizei "
            "15 Demonstranten festgenommen.",
            "riot",
            "Tbilisi",
        ),
        (
            "Am Sonntag sind in Caracas bei Krawallen nach der Wahl 50 Menschen festgenommen "
            "worden.",
            "riot",
            "Caracas",
        ),
    ],
)
def test_a_protest_framed_mid_clause_beside_an_arrest_is_two_events(text, frame_kind, place):
    got = sorted((e.kind, e.place_name) for e in _events(text))
    assert got == sorted([(frame_kind, place), ("strategic_development", place)])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "In Dakar wurden am Dienstag zwei Männer bei einer Razzia festgenommen.",
            ["strategic_development"],
        ),
        ("In Conakry wurden am Montag bei Protesten mehrere Menschen verletzt.", ["protest"]),
    ],
)
def test_no_frame_of_its_kind_or_no_arrest_gives_one_event(text, kinds):
    assert [e.kind for e in _events(text)] == kinds
