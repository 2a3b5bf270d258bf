"""Which two places a distance links, read from the sentence's structure (issue 15).

One test per failure class of issue 15, in German and English, with sentences written for
these tests (other regions and wording than the issue and the claims benchmark)."""

from __future__ import annotations

import dataclasses

from geomap.claims import extract_claims
from tests.support.claims_builders import P, document, places
from tests.support.claims_builders import claims_of as _claims
from tests.support.claims_builders import ends as _ends


# 1. apposition without a place, or with a number
def test_apposition_without_place_keeps_the_subject_en() -> None:
    (c,) = _claims(
        "Arequipa, the country's second city, lies about 770 km south-east of Lima.",
        "en",
        P("Arequipa", -16.4, -71.54),
        P("Lima", -12.05, -77.04),
    )
    assert _ends(c) == ("Arequipa", "Lima")
    assert c.subject_evidence is not None and c.subject_evidence.how == "clause subject"


def test_apposition_with_a_number_keeps_the_subject_de() -> None:
    text = (
        "Der Triglav, mit 2.864 Metern der höchste Gipfel Sloweniens, liegt rund 60 Kilometer "
        "nordwestlich von Ljubljana."
    )
    (c,) = _claims(
        text,
        "de",
        P("Triglav", 46.38, 13.84, kind="mountain"),
        P("Sloweniens", 46.1, 14.8, kind="country", cc="SI"),
        P("Ljubljana", 46.05, 14.51),
    )
    assert _ends(c) == ("Triglav", "Ljubljana")
    assert c.text.startswith("rund 60 Kilometer")


def test_distance_set_off_by_commas_after_an_apposition_en() -> None:
    (c,) = _claims(
        "Mombasa, the region's busiest port, about 440 km south-east of Nairobi, was closed.",
        "en",
        P("Mombasa", -4.04, 39.67),
        P("Nairobi", -1.29, 36.82),
    )
    assert _ends(c) == ("Mombasa", "Nairobi")
    assert c.subject_evidence is not None and c.subject_evidence.how == "apposition"


# 2. a range word elsewhere in the sentence
def test_range_word_in_another_clause_is_no_range_en() -> None:
    (c,) = _claims(
        "Kandy, about 95 km north-east of Colombo, reopened after drones flew over it.",
        "en",
        P("Kandy", 7.29, 80.63),
        P("Colombo", 6.93, 79.85),
    )
    assert c.form == "point" and _ends(c) == ("Kandy", "Colombo")


def test_range_word_in_another_clause_is_no_range_de() -> None:
    (c,) = _claims(
        "Daugavpils, rund 200 Kilometer südöstlich von Riga, meldete, dass Drohnen flogen.",
        "de",
        P("Daugavpils", 55.87, 26.53),
        P("Riga", 56.95, 24.11),
    )
    assert c.form == "point" and _ends(c) == ("Daugavpils", "Riga")


# 3. descriptive noun phrases
def test_capital_phrase_is_the_capital_the_text_names_en() -> None:
    text = (
        "Protests spread from Lima to the south. Cusco lies about 580 km south-east of the "
        "Peruvian capital."
    )
    (c,) = _claims(
        text,
        "en",
        P("Lima", -12.05, -77.04, cc="PE", name="Lima"),
        P("Cusco", -13.53, -71.97, cc="PE"),
        P("Peruvian", -10.0, -76.0, kind="country", cc="PE", role="adjective"),
    )
    assert _ends(c) == ("Cusco", "Lima")
    assert c.reference_evidence is not None
    assert (c.reference_evidence.how, c.reference_evidence.text) == (
        "capital",
        "the Peruvian capital",
    )


