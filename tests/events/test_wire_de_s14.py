"""German wire copy from regions and kinds the dev split lacked (issue 20, session 14): a
saying frame whose reported speech is a plural Konjunktiv II (``Die Behörden in X teilten
mit, sie hätten ... festgenommen``: the arrest, placed by the sayer's town), an exchange of
prisoners, miners and other workers who block a road, a road's destination that is not the
event's place, and an event noun dated by its own ``vom``-phrase. Written for these tests in
other regions and other words than the benchmark articles."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_no_event, assert_reported, plain

MON, TUE, SAT, SUN = "2025-06-09", "2025-06-10", "2025-06-07", "2025-06-08"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Die Behörden in Kano teilten am Dienstag mit, sie hätten am Montag acht "
            "Männer festgenommen.",
            "Kano",
        ),
        (
            "Die Grenzschützer in Narva erklärten am Dienstag, sie hätten am Montag zwei "
            "Schmuggler festgenommen.",
            "Narva",
        ),
        (
            "Die Ermittler in Arequipa teilten am Dienstag mit, sie hätten am Montag drei "
            "Verdächtige festgenommen.",
            "Arequipa",
        ),
    ],
)
def test_plural_subjunctive_after_a_dated_saying_is_placed_by_the_sayer(
    text: str, place: str
) -> None:
    assert_reported(text, "de", "strategic_development", MON, place, sub_kind="arrest")


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte am Dienstag in Abuja, die Lage wäre ohne Hilfe schlimmer.",
        "Der Gouverneur teilte am Dienstag in Jos mit, man hätte die Dörfer früher "
        "evakuieren müssen.",
    ],
)
def test_a_subjunctive_possibility_stays_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Armenien und Aserbaidschan haben am Montag an der Grenze bei Idschewan je 30 "
            "Gefangene ausgetauscht.",
            "Ijevan|Idschewan",
        ),
        ("Am Montag tauschten Israel und die Hamas in Rafah Geiseln und Häftlinge aus.", "Rafa"),
    ],
)
def test_prisoner_exchange_is_a_strategic_development(text: str, place: str) -> None:
    assert_reported(text, "de", "strategic_development", MON, place, sub_kind="other")


@pytest.mark.parametrize(
    "text",
    [
        "Die Minister haben am Montag in Genf Argumente ausgetauscht.",
        "Seit 2022 wurden mehrere tausend Gefangene ausgetauscht.",
    ],
)
def test_other_exchanges_and_running_counts_are_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Am Montag hatten Kumpel in Oruro eine Fernstraße blockiert.", "Oruro"),
        ("Am Montag blockierten Minenarbeiter bei Kolwezi eine Zufahrtsstraße.", "Kolwezi"),
        ("Am Montag blockierten Taxifahrer in Dakar die Hauptstraße.", "Dakar"),
    ],
)
def test_workers_who_block_a_road_protest(text: str, place: str) -> None:
    assert_reported(text, "de", "protest", MON, place)


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        (
            "In der Stadt Kolwezi starben am Montag drei Bergleute. Am Dienstag blockierten "
            "Kumpel dort die Straße nach Likasi.",
            "Kolwezi",
            "Likasi",
        ),
        (
            "In Cochabamba protestierten am Montag Bauern. Am Dienstag hatten Lehrer dort die "
            "Fernstraße nach Santa Cruz blockiert.",
            "Cochabamba",
            "Santa Cruz",
        ),
    ],
)
def test_a_road_to_a_town_is_not_the_town(text: str, place: str, not_place: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    got = [(e.kind, e.date, e.place_name) for e in events]
    blockades = [e for e in events if e.kind == "protest" and e.date == TUE]
    assert blockades, got
    assert all(plain(place) in plain(e.place_name or "") for e in blockades), got
    assert not any(plain(not_place) in plain(e.place_name or "") for e in events), got


@pytest.mark.parametrize(
    ("text", "kind", "day", "place"),
    [
        (
            "Die Wahlkommission in Accra hat am Dienstag das Ergebnis der Präsidentenwahl vom "
            "vergangenen Samstag verkündet.",
            "election",
            SAT,
            "Accra",
        ),
        (
            "Die Wahlkommission gab am Dienstag das Ergebnis der Parlamentswahl vom Sonntag "
            "in Ghana bekannt.",
            "election",
            SUN,
            "Ghana",
        ),
        (
            "Nach dem Erdbeben vom Sonntag in Kathmandu suchen Helfer am Dienstag nach "
            "Überlebenden.",
            "disaster",
            SUN,
            "Kathmandu",
        ),
    ],
)
def test_an_event_noun_takes_the_day_of_its_vom_phrase(
    text: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, "de", kind, day, place)


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Die Polizei in Quetta teilte mit, Unbekannte hätten am Montag einen Bus mit "
            "Pilgern angegriffen.",
            "violence_against_civilians",
            "Quetta",
        ),
        (
            "Die Behörden in Mombasa teilten mit, sie hätten am Montag drei Schmuggler "
            "festgenommen.",
            "strategic_development",
            "Mombasa",
        ),
        (
            "Die Staatsanwaltschaft in Cusco erklärte, Ermittler hätten am Montag zwei "
            "Beamte festgenommen.",
            "strategic_development",
            "Cusco",
        ),
    ],
)
def test_an_undated_sayer_with_a_town_places_what_it_tells(
    text: str, kind: str, place: str
) -> None:
    assert_reported(text, "de", kind, MON, place)


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "In der Nacht zum Dienstag trat in der Provinz Ituri eine Waffenruhe in Kraft.",
            TUE,
            "Ituri",
        ),
        ("Am Montag ist in Gaza eine Feuerpause in Kraft getreten.", MON, "Gaza"),
    ],
)
def test_a_ceasefire_that_took_effect_is_an_agreement(text: str, day: str, place: str) -> None:
    assert_reported(text, "de", "strategic_development", day, place, sub_kind="agreement")


@pytest.mark.parametrize(
    "text",
    [
        "Das neue Mediengesetz trat am Montag in Kraft.",
        "Die Waffenruhe soll am Freitag in Kraft treten.",
        "Die Waffenruhe hält seit Montag.",
    ],
)
def test_a_law_in_force_or_a_ceasefire_to_come_is_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Entführten kamen am Dienstag in Zamfara wieder frei.", "Zamfara"),
        ("Die verschleppten Seeleute sind am Dienstag in Eyl freigekommen.", "Eyl"),
    ],
)
def test_captives_who_came_free_are_released(text: str, place: str) -> None:
    assert_reported(text, "de", "strategic_development", TUE, place, sub_kind="other")


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day", "place"),
    [
        (
            "In Bangladesch sind bei Überschwemmungen seit Montag 30 Menschen gestorben.",
            "de",
            "disaster",
            MON,
            "Bangladesh",
        ),
        (
            "Bei Erdrutschen in Nepal sind seit vergangener Woche 14 Menschen ums Leben gekommen.",
            "de",
            "disaster",
            "2025-06-02",
            "Nepal",
        ),
    ],
)
def test_a_toll_since_a_recent_day_reports_its_event(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


@pytest.mark.parametrize(
    "text",
    [
        "Seit Januar sind in Bangladesch bei Überschwemmungen 30 Menschen gestorben.",
        "Seit 2021 wurden in der Region Tillabéri mehr als 1000 Zivilisten getötet.",
        "Seit Montag wurden in der Region Kivu 40 Menschen getötet.",
    ],
)
def test_a_running_count_stays_background(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tausende Menschen nahmen am Montag in Belgrad an einem Trauermarsch teil.", "Belgrad"),
        ("Am Montagabend zogen Hunderte bei einem Fackelzug durch Tiflis.", "Tbilisi|Tiflis"),
    ],
)
def test_a_march_of_mourning_is_a_protest(text: str, place: str) -> None:
    assert_reported(text, "de", "protest", MON, place)


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister von Izmir sagte am Dienstag, ohne die neuen Dämme wären die Dörfer "
        "überflutet worden.",
        "Die Opposition in Tiflis erklärte am Sonntag, bei einer fairen Wahl hätte sie gewonnen.",
        "Die Opposition in Tiflis erklärte, bei einer fairen Wahl hätte sie gewonnen.",
    ],
)
def test_a_counterfactual_subjunctive_after_a_sayer_is_no_event(text: str) -> None:
    assert_no_event(text, "de")


def test_a_subjunctive_report_with_a_manner_phrase_stays_an_event() -> None:
    assert_reported(
        "Augenzeugen in Bamenda berichteten, Soldaten hätten am Montag ohne Vorwarnung auf "
        "Demonstranten geschossen.",
        "de",
        "protest",
        MON,
        "Bamenda",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die russische Luftabwehr schoss am Montag über Belgorod zwei Raketen ab.", "battle"),
        ("Rebellen haben am Montag in Mali einen Hubschrauber der Armee abgeschossen.", "battle"),
        ("Nordkorea hat am Montag zwei ballistische Raketen abgeschossen.", "launch"),
        (
            "Russland hat am Montag Drohnen auf ein Dorf bei Sumy abgeschossen.",
            "explosion_remote_violence",
        ),
    ],
)
def test_shot_down_is_no_launch(text: str, kind: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    assert [e.kind for e in events] == [kind], [(e.kind, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Bei einem Feuer in einem Frauengefängnis in Honduras sind am Montag 41 Häftlinge "
            "ums Leben gekommen.",
            "Honduras",
        ),
        (
            "Bei einem Feuer in einem Hotel in Hanoi sind am Montag 14 Menschen ums Leben "
            "gekommen.",
            "Hanoi",
        ),
        (
            "Bei einem Feuer in einem Pflegeheim in Manila sind am Montag neun Menschen gestorben.",
            "Manila",
        ),
    ],
)
def test_a_fire_in_a_building_told_in_the_perfect_is_an_accident(text: str, place: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    got = [(e.kind, e.trigger, e.date, e.place_name) for e in events]
    assert any(
        e.kind == "accident"
        and e.trigger == "Feuer"
        and e.date == MON
        and plain(place) in plain(e.place_name or "")
        for e in events
    ), got


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister ist am Montag nach Kabul gekommen.",
        "Am Montag sind in Kabul zwei Menschen gestorben.",
    ],
)
def test_came_and_died_alone_report_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day", "place"),
    [
        (
            "Islamistische Kämpfer haben im Norden Mosambiks ein Dorf überfallen. Der Angriff "
            "ereignete sich am Sonntag in der Provinz Cabo Delgado.",
            "de",
            "violence_against_civilians",
            SUN,
            "Cabo Delgado",
        ),
        (
            "Ein Zug ist im Süden Indiens entgleist. Das Unglück ereignete sich am Montagabend "
            "nahe der Stadt Madurai.",
            "de",
            "accident",
            MON,
            "Madurai",
        ),
        (
            "Gunmen attacked a village in northern Nigeria. The attack happened on Sunday near "
            "the town of Zaria.",
            "en",
            "violence_against_civilians",
            SUN,
            "Zaria",
        ),
    ],
)
def test_the_next_sentence_dates_an_undated_event_it_refers_to(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


def test_workers_named_by_their_crop_block_roads() -> None:
    assert_reported(
        "Reisbauern blockierten am Montag bei Chiang Mai eine Autobahn.",
        "de",
        "protest",
        MON,
        "Chiang Mai",
    )


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        (
            "KAMPALA (dpa) - Der Präsident traf am Montag in Kampala ein. Er und sein "
            "kenianischer Amtskollege unterzeichneten ein Abkommen über die Nutzung des "
            "Wassers aus dem Victoriasee.",
            "Kampala",
            "Victoria",
        ),
        (
            "Die Minister trafen sich am Montag in Genf zu Gesprächen über den Sudan.",
            "Geneva|Genf",
            "Sudan",
        ),
    ],
)
def test_what_an_agreement_or_talks_are_about_is_not_their_place(
    text: str, place: str, not_place: str
) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    got = [(e.kind, e.trigger, e.place_name) for e in events]
    pacts = [e for e in events if e.kind in ("strategic_development", "meeting")]
    assert pacts, got
    names = [plain(n) for n in place.split("|")]
    assert all(any(n in plain(e.place_name or "") for n in names) for e in pacts), got
    assert not any(plain(not_place) in plain(e.place_name or "") for e in pacts), got


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Am Montag haben Grenzsoldaten bei Batken auf Hirten geschossen.",
            "violence_against_civilians",
            "Batken",
        ),
        (
            "Am Montag sollen Grenzschützer bei Tacna auf Reisbauern geschossen haben.",
            "violence_against_civilians",
            "Tacna",
        ),
        ("Am Montag schossen Polizisten in Nairobi auf Demonstranten.", "protest", "Nairobi"),
    ],
)
def test_guards_who_shoot_at_farmers_attack_civilians(text: str, kind: str, place: str) -> None:
    assert_reported(text, "de", kind, MON, place)


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Bewaffnete haben im Nordwesten Nigerias mehr als 100 Menschen entführt. Die Tat "
            "ereignete sich in der Nacht zum Sonntag im Bundesstaat Katsina.",
            SUN,
            "Nigeria",
        ),
        (
            "Bewaffnete haben im Norden Kameruns einen Bus überfallen. Der Vorfall ereignete "
            "sich am Sonntag nahe der Stadt Mokolo.",
            SUN,
            "Mokolo",
        ),
    ],
)
def test_a_generic_noun_in_the_next_sentence_dates_the_event(
    text: str, day: str, place: str
) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    got = [(e.kind, e.trigger, e.date, e.place_name) for e in events]
    assert len(events) == 1, got
    assert events[0].date == day and plain(place) in plain(events[0].place_name or ""), got


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Die Regierung in Kinshasa unterzeichnete am Montag in Doha ein Abkommen mit den "
            "Rebellen.",
            "de",
            "Doha",
        ),
        ("Die Polizei in Kano nahm am Montag in Zaria zwei Männer fest.", "de", "Zaria"),
        ("Die Polizei in Kano nahm am Montag zwei Männer fest.", "de", "Kano"),
        (
            "The government in Kinshasa signed a ceasefire deal with the rebels in Doha on Monday.",
            "en",
            "Doha",
        ),
    ],
)
def test_an_institutions_seat_yields_to_where_it_acted(text: str, lang: str, place: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.date, e.place_name) for e in events]
    assert len(events) == 1 and events[0].date == MON, got
    assert plain(place) in plain(events[0].place_name or ""), got
