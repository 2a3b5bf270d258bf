"""Session 28 review (h28-rev): the mechanisms merged in session 28 read against realistic
wire copy written for them -- where they must not fire, fire differently, or still fire.

* the hardest-hit town (``geomap/events/_hardest.py``, ``[hardest_hit]``): a town spared the
  worst, a town where people were moved to, a town after a negation is no hardest-hit town;
* sporting senses (``[[figurative]]``, the new ``unless_between`` field): a match that is the
  main clause before a clause of time (``The match was abandoned after fans clashed with
  police``) is no frame of the clash;
* guards that passed when written and protect the behaviour: a follow-up carried to the last
  event of its kind, and not past a paragraph's own scene (``_carry._kin_before``); sport
  words in war reports; an evacuation that is no event beside the fighting that caused it.

Regions outside every held-out list of the brief (docs/events.md, "session 28 review").
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-14"  # a Wednesday


def _events(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    return [(e.trigger, e.type, e.place_name) for e in events]


# -- the hardest-hit town: where it did not hit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        # a town spared the worst (fails at e5cb5272: the cyclone went to Cuttack)
        (
            "BHUBANESWAR, India, Oct 14 (Reuters) - A cyclone swept across Odisha on Monday, "
            "flattening thatched homes and uprooting trees along the coast. Cuttack was spared "
            'the worst damage, officials said. "We were lucky this time," said shopkeeper '
            "Ramesh Sahu.",
            "en",
            "Odisha",
        ),
        (
            "A cyclone swept across Odisha on Monday. Puri escaped the brunt of the storm, "
            "which weakened before landfall.",
            "en",
            "Odisha",
        ),
        (
            "A cyclone swept across Odisha on Monday. Puri largely escaped the brunt of the storm.",
            "en",
            "Odisha",
        ),
        (
            "GRAZ (APA) - Ein schwerer Sturm ist am Montag über die Steiermark gezogen und hat "
            "Dächer abgedeckt. Die Stadt Graz blieb von den schwersten Schäden verschont. "
            "„Wir hatten Glück“, sagte der Bürgermeister.",
            "de",
            "Styria",
        ),
        (
            "Ein Sturm ist am Montag über die Steiermark gezogen. Leoben entging den "
            "schwersten Schäden.",
            "de",
            "Styria",
        ),
        # where people were moved to
        (
            "KOCHI, India - Floods hit Kerala on Monday after days of torrential rain, killing "
            "at least six people. Residents of the worst-hit villages were taken to relief "
            "camps in Kochi, the state government said.",
            "en",
            "Kerala",
        ),
        (
            "Floods hit Kerala on Monday. The injured from the worst-hit villages were flown "
            "to hospital in Kochi.",
            "en",
            "Kerala",
        ),
        (
            "A cyclone swept across Odisha on Monday. The worst-affected families were moved "
            "to shelters in Cuttack, officials said.",
            "en",
            "Odisha",
        ),
        (
            "Ein Unwetter hat am Montag in Sachsen gewütet. Die Bewohner der am schwersten "
            "betroffenen Dörfer wurden in Notunterkünfte nach Chemnitz gebracht.",
            "de",
            "Saxony",
        ),
        # a town after a negation
        (
            "PALERMO (AP) - A violent storm swept across Sicily on Monday, toppling trees and "
            "flooding streets. The worst damage was not in Palermo but in remote mountain "
            "villages, the civil protection agency said.",
            "en",
            "Sicily",
        ),
    ],
)
def test_a_town_where_it_did_not_hit_does_not_narrow(text: str, lang: str, area: str) -> None:
    events = _events(text, lang)
    assert events and {e[1] for e in events} == {"disaster"}
    assert {e[2] for e in events} == {area}


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        # the guards above leave these: the town is where it hit
        (
            "A cyclone swept across Odisha on Monday. The worst-hit town was Cuttack, where "
            "300 people were evacuated.",
            "en",
            "Cuttack",
        ),
        (
            "A cyclone swept across Odisha on Monday. The hardest-hit town was Puri, not "
            "Cuttack as first reported.",
            "en",
            "Puri",
        ),
        (
            "Ein Sturm ist am Montag über die Steiermark gezogen. Am schwersten betroffen war "
            "die Stadt Leoben, wo Hunderte Menschen evakuiert wurden.",
            "de",
            "Leoben",
        ),
        (
            "Ein Sturm ist am Montag über die Steiermark gezogen. Die Bewohner wurden aus der "
            "am schwersten betroffenen Stadt Leoben in Sicherheit gebracht.",
            "de",
            "Leoben",
        ),
        # a town spared in another clause leaves the hardest-hit town of its own clause
        (
            "A cyclone swept across Odisha on Monday. The worst-hit town was Puri, while "
            "Cuttack was spared.",
            "en",
            "Puri",
        ),
        (
            "Ein Unwetter hat am Montag in Sachsen gewütet. Nicht Dresden, sondern die Stadt "
            "Freiberg war am schwersten betroffen.",
            "de",
            "Freiberg",
        ),
    ],
)
def test_the_hardest_hit_town_still_narrows(text: str, lang: str, town: str) -> None:
    events = _events(text, lang)
    assert len(events) == 1
    assert events[0][2] == town


@pytest.mark.xfail(
    strict=True,
    reason="the German clause is not cut at ', während': the spared word stands in the "
    "hardest-hit town's clause, so no town is taken (docs/events.md, session 28 review)",
)
def test_a_town_spared_in_a_german_subordinate_clause() -> None:
    text = (
        "Ein Sturm ist am Montag über die Steiermark gezogen. Am schwersten betroffen war die "
        "Stadt Leoben, während Graz verschont blieb."
    )
    assert [e[2] for e in _events(text, "de")] == ["Leoben"]


# -- sporting senses: a match before a clause of time ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        # fail at e5cb5272: the match before the verb read as the clash's frame
        (
            "MARSEILLE, France (AP) - The match was abandoned after fans clashed with police "
            "outside the stadium in Marseille on Sunday. Police fired tear gas.",
            "en",
            "Marseille",
        ),
        (
            "The match was abandoned when fans clashed with police in Marseille on Sunday.",
            "en",
            "Marseille",
        ),
        # passed: the match as the time, a derby before the clash
        (
            "Rival supporters clashed in central Glasgow before the derby on Saturday, police "
            "said, and 12 people were arrested.",
            "en",
            "Glasgow",
        ),
        (
            "Vor dem Derby in Gelsenkirchen griffen Hooligans am Samstag Polizisten an.",
            "de",
            "Gelsenkirchen",
        ),
        (
            "Nach dem Abbruch des Pokalspiels lieferten sich Fans in Rostock Straßenschlachten "
            "mit der Polizei.",
            "de",
            "Rostock",
        ),
    ],
)
def test_a_clash_around_a_match_is_a_riot(text: str, lang: str, town: str) -> None:
    events = _events(text, lang)
    assert events and events[0][1] == "riot"
    assert events[0][2] == town


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # sport stays sport: no meeting, no battle
        ("Rangers met Celtic in the final in Glasgow on Saturday.", "en"),
        ("In the semi-final, Napoli faced Lazio in Rome on Sunday.", "en"),
        ("After a goalless first half, Napoli beat Lazio 2-1 in Rome.", "en"),
        ("Im Halbfinale traf Dortmund am Samstag in Berlin auf Leipzig.", "de"),
    ],
)
def test_a_match_stays_sport(text: str, lang: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "kind", "town"),
    [
        # a sport word in a war report: the final assault, a final push
        (
            "Government troops clashed with militants near Mosul on Sunday in what commanders "
            "called the final assault on the group's last stronghold.",
            "en",
            "battle",
            "Mosul",
        ),
        (
            "Police faced a derby of violence in Belgrade on Sunday as rival fans clashed with "
            "riot officers.",
            "en",
            "riot",
            "Belgrade",
        ),
    ],
)
def test_a_sport_word_in_a_violence_report(text: str, lang: str, kind: str, town: str) -> None:
    events = _events(text, lang)
    assert events and events[0][1:] == (kind, town)


# -- evacuations: the fighting is the event -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind", "town"),
    [
        (
            "Troops evacuated the town of Bakhmut under heavy shelling on Monday, the army said.",
            "en",
            "strike",
            "Bakhmut",
        ),
        (
            "Wegen der Kämpfe wurden am Montag 300 Menschen aus der Stadt Sudscha evakuiert.",
            "de",
            "battle",
            "Sudzha",
        ),
        (
            "JERUSALEM - Israel evacuated its embassy in Ankara on Monday after protesters "
            "stormed the compound.",
            "en",
            "riot",
            "Ankara",
        ),
    ],
)
def test_an_evacuation_beside_its_cause(text: str, lang: str, kind: str, town: str) -> None:
    events = _events(text, lang)
    assert [e[1:] for e in events] == [(kind, town)]


# -- the follow-up carried to the last event of its kind ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "ATHENS - An earthquake struck near Patras on Monday, damaging old houses. "
            "Separately, floods cut roads around Volos. A strong aftershock was felt on "
            "Tuesday, officials said.",
            "en",
            ["Pátra", "Volos", "Pátra"],
        ),
        (
            "ROM (dpa) - Ein Erdbeben hat am Montag die Gegend um Perugia erschüttert. "
            "Unabhängig davon überschwemmte Hochwasser Straßen in Pisa. Am Dienstag folgte ein "
            "starkes Nachbeben.",
            "de",
            ["Perugia", "Pisa", "Perugia"],
        ),
        # the riot at a march is where the march was, not where the missiles hit before
        (
            "KIEW (dpa) - Russische Raketen haben am Montag die Stadt Charkiw getroffen. Am "
            "Dienstag demonstrierten in Odessa Hunderte Menschen gegen den Krieg. Unbekannte "
            "warfen eine Granate auf die Demonstranten, fünf Menschen wurden verletzt.",
            "de",
            ["Kharkiv", "Odesa", "Odesa"],
        ),
        # a second attack on the port continues the strike, past a walkout in another city
        (
            "ODESA, Ukraine (Reuters) - Russian drones struck the port of Izmail on Monday "
            "night, damaging grain silos. On Tuesday, hundreds of dockworkers in Odesa walked "
            "off the job over unpaid wages. A second drone attack hit the port later that "
            "day, officials said.",
            "en",
            ["Izmayil", "Odesa", "Izmayil"],
        ),
        # an aftershock with a place of its own keeps it
        (
            "CHENNAI, India - An earthquake of magnitude 5.1 shook Chennai on Monday. "
            "Separately, a cyclone made landfall near Machilipatnam on Tuesday, and an "
            "aftershock later rattled Chennai again.",
            "en",
            ["Chennai", "Machilīpatnam", "Chennai"],
        ),
    ],
)
def test_a_follow_up_and_its_kin(text: str, lang: str, places: list[str]) -> None:
    assert [e[2] for e in _events(text, lang)] == places


# -- the past-perfect subject aside: a journey's destination ---------------------------------


def test_an_aside_of_where_the_attackers_came_from_is_no_scene() -> None:
    text = (
        "MAIDUGURI, Nigeria - The gunmen, who had crossed from Niger, attacked a village near "
        "Maiduguri on Monday, killing nine."
    )
    assert _events(text, "en") == [("attacked", "strike", "Maiduguri")]


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        # fail at e5cb5272: the aside's journey is no event, and the meeting had no place
        (
            "The president, who had flown to Nairobi for the summit, met his Kenyan "
            "counterpart on Monday.",
            "en",
            "Nairobi",
        ),
        (
            "DAR ES SALAAM, Tanzania (Reuters) - Tanzania's foreign minister, who had "
            "travelled to Addis Ababa for an African Union summit, met Ethiopian officials on "
            'Tuesday to discuss trade. "The talks were frank," a spokesman said.',
            "en",
            "Addis Ababa",
        ),
        # passed: the German aside keeps its journey, and the meeting is carried from it
        (
            "Die Ministerin, die nach Kairo geflogen war, traf am Dienstag ägyptische "
            "Regierungsvertreter.",
            "de",
            "Cairo",
        ),
        # the meeting's own place wins over the aside's destination
        (
            "The envoy, who had flown to Nairobi, met rebel leaders in Juba on Monday.",
            "en",
            "Juba",
        ),
    ],
)
def test_a_meeting_after_an_aside_journey_is_at_its_destination(
    text: str, lang: str, town: str
) -> None:
    assert [e[1:] for e in _events(text, lang) if e[1] == "meeting"] == [("meeting", town)]


def test_an_origin_aside_places_nothing() -> None:
    text = "The gunmen, who had crossed from Niger, attacked a village on Monday, killing nine."
    assert [e[2] for e in _events(text, "en")] != ["Niger"]