def test_feature_noun_is_the_last_place_of_that_kind_de() -> None:
    text = (
        "Der Ätna spuckte am Montag Asche über Catania. Der Vulkan liegt rund 30 Kilometer "
        "nördlich der Stadt."
    )
    (c,) = _claims(
        text,
        "de",
        P("Ätna", 37.75, 14.99, kind="mountain"),
        P("Catania", 37.5, 15.09),
    )
    assert _ends(c) == ("Ätna", "Catania")
    assert c.subject_evidence is not None and c.subject_evidence.how == "description"
    assert c.reference_evidence is not None and c.reference_evidence.text == "der Stadt"


def test_the_city_continues_the_previous_sentences_topic_en() -> None:
    text = (
        "Tromsø, the largest town of the region, lies about 1,150 km north of Trondheim. "
        "The town is some 250 km from Narvik."
    )
    claims = _claims(
        text,
        "en",
        P("Tromsø", 69.65, 18.96),
        P("Trondheim", 63.43, 10.4),
        P("Narvik", 68.44, 17.43),
    )
    assert _ends(claims[1]) == ("Tromsø", "Narvik")


def test_first_person_speech_is_the_datelines_place_de() -> None:
    text = "KOŠICE (geomap) - Wir liegen nur rund 90 Kilometer von Miskolc entfernt, sagte er."
    (c,) = _claims(
        text,
        "de",
        P("KOŠICE", 48.72, 21.26, name="Košice"),
        P("Miskolc", 48.1, 20.78),
        dateline="KOŠICE",
    )
    assert _ends(c) == ("Košice", "Miskolc")
    assert c.subject_evidence is not None and c.subject_evidence.how == "dateline"


# 4. the reference before the number, or implicit
def test_reference_before_the_number_de() -> None:
    (c,) = _claims(
        "Maribor liegt von Graz rund 60 Kilometer entfernt.",
        "de",
        P("Maribor", 46.55, 15.65),
        P("Graz", 47.07, 15.44),
    )
    assert _ends(c) == ("Maribor", "Graz")
    assert c.reference_evidence is not None and c.reference_evidence.how == "preposition"


def test_fronted_reference_before_the_number_de() -> None:
    (c,) = _claims(
        "Von Tallinn ist Tartu rund 160 Kilometer entfernt.",
        "de",
        P("Tallinn", 59.44, 24.75),
        P("Tartu", 58.38, 26.72),
    )
    assert _ends(c) == ("Tartu", "Tallinn")


def test_direction_without_reference_is_seen_from_the_dateline_en() -> None:
    text = "DAKAR (geomap) - The injured were taken to Saint-Louis, about 200 km to the north."
    (c,) = _claims(
        text,
        "en",
        P("DAKAR", 14.72, -17.47, name="Dakar"),
        P("Saint-Louis", 16.03, -16.49),
        dateline="DAKAR",
    )
    assert _ends(c) == ("Saint-Louis", "Dakar")
    assert c.direction == "N"
    assert c.reference_evidence is not None and c.reference_evidence.how == "dateline"


# 5. a fronted region
def test_fronted_region_is_not_the_subject_en() -> None:
    (c,) = _claims(
        "In Ontario, Sudbury, about 340 km north of Toronto, lost power.",
        "en",
        P("Ontario", 50.0, -85.0, kind="admin1", cc="CA"),
        P("Sudbury", 46.49, -80.99),
        P("Toronto", 43.65, -79.38),
    )
    assert _ends(c) == ("Sudbury", "Toronto")


def test_fronted_region_is_not_the_subject_de() -> None:
    (c,) = _claims(
        "In Kärnten ist Villach, rund 35 Kilometer westlich von Klagenfurt, betroffen.",
        "de",
        P("Kärnten", 46.75, 13.83, kind="admin1", cc="AT"),
        P("Villach", 46.61, 13.85),
        P("Klagenfurt", 46.62, 14.31),
    )
    assert _ends(c) == ("Villach", "Klagenfurt")


# 6. route lengths
def test_route_length_with_from_to_is_a_route_en() -> None:
    (c,) = _claims(
        "Drivers on the 310-km motorway from Porto to Lisbon faced delays.",
        "en",
        P("Porto", 41.15, -8.61),
        P("Lisbon", 38.72, -9.14),
    )
    assert c.form == "route" and _ends(c) == ("Porto", "Lisbon")


