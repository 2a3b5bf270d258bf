"""An English participle after an article or a possessive is an adjective, no event
(``officials of the ousted government``, ``the kidnapped students``): no finite verb can stand
there. The sentence's real event stays."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Officials of the ousted government met in Accra on Tuesday.", "strategic_development"),
        (
            "Supporters of the arrested opposition leader gathered in Harare on Tuesday.",
            "strategic_development",
        ),
        (
            "Relatives of the kidnapped students gathered in Kaduna on Tuesday.",
            "violence_against_civilians",
        ),
    ],
)
def test_an_adjective_participle_reports_nothing(text: str, kind: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert not [e for e in events if e.kind == kind], events


def test_the_real_event_stays() -> None:
    assert_reported(
        "Police arrested the ousted mayor in Arequipa on Tuesday.",
        "en",
        "strategic_development",
        "2025-06-10",
        "Arequipa",
        sub_kind="arrest",
    )
