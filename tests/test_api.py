"""The public API is small, sorted and complete."""

import gazetteer
import geomap


def test_all_is_sorted_and_exported():
    for mod in (geomap, gazetteer):
        assert list(mod.__all__) == sorted(mod.__all__), mod.__name__
        for name in mod.__all__:
            assert hasattr(mod, name), f"{mod.__name__}.{name}"


def test_analyze_is_public(seed_text):
    a = geomap.analyze(seed_text)
    assert isinstance(a, geomap.Analysis)
    assert a.document.language == "de"
    assert a.to_dict()["places"]
