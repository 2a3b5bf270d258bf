"""Places of session 20, round 3 (docs/events.md, "A place of the event's own sentence
before its trigger (session 20, round 3, h20-events)"). Sentences of our own, with other
places and wording than the dev articles that showed each class."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _where(lang: str, text: str, kind: str) -> list[str]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [plain(e.place_name or "") for e in events if e.kind == kind]


# A sentence that opens with a place and a dash or a colon, as a dateline opens a report,
# tells where its events happened: not the story's place carried over, not the report's
# dateline, not a river its clause names; the events carried from it take it too.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "de",
            "LUSAKA (dpa) - Bei einem Grubenunglück nahe Kitwe sind am Montag drei Bergleute"
            " ums Leben gekommen.\n\nNdola – Am Dienstag demonstrierten Hunderte Bergleute für"
            " mehr Sicherheit.",
            "protest",
            "Ndola",
        ),
        (
            "de",
            "BAGDAD (AFP) - In Mossul haben Unbekannte am Montag einen Polizisten erschossen."
            " Tikrit: Am Dienstag beschossen Milizen Häuser am Ufer des Tigris.",
            "explosion_remote_violence",
            "Tikrit",
        ),
        (
            "en",
            "LIMA (Reuters) - Miners blocked a highway near Arequipa on Monday.\n\nCusco -"
            " Hundreds of farmers marched on Tuesday against a new water law.",
            "protest",
            "Cusco",
        ),
        (
            "en",
            "LIMA (Reuters) - Miners blocked a highway near Arequipa on Monday.\n\nCusco -"
            " Hundreds of farmers marched on Tuesday against a new water law. Police detained"
            " eight of them.",
            "strategic_development",
            "Cusco",
        ),
    ],
)
def test_sentence_opening_place_is_the_events(lang: str, text: str, kind: str, place: str) -> None:
    assert _where(lang, text, kind)[-1:] == [plain(place)]


# What must stay: a town the event's own clause names after a preposition is the event's,
# whatever place opens the sentence; a place inside a sentence before a dash opens nothing.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "LIMA (Reuters) - Miners blocked a highway near Arequipa on Monday.\n\nCusco -"
            " Hundreds of farmers marched in Puno on Tuesday against a new water law.",
            "protest",
            "Puno",
        ),
        (
            "de",
            "LUSAKA (dpa) - Bei einem Grubenunglück nahe Kitwe sind am Montag drei Bergleute"
            " ums Leben gekommen.\n\nNdola – Am Dienstag demonstrierten Hunderte Bergleute in"
            " Chingola für mehr Sicherheit.",
            "protest",
            "Chingola",
        ),
        (
            "en",
            "LIMA (Reuters) - Miners blocked a highway near Arequipa on Monday. Police in"
            " Arequipa - the region's capital - detained eight of them on Tuesday.",
            "strategic_development",
            "Arequipa",
        ),
    ],
)
def test_own_preposition_place_stays(lang: str, text: str, kind: str, place: str) -> None:
    assert _where(lang, text, kind)[-1:] == [plain(place)]


# A town's own body of state (its police, a court) as the subject before the trigger, the
# town its attribute or owner, acted in that town: the story's town carried over is not the
# event's place. A preposition's town in the clause still wins, and a country's adjective
# says whose police, not where.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "LIMA (Reuters) - Floods hit Piura on Monday.\n\nArequipa police detained eight"
            " looters on Tuesday.",
            "strategic_development",
            "Arequipa",
        ),
        (
            "en",
            "MANILA (Reuters) - A typhoon hit Legazpi on Monday.\n\nCebu's police arrested three"
            " looters on Tuesday.",
            "strategic_development",
            "Cebu City",
        ),
        (
            "de",
            "BERLIN (dpa) - Bei einem Unwetter in Kiel sind am Montag zwei Menschen ums Leben"
            " gekommen.\n\nMünchens Polizei nahm am Dienstag drei Männer fest.",
            "strategic_development",
            "Munich",
        ),
        (
            "en",
            "MANILA (Reuters) - A typhoon hit Legazpi on Monday.\n\nCebu police arrested three"
            " looters in Davao on Tuesday.",
            "strategic_development",
            "Davao",
        ),
        (
            "en",
            "NAIROBI (Reuters) - Floods hit Garissa on Monday.\n\nKenyan police arrested ten"
            " looters there on Tuesday.",
            "strategic_development",
            "Garissa",
        ),
    ],
)
def test_town_body_acts_in_its_town(lang: str, text: str, kind: str, place: str) -> None:
    assert _where(lang, text, kind)[-1:] == [plain(place)]


# A compound that a title's stem opens and a feature word ends ("Königsstadt") is a kind of
# town, not a title: the name after it is the event's town, not part of a person's name.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "de",
            "VIENTIANE (dpa) - In Vientiane haben am Montag Tausende demonstriert.\n\nAm"
            " Dienstag hatten in der alten Königsstadt Luang Prabang Tausende gegen die"
            " Regierung demonstriert.",
            "protest",
            "Luang Prabang",
        ),
    ],
)
def test_feature_compound_is_no_title(lang: str, text: str, kind: str, place: str) -> None:
    assert _where(lang, text, kind)[-1:] == [plain(place)]


def test_a_king_stays_a_person() -> None:
    text = (
        "OSLO (dpa) - In Bergen haben am Montag Tausende demonstriert. König Harald traf am"
        " Dienstag Vertreter der Demonstranten."
    )
    events = geomap.analyze(text, lang="de", date=DAY).events
    assert any("Harald" in a for e in events for a in e.actors)


# What a court found someone guilty of ("of an attack in Y") is the crime's place: the
# court's own town before the trigger is the verdict's. After an arrest, "members of a gang
# in Y" is still where the arrest was.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "LIMA (Reuters) - Floods hit Piura on Monday.\n\nA Cusco court on Tuesday convicted"
            " two men of a robbery in Puno.",
            "court",
            "Cusco",
        ),
        (
            "en",
            "LIMA (Reuters) - Floods hit Piura on Monday.\n\nPolice arrested three members of a"
            " gang in Puno on Tuesday.",
            "strategic_development",
            "Puno",
        ),
    ],
)
def test_a_verdicts_charge_is_not_its_place(lang: str, text: str, kind: str, place: str) -> None:
    assert _where(lang, text, kind)[-1:] == [plain(place)]


# Where a strike's fire came from ("from positions near Y", "von Stellungen nahe Y aus")
# yields to what it hit, named before the trigger with no preposition; alone it still
# places the strike.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "JERUSALEM (Reuters) - Floods hit Haifa on Monday.\n\nKiryat Shmona's industrial zone"
            " was shelled from positions near Marjayoun on Tuesday.",
            "explosion_remote_violence",
            "Qiryat Shmona",
        ),
        (
            "de",
            "JERUSALEM (dpa) - Überschwemmungen haben am Montag Haifa getroffen.\n\nMetulas"
            " Ortskern wurde am Dienstag von Stellungen nahe Khiam aus beschossen.",
            "explosion_remote_violence",
            "Metula",
        ),
        (
            "en",
            "JERUSALEM (Reuters) - Floods hit Haifa on Monday.\n\nMilitants shelled a kibbutz from"
            " positions near Marjayoun on Tuesday.",
            "explosion_remote_violence",
            "Marjayoun",
        ),
    ],
)
def test_where_fire_came_from_yields(lang: str, text: str, kind: str, place: str) -> None:
    assert _where(lang, text, kind)[-1:] == [plain(place)]