def test_long_route_between_is_a_route_de() -> None:
    (c,) = _claims(
        "Die rund 340 Kilometer lange Bahnstrecke zwischen Krakau und Warschau wird erneuert.",
        "de",
        P("Krakau", 50.06, 19.94),
        P("Warschau", 52.23, 21.01),
    )
    assert c.form == "route" and {c.subject.name, c.reference.name} == {"Krakau", "Warschau"}


def test_a_length_that_is_no_route_makes_no_claim() -> None:
    assert (
        _claims(
            "Near Minsk a 12 km long queue formed.",
            "en",
            P("Minsk", 53.9, 27.57),
        )
        == ()
    )


# 7. German adjective + city
def test_adjective_and_city_before_a_distance_de() -> None:
    (c,) = _claims(
        "Im slowakischen Žilina, rund 170 Kilometer nordöstlich von Bratislava, fiel Schnee.",
        "de",
        P("slowakischen", 48.7, 19.7, kind="country", cc="SK", role="adjective"),
        P("Žilina", 49.22, 18.74),
        P("Bratislava", 48.15, 17.11),
    )
    assert _ends(c) == ("Žilina", "Bratislava")


# 8. a relative clause after a new place
def test_relative_clause_after_a_new_place_de() -> None:
    text = (
        "Busse kamen aus Olmütz, das rund 75 Kilometer nordöstlich von Brünn liegt, und aus "
        "Zlín, das etwa 80 Kilometer östlich der Stadt liegt."
    )
    first, second = _claims(
        text,
        "de",
        P("Olmütz", 49.59, 17.25),
        P("Brünn", 49.2, 16.61),
        P("Zlín", 49.23, 17.67),
    )
    assert _ends(first) == ("Olmütz", "Brünn")
    assert _ends(second) == ("Zlín", "Brünn")
    assert second.subject_evidence is not None
    assert second.subject_evidence.how == "relative clause"


def test_relative_clause_after_a_new_place_en() -> None:
    (c,) = _claims(
        "Aid also reached Gulu, which lies about 270 km north of Kampala.",
        "en",
        P("Gulu", 2.78, 32.3),
        P("Kampala", 0.35, 32.58),
    )
    assert _ends(c) == ("Gulu", "Kampala")


# 9. between A and B with another quantity in the sentence
def test_between_takes_its_own_quantity_en() -> None:
    text = (
        "Hue, roughly 80 km from Da Nang, was cut off, and buses stopped on the 100-km road "
        "between Da Nang and Hoi An."
    )
    first, second = _claims(
        text,
        "en",
        P("Hue", 16.46, 107.59),
        P("Da Nang", 16.05, 108.2),
        P("Da Nang", 16.05, 108.2, nth=1),
        P("Hoi An", 15.88, 108.33),
    )
    assert _ends(first) == ("Hue", "Da Nang")
    assert second.form == "route"
    assert {second.subject.name, second.reference.name} == {"Da Nang", "Hoi An"}


# 11. vague quantities and flight nouns
def test_vague_quantity_is_a_claim_with_its_range_en() -> None:
    (c,) = _claims(
        "Kiruna, a few hundred kilometres north of Luleå, kept its mine open.",
        "en",
        P("Kiruna", 67.86, 20.23),
        P("Luleå", 65.58, 22.15),
    )
    assert _ends(c) == ("Kiruna", "Luleå")
    assert c.vague_km == (200.0, 900.0)


def test_flight_noun_links_origin_and_landing_de() -> None:
    text = (
        "Die Drohne sei von Mosul aus gestartet und nach rund 400 Kilometern Flug nahe Aleppo "
        "abgestürzt."
    )
    (c,) = _claims(
        text,
        "de",
        P("Mosul", 36.34, 43.13),
        P("Aleppo", 36.2, 37.16),
    )
    assert _ends(c) == ("Mosul", "Aleppo")
    assert c.subject_evidence is not None and c.subject_evidence.how == "launch origin"
    assert c.reference_evidence is not None and c.reference_evidence.how == "landing"


