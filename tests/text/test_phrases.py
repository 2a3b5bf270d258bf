"""The sentence substrate: clauses and noun phrases read over tokens (geomap.text._phrases)."""

from __future__ import annotations

from geomap.text import parse_sentence, read_text, tokenize


def _parse(text: str, lang: str):  # noqa: ANN202 (a test helper)
    doc = read_text(text, lang=lang)
    return doc, parse_sentence(tokenize(doc), lang)


def _clauses(text: str, lang: str) -> list[tuple[str, str]]:
    doc, s = _parse(text, lang)
    return [(c.kind, doc.text[c.start : c.end]) for c in s.clauses]


def test_german_apposition_and_relative_clause_are_told_apart() -> None:
    # "die ..." opens an apposition (it ends in a noun), "das ... liegt" a relative clause
    got = _clauses(
        "Kempten, die größte Stadt des Allgäus, meldete Schnee, und Lindau, das rund "
        "75 Kilometer westlich liegt, blieb trocken.",
        "de",
    )
    kinds = [k for k, _ in got]
    assert kinds == ["main", "apposition", "main", "coordinated", "relative", "main"]
    assert got[4][1] == "das rund 75 Kilometer westlich liegt"


def test_article_after_a_colon_opens_a_main_clause() -> None:
    # "die" after a colon (or a dateline's spaced hyphen) is an article opening a new main
    # clause, though the clause ends in its participle like a relative clause would
    got = _clauses("Ein Unglück: Die Verletzten wurden nach Kassel gebracht, sagte er.", "de")
    assert got[1] == ("main", "Die Verletzten wurden nach Kassel gebracht")


def test_german_reported_speech_with_the_verb_second_is_a_main_clause() -> None:
    # "der Bus sei ...": an article, a noun and a finite verb in second place; the clause
    # ends in a participle, but it is neither a relative clause nor an apposition
    got = _clauses(
        "Er sagte, der Bus sei bei Kassel verunglückt, und Fulda, das nahe liegt, half.", "de"
    )
    assert [k for k, _ in got] == ["main", "main", "coordinated", "relative", "main"]


def test_english_clauses_keep_numbers_with_commas_whole() -> None:
    got = _clauses(
        "Tromsø, which lies some 1,150 km north of Oslo, and Bodø, a port town, reported snow.",
        "en",
    )
    assert [k for k, _ in got] == ["main", "relative", "coordinated", "apposition", "main"]
    assert got[1][1] == "which lies some 1,150 km north of Oslo"


def test_german_inflected_adjective_leaves_the_city_as_head() -> None:
    doc, s = _parse("Hilfe kam aus dem slowakischen Košice und vom nahen Prešov.", "de")
    heads = {(p.preposition, p.head.text) for p in s.phrases}
    assert ("aus", "Košice") in heads
    assert ("vom", "Prešov") in heads


def test_english_descriptive_phrase_has_its_noun_as_head() -> None:
    doc, s = _parse(
        "The Peruvian capital sits about 570 km north-west of the Bolivian border.", "en"
    )
    first = s.phrases[0]
    assert (first.determiner, first.head.text) == ("the", "capital")
    border = s.phrase_at(doc.text.index("of the Bolivian"))
    assert border is not None and (border.preposition, border.head.text) == ("of", "border")


def test_possessive_does_not_end_the_phrase() -> None:
    _, s = _parse("Mombasa, the region's busiest port, was closed.", "en")
    assert [p.head.text for p in s.phrases][:2] == ["Mombasa", "port"]


def test_clause_index_and_phrase_lookup() -> None:
    doc, s = _parse("Zwischen Graz und Maribor, rund 60 Kilometer, fuhren Busse.", "de")
    assert s.clause_index(doc.text.index("rund")) == 1
    assert s.clause_index(0) == 0
    between = s.phrase_at(0)
    assert between is not None and between.preposition == "zwischen"


def test_word_units_keep_numbers_and_compounds_whole() -> None:
    from geomap.text import word_units

    text = "Vize-Premier Olsen sprach am 4. Juni mit 12 F-16-Piloten in Kwa-Mashu."
    units = word_units(text, 0, len(text), sentence=3)
    assert [u.text for u in units] == [
        "Vize-Premier",
        "Olsen",
        "sprach",
        "am",
        "4",
        "Juni",
        "mit",
        "12",
        "F-16-Piloten",
        "in",
        "Kwa-Mashu",
    ]
    assert all(text[u.start : u.end] == u.text for u in units)
    assert units[0].is_cap and not units[2].is_cap and units[8].fold == "f-16-piloten"
    assert {u.sentence for u in units} == {3}


def test_word_units_read_only_the_span_and_keep_the_gap() -> None:
    from geomap.text import word_units

    text = "Residents of Port-au-Prince said, however, that aid arrived."
    units = word_units(text, 13, text.index(" that"))
    assert [u.text for u in units] == ["Port-au-Prince", "said", "however"]
    assert units[2].gap_before == ", "


def test_unit_starts_are_where_the_word_units_start() -> None:
    from geomap.text import unit_starts, word_units

    texts = [
        "„Wir bleiben“, sagte Bürgermeisterin Aho am 3. März in Rovaniemi-Süd.",
        "  Officials in Port-au-Prince said, however, that 1,200 O’Neill-era homes… remain.",
        "— ",
        "",
    ]
    for text in texts:
        for start, end in ((0, len(text)), (2, max(2, len(text) - 3))):
            expected = [u.start for u in word_units(text, start, end)]
            assert unit_starts(text, start, end) == expected


def test_unit_words_are_the_texts_of_the_word_units() -> None:
    """``unit_words`` finds the words directly (session 24); they are the word units' texts,
    the long way round, for any span: compounds, apostrophes, digits, dashes, no words."""
    from geomap.text import unit_words, word_units

    texts = [
        "„Wir bleiben“, sagte Bürgermeisterin Aho am 3. März in Rovaniemi-Süd.",
        "  Officials in Port-au-Prince said, however, that 1,200 O’Neill-era homes… remain.",
        "A 7.1-magnitude quake struck off Sumatra's coast -- officials' toll: 12 (F-16s').",
        "Die US-Außenministerin traf al-Assad—und 2025 die Ex-Präsidentin.",
        "— ",
        "",
    ]
    for text in texts:
        for start, end in ((0, len(text)), (2, max(2, len(text) - 3)), (5, 6)):
            expected = [u.text for u in word_units(text, start, end)]
            assert unit_words(text, start, end) == expected


def test_german_measure_before_an_adjective_is_its_attribute() -> None:
    # "der 4.806 Meter hohe Berg": the number and its noun measure "hohe"; the head is "Berg"
    doc, s = _parse("Der 4.806 Meter hohe Berg liegt rund 10 Kilometer südlich von Chamonix.", "de")
    first = s.phrases[0]
    assert (first.determiner, first.head.text) == ("der", "Berg")
    assert doc.text[first.start : first.end] == "Der 4.806 Meter hohe Berg"
    # a number and its noun with no adjective after them stay a phrase of their own
    doc, s = _parse("Die Brücke ist 300 Meter lang.", "de")
    assert [p.head.text for p in s.phrases][-1] == "Meter"
