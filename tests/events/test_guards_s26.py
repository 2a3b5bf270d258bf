"""Guards for the session-26 events rules and lexicon entries (review h26-rev2).

Each row is an ordinary sentence of our own, in other regions and wording than the dev
articles, that a session-26 rule or lexicon entry must not change: a match's words of war
next to a party's name, an arrest of suspects, a territory named in its state, a crash into a
market described by an adjective. Rows that failed at the review's start showed overreach;
the rule was fixed, not the row (docs/events.md, "Review of session 26 (h26-rev2)")."""

from __future__ import annotations

import pytest

import geomap

_DAY = "2026-07-16"


def _events(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(e.type, e.place_name) for e in geomap.analyze(text, lang=lang, date=_DAY).events]


# --- a match told in the words of war: only a match's own words make it one --------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a party or a bloc called a league is no football league
        ("Police stormed the offices of the Awami League in Dhaka on Monday.", "Dhaka"),
        ("Troops stormed the headquarters of the Muslim League in Quetta on Friday.", "Quetta"),
        ("Rebels overran an army base near Tessalit on Sunday, the Arab League said.", "Tessalit"),
        # a leg that was shot is no first leg
        ("Gunmen stormed a bank in Kano on Monday, wounding a guard in the leg.", "Kano"),
        ("Rebels conquered Kidal on Sunday.", "Kidal"),
    ],
)
def test_words_of_war_off_the_pitch_stay_events(text: str, place: str) -> None:
    assert [p for _, p in _events(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Porto routed Braga on Sunday.",
        "Ajax stormed past Feyenoord with a 3-1 win in the derby on Sunday.",
        "The visitors crushed the hosts 4-0 in the second leg in Accra on Saturday.",
    ],
)
def test_a_match_told_in_words_of_war_is_no_battle(text: str) -> None:
    assert not [t for t, _ in _events(text) if t in ("battle", "strike")]


# --- an arrest's reason: a participle opens it only with its preposition -------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "suspected" before a noun says who was held: the arrest's place stays
        ("Police in Lagos arrested two suspected militants in Ikeja on Monday.", "Ikeja"),
        ("Police in Nairobi detained five suspected smugglers in Mombasa on Friday.", "Mombasa"),
        ("Police in Kano arrested four wanted men in Zaria on Tuesday.", "Zaria"),
        ("Police in Karachi arrested three accused robbers in Hyderabad on Tuesday.", "Hyderabad"),
        # "suspected of": what they are suspected of is the crime's, not the arrest's
        (
            "Police in Lagos arrested three men suspected of planning attacks in Ibadan on Monday.",
            "Lagos",
        ),
        ("Police in Mombasa on Friday arrested a man wanted in Nairobi.", "Mombasa"),
    ],
)
def test_arrest_place_with_suspects(text: str, place: str) -> None:
    got = [p for t, p in _events(text) if t == "strategic_development"]
    assert got == [place]


# --- a town in a container half a world away: territories and towns that are right -------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Thousands marched through Hong Kong in China on Sunday.", "Hong Kong"),
        ("Protesters gathered in Macau in China on Sunday.", "Macau"),
        ("Protesters gathered in San Juan in Puerto Rico on Sunday.", "San Juan"),
        ("Protesters gathered in Vladivostok in Russia on Sunday.", "Vladivostok"),
        ("Floods hit Darwin in Australia on Sunday.", "Darwin"),
        ("A fire broke out in Manaus in Brazil on Sunday.", "Manaus"),
        ("Protesters gathered in Whitehorse in Canada on Sunday.", "Whitehorse"),
        ("Protesters gathered in Kashgar in China on Sunday.", "Kashgar"),
    ],
)
def test_a_right_place_in_its_container_stays(text: str, place: str) -> None:
    assert [p for _, p in _events(text)] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a common noun a title-case headline capitalised, read as a namesake abroad
        ("Bus Plunges Into Canyon In Oaxaca, Killing 12", "Oaxaca"),
        ("Bus Plunges Into Ravine In Yunnan, Killing 12", "Yunnan"),
    ],
)
def test_a_namesake_abroad_yields_to_its_container(text: str, place: str) -> None:
    assert [p for _, p in _events(text)] == [place]


@pytest.mark.xfail(
    strict=True,
    reason="a dependency's town in its sovereign state (GL in DK) reads as a namesake "
    "abroad: the gazetteer holds no sovereignty, so _outside_container cannot tell",
)
def test_a_dependency_town_in_its_sovereign_state() -> None:
    assert [p for _, p in _events("Protesters gathered in Nuuk in Denmark on Sunday.")] == ["Nuuk"]


# --- a product that hit the market, and a vehicle that hit one ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A runaway truck hit the crowded market in Kano on Monday, killing five people.",
        "A speeding bus hit the busy market in Kisii on Friday, killing three people.",
        "A lorry hit a market in Gulu on Friday, killing three people.",
    ],
)
def test_a_vehicle_that_hit_a_market_is_a_crash(text: str) -> None:
    assert [t for t, _ in _events(text)] == ["accident"]


@pytest.mark.parametrize(
    "text",
    [
        "The new car hit the market on Tuesday.",
        "The carmaker's new pickup truck hit the Kenyan market on Tuesday.",
    ],
)
def test_a_product_that_hit_the_market_is_no_crash(text: str) -> None:
    assert "accident" not in [t for t, _ in _events(text)]


# --- German: arson words, accusations, a region's genitive --------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town named after its kind noun is in apposition, not a region's genitive
        ("Die Polizei nahm am Montag in der Stadt Victorias zwei Männer fest.", "Victorias"),
        ("Im Norden Tasmaniens brannte am Montag ein Buschfeuer.", "Tasmania"),
        ("Ein Sturm traf am Montag die Küste Kretas.", "Crete"),
    ],
)
def test_german_genitive_of_a_region_and_its_look_alikes(text: str, place: str) -> None:
    assert [p for _, p in _events(text, "de")] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Unbekannte legten am Montag in Celle Feuer an ein Auto.", "Celle"),
        ("In Gera hatten Unbekannte am Sonntag Feuer in einer Scheune gelegt.", "Gera"),
    ],
)
def test_german_arson_words(text: str, place: str) -> None:
    assert _events(text, "de") == [("strategic_development", place)]


def test_german_ceasefire_is_no_arson() -> None:
    got = _events("Die Armee legte am Montag in Gaza eine Feuerpause fest.", "de")
    assert "strategic_development" not in [t for t, _ in got]


@pytest.mark.xfail(
    strict=True,
    reason="_accused_of reads any sentence-opening 'Sie sollen ... haben' as an accusation; a "
    "'sie' that stands for fighters tells hearsay of an event (left for a later session)",
)
def test_german_hearsay_with_a_pronoun_for_fighters() -> None:
    text = (
        "Im Norden Malis griffen Rebellen am Samstag einen Konvoi an. "
        "Sie sollen am Sonntag in Gao einen Posten eingenommen haben."
    )
    assert ("battle", "Gao") in _events(text, "de")


@pytest.mark.xfail(
    strict=True,
    reason="'vowed to' marks every event after it as not yet happened; what a vow avenges "
    "happened (left for a later session)",
)
def test_what_a_vow_avenges_happened() -> None:
    text = "Militants vowed to avenge an air strike in Kunduz on Monday that killed 12 people."
    assert [p for _, p in _events(text)] == ["Kunduz"]