def test_evidence_spans_point_at_the_words() -> None:
    text = "Gdynia, a port town, lies about 20 km north of Gdańsk."
    (c,) = _claims(text, "en", P("Gdynia", 54.52, 18.53), P("Gdańsk", 54.35, 18.65))
    for ev in (c.subject_evidence, c.reference_evidence):
        assert ev is not None and text[ev.start : ev.end] == ev.text
    assert c.reference_evidence.text == "Gdańsk"


def test_possessive_capital_is_that_countrys_capital_en() -> None:
    text = (
        "Talks began in Nairobi on Monday. Nakuru lies about 160 km north-west of Kenya's capital."
    )
    (c,) = _claims(
        text,
        "en",
        P("Nairobi", -1.29, 36.82, cc="KE"),
        P("Nakuru", -0.3, 36.07, cc="KE"),
        P("Kenya", 0.5, 37.9, kind="country", cc="KE"),
    )
    assert _ends(c) == ("Nakuru", "Nairobi")
    assert c.text.endswith("Kenya's capital")
    assert c.reference_evidence is not None and c.reference_evidence.how == "capital"


def test_genitive_capital_as_subject_de() -> None:
    text = (
        "Gespräche begannen in Nairobi. Kenias Hauptstadt liegt rund 160 Kilometer südöstlich "
        "von Nakuru."
    )
    (c,) = _claims(
        text,
        "de",
        P("Nairobi", -1.29, 36.82, cc="KE"),
        P("Nakuru", -0.3, 36.07, cc="KE"),
        P("Kenias", 0.5, 37.9, kind="country", cc="KE"),
    )
    assert _ends(c) == ("Nairobi", "Nakuru")
    assert c.subject_evidence is not None and c.subject_evidence.how == "capital"


def test_a_capital_the_text_never_names_is_the_countrys_capital() -> None:
    # the phrase names the country, so which capital it means is knowledge (GeoNames'
    # capital, geomap/lexicons/capitals.csv), measured as a point
    (c,) = _claims(
        "Nakuru lies about 160 km north-west of the Kenyan capital.",
        "en",
        P("Nakuru", -0.3, 36.07, cc="KE"),
        P("Kenyan", 0.5, 37.9, kind="country", cc="KE", role="adjective"),
    )
    assert _ends(c) == ("Nakuru", "Nairobi")
    assert c.reference_evidence is not None and c.reference_evidence.how == "capital"
    assert c.reference_evidence.text == "the Kenyan capital"


def test_a_capital_with_another_seat_of_government_stays_open() -> None:
    # GeoNames' capital of Tanzania is not the city news calls its capital: no guess
    (c,) = _claims(
        "Morogoro lies about 170 km west of the Tanzanian capital.",
        "en",
        P("Morogoro", -6.82, 37.66, cc="TZ"),
        P("Tanzanian", -6.0, 35.0, kind="country", cc="TZ", role="adjective"),
    )
    assert _ends(c) == ("Morogoro", None)
    assert c.verdict == "unverifiable"


def test_evidence_is_escaped_in_the_reports() -> None:
    from geomap.model import Analysis
    from geomap.report import render_markdown, render_text

    text = "Riga, the port city, lies about 190 km north of Kaunas."
    doc = document(text, "en")
    (c,) = extract_claims(doc, places(doc, P("Riga", 56.95, 24.1), P("Kaunas", 54.9, 23.9)))
    assert c.subject_evidence is not None and c.subject_evidence.text == "Riga"
    # article text can hold markup and control characters; the evidence quotes it
    bad = dataclasses.replace(c.subject_evidence, text="<b>Riga</b> [x](javascript:y)\x1b[2J")
    hostile = dataclasses.replace(c, subject_evidence=bad)
    a = Analysis(document=doc, claims=(hostile,))
    md = render_markdown([a])
    assert "<b>" not in md and "&lt;b&gt;" in md
    assert "](javascript" not in md
    assert "read from" in md
    out = render_text([a])
    assert "\x1b" not in out and "read from" in out


