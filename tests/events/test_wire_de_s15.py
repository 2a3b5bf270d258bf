"""German wire copy, session 15: what collapsed in the genitive (``Beim Einsturz eines
Wohnhauses``), a mine's tunnel flooded, a crush (``Gedränge``), a state of emergency in the
participle, what water or an avalanche swept away (``mitgerissen``), a parliament that voted
for a removal, a toll since a part of the report's month (``seit Mitte des Monats``), a
blockade by gold diggers; and as look-alikes a duty with ``muss`` and a tally over past
years. Written in other regions and words than the benchmark articles."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_no_event, assert_reported

TUE = "2025-06-10"  # the table's publication date (tests.support.event_table.DAY) is Wednesday


@pytest.mark.parametrize(
    ("text", "kind", "sub_kind", "place"),
    [
        # the noun that collapsed in the genitive, past an adjective too
        (
            "Beim Einsturz eines Wohnhauses in Ndola sind am Dienstag drei Menschen ums "
            "Leben gekommen.",
            "accident",
            "industrial",
            "Ndola",
        ),
        (
            "Beim Einsturz eines alten Kaufhauses in Kumasi wurden am Dienstag zwölf "
            "Menschen verletzt.",
            "accident",
            "industrial",
            "Kumasi",
        ),
        (
            "Beim Einsturz des Daches einer Markthalle in Cochabamba starben am Dienstag vier "
            "Menschen.",
            "accident",
            "industrial",
            "Cochabamba",
        ),
        (
            "Beim Einsturz eines Diskothekendachs in Durrës sind am Dienstag zwei Menschen "
            "gestorben.",
            "accident",
            "industrial",
            "Durrës|Durres",
        ),
        (
            "Am Dienstag ist in Plowdiw ein Parkhaus eingestürzt.",
            "accident",
            "industrial",
            "Plowdiw|Plovdiv",
        ),
        # a mine's tunnel flooded is a mine accident; a village flooded stays a flood
        (
            "Bei der Flutung eines Stollens in einer Kupfermine bei Kolwezi sind am Dienstag "
            "sechs Bergleute gestorben.",
            "accident",
            "industrial",
            "Kolwezi",
        ),
        (
            "Bei einer Grubenflutung nahe Oruro sind am Dienstag drei Bergleute gestorben.",
            "accident",
            "industrial",
            "Oruro",
        ),
        (
            "Bei der Überflutung eines Dorfes bei Kolwezi sind am Dienstag sechs Menschen "
            "gestorben.",
            "disaster",
            "flood",
            "Kolwezi",
        ),
        # a crush, as a Massenpanik
        (
            "Bei einem Gedränge vor einem Stadion in Lusaka sind am Dienstag sieben Menschen "
            "erdrückt worden.",
            "accident",
            "other",
            "Lusaka",
        ),
        # swept away by water or by an avalanche
        (
            "Am Dienstag wurden bei Kasese mehrere Häuser von den Fluten mitgerissen.",
            "disaster",
            "flood",
            "Kasese",
        ),
        (
            "Eine Lawine riss am Dienstag bei Zermatt zwei Skifahrer mit.",
            "disaster",
            "mass_movement",
            "Zermatt",
        ),
        # a parliament that voted for a removal from office or a law
        (
            "Am Dienstag stimmte das Parlament in Bischkek für die Absetzung des Regierungschefs.",
            "election",
            "vote",
            "Bishkek|Bischkek",
        ),
        # a crowd with no role that blocks a road protests
        (
            "Hunderte Menschen blockierten am Dienstag die Fernstraße bei Jinja.",
            "protest",
            "peaceful_protest",
            "Jinja",
        ),
        # a blockade by gold diggers, who are no listed protesters' word
        (
            "Aus Protest gegen ein Schürfverbot blockierten Hunderte Goldgräber am Dienstag "
            "die Fernstraße bei Obuasi.",
            "protest",
            "peaceful_protest",
            "Obuasi|Obuase",
        ),
    ],
)
def test_german_wire_events(text: str, kind: str, sub_kind: str, place: str) -> None:
    assert_reported(text, "de", kind, TUE, place, sub_kind=sub_kind)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the participle of an emergency order (the preterite was read already)
        (
            "Die Regierung hatte am Dienstag den Notstand über die Provinz Manabí verhängt.",
            "Manab",
        ),
        (
            "In Tegucigalpa wurde am Dienstag eine nächtliche Ausgangssperre verhängt.",
            "Tegucigalpa",
        ),
    ],
)
def test_an_emergency_imposed_in_the_participle(text: str, place: str) -> None:
    assert_reported(text, "de", "statement", TUE, place)


@pytest.mark.parametrize(
    ("text", "kind", "sub_kind", "place"),
    [
        # removed by parliament: a vote, as English "Parliament ousted"
        (
            "Das Parlament Perus hat am Dienstag die Präsidentin ihres Amtes enthoben.",
            "election",
            "vote",
            "Peru",
        ),
        (
            "Der Kongress in Asunción hat am Dienstag die Präsidentin abgesetzt.",
            "election",
            "vote",
            "Asunci",
        ),
        # removed by putschists or by a president: no vote
        (
            "Putschisten haben am Dienstag in Niamey den Präsidenten abgesetzt.",
            "strategic_development",
            "other",
            "Niamey",
        ),
        (
            "Der Präsident enthob am Dienstag in Kinshasa den Armeechef seines Amtes.",
            "strategic_development",
            "other",
            "Kinshasa",
        ),
    ],
)
def test_who_removed_an_office_holder(text: str, kind: str, sub_kind: str, place: str) -> None:
    assert_reported(text, "de", kind, TUE, place, sub_kind=sub_kind)


@pytest.mark.parametrize(
    ("text", "kind", "sub_kind", "place"),
    [
        # "werden ... vermisst" is the present passive of a state, not the future
        (
            "Bei dem Erdrutsch in der Provinz Enga am Dienstag werden noch 40 Menschen vermisst.",
            "disaster",
            "mass_movement",
            "Enga",
        ),
        (
            "Nach dem Untergang einer Fähre vor Sansibar am Dienstag werden noch zwölf "
            "Menschen vermisst.",
            "accident",
            "maritime",
            "Zanzibar|Sansibar",
        ),
        # a mine that was flooded; sanctions decided
        (
            "Die Grube in Kolwezi wurde am Dienstag nach starken Regenfällen geflutet.",
            "accident",
            "industrial",
            "Kolwezi",
        ),
        (
            "Die Europäische Union hat am Dienstag in Brüssel neue Sanktionen gegen Belarus "
            "beschlossen.",
            "strategic_development",
            "other",
            "Brussel|Brüssel",
        ),
    ],
)
def test_states_sinkings_floodings_and_sanctions(
    text: str, kind: str, sub_kind: str, place: str
) -> None:
    assert_reported(text, "de", kind, TUE, place, sub_kind=sub_kind)


@pytest.mark.parametrize(
    "text",
    [
        "Die im Jemen entführten Helfer sind am Dienstag in Maskat freigelassen worden.",
        "Der am Montag in Bamako festgenommene Journalist wurde am Dienstag freigelassen.",
    ],
)
def test_a_participle_with_its_own_phrase_is_an_adjective(text: str) -> None:
    # the release on its own day, not the abduction or the arrest named as an attribute
    events = geomap.analyze(text, lang="de", date="2025-06-11").events
    got = [(e.kind, e.trigger, e.date) for e in events]
    assert [(e.trigger, e.date) for e in events] == [("freigelassen", TUE)], got


@pytest.mark.parametrize(
    "text",
    [
        # a scheduled act in the present passive stays announced
        "Das Urteil gegen den Oppositionsführer wird am Freitag in Kampala verkündet.",
        # a polder flooded on purpose, the fall of an empire
        "Um die Stadt zu retten, wurde am Dienstag bei Magdeburg ein Polder geflutet.",
        "Der Untergang des Reiches wird in Wien in einer Ausstellung gezeigt.",
        # a lorry that blocks a road is no protest
        "Ein umgestürzter Lkw blockierte am Dienstag stundenlang die Fernstraße bei Jinja.",
    ],
)
def test_more_look_alikes_report_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # fighters killed by the army are a battle, also when the army says so in its own
        # clause or is only the source
        ("Die Armee teilte mit, sie habe am Dienstag in Gao zwölf Kämpfer getötet.", "battle"),
        ("Nach Armeeangaben wurden am Dienstag bei Gao zwölf Dschihadisten getötet.", "battle"),
        # villagers killed stay violence against civilians, whoever reports it
        (
            "Bewaffnete haben am Dienstag bei Gao zwölf Dorfbewohner getötet, teilte die "
            "Armee mit.",
            "violence_against_civilians",
        ),
    ],
)
def test_who_was_killed_by_whom(text: str, kind: str) -> None:
    assert_reported(text, "de", kind, TUE, "Gao")


def test_a_blockade_is_named_by_its_verb_not_by_the_motive() -> None:
    events = geomap.analyze(
        "Aus Protest gegen ein Schürfverbot blockierten Hunderte Goldgräber am Dienstag die "
        "Fernstraße bei Obuasi.",
        lang="de",
        date="2025-06-11",
    ).events
    assert [e.trigger for e in events] == ["blockierten"], [(e.kind, e.trigger) for e in events]


def test_a_toll_since_the_middle_of_the_report_s_month_is_the_outbreak() -> None:
    events = geomap.analyze(
        "In Kisumu sind bei einem Choleraausbruch seit Mitte des Monats 28 Menschen gestorben.",
        lang="de",
        date="2025-06-24",
    ).events
    got = [(e.kind, e.sub_kind, e.date, e.date_precision, e.place_name) for e in events]
    assert len(events) == 1 and events[0].sub_kind == "epidemic", got
    assert events[0].date is not None and "2025-06-11" <= events[0].date <= "2025-06-20", got


@pytest.mark.parametrize(
    "text",
    [
        # a month by its name is background, as before
        "Seit Januar sind bei Überschwemmungen in Kenia 80 Menschen gestorben.",
        # a plan, not a vote; what a crowd was swept up in
        "Das Parlament will am Freitag über die Absetzung des Regierungschefs abstimmen.",
        "Die Band riss das Publikum in Graz mit.",
        "Die Nachricht stimmte viele Menschen in Bern nachdenklich.",
    ],
)
def test_look_alikes_report_no_event(text: str) -> None:
    assert_no_event(text, "de")


@pytest.mark.parametrize(
    ("text", "after"),
    [
        # a duty with a plain infinitive is still to come
        (
            "Das Parlament in Lusaka hat am Dienstag den Präsidenten abgesetzt. Laut Verfassung "
            "muss binnen 60 Tagen eine Neuwahl stattfinden.",
            "Laut Verfassung",
        ),
        # a tally over past decades is statistics, not a new event
        (
            "LUSAKA, 11. Juni (dpa) - Bei einem Grubenunglück in Kitwe starben am Dienstag "
            "fünf Bergleute. Erdrutsche haben in den letzten Jahren in der Region Hunderte "
            "Menschenleben gefordert.",
            "Erdrutsche haben",
        ),
    ],
)
def test_no_event_in_the_second_sentence(text: str, after: str) -> None:
    events = geomap.analyze(text, lang="de", date="2025-06-11").events
    cut = text.index(after)
    assert events and all(e.start < cut for e in events), [
        (e.kind, e.trigger, text[e.start : e.end]) for e in events
    ]
