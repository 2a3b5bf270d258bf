"""German court, election and order wording (session 23, round 2, h23-evde; docs/events.md,
"German courts, votes and orders (session 23, round 2, h23-evde)"). Sentences of our own,
with other places and wording than the dev batch; each class with its look-alikes.

- ``muss ... ins Gefängnis`` / ``hinter Gitter`` / ``in Haft``: the sentence a court
  passed; a law's threat (``Wer ... verstößt, muss ins Gefängnis``), a possibility
  (``könnte ... müssen``), a subjunctive, a habit and a question are none.
- A dateline of the form ``Ort (epd).`` (an agency in brackets closed by a full stop) opens
  the lead as ``Ort (dpa) -`` does: its definite event noun is the news (``hat die
  Stichwahl gewonnen``), not a reference to what the reader knows.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-03-04"  # a Tuesday


def _events(text: str) -> list[geomap.Event]:
    return list(geomap.analyze(text, lang="de", date=DAY).events)


def _kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.kind, e.sub_kind) for e in _events(text)]


# ------------------------------------------------------------- a sentence to be served


@pytest.mark.parametrize(
    "text",
    [
        "In Graz muss ein früherer Stadtrat für drei Jahre ins Gefängnis, wie das "
        "Landesgericht am Montag mitteilte.",
        "Zwei Schlepper aus Bregenz müssen am Montag für sechs Jahre hinter Gitter.",
        "Ein Bankier aus Lugano musste am Montag für vier Jahre in Haft.",
    ],
)
def test_a_prison_term_to_serve_is_a_court_sentence(text: str) -> None:
    assert ("court", "sentence") in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a law's threat
        "Wer in Graz gegen das Verbot verstößt, muss ins Gefängnis.",
        # a possibility
        "Der frühere Stadtrat aus Graz könnte für Jahre ins Gefängnis müssen.",
        # a subjunctive of reported speech
        "Der Anwalt sagte am Montag in Graz, sein Mandant müsse womöglich ins Gefängnis.",
        # a habit
        "Regierungskritiker müssen in Belarus oft für Jahre hinter Gitter.",
        # a question
        "Muss der frühere Stadtrat aus Graz ins Gefängnis?",
    ],
)
def test_a_prison_term_that_is_no_sentence_passed(text: str) -> None:
    assert ("court", "sentence") not in _kinds(text), _kinds(text)


# ----------------------------------------------------- a dateline closed by a full stop


def test_an_agency_dateline_with_a_full_stop_opens_the_lead() -> None:
    text = (
        "Lima (epd). In Peru hat die frühere Ministerin Ana Ruiz die Stichwahl um das "
        "Präsidentenamt gewonnen. Die Wahlbeteiligung lag bei 71 Prozent."
    )
    assert ("election", "result") in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # no dateline: the definite noun names what the reader knows
        "In Peru hat die frühere Ministerin Ana Ruiz die Stichwahl um das Präsidentenamt gewonnen.",
        # a party in brackets is no agency
        "Ana Ruiz (PPK). In Peru hat sie die Stichwahl um das Präsidentenamt gewonnen.",
    ],
)
def test_no_agency_dateline_leaves_the_definite_noun_known(text: str) -> None:
    assert ("election", "result") not in _kinds(text), _kinds(text)
