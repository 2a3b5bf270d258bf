"""Events from hand-built documents and places: one mechanism per test."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.errors import InputError
from geomap.events import EVENT_TYPES, extract_events
from geomap.model import Document
from tests.support.events import document, places_for


def P(mention, name, kind="city", cc=None, **kw):  # noqa: N802 - reads like a table row
    return {
        "mention": mention,
        "name": name,
        "kind": kind,
        "cc": cc,
        "lat": 1.0,
        "lon": 2.0,
        "id": kw.pop("id", f"test:{name}"),
        **kw,
    }


ROME = P("Rom", "Rome", cc="IT")
PARIS = P("Paris", "Paris", cc="FR")
FRANCE = P("Frankreich", "France", "country", "FR")
ITALIAN = P("italienisch", "Italy", "country", "IT", role="adjective")
CUBA = P("Kuba", "Cuba", "country", "CU")


def events(text, specs, lang="de", day=date(2024, 5, 15)):  # 2024-05-15 is a Wednesday
    doc = document(text, lang)
    return extract_events(doc, places_for(doc, specs), date=day)


def test_title_names_a_person_and_short_forms_corefer():
    evs = events(
        "Der französische Präsident Emmanuel Macron ist am Montag in Rom eingetroffen. "
        "Am Dienstag traf Macron die italienische Ministerpräsidentin Giorgia Meloni.",
        [ROME, ITALIAN],
    )
    travel, meeting = evs
    assert (travel.type, travel.actors, travel.place_name, travel.date) == (
        "travel",
        ("Emmanuel Macron",),
        "Rome",
        "2024-05-13",
    )
    assert meeting.type == "meeting"
    assert meeting.actors == ("Emmanuel Macron", "Giorgia Meloni")
    assert meeting.date == "2024-05-14"


def test_hypothetical_and_future_clauses_are_not_events():
    evs = events(
        "Russland könnte Raketen nach Kuba verlegen und dort testen. "
        "Die Minister würden sich in Rom treffen. Ob sie nach Paris reisen, ist offen.",
        [ROME, CUBA, PARIS],
    )
    assert evs == ()


def test_direct_quotes_are_not_events():
    evs = events('"Wir sind nach Rom gereist", sagte Außenminister Antonio Tajani.', [ROME])
    assert [e.type for e in evs] == []


def test_definite_noun_refers_back_instead_of_a_new_event():
    evs = events(
        "Macron traf am Montag in Paris den Kanzler Olaf Scholz. Das Treffen dauerte "
        "zwei Stunden. Er sei sicher, dass das Treffen ein Erfolg war.",
        [PARIS],
    )
    assert [e.type for e in evs] == ["meeting"]


def test_back_reference_by_kind_to_a_named_facility():
    base = P("Basis Aviano", "Aviano Air Base", "facility", "IT", id="test:aviano")
    evs = events(
        "Die Basis Aviano liegt im Norden. Am Montag landete Präsident Joe Biden auf "
        "dem Stützpunkt Italiens.",
        [base, P("Italien", "Italy", "country", "IT")],
    )
    assert [(e.type, e.place_id, e.actors) for e in evs] == [
        ("travel", "test:aviano", ("Joe Biden",))
    ]


def test_country_subject_and_quantity_and_coast():
    coast = P("Westküste", "west coast of X", "coast", "KP", role="derived", id="coast:KP:W")
    evs = events(
        "Nordkorea feuerte am Dienstag drei Marschflugkörper von der Westküste aus ab.",
        [P("Nordkorea", "North Korea", "country", "KP"), coast],
    )
    (launch,) = evs
    assert launch.actors == ("North Korea",)
    assert launch.quantity == "drei Marschflugkörper"
    assert launch.place_id == "coast:KP:W"
    assert launch.date == "2024-05-14"


def test_continuation_adds_the_place_to_the_previous_event():
    evs = events(
        "Nordkorea feuerte am Dienstag zwei Raketen ab. Sie seien von der Ostküste aus "
        "gestartet worden, teilte das Militär mit.",
        [
            P("Nordkorea", "North Korea", "country", "KP"),
            P("Ostküste", "east coast", "coast", "KP", role="derived"),
        ],
    )
    (launch,) = evs
    assert launch.place_name == "east coast"
    assert launch.quantity == "zwei Raketen"


def test_outside_place_is_marked():
    evs = events(
        "The missile fell into the sea outside Japan's exclusive economic zone on Tuesday.",
        [P("Japan", "Japan", "country", "JP")],
        lang="en",
    )
    (impact,) = evs
    assert impact.place_name == "Japan"
    assert "outside" in impact.relation.split(";")


def test_relation_to_a_named_event_takes_its_day():
    evs = events(
        "Macron and Scholz met in Paris on Monday. Two days before the meeting, "
        "Russia attacked Kharkiv.",
        [PARIS, P("Russia", "Russia", "country", "RU"), P("Kharkiv", "Kharkiv", cc="UA")],
        lang="en",
    )
    meeting, strike = evs
    assert strike.type == "strike"
    assert strike.relation == f"before:{meeting.index}"
    assert strike.date == "2024-05-11"
    assert strike.actors == ("Russia",)
    assert strike.place_name == "Kharkiv"


def test_plural_anaphor_takes_previous_actors():
    evs = events(
        "Präsident Emmanuel Macron empfing am Montag Kanzler Olaf Scholz in Paris. "
        "Beide trafen sich danach zu Gesprächen.",
        [PARIS],
    )
    first, second = evs
    assert set(second.actors) == {"Emmanuel Macron", "Olaf Scholz"}
    assert second.relation == f"after:{first.index}"
    assert second.date == first.date == "2024-05-13"


def test_month_only_header_orders_weekdays_without_dates():
    text = (
        "date 2024-05\n\nKanzler Olaf Scholz ist am Montag in Rom eingetroffen. "
        "Am Mittwoch reiste Scholz nach Paris."
    )
    doc = document(text, "de")
    evs = extract_events(doc, places_for(doc, [ROME, PARIS]))
    first, second = evs
    assert first.date is None and first.date_precision == "month"
    assert "2024-05" in first.date_text
    assert first.relation == f"before:{second.index}"


def test_coordinated_clauses_give_two_events_sharing_the_subject():
    evs = events(
        "Prime Minister Keir Starmer travelled to Paris on Monday and met President "
        "Emmanuel Macron there.",
        [PARIS],
        lang="en",
    )
    travel, meeting = evs
    assert travel.type == "travel" and meeting.type == "meeting"
    assert meeting.actors == ("Keir Starmer", "Emmanuel Macron")
    assert meeting.place_name == "Paris"
    assert meeting.date == travel.date == "2024-05-13"


def test_reported_speech_lowers_confidence():
    direct, reported = events(
        "Russland griff am Montag Kiew an. Die Ukraine habe am Dienstag Belgorod "
        "beschossen, sagte ein Sprecher.",
        [
            P("Russland", "Russia", "country", "RU"),
            P("Kiew", "Kyiv", cc="UA"),
            P("Ukraine", "Ukraine", "country", "UA"),
            P("Belgorod", "Belgorod", cc="RU"),
        ],
    )
    assert direct.type == reported.type == "strike"
    assert reported.confidence < direct.confidence
    assert reported.place_name == "Belgorod"


def test_verbs_of_saying_only_with_a_place_and_nothing_stronger():
    evs = events(
        "Kanzler Olaf Scholz sagte am Montag in Rom, man stehe zusammen. "
        "Scholz sagte am Dienstag, er sei zufrieden.",
        [ROME],
    )
    assert [(e.type, e.place_name) for e in evs] == [("statement", "Rome")]
    assert evs[0].confidence < 0.5


def test_headings_are_skipped():
    evs = events(
        "RUSSLAND GREIFT KIEW AN\n\nDas Wetter war gut.",
        [P("Kiew", "Kyiv", cc="UA"), P("RUSSLAND", "Russia", "country", "RU")],
    )
    assert evs == ()


def test_empty_document_and_json_shape():
    assert extract_events(Document(text="", language="de", sentences=()), []) == ()
    (ev,) = events("Scholz reiste am Montag nach Rom.", [ROME])
    d = ev.to_dict()
    assert d["place"]["name"] == "Rome"
    assert d["date"] == "2024-05-13" and d["type"] == "travel"


def test_lexicons_use_known_types_and_both_languages_load():
    from geomap.events._vocabulary import _lexicon

    for lang in ("de", "en"):
        lex = _lexicon(lang)
        assert {t.type for t in lex.triggers} <= set(EVENT_TYPES)
        assert {t.pos for t in lex.triggers} == {"verb", "noun", "weak"}
    assert _lexicon("fr").lang == "en"  # unsupported languages fall back to English


def test_nothing_that_can_fall_is_no_impact():
    evs = events(
        "Airline costs have fallen in Rome on Monday. Debris fell on Paris on Tuesday.",
        [ROME, PARIS],
        lang="en",
    )
    assert [(e.type, e.place_name) for e in evs] == [("impact", "Paris")]


def test_the_speaker_is_a_source_not_an_actor():
    evs = events(
        "A Kurdish militia spokesman says Turkey has shelled Qamishli on Tuesday.",
        [P("Turkey", "Turkey", "country", "TR"), P("Qamishli", "Qamishli", cc="SY")],
        lang="en",
    )
    (strike,) = evs
    assert strike.actors == ("Turkey",)
    assert strike.place_name == "Qamishli"


def test_dateline_is_not_the_event_place():
    text = "BEIRUT (Reuters) - Turkey shelled Qamishli in Syria on Tuesday."
    doc = document(text, "en")
    specs = [
        P("BEIRUT", "Beirut", cc="LB"),
        P("Turkey", "Turkey", "country", "TR"),
        P("Syria", "Syria", "country", "SY"),
    ]
    (strike,) = extract_events(doc, places_for(doc, specs), date=date(2024, 5, 15))
    assert doc.header.dateline_start is not None
    assert strike.place_name == "Syria"


def test_place_after_of_behind_a_cue_and_not_after_a_bare_of():
    evs = events(
        "Shells fell near the port of Hodeidah on Monday. Group of Seven leaders condemned "
        "the attack.",
        [P("Hodeidah", "Al Hudaydah", cc="YE"), P("Seven", "Seven", cc="XX")],
        lang="en",
    )
    assert [(e.type, e.place_name) for e in evs] == [("impact", "Al Hudaydah"), ("statement", None)]


def test_time_phrase_ends_after_its_event_noun():
    evs = events(
        "Präsident Emmanuel Macron traf am Montag in Paris Kanzler Olaf Scholz. Wenige Stunden "
        "vor dem Treffen von Macron und Scholz hatte Russland die Stadt Kiew beschossen.",
        [PARIS, P("Russland", "Russia", "country", "RU"), P("Kiew", "Kyiv", cc="UA")],
    )
    meeting, strike = evs
    assert strike.actors == ("Russia",)  # not Macron and Scholz from the time phrase
    assert strike.place_name == "Kyiv"
    assert strike.relation == f"before:{meeting.index}"
    assert strike.date == meeting.date == "2024-05-13"
    assert strike.date_text == "Wenige Stunden vor dem Treffen von Macron und Scholz"


def test_a_launch_target_is_not_the_launch_site():
    evs = events(
        "Iran launched drones at Israel on Saturday. Russia attacked Kharkiv on Monday.",
        [
            P("Iran", "Iran", "country", "IR"),
            P("Israel", "Israel", "country", "IL"),
            P("Russia", "Russia", "country", "RU"),
            P("Kharkiv", "Kharkiv", cc="UA"),
        ],
        lang="en",
    )
    launch, strike = evs
    # not the target: a state fires from its own territory when the text names no site
    assert (launch.type, launch.actors, launch.place_name) == ("launch", ("Iran",), "Iran")
    assert launch.place_precision == "country"
    assert (strike.type, strike.place_name) == ("strike", "Kharkiv")


def test_german_sie_is_she_next_to_a_singular_verb():
    evs = events(
        "Außenministerin Annalena Baerbock reiste am Montag nach Rom. Dort traf sie den "
        "Kollegen Antonio Tajani.",
        [ROME],
    )
    travel, meeting = evs
    assert meeting.actors == ("Annalena Baerbock", "Antonio Tajani")
    assert meeting.place_name == "Rome"  # "dort": the place of the event before


def test_compound_titles_adjective_actors_and_genitives():
    evs = events(
        "Bei einem russischen Luftangriff auf die Stadt Charkiw starben am Sonntag fünf "
        "Menschen. Israels Armee hat am Sonntag Ziele der Hisbollah in Tyros angegriffen. "
        "US-Außenminister Antony Blinken ist am Montag in Kairo eingetroffen.",
        [
            P("russisch", "Russia", "country", "RU", role="adjective"),
            P("Charkiw", "Kharkiv", cc="UA"),
            P("Israel", "Israel", "country", "IL"),
            P("Tyros", "Tyre", cc="LB"),
            P("US", "United States", "country", "US"),
            P("Kairo", "Cairo", cc="EG"),
        ],
    )
    raid, strike, travel = evs
    assert (raid.actors, raid.place_name, raid.date) == (("Russia",), "Kharkiv", "2024-05-12")
    assert strike.actors == ("Israels Armee (IL)",)  # not the Hisbollah, whose targets they were
    assert strike.place_name == "Tyre"
    assert travel.actors == ("Antony Blinken",)  # not the country in "US-Außenminister"


def test_zuvor_is_before_the_previous_event_without_a_day():
    evs = events(
        "Israels Armee hat am Sonntag Ziele in Tyros angegriffen. Zuvor hatte die Miliz "
        "Raketen auf Haifa abgefeuert.",
        [
            P("Israel", "Israel", "country", "IL"),
            P("Tyros", "Tyre", cc="LB"),
            P("Haifa", "Haifa", cc="IL"),
        ],
    )
    strike, launch = evs
    assert launch.type == "launch" and launch.relation == f"before:{strike.index}"
    assert launch.date is None
    assert launch.place_name is None  # Haifa is the target, not the launch site


WORDS = [
    "Präsident",
    "Emmanuel",
    "Macron",
    "traf",
    "reiste",
    "nach",
    "Rom",
    "am",
    "Montag",
    "gestern",
    ",",
    ".",
    "Sie",
    "seien",
    "Beide",
    "dort",
    '"',
    "„",
    "“",
    "zwei",
    "Raketen",
    "feuerte",
    "ab",
    "vor",
    "dem",
    "Treffen",
    "könnte",
    "außerhalb",
    "Frankreich",
    "sagte",
    "in",
    "im",
    "Raumfahrtzentrum",
    "und",
    "der",
    "die",
    "Armee",
    "beschossen",
    "gefallen",
    "Protest",
    "Paris",
    "(",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
def test_any_word_soup_gives_consistent_events(words):
    text = " ".join(words).strip() or "."
    try:
        doc = document(text, "de")
    except InputError:
        return
    evs = extract_events(doc, places_for(doc, [ROME, PARIS, FRANCE]), date=date(2024, 5, 15))
    assert [e.index for e in evs] == list(range(len(evs)))
    for e in evs:
        assert 0 <= e.start < e.end <= len(doc.text)
        assert e.type in EVENT_TYPES and 0 < e.confidence <= 1
        for rel in (e.relation or "").split(";"):
            if ":" in rel:
                assert 0 <= int(rel.split(":")[1]) < len(evs)


def test_negated_clauses_are_not_events():
    de = events(
        "Russland hat Kiew am Montag nicht angegriffen.",
        [P("Russland", "Russia", "country", "RU"), P("Kiew", "Kyiv", cc="UA")],
    )
    assert de == ()
    en = events(
        "Russia didn’t attack Kyiv on Monday. North Korea fired a missile on Monday with no "
        "warning.",
        [
            P("Russia", "Russia", "country", "RU"),
            P("Kyiv", "Kyiv", cc="UA"),
            P("North Korea", "North Korea", "country", "KP"),
        ],
        lang="en",
    )
    assert [(e.type, e.actors) for e in en] == [("launch", ("North Korea",))]


def test_two_countries_joined_by_und_are_both_actors():
    evs = events(
        "Nordkorea feuerte am Dienstag eine Rakete ab. Die USA und Südkorea verurteilten den "
        "Start am Dienstag in Seoul.",
        [
            P("Nordkorea", "North Korea", "country", "KP"),
            P("USA", "United States", "country", "US"),
            P("Südkorea", "South Korea", "country", "KR"),
            P("Seoul", "Seoul", cc="KR"),
        ],
    )
    launch, statement = evs
    assert statement.actors == ("United States", "South Korea")
    assert statement.relation == f"after:{launch.index}"
    assert statement.place_name == "Seoul"
