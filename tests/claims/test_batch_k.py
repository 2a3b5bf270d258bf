"""The extraction rules found by the batch-K articles (docs/claims.md, "Fourth pass"):
fronted distances, lists of destinations, the speaker's place, bracketed conversions,
`as the crow flies`, a capital spelled as the text spells it, `between them`, a number that
stands before its clause, `von hier` and `Luftlinie`.

Places are built by hand (no geoparser), so each test says exactly what the sentence
gives; the places and the wording are not the benchmark's.
"""

from __future__ import annotations

from tests.support.claims_builders import P, document
from tests.support.claims_builders import claims_of as _claims
from tests.support.claims_builders import ends as _ends

INVERNESS = P("INVERNESS", 57.48, -4.22)
KLAGENFURT = P("KLAGENFURT", 46.62, 14.31)
REGINA_DL = P("REGINA", 50.45, -104.61)


# fronted distance: the place after it is the subject, seen from the dateline
def test_fronted_distance_with_a_comma_is_seen_from_the_dateline_en() -> None:
    text = (
        "INVERNESS (geomap) - Snow closed the roads. About 150 km to the south-east, "
        "the port city of Aberdeen opened shelters."
    )
    (c,) = _claims(text, "en", INVERNESS, P("Aberdeen", 57.15, -2.09), dateline="INVERNESS")
    assert _ends(c) == ("Aberdeen", "INVERNESS")
    assert c.direction == "SE"
    assert c.reference_evidence is not None and c.reference_evidence.how == "dateline"


def test_fronted_distance_before_the_verb_is_seen_from_the_dateline_de() -> None:
    text = (
        "KLAGENFURT (geomap) – Schnee legte den Verkehr lahm. Rund 35 Kilometer weiter "
        "westlich liegt Villach, wo die Schulen geschlossen blieben."
    )
    (c,) = _claims(text, "de", KLAGENFURT, P("Villach", 46.61, 13.85), dateline="KLAGENFURT")
    assert _ends(c) == ("Villach", "KLAGENFURT")
    assert c.direction == "W"


def test_a_fronted_distance_that_names_its_reference_is_no_fronted_direction_de() -> None:
    (c,) = _claims(
        "Rund 45 Kilometer nördlich von Bamberg liegt Coburg.",
        "de",
        P("Bamberg", 49.89, 10.89),
        P("Coburg", 50.26, 10.96),
    )
    assert _ends(c) == ("Coburg", "Bamberg")


# a list of destinations, each with its distance in parentheses
def test_list_items_share_the_origin_en() -> None:
    text = "Buses ran from Regina to Moose Jaw (70 km), Saskatoon (235 km) and Yorkton."
    first, second = _claims(
        text,
        "en",
        P("Regina", 50.45, -104.61),
        P("Moose Jaw", 50.39, -105.53),
        P("Saskatoon", 52.13, -106.67),
        P("Yorkton", 51.21, -102.46),
    )
    assert {*_ends(first)} == {"Regina", "Moose Jaw"}
    assert {*_ends(second)} == {"Regina", "Saskatoon"}
    assert second.stated.text == "235 km"
    assert second.form == first.form


def test_list_items_share_the_origin_de() -> None:
    text = (
        "Von Würzburg aus wurden Schweinfurt (40 Kilometer), Coburg (95 Kilometer) "
        "und Hof beliefert."
    )
    claims = _claims(
        text,
        "de",
        P("Würzburg", 49.79, 9.95),
        P("Schweinfurt", 50.05, 10.23),
        P("Coburg", 50.26, 10.96),
        P("Hof", 50.31, 11.91),
    )
    assert [_ends(c) for c in claims] == [
        ("Schweinfurt", "Würzburg"),
        ("Coburg", "Würzburg"),
    ]


