"""Sentence splitting: offsets, abbreviations, ordinals, numbers, headings, quotes."""

from __future__ import annotations

import pytest

from geomap.text import read_path, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sample_article_sentences_cover_the_body(seed_path):
    doc = read_path(seed_path)
    body = doc.header.body_start
    covered = set()
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert doc.text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        covered.update(range(s.start, s.end))
    missing = [
        i for i in range(body, len(doc.text)) if i not in covered and not doc.text[i].isspace()
    ]
    assert missing == []
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    # The heading in capitals is a sentence of its own, not glued to the next one.
    heading = [s for s in doc.sentences if s.text.isupper()]
    assert len(heading) == 1
    assert not heading[0].text.endswith(".")
    # Large numbers with a thousands dot and figures stay inside their sentence.
    assert any("Kilometer nördlich von" in s.text and s.text.endswith(".") for s in doc.sentences)
    assert doc.sentence_at(doc.sentences[3].start + 2) == doc.sentences[3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Müller kam am 13. September nach Berlin. Er blieb zwei Tage.",
            ["Dr. Müller kam am 13. September nach Berlin.", "Er blieb zwei Tage."],
        ),
        (
            # a numeric day and month in a dateline is a date, not a sentence end
            "Kairo, 07.05. (dpa) - Bei einem Anschlag starben drei Menschen. Die Polizei kam.",
            [
                "Kairo, 07.05. (dpa) - Bei einem Anschlag starben drei Menschen.",
                "Die Polizei kam.",
            ],
        ),
        (
            "Sie reiste am 3.6. - so das Amt - nach Ankara. Er kam am 07.05. Dann ging er.",
            ["Sie reiste am 3.6. - so das Amt - nach Ankara.", "Er kam am 07.05.", "Dann ging er."],
        ),
        (
            "Er nannte z.B. Hamburg und u.a. Bremen. Dann ging er.",
            ["Er nannte z.B. Hamburg und u.a. Bremen.", "Dann ging er."],
        ),
        (
            "Rund 1.500 Soldaten sind 3.5 km entfernt. Das ist viel.",
            ["Rund 1.500 Soldaten sind 3.5 km entfernt.", "Das ist viel."],
        ),
        (
            "Mr. Smith flew to St. Louis. He met U.S. officials there.",
            ["Mr. Smith flew to St. Louis.", "He met U.S. officials there."],
        ),
        (
            "Troops left the U.S. The army confirmed it.",
            ["Troops left the U.S.", "The army confirmed it."],
        ),
        (
            "John F. Kennedy visited Berlin. It was 1963.",
            ["John F. Kennedy visited Berlin.", "It was 1963."],
        ),
        (
            "Der 2. Weltkrieg endete 1945. Danach kam der Wiederaufbau.",
            ["Der 2. Weltkrieg endete 1945.", "Danach kam der Wiederaufbau."],
        ),
        (
            '"Wir kommen", sagte er. "Wirklich?" fragte sie. Dann gingen sie.',
            ['"Wir kommen", sagte er.', '"Wirklich?" fragte sie.', "Dann gingen sie."],
        ),
        (
            "„Das ist gut.“ Er lachte. Sie sagte: „Nein!“ Alle schwiegen.",
            ["„Das ist gut.“", "Er lachte.", "Sie sagte: „Nein!“", "Alle schwiegen."],
        ),
        (
            "Sie waren 3. Dann kamen mehr.",
            ["Sie waren 3.", "Dann kamen mehr."],
        ),
        (
            "Was nun? Niemand weiß es! Warten…",
            ["Was nun?", "Niemand weiß es!", "Warten…"],
        ),
        (
            "MISSILES FIRED BEFORE SUMMIT\nNorth Korea fired two missiles. Japan protested.",
            ["MISSILES FIRED BEFORE SUMMIT", "North Korea fired two missiles.", "Japan protested."],
        ),
        (
            "Ein Satz ohne Ende\n\nEin neuer Absatz.",
            ["Ein Satz ohne Ende", "Ein neuer Absatz."],
        ),
        (
            "It is a package . . . the makeup comes with it. What policy? . Apart from that.",
            [
                "It is a package . . . the makeup comes with it.",
                "What policy? .",
                "Apart from that.",
            ],
        ),
        (
            "FAIRFIELD, Conn. - Police in ST. LOUIS and Sens. Smith met Lt. Col. Jones. He left.",
            [
                "FAIRFIELD, Conn. - Police in ST. LOUIS and Sens. Smith met Lt. Col. Jones.",
                "He left.",
            ],
        ),
        (
            "Shares of Apple Inc. rose. He sold books, pens etc. The shop closed.",
            ["Shares of Apple Inc. rose.", "He sold books, pens etc.", "The shop closed."],
        ),
        (
            "Rund 3 Mio. Menschen leben ca. 20 km von St. Petersburg, s. S. 5. Sie fliehen.",
            ["Rund 3 Mio. Menschen leben ca. 20 km von St. Petersburg, s. S. 5.", "Sie fliehen."],
        ),
        (
            "The talks ended at 5 p.m. on Monday. They resume at 9 a.m. The minister left.",
            ["The talks ended at 5 p.m. on Monday.", "They resume at 9 a.m.", "The minister left."],
        ),
        (
            "The ship sailed\nalong the coast to Odesa.",
            ["The ship sailed\nalong the coast to Odesa."],
        ),
    ],
)
def test_splits(text, expected):
    assert texts(text) == expected


def test_offsets_with_start():
    text = "HEADER LINE\n\nErster Satz. Zweiter Satz."
    start = text.index("Erster")
    ss = split_sentences(text, start)
    assert [s.text for s in ss] == ["Erster Satz.", "Zweiter Satz."]
    for s in ss:
        assert text[s.start : s.end] == s.text


def test_empty_and_blank():
    assert split_sentences("") == ()
    assert split_sentences("  \n\n ") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The village (pop. 3,400) lies 25 km from Bolgatanga.",
        "Das Dorf (rund 800 Einw.) liegt am Ufer des Sees.",
        "The reserve covers 120 sq. km of savannah.",
    ],
)
def test_a_population_or_area_abbreviation_ends_no_sentence(text):
    assert [s.text for s in split_sentences(text)] == [text]
