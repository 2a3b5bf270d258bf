"""A side that meets, faces or clashes with another in a match's round plays a match, and a
plan that met resistance, ran into opposition or hit a snag was received so: no meeting,
no battle (issue 20, session 28, h28-evgaps; ``[[figurative]]`` entries of
``events_en.toml`` and ``events_de.toml`` with ``unless_next`` and ``unless_before``).
Sentences written for these tests, in regions no held-out article is from."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-04"


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in geomap.analyze(text, lang=lang, date=DAY).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Bayern Munich meets Borussia Dortmund in the Champions League final in London on "
            "Saturday.",
        ),
        (
            "en",
            "Real Madrid clashed with Barcelona in the Copa del Rey semi-final in Seville on "
            "Wednesday.",
        ),
        ("en", "Ajax met PSV in a league match in Amsterdam on Sunday."),
        ("en", "Djokovic met Sinner in the final in Melbourne on Sunday."),
        ("en", "Celtic faced Rangers in the Old Firm derby in Glasgow on Saturday."),
        (
            "en",
            "Kaizer Chiefs clashed with Orlando Pirates in a cup quarter-final in Soweto on "
            "Sunday.",
        ),
        ("en", "Al Ahly met Zamalek in the league decider in Cairo on Friday, winning 2-1."),
        (
            "de",
            "Bayern München trifft am Samstag im Finale der Champions League in London auf "
            "Borussia Dortmund.",
        ),
        ("de", "Im Halbfinale traf Leverkusen am Mittwoch in Köln auf Stuttgart."),
        ("de", "Der FC Basel traf im Pokalspiel am Mittwoch auf den FC Zürich."),
        ("de", "Die deutsche Mannschaft trifft im Viertelfinale in Hamburg auf Frankreich."),
        ("de", "Rapid Wien traf am Sonntag im Derby auf die Austria."),
        ("de", "Im Hinspiel in Linz trifft der LASK auf Rapid Wien."),
    ],
)
def test_a_match_is_no_meeting_and_no_battle(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert "meeting" not in types
    assert "battle" not in types


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "The president met opposition leaders in Nairobi on Monday.", "meeting"),
        (
            "en",
            "The chancellor met the French president in Berlin on Monday for a final round of "
            "talks.",
            "meeting",
        ),
        (
            "en",
            "The envoy met the prime minister in Rome on the final leg of his European tour on "
            "Monday.",
            "meeting",
        ),
        ("en", "Rebels clashed with troops near the stadium in Mogadishu on Sunday.", "battle"),
        ("en", "Fans clashed with police after the match in Marseille on Saturday.", "riot"),
        ("en", "Police clashed with supporters of the Awami League in Dhaka on Sunday.", "riot"),
        ("en", "Arab League foreign ministers met in Cairo on Sunday.", "meeting"),
        ("en", "The envoy met Arab League officials in Cairo on Sunday.", "meeting"),
        ("en", "Gunmen attacked fans after a football match in Kaduna on Saturday.", "strike"),
        ("de", "Kanzler Scholz traf am Montag in Paris auf Präsident Macron.", "meeting"),
        (
            "de",
            "Der Außenminister traf am Montag in Kairo Vertreter der Arabischen Liga.",
            "meeting",
        ),
        ("de", "Nach dem Spiel griffen Hooligans in Rostock Polizisten an.", "riot"),
    ],
)
def test_meetings_and_clashes_near_a_match_stay(lang: str, text: str, kind: str) -> None:
    assert kind in _types(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "The plan met stiff resistance in parliament in Canberra on Tuesday.",
        "The proposal met fierce opposition from farmers in Lyon on Monday.",
        "The decision was met with resistance by teachers in Quito on Monday.",
        "The bill met with fierce opposition in the Senate in Canberra on Tuesday.",
        "The pipeline project met a backlash from villagers in Sabah on Friday.",
        "The minister came under fire from critics in Ottawa on Wednesday.",
        "The mayor came under fire from opposition lawmakers in Manila on Monday.",
    ],
)
def test_a_reception_is_no_meeting_and_no_attack(text: str) -> None:
    assert _types(text, "en") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The envoy met resistance fighters in Kherson on Monday.", "meeting"),
        ("The president met with opposition figures in Harare on Monday.", "meeting"),
        ("A truck hit a roadblock in Mosul on Monday, killing two soldiers.", "accident"),
    ],
)
def test_people_met_and_a_vehicle_that_hit_stay(text: str, kind: str) -> None:
    assert kind in _types(text, "en")


def test_a_match_report_names_only_its_arrests() -> None:
    text = (
        "GLASGOW, June 3 (Reuters) - Celtic met Rangers in the Scottish Cup final at Hampden "
        'Park on Tuesday and won 2-1 after extra time. "We were the better side," the coach '
        "said. Celtic clashed with Rangers twice in the league this season. Police arrested "
        "14 fans in Glasgow after the match, a spokeswoman said."
    )
    assert _types(text, "en") == ["strategic_development"]


def test_ein_spielbericht_nennt_nur_die_festnahmen() -> None:
    text = (
        "WIEN, 3. Juni (dpa) - Rapid Wien trifft im Cupfinale am Sonntag in Klagenfurt auf "
        "den Wolfsberger AC. Im Halbfinale hatte Rapid am Mittwoch den LASK mit 2:0 besiegt. "
        '"Wir sind bereit", sagte der Trainer. Nach dem Halbfinale nahm die Polizei in Wien '
        "zwölf Fans fest."
    )
    assert _types(text, "de") == ["strategic_development"]
