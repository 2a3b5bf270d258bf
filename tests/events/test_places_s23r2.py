"""Places read elsewhere in the article (docs/events.md, "The place read elsewhere in the
article (session 23, round 2, h23-evplace)"). Sentences of our own, with other places and
wording than the dev articles that showed each class: an event the dateline placed takes
the town a describing sentence right after it names (``The town of X ...``) or, when its own
clause names a village the gazetteer lacks, the province the article names around it; a
headline's town in the compass part the body names; a place read after another country's
possessive is no namesake of a third country; ``in der Kleinstadt`` and ``the small town``
point back to the place so introduced; ``the site`` is the latest happening's, not a trip's;
a ``Sitzung`` is a meeting. Look-alikes beside each: a new paragraph, a comparison after
``since``, a sentence with no article first, a town of another country, a province, a
headline town in another part, no province named."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _places(lang: str, text: str, kinds: frozenset[str] | None = None) -> list[tuple[str, str]]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [(e.kind, plain(e.place_name or "")) for e in events if kinds is None or e.kind in kinds]


_BLAST = (
    "NAIROBI, Oct 7 (Reuters) - A bomb ripped through a bus station on Tuesday, killing six people."
)


# A sentence right after a dateline event that describes its scene: its town is the event's.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            _BLAST + " The town of Garissa, about 350 km east of the capital, lies near the"
            " Somali border.",
            [("explosion_remote_violence", "garissa")],
        ),
        (
            "de",
            "NAIROBI, 7. Oktober (Reuters) - Auf einem Busbahnhof ist am Dienstag eine Bombe"
            " explodiert. Die Kleinstadt Garissa liegt rund 350 Kilometer östlich der"
            " Hauptstadt.",
            [("explosion_remote_violence", "garissa")],
        ),
        # look-alikes: a new paragraph, a comparison after "since", a town of another
        # country, no article first: the dateline stays
        (
            "en",
            _BLAST + "\n\nThe town of Garissa lies near the Somali border.",
            [("explosion_remote_violence", "nairobi")],
        ),
        (
            "en",
            _BLAST + " The blast was the deadliest since an attack in Garissa in 2019.",
            [("explosion_remote_violence", "nairobi")],
        ),
        (
            "en",
            _BLAST + " The town of Jinja in neighbouring Uganda was spared.",
            [("explosion_remote_violence", "nairobi")],
        ),
        # look-alikes: the next sentence tells another, older happening (a time or an event
        # word of its own), not this one's scene
        (
            "en",
            _BLAST + " The town of Wajir was struck by floods last year.",
            [("explosion_remote_violence", "nairobi")],
        ),
        (
            "en",
            _BLAST + " Police said the attackers fled towards Garissa.",
            [("explosion_remote_violence", "nairobi"), ("statement", "garissa")],
        ),
    ],
)
def test_scene_described_after_a_dateline_event(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _places(lang, text) == expected


# A village the gazetteer lacks: the province the article names around it, not the
# dateline's capital nor the attackers' home town; with no province named, the dateline.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "LIMA, Oct 7 (Reuters) - Raiders from Juliaca killed two guards at a mining depot"
            " outside the village of Qollpapampa on Monday. Police called it the deadliest raid"
            " in the Puno region.",
            "puno",
        ),
        (
            "de",
            "LIMA, 7. Oktober (dpa) - Bewaffnete aus Juliaca haben am Montag ein Bergbaulager"
            " bei dem Dorf Qollpapampa überfallen. Das Dorf liegt in der Region Puno.",
            "puno",
        ),
        (
            "en",
            "LIMA, Oct 7 (Reuters) - Violence has flared in the Puno region for weeks. Raiders"
            " killed two guards at a mining depot outside the village of Qollpapampa on Monday.",
            "puno",
        ),
        (
            "en",
            "LIMA, Oct 7 (Reuters) - Raiders killed two guards at a mining depot outside the"
            " village of Qollpapampa on Monday, police said.",
            "lima",
        ),
    ],
)
def test_unknown_village_takes_the_named_province(lang: str, text: str, expected: str) -> None:
    assert _places(lang, text, frozenset({"violence_against_civilians"})) == [
        ("violence_against_civilians", expected)
    ]


def test_unknown_village_province_has_region_precision() -> None:
    text = (
        "LIMA, Oct 7 (Reuters) - Raiders killed two guards at a mining depot outside the village"
        " of Qollpapampa on Monday. Police called it the deadliest raid in the Puno region."
    )
    (event,) = geomap.analyze(text, lang="en", date=DAY).events
    assert event.place_precision == "region"


# Another country's possessive before a name: the namesake of a third country is not it.
def test_place_after_another_countrys_possessive_is_not_a_namesake() -> None:
    text = "QUITO, Oct 7 (Reuters) - Floods swept away houses in Ecuador's central Andes on Monday."
    assert _places("en", text) == [("disaster", "quito")]
    # look-alike: a place of the owner's own country stays
    assert _places("en", "Floods swept away houses in Kenya's Rift Valley on Monday.") != [
        ("disaster", "quito")
    ]


# A possessive that owns a noun ("<Country>'s strike on A", "<Country>'s army in A") does
# not own the place after the preposition: A is the event's own town, not the dateline's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BEIRUT, Oct 6 (Reuters) - Israel's strike on Tyre killed five people on Monday,"
            " officials said.",
            [("violence_against_civilians", "tyre")],
        ),
        (
            "NAIROBI, Oct 6 (Reuters) - Ethiopia's shelling of Mandera killed five people on"
            " Monday, officials said.",
            [("explosion_remote_violence", "mandera")],
        ),
        (
            "Kenya's army in Kismayo said militants attacked a camp on Monday.",
            [("violence_against_civilians", "kismayo")],
        ),
    ],
)
def test_possessive_that_owns_a_noun_keeps_the_town(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _places("en", text) == expected


# A headline's town in the compass part the body names is the event's place.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Floods in Chiang Rai: thousands flee\n\nBANGKOK, Oct 7 (Reuters) - Floods swept"
            " through villages in northern Thailand on Tuesday.",
            "chiang rai",
        ),
        (
            "de",
            "Brand in Tromsø: Hotel zerstört\n\nOSLO, 7. Oktober (NTB) - Im Norden Norwegens ist"
            " am Dienstag ein Hotel abgebrannt.",
            "tromso",
        ),
        # look-alikes: a headline town in another part of the country
        (
            "en",
            "Floods in Hat Yai: thousands flee\n\nBANGKOK, Oct 7 (Reuters) - Floods swept"
            " through villages in northern Thailand on Tuesday.",
            "northern thailand",
        ),
        (
            "de",
            "Brand in Kristiansand: Hotel zerstört\n\nOSLO, 7. Oktober (NTB) - Im Norden"
            " Norwegens ist am Dienstag ein Hotel abgebrannt.",
            "northern norway",
        ),
    ],
)
def test_headline_town_in_the_named_part(lang: str, text: str, expected: str) -> None:
    body = text.split("\n\n", 1)[1]
    found = [place for kind, place in _places(lang, text) if kind in ("disaster", "accident")]
    assert found == [expected], body


# A back reference by a size word points to the place it introduced, not the city of the
# sentence before; the general "die Stadt" still means the town named last.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Ein Erdbeben erschütterte am Montag die Kleinstadt Bam. Der Präsident reiste am"
            " Dienstag nach Kerman. In der Kleinstadt protestierten am Mittwoch Anwohner.",
            "bam",
        ),
        (
            "en",
            "An earthquake hit the small town of Bam on Monday. The president flew to Kerman on"
            " Tuesday. Residents protested in the small town on Wednesday.",
            "bam",
        ),
        (
            "de",
            "Ein Erdbeben erschütterte am Montag die Kleinstadt Bam. Der Präsident reiste am"
            " Dienstag nach Kerman. In der Stadt protestierten am Mittwoch Anwohner.",
            "kerman",
        ),
    ],
)
def test_size_word_back_reference(lang: str, text: str, expected: str) -> None:
    assert _places(lang, text, frozenset({"protest"})) == [("protest", expected)]


# "visited the site" after a trip to a province: the latest happening's site.
def test_the_site_is_the_happenings_not_the_trips() -> None:
    text = (
        "A coal mine collapsed near Zarand on Monday. The minister travelled to Kerman province"
        " on Tuesday and visited the site."
    )
    assert _places("en", text) == [
        ("accident", "zarand"),
        ("travel", "kerman"),
        ("meeting", "zarand"),
    ]


# A Sitzung is a meeting; a planned one is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Präsident leitete am Mittwoch in Teheran eine Sondersitzung des Parlaments.",
            [("meeting", "tehran")],
        ),
        ("Eine Sondersitzung des Parlaments ist für Freitag geplant.", []),
        ("Die Sitzung soll am Freitag in Teheran stattfinden.", []),
    ],
)
def test_sitzung_is_a_meeting(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places("de", text) == expected


# "a day after the clashes in X" names the clashes already told: no second event.
def test_day_after_a_told_event_is_no_second_event() -> None:
    text = (
        "Clashes broke out in Kisumu on Monday. A day after the clashes in Kisumu, hundreds"
        " marched in Nairobi."
    )
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [(e.kind, plain(e.place_name or ""), e.date) for e in events] == [
        ("battle", "kisumu", "2026-10-05"),
        ("protest", "nairobi", "2026-10-06"),
    ]


# A short apposition with a definite article after a place, between two commas, stays in
# its clause: the split verb keeps its particle ("nahmen ... fest", "griffen ... an").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Dienstag nahmen Polizisten in Goma, der Hauptstadt der Provinz, zwölf Männer fest.",
            [("strategic_development", "goma")],
        ),
        (
            "Am Montag griffen Rebellen das Dorf Kalehe, der Heimatort des Gouverneurs, an.",
            [("violence_against_civilians", "kalehe")],
        ),
        # look-alikes: a relative clause after the verb, an apposition before the verb
        (
            "Soldaten nahmen am Montag in Goma den Mann fest, der den Anschlag verübt hatte.",
            [("strategic_development", "goma")],
        ),
        (
            "In Goma, der Hauptstadt der Provinz, demonstrierten am Montag Hunderte Menschen.",
            [("protest", "goma")],
        ),
    ],
)
def test_definite_apposition_keeps_the_split_verb(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _places("de", text) == expected
