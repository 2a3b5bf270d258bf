"""``geomap eval``: options, output and exit codes."""

from __future__ import annotations

import json

import pytest

from geomap.cli import main
from geomap.cli._eval import format_text
from geomap.evaluation import EvalReport, resolution_scores, span_scores


def _dev_corpus(tmp_path):
    (tmp_path / "01_a.txt").write_text("Flights from Berlin to Madrid resumed.", "utf-8")
    (tmp_path / "01_a.gold.json").write_text(
        json.dumps(
            {
                "lang": "en",
                "places": [
                    {
                        "mention": "Berlin",
                        "start": 13,
                        "end": 19,
                        "lat": 52.52,
                        "lon": 13.41,
                        "kind": "city",
                    },
                    {
                        "mention": "Madrid",
                        "start": 23,
                        "end": 29,
                        "lat": 40.42,
                        "lon": -3.70,
                        "kind": "city",
                    },
                ],
            }
        ),
        "utf-8",
    )
    return tmp_path


def test_format_text_table():
    rep = EvalReport(
        corpus="dev",
        mode="end-to-end",
        docs=2,
        gold_toponyms=5,
        exact=span_scores(3, 1, 2),
        lenient=span_scores(4, 0, 1),
        resolution=resolution_scores([0.0, 200.0, 10.0]),
        seconds=0.5,
    )
    out = format_text(rep)
    assert "corpus dev  mode end-to-end  documents 2  gold toponyms 5" in out
    assert "exact span" in out and "75.0    60.0    66.7" in out
    assert "lenient (overlap)" in out
    (res,) = [line for line in out.splitlines() if line.startswith("matched spans")]
    assert res.split()[2:4] == ["3", "66.7"]  # n, acc@161: 2 of 3 below 161 km
    assert "0 of 3 left unresolved" in out
    assert "4.0 documents/s" in out


def test_eval_missing_corpus_exits_2(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "nope.xml")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no such corpus" in err


def test_eval_malformed_corpus_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article docid='1'><text>x</text>", "utf-8")
    assert main(["eval", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "malformed XML" in err


def test_eval_bad_limit_exits_2(tmp_path, capsys):
    assert main(["eval", str(_dev_corpus(tmp_path)), "--limit", "0"]) == 2
    assert "--limit" in capsys.readouterr().err


def _needs_pipeline():
    pipeline = pytest.importorskip("geomap.pipeline")
    if not hasattr(pipeline, "analyze"):
        pytest.skip("geomap.pipeline.analyze is not there yet")
    return pipeline


def test_eval_dev_corpus_json(tmp_path, capsys):
    _needs_pipeline()
    assert main(["eval", str(_dev_corpus(tmp_path)), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["corpus"] == "dev" and data["mode"] == "end-to-end"
    assert data["docs"] == 1 and data["gold_toponyms"] == 2
    assert data["exact"]["f1"] == pytest.approx(1.0)
    assert data["resolution"]["acc161"] == pytest.approx(1.0)


def test_eval_show_misses(tmp_path, capsys):
    _needs_pipeline()
    corpus = _dev_corpus(tmp_path)
    (corpus / "01_a.txt").write_text("Flights from Berlin to Madrid resumed. Zorgl.", "utf-8")
    gold = json.loads((corpus / "01_a.gold.json").read_text("utf-8"))
    gold["places"].append(
        {"mention": "Zorgl", "start": 39, "end": 44, "lat": 0.0, "lon": 0.0, "kind": "city"}
    )
    (corpus / "01_a.gold.json").write_text(json.dumps(gold), "utf-8")
    assert main(["eval", str(corpus), "--show-misses"]) == 0
    out = capsys.readouterr().out
    assert "01_a\tmissed\t39-44\tZorgl" in out


def test_eval_show_misses_names_the_place_taken(tmp_path, capsys):
    # "Madrid" given a gold point in Texas: the listing says which Madrid geomap took
    _needs_pipeline()
    corpus = _dev_corpus(tmp_path)
    gold = json.loads((corpus / "01_a.gold.json").read_text("utf-8"))
    gold["places"][1].update(lat=31.0, lon=-100.0)
    (corpus / "01_a.gold.json").write_text(json.dumps(gold), "utf-8")
    assert main(["eval", str(corpus), "--show-misses"]) == 0
    out = capsys.readouterr().out
    assert "by gold kind -> the kind geomap took" in out and "1  city -> city" in out
    row = next(line for line in out.splitlines() if line.startswith("01_a\tfar"))
    assert row.split("\t")[3] == "Madrid" and row.split("\t")[-2] == "city"
    assert row.split("\t")[-1] == "Madrid (city, ES)"


def test_eval_resolution_mode_text(tmp_path, capsys):
    pipeline = _needs_pipeline()
    if not hasattr(pipeline, "resolve_spans"):
        pytest.skip("geomap.pipeline.resolve_spans is not there yet")
    assert main(["eval", str(_dev_corpus(tmp_path)), "--mode", "resolution"]) == 0
    out = capsys.readouterr().out
    assert "mode resolution" in out and "gold spans" in out and "geotagging" not in out


def test_eval_corpus_choices_match_the_evaluation_wing():
    # the parser spells the corpus names out so that it need not import the wing
    from geomap.cli import _eval
    from geomap.evaluation import CORPORA

    assert _eval.CORPORA == CORPORA


def test_doc_half_splits_by_article_stably():
    from geomap.evaluation import doc_half

    ids = [str(38_000_000 + 7 * i) for i in range(400)] + [f"{i:02d}_x" for i in range(100)]
    halves = [doc_half(i) for i in ids]
    assert set(halves) == {1, 2}
    assert 200 <= halves.count(1) <= 300  # a hash, not the order: about half each
    assert [doc_half(i) for i in ids] == halves  # the same split on every run


def test_eval_half_keeps_that_half_of_the_documents(tmp_path, capsys):
    # two halves together are the corpus: the documents split, none lost or doubled
    from geomap.evaluation import doc_half

    _needs_pipeline()
    corpus = _dev_corpus(tmp_path)
    gold = (corpus / "01_a.gold.json").read_text("utf-8")
    for stem in ("02_b", "03_c", "04_d", "05_e"):
        (corpus / f"{stem}.txt").write_text("Flights from Berlin to Madrid resumed.", "utf-8")
        (corpus / f"{stem}.gold.json").write_text(gold, "utf-8")
    counts = {}
    for half in (1, 2):
        assert main(["eval", str(corpus), "--half", str(half), "--format", "json"]) == 0
        counts[half] = json.loads(capsys.readouterr().out)["docs"]
    stems = ("01_a", "02_b", "03_c", "04_d", "05_e")
    assert counts == {h: sum(doc_half(s) == h for s in stems) for h in (1, 2)}
    assert counts[1] + counts[2] == 5
    with pytest.raises(SystemExit):
        main(["eval", str(corpus), "--half", "3"])