def test_apposed_distance_after_a_city_state_de() -> None:
    (c,) = _claims(
        "Auch im benachbarten Monaco, rund 15 Kilometer östlich von Nizza, regnete es.",
        "de",
        P("Monaco", 43.74, 7.42, kind="country", cc="MC"),
        P("Nizza", 43.7, 7.27),
    )
    assert _ends(c) == ("Monaco", "Nizza")
    assert c.subject_evidence is not None and c.subject_evidence.how == "apposition"


# an apposition opening with a noun (no article) before a clause that opens with its verb
def test_noun_apposition_before_the_verb_keeps_the_subject_en() -> None:
    (c,) = _claims(
        "Plovdiv, home to a Roman theatre of the 2nd century, lies about 130 km south-east of "
        "Sofia.",
        "en",
        P("Plovdiv", 42.14, 24.75),
        P("Sofia", 42.70, 23.32),
    )
    assert _ends(c) == ("Plovdiv", "Sofia")


def test_noun_apposition_with_a_number_before_the_verb_de() -> None:
    (c,) = _claims(
        "Tromsø, Universitätsstadt mit rund 77.000 Einwohnern, liegt gut 250 Kilometer "
        "nordöstlich von Narvik.",
        "de",
        P("Tromsø", 69.65, 18.96),
        P("Narvik", 68.44, 17.43),
    )
    assert _ends(c) == ("Tromsø", "Narvik")


# "the capital" with no country, as a subject: the capital the text was just about
def test_bare_capital_subject_continues_the_previous_capital_en() -> None:
    text = (
        "LIMA - In Ecuador, Quito, about 1,320 km north of Lima, closed schools. "
        "The capital lies about 2,850 metres above sea level and some 20 km south of the "
        "Equator."
    )
    (c1, c2) = _claims(
        text,
        "en",
        P("LIMA", -12.05, -77.04, cc="PE", name="Lima"),
        P("Ecuador", -1.5, -78.0, kind="country", cc="EC"),
        P("Quito", -0.18, -78.47, cc="EC"),
        P("Lima", -12.05, -77.04, cc="PE"),
        P("Equator", 0.0, 0.0, kind="parallel"),
        dateline="LIMA",
    )
    assert _ends(c1) == ("Quito", "Lima")
    assert _ends(c2) == ("Quito", "Equator")
    assert c2.subject_evidence is not None and c2.subject_evidence.how == "capital"


def test_bare_capital_is_not_a_neighbours_capital_en() -> None:
    text = (
        "DAKAR - Banjul, the Gambian capital, about 150 km south of Dakar, sent boats. "
        "The port of Saint-Louis, some 200 km north-east of the capital, closed."
    )
    (_c1, c2) = _claims(
        text,
        "en",
        P("DAKAR", 14.69, -17.44, cc="SN", name="Dakar"),
        P("Banjul", 13.45, -16.58, cc="GM"),
        P("Dakar", 14.69, -17.44, cc="SN"),
        P("Saint-Louis", 16.03, -16.49, cc="SN"),
        dateline="DAKAR",
    )
    assert _ends(c2) == ("Saint-Louis", "Dakar")


def test_a_reach_is_no_claim_de() -> None:
    claims = _claims(
        "Aus Kanada trafen in Lissabon Löschflugzeuge mit einer Reichweite von 3.000 "
        "Kilometern ein.",
        "de",
        P("Kanada", 56.0, -106.0, kind="country", cc="CA"),
        P("Lissabon", 38.72, -9.14),
    )
    assert claims == ()