# first-person words in a quotation: the speaker's place from the attribution
def test_we_in_a_quote_is_where_the_speaker_is_en() -> None:
    text = (
        'DAR ES SALAAM (geomap) - Rain fell. "We are about 150 km north of Dodoma and '
        'the river is rising," said a nurse in Kondoa.'
    )
    (c,) = _claims(
        text,
        "en",
        P("DAR ES SALAAM", -6.79, 39.21),
        P("Dodoma", -6.16, 35.75),
        P("Kondoa", -4.90, 35.78),
        dateline="DAR ES SALAAM",
    )
    assert _ends(c) == ("Kondoa", "Dodoma")


def test_wir_in_a_quote_is_where_the_speaker_is_de() -> None:
    text = (
        "HANOI (geomap) – Sturm. „Wir sind hier rund 70 Kilometer von Hue entfernt und haben "
        "keinen Strom“, sagte ein Fischer in Dong Ha."
    )
    (c,) = _claims(
        text,
        "de",
        P("HANOI", 21.03, 105.85),
        P("Hue", 16.46, 107.59),
        P("Dong Ha", 16.82, 107.10),
        dateline="HANOI",
    )
    assert _ends(c) == ("Dong Ha", "Hue")


def test_we_outside_a_quote_is_still_the_dateline_en() -> None:
    text = "DODOMA (geomap) - Rain fell. We are about 190 km east of Singida, officials said."
    (c,) = _claims(
        text,
        "en",
        P("DODOMA", -6.16, 35.75),
        P("Singida", -4.82, 34.75),
        dateline="DODOMA",
    )
    assert _ends(c) == ("DODOMA", "Singida")


# unit conversions in square brackets are one claim
def test_a_bracketed_conversion_is_one_claim_en() -> None:
    (c,) = _claims(
        "Coimbra is some 70 miles [115 km] south of Porto.",
        "en",
        P("Coimbra", 40.21, -8.43),
        P("Porto", 41.15, -8.61),
    )
    assert _ends(c) == ("Coimbra", "Porto")
    assert c.stated.text == "some 70 miles"
    assert c.direction == "S"


# "as the crow flies" names no flight
def test_as_the_crow_flies_is_no_range_en() -> None:
    text = (
        "REGINA (geomap) - Snow fell. In the north, Saskatoon, some 235 km to the north-west "
        "as the crow flies, closed its schools."
    )
    (c,) = _claims(text, "en", REGINA_DL, P("Saskatoon", 52.13, -106.67), dateline="REGINA")
    assert c.form == "point"
    assert _ends(c) == ("Saskatoon", "REGINA")


# a capital the gazetteer names otherwise is found by the text's own spelling
def test_the_capital_is_found_by_the_texts_spelling_en() -> None:
    text = (
        "TBILISI (geomap) - Floods hit Georgia. Kutaisi, about 190 km west of the capital, "
        "was cut off."
    )
    (c,) = _claims(
        text,
        "en",
        P("TBILISI", 41.72, 44.83, cc="GE", name="Tiflis"),
        P("Georgia", 42.3, 43.4, kind="country", cc="GE"),
        P("Kutaisi", 42.27, 42.70, cc="GE"),
        dateline="TBILISI",
    )
    assert _ends(c) == ("Kutaisi", "Tiflis")
    assert c.reference_evidence is not None and c.reference_evidence.how == "capital"


# "between them": the two places the sentence just linked
def test_the_road_between_them_is_a_route_of_the_previous_pair_en() -> None:
    text = "Moose Jaw is about 70 km west of Regina, and the 75-km highway between them was closed."
    first, second = _claims(text, "en", P("Moose Jaw", 50.39, -105.53), P("Regina", 50.45, -104.61))
    assert _ends(first) == ("Moose Jaw", "Regina")
    assert second.form == "route"
    assert {*_ends(second)} == {"Moose Jaw", "Regina"}


def test_the_road_between_them_is_a_route_of_the_previous_pair_de() -> None:
    text = (
        "Coburg liegt rund 45 Kilometer nördlich von Bamberg, und die 60 Kilometer lange "
        "Strecke zwischen ihnen war gesperrt."
    )
    first, second = _claims(text, "de", P("Coburg", 50.26, 10.96), P("Bamberg", 49.89, 10.89))
    assert _ends(first) == ("Coburg", "Bamberg")
    assert second.form == "route"
    assert {*_ends(second)} == {"Coburg", "Bamberg"}


