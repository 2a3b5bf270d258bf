"""A subject cut from its carrier verb by an aside (issue 20, session 29, h29-evfound).

A carrier word (``blockiert``, ``besetzt``, ``gestürzt``, ``blocked``, ``plunged``) needs a
noun to name its event. When an aside between commas (a distance, a description of the
town, a relative clause) stands between the subject and the carrier, the carrier's clause
holds no such noun, and the event was lost or read as another kind (``gestürzt``: a
government toppled). German: the perfect's bracket (``hatten Bauern in X, der Hauptstadt
der Region, die Autobahn blockiert``) closes with the carrier after the aside; English:
the carrier opens the clause after the aside, and the subject may now be longer than four
words (``Hundreds of taxi drivers in X, ..., blocked``). Near-misses stay: a plan, a past
year, a negation, a subject that names no crowd. Places and wording are of no benchmark
article and of no held-out region."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_no_event_of, assert_reported


@pytest.mark.parametrize(
    ("text", "lang", "kind", "sub_kind", "day", "place"),
    [
        (
            "Klagenfurt (APA) - Am Montag war ein Reisebus bei Villach, rund 20 Kilometer von "
            "der Grenze entfernt, in eine Schlucht gestürzt. Drei Insassen starben, 25 wurden "
            'verletzt. "Der Fahrer hat offenbar die Kontrolle verloren", sagte ein '
            "Polizeisprecher.",
            "de",
            "accident",
            "road",
            "2025-06-09",
            "Villach",
        ),
        (
            "Pamplona (dpa) - Am Dienstag hatten Bauern in Pamplona, der Hauptstadt Navarras, "
            "die Autobahn nach Madrid blockiert. Sie protestieren gegen die Einfuhr billigen "
            "Getreides. Die Polizei meldete Staus von bis zu 15 Kilometern.",
            "de",
            "protest",
            "peaceful_protest",
            "2025-06-10",
            "Pamplona",
        ),
        (
            "Limoges (AFP) - Wenige Stunden zuvor hatten Demonstranten in Tulle, rund 80 "
            "Kilometer südöstlich der Stadt, eine Brücke besetzt. Die Präfektur sprach von 300 "
            "Teilnehmern. Verletzt wurde niemand.",
            "de",
            "protest",
            "peaceful_protest",
            "2025-06-11",
            "Tulle",
        ),
        (
            "Boulogne-sur-Mer (AFP) - Am Sonntag hatten Fischer in Boulogne-sur-Mer, dem "
            "größten Fischereihafen Frankreichs, die Hafeneinfahrt mit Dutzenden Kuttern "
            "blockiert. Sie fordern Hilfen wegen gestiegener Dieselpreise.",
            "de",
            "protest",
            "peaceful_protest",
            "2025-06-08",
            "Boulogne",
        ),
        (
            "Porto (Lusa) - Am Mittwoch hatten Taxifahrer in Porto, der zweitgrößten Stadt "
            "Portugals, die Zufahrt zum Flughafen blockiert. Sie protestieren gegen "
            "Fahrdienste wie Uber. Mehrere Flüge wurden verspätet abgefertigt.",
            "de",
            "protest",
            "peaceful_protest",
            "2025-06-11",
            "Porto",
        ),
        (
            "Linz (APA) - Am Freitagabend hatte ein Feuer in Wels, einer Stadt rund 30 "
            "Kilometer südwestlich von Linz, eine Lagerhalle zerstört. Die Feuerwehr war mit "
            "120 Kräften im Einsatz.",
            "de",
            "accident",
            "industrial",
            "2025-06-06",
            "Wels",
        ),
        (
            "Varna (BTA) - Am Sonntag hatten Anwohner in Varna, der drittgrößten Stadt "
            "Bulgariens, die Zufahrt zur Mülldeponie versperrt. Sie klagen über Gestank. Der "
            "Bürgermeister versprach eine Lösung.",
            "de",
            "protest",
            "peaceful_protest",
            "2025-06-08",
            "Varna",
        ),
        (
            "PORTO, Portugal, June 11 (Reuters) - Hundreds of taxi drivers in Porto, Portugal's "
            "second-largest city, blocked access to the airport on Wednesday. They say "
            "ride-hailing apps are driving them out of business. Several flights were delayed.",
            "en",
            "protest",
            "peaceful_protest",
            "2025-06-11",
            "Porto",
        ),
        (
            "DEHRADUN, India, June 9 (Reuters) - A bus carrying 40 pilgrims, most of them "
            "elderly women, plunged into a gorge near Rudraprayag on Monday. At least 12 "
            'people were killed. "The driver lost control on a bend," a police officer said.',
            "en",
            "accident",
            "road",
            "2025-06-09",
            "Rudraprayag",
        ),
        (
            "VARNA, Bulgaria, June 8 (AP) - Residents of Varna, Bulgaria's third-largest city, "
            "blocked the road to the municipal landfill on Sunday. They complain of the stench.",
            "en",
            "protest",
            "peaceful_protest",
            "2025-06-08",
            "Varna",
        ),
    ],
)
def test_a_carrier_reads_the_subject_before_the_aside(
    text: str, lang: str, kind: str, sub_kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind=sub_kind)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Belgrad (dpa) - Am Montag hatten Studierende in Kragujevac, der viertgrößten Stadt "
            "Serbiens, das Gebäude der Fakultät besetzt. Sie verlangen den Rücktritt des Dekans.",
            "de",
            "2025-06-09",
        ),
        (
            "Tirana (dpa) - Am Donnerstag hatten Tausende Menschen in Durrës, der wichtigsten "
            "Hafenstadt Albaniens, die Hauptstraße blockiert. Die Polizei hielt sich zurück.",
            "de",
            "2025-06-05",
        ),
    ],
)
def test_the_protest_is_found_where_the_town_is_cut_off_too(text: str, lang: str, day: str) -> None:
    # the kind and the day; the place stays the dateline's (the town stands in the subject
    # part the clause's own place reading does not see: left to the place chooser)
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert any(e.kind == "protest" and e.date == day for e in events), events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a plan
        (
            "Die Bauern in Tulle, rund 80 Kilometer südöstlich von Limoges, wollen am Freitag "
            "eine Brücke blockieren.",
            "de",
        ),
        # a past year
        (
            "Anwohner in Pamplona, der Hauptstadt Navarras, hatten im Jahr 2019 die Autobahn "
            "blockiert.",
            "de",
        ),
        # a negation, and a subject that is no crowd
        (
            "Der Bürgermeister von Varna, der drittgrößten Stadt Bulgariens, hatte die Pläne für "
            "die Deponie nicht blockiert, sagte er am Montag.",
            "de",
        ),
        # a state, not an act
        (
            "Eine Straße in Bergamo, die zum Krankenhaus führt, ist seit Jahren für Lastwagen "
            "gesperrt.",
            "de",
        ),
        # a plan, and a council's decision of a past year
        (
            "Farmers in Pamplona, the capital of Navarre, plan to block the ring road on Friday.",
            "en",
        ),
        (
            "The city council of Porto, Portugal's second-largest city, blocked a plan for a new "
            "casino in 2019.",
            "en",
        ),
    ],
)
def test_no_event_where_the_carrier_tells_none(text: str, lang: str) -> None:
    assert_no_event_of(text, lang, "protest", "accident")