def test_a_place_in_a_locative_phrase_is_not_the_subject_de() -> None:
    (c,) = _claims(
        "Von Innsbruck ist Bozen jenseits der Alpen gut 80 Kilometer entfernt.",
        "de",
        P("Innsbruck", 47.27, 11.40),
        P("Bozen", 46.50, 11.35),
        P("Alpen", 46.5, 10.0, kind="mountain"),
    )
    assert _ends(c) == ("Bozen", "Innsbruck")


def test_a_place_near_another_is_not_the_subject_en() -> None:
    (c,) = _claims(
        "Sochi near the Black Sea lies about 1,360 km south of Moscow.",
        "en",
        P("Sochi", 43.60, 39.73),
        P("Black Sea", 43.0, 35.0, kind="sea"),
        P("Moscow", 55.76, 37.62),
    )
    assert _ends(c) == ("Sochi", "Moscow")


def test_a_name_after_its_descriptive_noun_is_the_subject_de() -> None:
    (c,) = _claims(
        "Die Hafenstadt Durban, in der 3,9 Millionen Menschen leben, liegt rund 500 Kilometer "
        "südöstlich von Johannesburg.",
        "de",
        P("Durban", -29.86, 31.02),
        P("Johannesburg", -26.20, 28.05),
    )
    assert _ends(c) == ("Durban", "Johannesburg")


def test_the_capital_matches_its_name_without_accents_de() -> None:
    text = (
        "BOGOTÁ - Es regnete. Medellín meldete Erdrutsche. "
        "Die Hauptstadt liegt rund 240 Kilometer südöstlich von Medellín."
    )
    (c,) = _claims(
        text,
        "de",
        P("BOGOTÁ", 4.71, -74.07, cc="CO", name="Bogotá"),
        P("Medellín", 6.24, -75.58, cc="CO"),
        P("Medellín", 6.24, -75.58, cc="CO", nth=1),
        dateline="BOGOTÁ",
    )
    assert _ends(c) == ("Bogotá", "Medellín")
    assert c.subject_evidence is not None and c.subject_evidence.how == "capital"


def test_a_pronoun_never_continues_to_the_claims_other_end_de() -> None:
    text = (
        "OSLO - Der Polarkreis verläuft durch Nordland. "
        "Die Stadt liegt rund 740 Kilometer südlich des Polarkreises."
    )
    (c,) = _claims(
        text,
        "de",
        P("OSLO", 59.91, 10.75, cc="NO", name="Oslo"),
        P("Polarkreis", 66.56, 0.0, kind="parallel", name="Arctic Circle"),
        P("Nordland", 67.0, 14.0, kind="admin1", cc="NO"),
        P("Polarkreises", 66.56, 0.0, kind="parallel", name="Arctic Circle"),
        dateline="OSLO",
    )
    assert c.subject is None or c.subject.name != "Arctic Circle"


# 6. route lengths in other shapes
def test_route_noun_after_a_plain_number_between_is_a_route_en() -> None:
    (c,) = _claims(
        "Buses covered the 620 km drive between Porto and Madrid overnight.",
        "en",
        P("Porto", 41.16, -8.63),
        P("Madrid", 40.42, -3.70),
    )
    assert c.form == "route" and _ends(c) == ("Porto", "Madrid")


def test_a_journey_that_is_n_km_long_is_a_route_de() -> None:
    (c,) = _claims(
        "Die Fahrt von Bremen nach Köln ist rund 320 Kilometer lang.",
        "de",
        P("Bremen", 53.08, 8.80),
        P("Köln", 50.94, 6.96),
    )
    assert c.form == "route" and _ends(c) == ("Bremen", "Köln")


def test_a_queue_on_a_route_is_still_no_claim_de() -> None:
    claims = _claims(
        "Die Strecke bei Erfurt ist wegen eines 5 Kilometer langen Staus gesperrt.",
        "de",
        P("Erfurt", 50.98, 11.03),
    )
    assert claims == ()


