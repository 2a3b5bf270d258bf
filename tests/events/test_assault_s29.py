"""A person beaten or assaulted by men is an attack on a civilian (issue 20, session 29,
h29-evfound; ACLED's "Violence against civilians - Attack" includes physical assault and
beating). English reads "beaten", "assaulted", "beat up" by their doer (the noun after
"by", or the subject of the active); German "zusammengeschlagen" with its doer before it,
"zusammengeprügelt", "krankenhausreif geschlagen". A team beaten by its rival, hands
clasped over a head, a fear of what could happen and a beating of a past year stay none.
Places and wording are of no benchmark article and of no held-out region."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_no_event_of, assert_reported


@pytest.mark.parametrize(
    ("text", "lang", "day", "place"),
    [
        (
            "TBILISI, June 10 (Reuters) - A reporter for an opposition newspaper was beaten by "
            "masked men in Kutaisi late on Sunday, her editor said. She was treated in hospital "
            "for a broken arm.",
            "en",
            "2025-06-08",
            "Kutaisi",
        ),
        (
            "YEREVAN, June 10 (AP) - Two opposition activists were assaulted by unknown men "
            "outside their homes in Gyumri on Monday. Police opened an investigation.",
            "en",
            "2025-06-09",
            "Gyumri",
        ),
        (
            "BISHKEK, June 11 (AFP) - Masked men beat up a human rights lawyer in Osh on "
            "Tuesday, his colleagues said. The lawyer had defended several opposition figures.",
            "en",
            "2025-06-10",
            "Osh",
        ),
        (
            "SKOPJE, June 11 (AP) - A Roma man was beaten by a group of youths in Kumanovo on "
            "Tuesday night, police said. Two suspects were later detained.",
            "en",
            "2025-06-10",
            "Kumanovo",
        ),
        (
            "ASTANA, June 10 (Reuters) - An independent election observer was assaulted by two "
            "men at a polling station in Karaganda on Sunday, the monitoring group said.",
            "en",
            "2025-06-08",
            "Karaganda|Karagandy",
        ),
        (
            "Tiflis (dpa) - Eine Reporterin einer Oppositionszeitung ist am Sonntagabend in "
            "Kutaissi von maskierten Männern zusammengeschlagen worden. Sie wurde mit einem "
            "gebrochenen Arm im Krankenhaus behandelt.",
            "de",
            "2025-06-08",
            "Kutaisi|Kutaissi",
        ),
        (
            "Bischkek (AFP) - Maskierte Männer haben am Dienstag in Osch einen "
            "Menschenrechtsanwalt krankenhausreif geschlagen, teilten seine Kollegen mit.",
            "de",
            "2025-06-10",
            "Osh|Osch",
        ),
        (
            "Skopje (dpa) - Ein Roma ist in der Nacht zum Mittwoch in Kumanovo von einer Gruppe "
            "Jugendlicher zusammengeschlagen worden. Die Polizei nahm zwei Verdächtige fest.",
            "de",
            "2025-06-11",
            "Kumanovo",
        ),
        (
            "Astana (AFP) - In Karaganda haben zwei Männer am Sonntag einen Wahlbeobachter in "
            "einem Wahllokal zusammengeprügelt, teilte die Beobachtergruppe mit.",
            "de",
            "2025-06-08",
            "Karaganda|Karagandy",
        ),
    ],
)
def test_a_beating_is_an_attack(text: str, lang: str, day: str, place: str) -> None:
    assert_reported(text, lang, "violence_against_civilians", day, place, sub_kind="attack")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("City were beaten by Liverpool in the cup final on Tuesday.", "en"),
        ("Young men beat the heat at the city's river beaches in Kutaisi on Tuesday.", "en"),
        (
            "Activists in Yerevan said they feared they could be assaulted by unknown men if "
            "they protested again.",
            "en",
        ),
        (
            "A journalist was beaten by masked men in Gyumri in 2019, a case that was never "
            "solved.",
            "en",
        ),
        (
            "Der Trainer hat nach dem 0:3 in München die Hände über dem Kopf zusammengeschlagen.",
            "de",
        ),
        (
            "Der Journalist war bereits im Jahr 2019 in Gjumri von maskierten Männern "
            "zusammengeschlagen worden, der Fall wurde nie aufgeklärt.",
            "de",
        ),
    ],
)
def test_no_attack_where_none_was_told(text: str, lang: str) -> None:
    assert_no_event_of(text, lang, "violence_against_civilians")
