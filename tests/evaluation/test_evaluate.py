"""Readers and metrics of geomap.evaluation, on small inline samples and hand-computed values."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from geomap.errors import CorpusError
from geomap.evaluation import (
    MAX_ERROR_KM,
    GoldDoc,
    GoldToponym,
    Prediction,
    auc_log_error,
    detect_corpus,
    error_km,
    evaluate,
    match_spans,
    miss_kinds,
    read_corpus,
    read_dev,
    read_gwn,
    read_lgl,
    resolution_scores,
    span_scores,
)

LGL_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <title>t</title>
    <text><![CDATA[Alexandria man seen in Memphis St. near Paris.]]></text>
    <toponyms count="3">
      <toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550"><name>Alexandria</name><fclass>P</fclass><fcode>PPL</fcode>
          <lat>31.3113</lat><lon>-92.4451</lon>
          <country geonameid="6252001">United States</country></gaztag></toponym>
      <toponym><start>23</start><end>34</end><phrase>Memphis St.</phrase></toponym>
      <toponym><start>40</start><end>45</end><phrase>Paris</phrase>
        <gaztag geonameid="2988507"><name>Paris</name><fclass>P</fclass><fcode>PPLC</fcode>
          <lat>48.85341</lat><lon>2.3488</lon></gaztag></toponym>
    </toponyms>
  </article>
  <article docid="2">
    <text>No places here.</text>
    <toponyms count="0"/>
  </article>
</articles>
"""

GWN_SAMPLE = """<?xml version="1.0" ?>
<articles>
  <article file="7">
    <title>t</title>
    <text>Moscow said the French citizens left Paris for Berlin.</text>
    <toponyms>
      <toponym><extractedName>Moscow</extractedName><normalisedName/><type>Metonymic</type>
        <modifierType/><nonLocational>No</nonLocational><start>0</start><end>6</end>
        <geonamesID>524901</geonamesID><latitude>55.75</latitude><longitude>37.62</longitude></toponym>
      <toponym><extractedName>French</extractedName><normalisedName/><type>Demonym</type>
        <modifierType/><nonLocational>No</nonLocational><start>16</start><end>22</end></toponym>
      <toponym><extractedName>citizens</extractedName><normalisedName/>
        <type>Non_Lit_Expression</type><modifierType/><nonLocational>Yes</nonLocational>
        <start>23</start><end>31</end></toponym>
      <toponym><extractedName>Paris</extractedName><normalisedName/><type>Literal</type>
        <modifierType/><nonLocational>No</nonLocational><start>37</start><end>42</end>
        <geonamesID/><latitude>48.85</latitude><longitude>2.35</longitude></toponym>
      <toponym><extractedName>Berlin</extractedName><normalisedName/><type>Coercion</type>
        <modifierType/><nonLocational>No</nonLocational><start>47</start><end>53</end></toponym>
      <toponym><extractedName>US</extractedName><normalisedName/><type>Literal</type>
        <modifierType/><nonLocational>No</nonLocational><start>-9</start><end>-7</end>
        <geonamesID/><latitude>39</latitude><longitude>-98</longitude></toponym>
    </toponyms>
  </article>
</articles>
"""


def write(tmp_path: Path, name: str, content: str) -> Path:
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    return p


# ------------------------------------------------------------------ readers


def test_lgl_reader_inline(tmp_path):
    docs = list(read_lgl(write(tmp_path, "lgl.xml", LGL_SAMPLE)))
    assert [d.id for d in docs] == ["1", "2"]
    a = docs[0]
    assert [t.phrase for t in a.toponyms] == ["Alexandria", "Memphis St.", "Paris"]
    assert all(a.text[t.start : t.end] == t.phrase for t in a.toponyms)
    assert a.toponyms[0].lat == pytest.approx(31.3113) and a.toponyms[0].kind == "PPL"
    assert a.toponyms[1].lat is None and a.toponyms[1].lon is None  # no gaztag
    assert docs[1].toponyms == ()


def test_lgl_reader_reanchors_drifted_spans(tmp_path):
    """Offsets counted over another version of the text (TR-News has 115 such spans) are
    moved to the nearest occurrence of their phrase, and counted; LGL's own are untouched."""
    drifted = LGL_SAMPLE.replace("<start>23</start><end>34</end>", "<start>25</start><end>36</end>")
    drifted = drifted.replace("<start>40</start><end>45</end>", "<start>43</start><end>48</end>")
    a = next(read_lgl(write(tmp_path, "drift.xml", drifted)))
    assert [(t.phrase, t.start, t.end) for t in a.toponyms] == [
        ("Alexandria", 0, 10),
        ("Memphis St.", 23, 34),
        ("Paris", 40, 45),
    ]
    assert a.reanchored == 2
    report = evaluate([a], resolver=lambda doc, spans: [None] * len(spans), corpus="lgl")
    assert report.reanchored == 2
    assert next(read_lgl(write(tmp_path, "lgl.xml", LGL_SAMPLE))).reanchored == 0


