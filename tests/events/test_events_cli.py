"""The events table from the command line: ``geomap check --events-csv FILE``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from geomap.cli import main

# Written for this test: a fictional wire report (other region, other wording than the corpus).
ARTICLE = """MANAUS, 14 March 2025 (AP) - Floods swept through the riverside district of \
Educandos in Manaus on Thursday, and firefighters evacuated 300 families.

The regional governor toured the flooded streets on Friday and said the state would pay \
for new pumps.
"""


def _write(tmp_path: Path) -> Path:
    src = tmp_path / "manaus.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    return src


def test_check_writes_the_events_csv_beside_its_own_output(tmp_path, capsys):
    src = _write(tmp_path)
    out_csv = tmp_path / "events.csv"
    code = main(
        ["check", str(src), "--offline", "--lang", "en", "--date", "2025-03-15",
         "--format", "json", "-o", str(tmp_path / "check.json"), "--events-csv", str(out_csv)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert rows, "no event rows"
    assert {"event_date", "event_type", "location", "latitude", "longitude"} <= set(rows[0])
    flood = next(r for r in rows if r["event_type"] == "disaster")
    assert flood["event_date"] == "2025-03-13"
    assert flood["location"] == "Manaus"
    # the governor's tour is an event, his promise ("would pay") is not
    assert [(r["event_type"], r["event_date"], r["location"]) for r in rows[1:]] == [
        ("meeting", "2025-03-14", "Manaus")
    ]
    assert (tmp_path / "check.json").exists()


def test_events_csv_to_stdout_and_no_silent_overwrite(tmp_path, capsys):
    src = _write(tmp_path)
    code = main(["check", str(src), "--offline", "--lang", "en", "--events-csv", "-",
                 "--format", "json", "-o", str(tmp_path / "c.json")])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("path,event_date,")
    mine = tmp_path / "mine.csv"
    mine.write_text("a,b\n1,2\n", encoding="utf-8")
    code = main(["check", str(src), "--offline", "--lang", "en", "--events-csv", str(mine),
                 "--format", "json", "-o", str(tmp_path / "c.json")])  # fmt: skip
    err = capsys.readouterr().err.strip()
    assert code != 0 and len(err.splitlines()) == 1 and "--force" in err
    assert mine.read_text(encoding="utf-8") == "a,b\n1,2\n"