# a number standing before its clause ("the 9-hour, 520-km drive from A to B")
def test_a_drive_with_its_duration_before_is_a_route_en() -> None:
    (c,) = _claims(
        "Truckers made the 9-hour, 520-km drive from Dodoma to Mwanza on Monday.",
        "en",
        P("Dodoma", -6.16, 35.75),
        P("Mwanza", -2.52, 32.90),
    )
    assert c.form == "route"
    assert _ends(c) == ("Dodoma", "Mwanza")


# "von hier" starts at the speaker; "Luftlinie" is a straight line, so (session 24 round 2,
# docs/claims.md "Which end of a from/to distance is the subject") the place reached is the
# one located, measured from the speaker's place, as with a named start ("Von <A> aus sind es
# N km bis <B>"); a route keeps its start first
def test_von_hier_in_a_quote_starts_at_the_speaker_and_luftlinie_is_straight_de() -> None:
    text = (
        "BAMBERG (geomap) – Schnee. „Bis Coburg sind es von hier knapp 80 Kilometer Luftlinie“, "
        "sagte ein Fahrer in Würzburg."
    )
    (c,) = _claims(
        text,
        "de",
        P("BAMBERG", 49.89, 10.89),
        P("Coburg", 50.26, 10.96),
        P("Würzburg", 49.79, 9.95),
        dateline="BAMBERG",
    )
    assert c.form == "point"
    assert _ends(c) == ("Coburg", "Würzburg")


# --- verification: how sure the pair is


def _verified(
    text: str, subject: P, reference: P, at: str, stated: float, *, how: str, dateline=None
):
    from geomap.claims import verify_claims
    from tests.claims.test_weak_evidence import claim_between
    from tests.support.claims_builders import place

    doc = document(text, "en", dateline=dateline)
    extra = [place(doc, dateline_spec)] if (dateline_spec := _DL.get(dateline)) else []
    s, r = place(doc, subject), place(doc, reference)
    c = claim_between(doc, s, r, stated, how=how, at=at)
    (checked,) = verify_claims([c], [*extra, s, r], None, document=doc)
    return checked


_DL = {"MWANZA": P("MWANZA", -2.52, 32.90)}


def test_a_name_that_goes_on_as_a_possessive_is_no_evidence() -> None:
    # "Martha" read alone, somewhere far away, while the text names Martha's Vineyard
    checked = _verified(
        "Ferries ran about 110 km from Boston to Martha's Vineyard.",
        P("Martha", 48.0, 2.0, cc="FR"),
        P("Boston", 42.36, -71.06, cc="US"),
        "about 110 km",
        110.0,
        how="route",
    )
    assert checked.verdict == "unverifiable"
    assert "possessive" in checked.explanation


def test_a_possessive_of_a_common_noun_leaves_the_verdict_alone() -> None:
    checked = _verified(
        "Tabora's station lies about 900 km from Dodoma.",
        P("Tabora", -5.02, 32.80, cc="TZ"),
        P("Dodoma", -6.16, 35.75, cc="TZ"),
        "about 900 km",
        900.0,
        how="named",
    )
    assert checked.verdict == "inconsistent", checked.explanation


def test_the_dateline_is_a_rival_of_an_end_taken_from_a_previous_sentence() -> None:
    # "Bis X sind es N km" with no start: the previous sentence's place was taken, but
    # the dateline's place, where the same rule falls back to, fits the figure
    text = "MWANZA (geomap) - Rain fell in Tabora. It is about 130 km to Shinyanga."
    checked = _verified(
        text,
        P("Tabora", -5.02, 32.80, cc="TZ"),
        P("Shinyanga", -3.66, 33.42, cc="TZ"),
        "about 130 km",
        130.0,
        how="previous sentence",
        dateline="MWANZA",
    )
    assert checked.verdict == "unverifiable"
    assert "MWANZA" in checked.explanation