def test_lgl_reader_keeps_a_span_whose_phrase_is_not_near(tmp_path):
    """No occurrence within the window: the span stays as given (scored as annotated)."""
    far = LGL_SAMPLE.replace("<phrase>Paris</phrase>", "<phrase>Lyons</phrase>")
    a = next(read_lgl(write(tmp_path, "far.xml", far)))
    assert (a.toponyms[2].start, a.toponyms[2].end) == (40, 45)
    assert a.reanchored == 0


def test_gwn_reader_keeps_geotagging_types(tmp_path):
    (doc,) = read_gwn(write(tmp_path, "gwn.xml", GWN_SAMPLE))
    assert doc.id == "7"
    # Demonym and expression left out, negative offsets dropped
    assert [(t.phrase, t.kind) for t in doc.toponyms] == [
        ("Moscow", "Metonymic"),
        ("Paris", "Literal"),
        ("Berlin", "Coercion"),
    ]
    assert doc.toponyms[2].lat is None  # a coercion without coordinates
    assert doc.toponyms[1].lat == pytest.approx(48.85)


def test_gwn_reader_all_types(tmp_path):
    (doc,) = read_gwn(write(tmp_path, "gwn.xml", GWN_SAMPLE), types=None)
    assert [t.phrase for t in doc.toponyms] == ["Moscow", "French", "citizens", "Paris", "Berlin"]
    assert [t.locational for t in doc.toponyms] == [True, True, False, True, True]


def test_detect_and_read_corpus(tmp_path):
    lgl = write(tmp_path, "a.xml", LGL_SAMPLE)
    gwn = write(tmp_path, "b.xml", GWN_SAMPLE)
    assert detect_corpus(lgl) == "lgl"
    assert detect_corpus(gwn) == "gwn"
    assert len(list(read_corpus(lgl, limit=1))) == 1
    assert len(list(read_corpus(gwn, corpus="gwn"))) == 1


@pytest.mark.parametrize(
    "content, message",
    [
        (LGL_SAMPLE[:700], "malformed XML"),
        (LGL_SAMPLE.replace("<start>0</start>", "<start>zero</start>"), "not an integer"),
        (LGL_SAMPLE.replace("<start>0</start>", ""), "missing <start>"),
        (LGL_SAMPLE.replace("<end>45</end>", "<end>450</end>"), "outside the text"),
    ],
)
def test_lgl_malformed(tmp_path, content, message):
    path = write(tmp_path, "bad.xml", content)
    with pytest.raises(CorpusError, match=message):
        list(read_lgl(path))


def test_unknown_and_missing_corpus(tmp_path):
    with pytest.raises(CorpusError, match="no such corpus"):
        detect_corpus(tmp_path / "nope.xml")
    other = write(tmp_path, "o.xml", "<root><item/></root>")
    with pytest.raises(CorpusError, match="not an LGL or GeoWebNews"):
        detect_corpus(other)
    with pytest.raises(CorpusError, match="unknown corpus format"):
        list(read_corpus(other, corpus="conll"))


def test_dev_reader_rejects_bad_offsets(tmp_path):
    write(tmp_path, "01_x.txt", "Flights from Nice to Paris.")
    write(
        tmp_path,
        "01_x.gold.json",
        '{"lang": "en", "places": [{"mention": "Paris", "start": 20, "end": 25,'
        ' "lat": 48.85, "lon": 2.35, "kind": "city"}]}',
    )
    with pytest.raises(CorpusError, match="'Paris' is not at 20-25"):
        list(read_dev(tmp_path))
    write(tmp_path, "01_x.gold.json", '{"lang": "en", "places": [{"mention": "Paris"}]}')
    with pytest.raises(CorpusError, match="malformed gold entry"):
        list(read_dev(tmp_path))


def test_lgl_real_corpus(shared_dir):
    docs = list(read_lgl(shared_dir / "eval" / "lgl.xml"))
    assert len(docs) == 588
    assert sum(len(d.toponyms) for d in docs) == 5088
    assert all(d.text[t.start : t.end] == t.phrase for d in docs for t in d.toponyms)