# 4. a fronted from-phrase set off by a comma
def test_fronted_from_phrase_is_the_reference_en() -> None:
    (c,) = _claims(
        "From Kumasi, Tamale is about 320 km to the north.",
        "en",
        P("Kumasi", 6.69, -1.62),
        P("Tamale", 9.41, -0.85),
    )
    assert _ends(c) == ("Tamale", "Kumasi") and c.direction == "N"


# 5. an apposition that names the place after a descriptive noun
def test_the_town_of_x_after_a_fronted_region_en() -> None:
    (c,) = _claims(
        "In Ghana, the town of Ho, about 140 km north-east of Accra, was flooded.",
        "en",
        P("Ghana", 7.9, -1.0, kind="country", cc="GH"),
        P("Ho", 6.60, 0.47),
        P("Accra", 5.60, -0.19),
    )
    assert _ends(c) == ("Ho", "Accra")


def test_away_is_from_the_place_the_sentence_was_at_en() -> None:
    (c,) = _claims(
        "Ferries from Piraeus to Hydra, about 65 km away, were cancelled.",
        "en",
        P("Piraeus", 37.94, 23.65),
        P("Hydra", 37.35, 23.47),
    )
    assert _ends(c) == ("Hydra", "Piraeus")


def test_attributive_distance_wins_over_a_later_to_phrase_de() -> None:
    (c,) = _claims(
        "Das rund 70 Kilometer entfernte Augsburg schickte Helfer nach Ingolstadt.",
        "de",
        P("Augsburg", 48.37, 10.90),
        P("Ingolstadt", 48.77, 11.43),
    )
    assert c.form == "point" and _ends(c) == ("Augsburg", "Ingolstadt")


def test_bare_direction_without_dateline_is_seen_from_the_place_before_en() -> None:
    (c,) = _claims(
        "Officials in Jakarta said Bandung, about 120 km to the south-east, was spared.",
        "en",
        P("Jakarta", -6.21, 106.85),
        P("Bandung", -6.92, 107.61),
    )
    assert _ends(c) == ("Bandung", "Jakarta") and c.direction == "SE"


def test_the_capital_without_dateline_is_the_subjects_countrys_en() -> None:
    (c,) = _claims(
        "Authorities in Kampala said Gulu, which lies some 270 km north of the capital, "
        "had flooded.",
        "en",
        P("Kampala", 0.35, 32.58, cc="UG", name="Kampala"),
        P("Gulu", 2.78, 32.30, cc="UG"),
    )
    assert _ends(c) == ("Gulu", "Kampala")


def test_range_word_in_a_relative_clause_without_comma_is_no_range_en() -> None:
    (c,) = _claims(
        "Rescuers reached Gorkha, a town about 60 km east of Pokhara where helicopters flew "
        "all night.",
        "en",
        P("Gorkha", 28.00, 84.63),
        P("Pokhara", 28.21, 83.99),
    )
    assert c.form == "point" and _ends(c) == ("Gorkha", "Pokhara")


# 9. a between phrase and a distance with its own reference
def test_between_in_the_clause_before_a_distance_with_its_own_reference_de() -> None:
    (c,) = _claims(
        "Fulda liegt etwa auf halber Strecke zwischen Kassel und Frankfurt, rund 90 Kilometer "
        "von Kassel entfernt.",
        "de",
        P("Fulda", 50.55, 9.68),
        P("Kassel", 51.31, 9.48),
        P("Frankfurt", 50.11, 8.68),
        P("Kassel", 51.31, 9.48, nth=1),
    )
    assert c.form == "point" and _ends(c) == ("Fulda", "Kassel")


def test_a_queue_between_two_cities_is_no_claim_de() -> None:
    claims = _claims(
        "Auf der A7 zwischen Kassel und Göttingen kam es zu einem Stau von 12 Kilometern.",
        "de",
        P("Kassel", 51.31, 9.48),
        P("Göttingen", 51.54, 9.93),
    )
    assert claims == ()
