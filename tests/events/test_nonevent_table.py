"""Sentences that must yield no event, by the shapes of issue 20 (forecasts and warnings,
plans and calls, conditionals, `could`/`would`, negations, habits and generic statements,
anniversaries, history background, opinions, fears and preparations), both languages, and the
events beside them that must stay. Written for these tests: other regions, other wording than
the benchmark. `docs/events.md` ("What is not an event") says which of these count as events:
none of them does; `no one was injured` after a reported crash leaves the crash an event."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    a = geomap.analyze(text, lang=lang, date=DAY)  # offline: tests/conftest.py
    return [(e.kind, e.date) for e in a.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Forecasters warned that Typhoon Haikui could make landfall near Kaohsiung on Friday.",
        "Authorities warned of flooding along the river in Kinshasa this weekend.",
        "The government plans to sign a trade agreement with Kenya in Nairobi next month.",
        "If the dam near Mosul fails, the city would be flooded within hours.",
        "A strong earthquake could hit Istanbul at any time, seismologists say.",
        "Earthquakes are common in the mountains around Quetta.",
        "Floods hit the delta around Dhaka almost every year.",
        "Ten years after the flood in Derna, the city is still rebuilding.",
        "The 2004 tsunami killed more than 30,000 people in Aceh.",
        "Protests in Nairobi are a regular feature of political life.",
        "In my view, the crackdown on protesters in Tbilisi was a mistake.",
        "Critics argue that the elections in Harare were neither free nor fair.",
        "The minister would not say whether troops would be deployed to Goma.",
        "Police denied that any protesters had been arrested in Minsk.",
        "No one was arrested after the march in Lima on Tuesday.",
        "Residents fear another landslide in the hills above Shimla.",
        "The anniversary of the earthquake in Kathmandu was marked with a minute of silence.",
        "Officials are preparing for possible riots in Paris after the verdict.",
        "A cyclone may form over the Bay of Bengal later this week.",
        "Wildfires are a growing threat to towns around Athens.",
        "Hurricanes often strike the coast near Havana in September.",
        "The opposition called for protests in Caracas next Saturday.",
        "Voters in Manila will go to the polls in May.",
        "The trial of the former general in Buenos Aires is expected to last months.",
        "The quake was the strongest to hit Chile since 2010.",
        "Unlike the 2015 earthquake in Kathmandu, this tremor caused little damage.",
        "The government has been criticised for its handling of the 2022 floods in Karachi.",
        "The talks in Geneva ended without an agreement.",
        "Police said they had not arrested anyone in Lima.",
        "A tornado warning was issued for Oklahoma City on Tuesday.",
        "Residents still remember the 1999 earthquake in Izmit.",
        "Many families in Antakya have lived in tents since the 2023 earthquake.",
        "Experts say the floods in Valencia could have been prevented.",
        "It is unclear whether the protest in Dakar will go ahead.",
        "The opposition says the election in Harare was rigged.",
        "Investors fear a coup in Niamey.",
        "Officials denied that the army had shelled villages near Kidal.",
        "Scientists say a tsunami in the region around Lisbon is possible.",
    ],
)
def test_english_sentence_without_an_event(sentence: str) -> None:
    assert _events(sentence, "en") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Meteorologen warnen, der Taifun könnte am Freitag bei Okinawa auf Land treffen.",
        "Die Behörden warnten vor Hochwasser an der Donau bei Passau am Wochenende.",
        "Die Regierung will im kommenden Monat in Nairobi ein Abkommen unterzeichnen.",
        "Falls der Damm bei Mossul bricht, würde die Stadt binnen Stunden überflutet.",
        "Ein starkes Erdbeben könnte Istanbul jederzeit treffen, sagen Seismologen.",
        "Erdbeben sind in den Bergen um Quetta häufig.",
        "Zehn Jahre nach der Flut in Derna wird die Stadt noch immer wieder aufgebaut.",
        "Der Tsunami von 2004 tötete in Aceh mehr als 30.000 Menschen.",
        "Proteste gehören in Nairobi zum politischen Alltag.",
        "Nach Ansicht vieler Beobachter war die Wahl in Harare weder frei noch fair.",
        "Der Minister wollte nicht sagen, ob Truppen nach Goma entsandt werden.",
        "Die Polizei bestritt, dass in Minsk Demonstranten festgenommen worden seien.",
        "Bei dem Marsch in Lima wurde am Dienstag niemand festgenommen.",
        "Anwohner fürchten einen weiteren Erdrutsch in den Hügeln über Shimla.",
        "Am Jahrestag des Erdbebens in Kathmandu gedachten die Menschen der Opfer.",
        "Die Behörden bereiten sich in Paris auf mögliche Ausschreitungen nach dem Urteil vor.",
        "Waldbrände sind eine wachsende Gefahr für die Orte rund um Athen.",
        "Die Opposition rief für den kommenden Samstag zu Protesten in Caracas auf.",
        "Die Wähler in Manila stimmen im Mai ab.",
        "Der Prozess gegen den früheren General in Buenos Aires soll Monate dauern.",
        "Das Beben war das stärkste in Chile seit 2010.",
        "Anders als das Erdbeben von 2015 in Kathmandu richtete dieses Beben kaum Schaden an.",
        "Der Prozess in Karatschi wurde auf Juli vertagt.",
        "Die Gespräche in Genf endeten ohne Abkommen.",
        "Die Polizei hat in Lima niemanden festgenommen.",
        "Seit dem Erdbeben von 2023 leben in Antakya viele Familien in Zelten.",
        "Experten zufolge hätte das Hochwasser in Valencia verhindert werden können.",
        "Ob die Kundgebung in Dakar stattfindet, ist unklar.",
        "Die Opposition hält die Wahl in Harare für manipuliert.",
        "Die Armee bestritt, Dörfer bei Kidal beschossen zu haben.",
        "Wissenschaftler halten einen Tsunami in der Region um Lissabon für möglich.",
        "Im Falle eines Dammbruchs bei Kariba wären Tausende Menschen in Gefahr.",
    ],
)
def test_german_sentence_without_an_event(sentence: str) -> None:
    assert _events(sentence, "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A bus overturned near Mbarara on Monday; no one was injured.",
            "en",
            [("accident", "2025-06-09")],
        ),
        (
            "Twelve people are feared dead after a landslide hit Badulla on Tuesday.",
            "en",
            [("disaster", "2025-06-10")],
        ),
        (
            "Police fired tear gas at protesters in Lima on Tuesday and warned of further arrests.",
            "en",
            [("protest", "2025-06-10")],
        ),
        (
            "Ein Bus kam am Montag bei Mbarara von der Straße ab, verletzt wurde niemand.",
            "de",
            [("accident", "2025-06-09")],
        ),
    ],
)
def test_the_event_beside_a_non_event_stays(text: str, lang: str, expected: list) -> None:
    assert _events(text, lang) == expected


def test_a_weekday_after_an_article_and_next_is_still_to_come() -> None:
    # "für den kommenden Samstag": a day after the report, no protest yet
    text = "Die Gewerkschaft rief für den kommenden Samstag zu einer Kundgebung in Quito auf."
    assert _events(text, "de") == []
