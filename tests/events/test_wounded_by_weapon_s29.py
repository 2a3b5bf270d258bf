"""A weapon that wounded names its strike, as one that killed does (issue 20, session 29,
h29-evfound): English ``wounded``, ``injured``, ``hurt`` read by their doer (the noun after
``by``, also past an adverb: ``was wounded there by a landmine``, ``was badly wounded by a
mortar``), German ``verletzt``, ``verwundet``, ``getötet`` with the weapon after ``von`` or
``durch``. A wounding of a past year, a warning of what could be, a player hurt by his
opponent and shares hurt by weak sales stay none. Places and wording are of no benchmark
article and of no held-out region."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_no_event_of, assert_reported


@pytest.mark.parametrize(
    ("text", "lang", "day", "place", "sub_kind"),
    [
        (
            "KHARKIV, June 11 (Reuters) - A shepherd was wounded by a landmine near Izium on "
            "Tuesday, local officials said. He was taken to hospital in Kharkiv.",
            "en",
            "2025-06-10",
            "Izium|Izyum",
            "remote_explosive",
        ),
        (
            "ODESA, June 9 (Reuters) - Five dock workers were wounded by a drone in Izmail on "
            "Sunday night, officials said.",
            "en",
            "2025-06-08",
            "Izmail|Izmayil",
            "air_drone_strike",
        ),
        (
            "BAIDOA, Somalia, June 11 (Reuters) - Four civilians were badly wounded by a mortar "
            "in Baidoa on Tuesday, a hospital official said.",
            "en",
            "2025-06-10",
            "Baidoa",
            "shelling_artillery_missile",
        ),
        (
            "IJEVAN, Armenia, June 11 (Reuters) - A shepherd was wounded there by a landmine on "
            "Tuesday, officials said.",
            "en",
            "2025-06-10",
            "Ijevan",
            "remote_explosive",
        ),
        (
            "Charkiw (dpa) - Ein Hirte wurde am Dienstag bei Isjum von einer Landmine verletzt. "
            "Er kam in ein Krankenhaus in Charkiw.",
            "de",
            "2025-06-10",
            "Izium|Izyum",
            "remote_explosive",
        ),
        (
            "Odessa (AFP) - Fünf Hafenarbeiter sind in der Nacht zum Montag in Ismajil von einer "
            "Drohne verletzt worden.",
            "de",
            "2025-06-09",
            "Izmail|Izmayil",
            "air_drone_strike",
        ),
        (
            "Cherson (dpa) - In Beryslaw wurden am Montag zwei Kinder durch Granatsplitter "
            "verwundet.",
            "de",
            "2025-06-09",
            "Beryslav",
            "shelling_artillery_missile",
        ),
        (
            "Kandahar (dpa) - Ein Junge ist am Montag nahe Spin Boldak beim Hüten von Ziegen "
            "durch eine alte Landmine schwer verletzt worden.",
            "de",
            "2025-06-09",
            "Spin Boldak",
            "remote_explosive",
        ),
    ],
)
def test_a_weapon_that_wounded_is_a_strike(
    text: str, lang: str, day: str, place: str, sub_kind: str
) -> None:
    assert_reported(text, lang, "explosion_remote_violence", day, place, sub_kind=sub_kind)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A shepherd was wounded by a landmine near Izium in 2016, his family said.", "en"),
        (
            "Deminers warned that farmers could be injured by landmines near Izium this summer.",
            "en",
        ),
        ("Shares in the rocket maker were hurt by weak sales in Kharkiv on Tuesday.", "en"),
        (
            "Ein Hirte war im Jahr 2016 bei Isjum von einer Landmine verletzt worden, sagte seine "
            "Familie.",
            "de",
        ),
        (
            "Minenräumer warnten, Bauern könnten in diesem Sommer bei Isjum durch Landminen "
            "verletzt werden.",
            "de",
        ),
        (
            "Ein Fußballer wurde am Dienstag in Charkiw vom Gegenspieler verletzt und musste "
            "ausgewechselt werden.",
            "de",
        ),
    ],
)
def test_no_strike_where_no_weapon_wounded(text: str, lang: str) -> None:
    assert_no_event_of(text, lang, "explosion_remote_violence")