def test_gwn_real_corpus(shared_dir):
    docs = list(read_gwn(shared_dir / "eval" / "GWN.xml"))
    assert len(docs) == 200
    tops = [t for d in docs for t in d.toponyms]
    # 2,610 annotations of the eight geotagging types, minus two with negative offsets
    assert len(tops) == 2608
    assert sum(1 for t in tops if t.lat is not None) == 2599
    every = [t for d in read_gwn(shared_dir / "eval" / "GWN.xml", types=None) for t in d.toponyms]
    assert len(every) == 6612 - 5  # the five negative-offset annotations


# ------------------------------------------------------------------ metrics


def test_match_spans_exact_and_lenient():
    gold = [(0, 5), (10, 14), (20, 25)]
    pred = [(0, 5), (10, 13), (30, 35)]
    assert match_spans(gold, pred) == [(0, 0)]
    assert match_spans(gold, pred, lenient=True) == [(0, 0), (1, 1)]
    # one long prediction cannot score two gold toponyms
    assert match_spans([(0, 3), (4, 8)], [(0, 8)], lenient=True) == [(1, 0)]
    # duplicates pair once
    assert match_spans([(0, 3)], [(0, 3), (0, 3)]) == [(0, 0)]


def test_span_scores_by_hand():
    s = span_scores(tp=1, fp=2, fn=2)
    assert (s.precision, s.recall, s.f1) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    s = span_scores(tp=3, fp=1, fn=2)  # P 3/4, R 3/5, F1 = 2*0.75*0.6/1.35 = 2/3
    assert (s.precision, s.recall, s.f1) == pytest.approx((0.75, 0.6, 2 / 3))
    assert span_scores(0, 0, 0).f1 == 0.0


def test_error_km_geodesic():
    assert error_km(0, 0, 1, 0) == pytest.approx(110.574, abs=0.01)  # one degree of latitude
    assert error_km(0, 0, 0, 1) == pytest.approx(111.319, abs=0.01)  # one degree on the equator
    assert error_km(52.52, 13.40, 52.52, 13.40) == 0.0
    assert error_km(0, 0, 0, 180) <= MAX_ERROR_KM


def test_auc_by_hand():
    # ys = ln(e+1)/ln(20039) sorted; trapezoids over n-1 unit steps, divided by n-1
    top = math.log(20040.0) / math.log(20039.0)  # the largest error, a hair above 1
    assert auc_log_error([0.0, 20039.0]) == pytest.approx(top / 2)
    assert auc_log_error([20039.0, 0.0, 0.0]) == pytest.approx(top / 4)  # (0 + top/2) / 2
    assert auc_log_error([0.0, 99999.0]) == pytest.approx(top / 2)  # capped at 20,039 km
    e = math.sqrt(20039.0 + 1.0) - 1.0  # ln(e+1) is half of ln(20040)
    half = math.log(20040.0) / 2 / math.log(20039.0)
    assert auc_log_error([e, e, e]) == pytest.approx(half)
    assert auc_log_error([0.0]) == 0.0
    with pytest.raises(ValueError):
        auc_log_error([])


def test_resolution_scores_by_hand():
    r = resolution_scores([0.0, 160.9, 161.0, 5000.0])
    assert r.n == 4
    assert r.acc161 == pytest.approx(0.5)  # strictly below 161 km
    assert r.mean_km == pytest.approx((0 + 160.9 + 161 + 5000) / 4)
    assert r.median_km == pytest.approx(160.95)
    assert resolution_scores([]).acc161 is None


def _doc() -> GoldDoc:
    text = "From Paris to Berlin via Metz."
    return GoldDoc(
        "d",
        text,
        (
            GoldToponym(5, 10, "Paris", 48.8534, 2.3488),
            GoldToponym(14, 20, "Berlin", 52.5244, 13.4105),
            GoldToponym(25, 29, "Metz", None, None),
        ),
    )


def test_evaluate_end_to_end():
    def system(doc):
        return [
            Prediction(5, 10, 48.8534, 2.3488),  # right place
            Prediction(14, 20, None, None),  # found, unresolved: maximal error
            Prediction(25, 28, 49.1, 6.2),  # partial span: lenient only
            Prediction(0, 4, 0.0, 0.0),  # spurious
        ]

    rep = evaluate([_doc()], system=system, corpus="x")
    assert (rep.exact.tp, rep.exact.fp, rep.exact.fn) == (2, 2, 1)
    assert (rep.lenient.tp, rep.lenient.fp, rep.lenient.fn) == (3, 1, 0)
    assert rep.errors == (0.0, MAX_ERROR_KM)
    assert rep.unresolved == 1
    assert rep.resolution.acc161 == pytest.approx(0.5)
    assert rep.to_dict()["exact"]["precision"] == pytest.approx(0.5)
    assert [(m.what, m.phrase) for m in rep.misses] == [
        ("spurious", "From"),
        ("unresolved", "Berlin"),
        ("missed", "Metz"),
        ("spurious", "Met"),
    ]
    assert "misses" not in rep.to_dict()
    assert rep.to_dict(misses=True)["misses"][1]["error_km"] == MAX_ERROR_KM


