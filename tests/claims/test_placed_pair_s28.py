"""Session 28, issue 15: a reference the claim does not name, after a town the sentence
before placed from the dateline (docs/claims.md, "Session 28: the reference a claim does not
name, after a town placed from the dateline").

``<X> - ... <A>, N km north-west of <X>, ... The wind drove the smoke toward <B>, M km to
the north.``: a reader may measure <B> from <A> (the place the story stands at) or from
<X> (the dateline <A> was placed from). When geomap's reading does not fit and the other
one does, the claim is left unverifiable, never called inconsistent. Towns listed in
parallel from one anchor (``<A>, N km north-east of <X>, closed its airport. <B>, M km to
the north, opened a shelter``) and claims that name their reference are unchanged.

Wire copy written for this test (South Wales, Lower Bavaria, central Oregon), none from a
corpus article; distances by geographiclib from hand points, noted per case.
"""

from __future__ import annotations

import os

import pytest

import geomap

os.environ.setdefault("GEOMAP_OFFLINE", "1")


def _verdict(text: str, lang: str, stated: str) -> str:
    a = geomap.analyze(text, lang=lang)
    hits = [c for c in a.claims if stated in c.text]
    assert hits, f"no claim with {stated!r}: {[c.text for c in a.claims]}"
    return hits[0].verdict


# the figure fits the town of the sentence before, not the dateline: never inconsistent
TRUE_FROM_THE_TOWN = [
    pytest.param(
        "en",
        "CARDIFF, Wales, May 4 (Reuters) - A moorland fire burned through the night in the "
        "South Wales valleys, fire crews said on Monday. The fire began on the hills above "
        "Merthyr Tydfil, about 33 km north-west of Cardiff. Strong winds drove the smoke "
        "toward Brecon, some 22 km to the north, where schools stayed shut.",
        "22 km",
        id="en-wales-smoke-toward",  # Brecon-Merthyr 22.1 km at 359 deg; Brecon-Cardiff 53.8 km
    ),
    pytest.param(
        "de",
        "REGENSBURG (dpa) - Ein Waldbrand im Altmühltal hält seit Sonntag Hunderte "
        "Feuerwehrleute in Atem. Das Feuer brach bei Kelheim aus, rund 19 Kilometer "
        "südwestlich von Regensburg. Der Wind trieb die Flammen am Montag in Richtung "
        "Riedenburg, etwa 16 Kilometer westlich, sagte ein Sprecher des Landratsamts.",
        "16 Kilometer",
        id="de-bavaria-flames-toward",  # Riedenburg-Kelheim 15.6 km at 289; -Regensburg 30.9
    ),
    pytest.param(
        "en",
        "BEND, Ore., Aug. 2 (AP) - A wildfire in the Cascades foothills forced 2,000 people "
        "from their homes on Sunday. The Cold Springs fire started near Sisters, about 32 km "
        "north-west of Bend, on Saturday. Evacuees were bused to Redmond, some 30 km to the "
        "east, and housed at the fairgrounds.",
        "30 km",
        id="en-oregon-bused-to",  # Redmond-Sisters 30.0 km at 94 deg; Redmond-Bend 26.4 km at 25
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated"), TRUE_FROM_THE_TOWN)
def test_implicit_reference_after_placed_town_is_never_inconsistent(
    lang: str, text: str, stated: str
) -> None:
    assert _verdict(text, lang, stated) != "inconsistent"


# near-misses: the guard must not speak
def test_parallel_list_from_the_dateline_stays_caught() -> None:
    # Madras-Bend 65.6 km (false from the dateline); Madras-Redmond 40.3 km would fit, but
    # towns listed in parallel from one anchor are measured from it
    text = (
        "BEND, Ore., Aug. 2 (AP) - A wildfire in the Cascades foothills forced 2,000 people "
        "from their homes on Sunday. Redmond, about 26 km north-east of Bend, closed its "
        "airport. Madras, some 40 km to the north, opened a shelter at the high school."
    )
    assert _verdict(text, "en", "40 km") == "inconsistent"


def test_named_reference_stays_caught_de() -> None:
    # Riedenburg-Regensburg 30.9 km: the claim names its reference, no other reading
    text = (
        "REGENSBURG (dpa) - Ein Waldbrand im Altmühltal hält seit Sonntag Hunderte "
        "Feuerwehrleute in Atem. Das Feuer brach bei Kelheim aus, rund 19 Kilometer "
        "südwestlich von Regensburg. Der Wind trieb die Flammen am Montag in Richtung "
        "Riedenburg, etwa 16 Kilometer westlich von Regensburg."
    )
    assert _verdict(text, "de", "16 Kilometer") == "inconsistent"


def test_parallel_list_true_from_the_dateline_stays_consistent() -> None:
    # Abergavenny-Cardiff 39.7 km at 16 deg
    text = (
        "CARDIFF, Wales, May 4 (Reuters) - A moorland fire burned through the night in the "
        "South Wales valleys, fire crews said on Monday. Merthyr Tydfil, about 33 km "
        "north-west of Cardiff, closed two schools. Abergavenny, some 40 km to the north, "
        "opened its leisure centre to evacuees."
    )
    assert _verdict(text, "en", "40 km") == "consistent"


# the other way round: the town of the sentence before read, the figure true from the place
# that town was placed from (already unverifiable before session 28 through other rivals;
# kept as guards of the outcome in both languages)
@pytest.mark.parametrize(
    ("lang", "text", "stated"),
    [
        pytest.param(
            "en",
            "A wildfire forced 2,000 people from their homes on Sunday. Crews from Bend were "
            "sent to Sisters, which lies about 32 km north-west of the city. Redmond, some 26 "
            "km to the north-east, opened a shelter.",
            "26 km",
            id="en-oregon-anchor",  # Redmond-Bend 26.4 km at 25 deg; Redmond-Sisters 30 km at 94
        ),
        pytest.param(
            "de",
            "Ein Waldbrand hält seit Sonntag Hunderte Feuerwehrleute in Atem. Helfer aus "
            "Regensburg wurden nach Kelheim geschickt, das rund 19 Kilometer südwestlich der "
            "Stadt liegt. Abensberg, knapp 29 Kilometer südwestlich, öffnete eine Notunterkunft.",
            "29 Kilometer",
            id="de-bavaria-anchor",  # Abensberg-Regensburg 28.8 km at 220; -Kelheim 11.7 km
        ),
    ],
)
def test_town_placed_from_an_anchor_true_from_the_anchor(lang: str, text: str, stated: str) -> None:
    assert _verdict(text, lang, stated) != "inconsistent"
