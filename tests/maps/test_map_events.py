"""Every event kind the lexicons can give has an icon on the map and a name in English and
German (issue 17). The kinds are read from geomap/lexicons/events_*.toml, so a kind added
there without a map style fails here instead of drifting."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest

from geomap.maps import build_map, render_html
from geomap.maps._build import EVENT_STYLE, EVENT_SUB_STYLE
from tests.support.map_fixtures import FakeGazetteer, make_analysis

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = sorted((ROOT / "geomap" / "lexicons").glob("events_*.toml"))
FA_CSS = ROOT / "geomap" / "maps" / "assets" / "fontawesome-free" / "css" / "fontawesome.min.css"


def _lexicon_kinds() -> tuple[set[str], set[str]]:
    """(types, "type.sub_kind"s) as the events wing reads them: ``[triggers.<type>]``
    tables (a ``<type>_weak`` table gives ``<type>``), their sub-tables, and the
    ``"<type>.<sub>"`` keys of carrier words."""
    types: set[str] = set()
    subs: set[str] = set()
    for path in LEXICONS:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for name, group in data["triggers"].items():
            base = name.removesuffix("_weak")
            types.add(base)
            subs.update(f"{base}.{k}" for k, v in group.items() if isinstance(v, dict))
        for carrier in data.get("carriers", []):
            for kind in carrier["kinds"]:
                base, _, sub = kind.partition(".")
                types.add(base)
                if sub:
                    subs.add(kind)
        types.update(data.get("state_subject", {}).values())
    return types, subs


def test_the_lexicons_are_read():
    types, subs = _lexicon_kinds()
    assert len(LEXICONS) >= 2 and {"travel", "disaster"} <= types and len(subs) > 20


def test_every_lexicon_kind_has_a_style():
    types, subs = _lexicon_kinds()
    assert sorted(types - EVENT_STYLE.keys()) == []
    assert sorted(subs - EVENT_SUB_STYLE.keys()) == []


def test_every_style_has_a_pinned_icon_and_two_names():
    icons = set(re.findall(r"\.fa-([a-z0-9-]+):before", FA_CSS.read_text(encoding="utf-8")))
    for key, style in {**EVENT_STYLE, **EVENT_SUB_STYLE}.items():
        assert style.icon in icons, (key, style.icon)
        assert style.en.strip() and style.de.strip(), key
        assert "_" not in style.en and "_" not in style.de, key  # words, not identifiers


@pytest.mark.parametrize(("lang", "name"), [("en", "earthquake"), ("de", "Erdbeben")])
def test_an_event_shows_its_sub_kinds_icon_and_name(lang, name):
    a = make_analysis()
    e = next(e for e in a.events if e.lat is not None)
    quake = dataclasses.replace(e, type="disaster", kind="disaster", sub_kind="earthquake")
    doc = dataclasses.replace(a.document, language=lang)
    a = dataclasses.replace(a, document=doc, events=(quake,))
    page = render_html(build_map([a], FakeGazetteer()))
    assert '"icon": "house-crack"' in page  # the marker
    assert f'"label":"{name}"' in page and '"icon":"house-crack"' in page  # the legend
    assert f"{name} " in page or f"{name}</td>" in page  # tooltip and popup