def test_evaluate_resolution_mode():
    def resolver(doc, spans):
        assert spans == [(5, 10), (14, 20), (25, 29)]
        return [Prediction(5, 10, 48.8534, 2.3488), None, Prediction(25, 29, 49.1, 6.2)]

    rep = evaluate([_doc()], resolver=resolver)
    assert rep.mode == "resolution" and rep.exact is None
    assert rep.errors == (0.0, MAX_ERROR_KM)  # Metz has no gold point
    assert rep.unresolved == 1
    assert [(m.what, m.phrase, m.gold) for m in rep.misses] == [
        ("unresolved", "Berlin", (52.5244, 13.4105))
    ]
    with pytest.raises(ValueError):
        evaluate([_doc()], resolver=lambda d, s: [None])


def test_misses_say_the_gold_kind_and_the_place_taken():
    # a researcher sees which place was taken instead of the gold one, and the far
    # misses counted by gold kind and the kind taken (a state read as a town, a town
    # read as a namesake town)
    text = "Paris, Texas and Georgia and Lima."
    doc = GoldDoc(
        "d",
        text,
        (
            GoldToponym(0, 5, "Paris", 33.66, -95.56, "PPL"),
            GoldToponym(17, 24, "Georgia", 32.75, -83.5, "ADM1"),
            GoldToponym(29, 33, "Lima", 40.74, -84.11, "PPL"),
        ),
    )

    def resolver(doc, spans):
        return [
            Prediction(0, 5, 48.8534, 2.3488, "Paris", "city", "FR"),
            Prediction(17, 24, 41.71, 44.83, "Georgia", "country", "GE"),
            Prediction(29, 33, -12.05, -77.04, "Lima", "city", "PE"),
        ]

    rep = evaluate([doc], resolver=resolver)
    assert [(m.phrase, m.gold_kind, m.predicted) for m in rep.misses] == [
        ("Paris", "PPL", "Paris (city, FR)"),
        ("Georgia", "ADM1", "Georgia (country, GE)"),
        ("Lima", "PPL", "Lima (city, PE)"),
    ]
    assert miss_kinds(rep.misses) == [("PPL", "city", 2), ("ADM1", "country", 1)]
    # a right reading is no miss, an unresolved one counts with no kind taken
    rep = evaluate(
        [doc],
        resolver=lambda d, s: [Prediction(0, 5, 33.66, -95.56, "Paris", "city", "US"), None, None],
    )
    assert miss_kinds(rep.misses) == [("ADM1", "-", 1), ("PPL", "-", 1)]
    assert Prediction(0, 5, 1.0, 2.0).label() is None  # a baseline names no place
    assert Prediction(0, 5, 1.0, 2.0, "X") == Prediction(0, 5, 1.0, 2.0)  # points compare


def test_pipeline_system_counts_roles_by_policy(monkeypatch):
    from types import SimpleNamespace

    from geomap.evaluation import _evaluate as ev

    def place(start, end, role):
        return SimpleNamespace(start=start, end=end, lat=1.0, lon=2.0, role=role)

    seen = {}

    def fake_analyze(text, lang=None, **options):
        seen.update(lang=lang, **options)
        places = (place(0, 7, "adjective"), place(20, 26, "name"), place(30, 40, "derived"))
        return SimpleNamespace(places=places)

    fake = SimpleNamespace(analyze=fake_analyze)
    monkeypatch.setitem(sys.modules, "geomap.pipeline", fake)
    monkeypatch.setattr("geomap.pipeline", fake, raising=False)
    doc = GoldDoc("d", "Russian troops left Berlin.", (), "de")
    names = ev.pipeline_system(verify=False)(doc)
    assert [(p.start, p.end) for p in names] == [(20, 26)]
    assert seen == {"lang": "de", "verify": False}
    both = ev.pipeline_system(adjectives=True)(doc)
    assert [(p.start, p.end) for p in both] == [(0, 7), (20, 26)]
    assert ev.ADJECTIVE_TOPONYMS == {"lgl": True, "gwn": True, "dev": False}
