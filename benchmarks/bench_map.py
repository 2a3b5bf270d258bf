"""Map benchmark: HTML size and time to draw in headless Chromium (targets: <= 2 MB, <= 1 s).

Two inputs: the bundled example through the whole pipeline, and a synthetic "rich"
analysis (8 countries outlined, 60 places, 20 claims with lines and rings, 12 dated
events) built from the gazetteer's own country list, so it runs on any machine.

    .venv/bin/python benchmarks/bench_map.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("GEOMAP_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer  # noqa: E402
from geomap.maps import build_map, render_html  # noqa: E402
from geomap.model import (  # noqa: E402
    Analysis,
    Claim,
    Document,
    Event,
    Place,
    PlaceRef,
    RangeRing,
    Sentence,
    Stated,
)

CHROMIUM = "/usr/bin/chromium"
MAX_BYTES = 2_000_000
MAX_DRAW_S = 1.0


def rich_analysis(gaz) -> Analysis:
    countries = [c for c in gaz.countries() if c.lat is not None][::25][:8]
    lines, places, claims, events = [], [], [], []
    offset = 0

    def sentence(s: str) -> int:
        nonlocal offset
        lines.append(s)
        offset += len(s) + 1
        return len(lines) - 1

    for i, c in enumerate(countries):
        s = sentence(f"{c.name} <said> something about its cities & `towns` ${i}.")
        start = offset - len(lines[-1]) - 1
        places.append(
            Place(
                c.name,
                start,
                start + len(c.name),
                s,
                c.name,
                "country",
                c.country_code,
                c.lat,
                c.lon,
                c.id,
                "gazetteer",
                0.9,
            )
        )
        for j in range(7):
            lat, lon = c.lat + (j - 3) * 0.7, c.lon + (j % 3 - 1) * 0.9
            name = f"Town {i}-{j}"
            s = sentence(f"{name} lies {50 + j * 40} km from the capital of {c.name}.")
            start = offset - len(lines[-1]) - 1
            places.append(
                Place(
                    name,
                    start,
                    start + len(name),
                    s,
                    name,
                    "city",
                    c.country_code,
                    lat,
                    lon,
                    f"synthetic:{i}-{j}",
                    "gazetteer",
                    0.8,
                )
            )
            if j < 3 and len(claims) < 20:
                a, b = places[-1], places[0 if i == 0 else -j - 1]
                claims.append(
                    Claim(
                        text=lines[-1],
                        sentence=s,
                        start=start,
                        end=start + 20,
                        stated=Stated(50.0 + j * 40, "km", ["lower", "approx", "exact"][j], "x"),
                        stated_km=50.0 + j * 40,
                        form="point",
                        subject=PlaceRef(a.name, "city", a.id, a.lat, a.lon),
                        reference=PlaceRef(b.name, b.kind, b.id, b.lat, b.lon),
                        computed_km=100.0 + j,
                        verdict=["consistent", "inconsistent", "unverifiable"][j],
                        ring=RangeRing(a.lat, a.lon, 200.0, a.name) if j == 2 else None,
                    )
                )
            if j == 0 or (j == 1 and i < 4):
                events.append(
                    Event(
                        "meeting",
                        "met",
                        ("A", "B"),
                        f"synthetic:{i}-{j}",
                        name,
                        lat,
                        lon,
                        f"2024-0{1 + i % 9}-1{j}",
                        None,
                        "day",
                        None,
                        s,
                        start,
                        start + 5,
                        0.8,
                        index=len(events),
                    )
                )
    text = "\n".join(lines)
    sents, pos = [], 0
    for k, line in enumerate(lines):
        sents.append(Sentence(k, pos, pos + len(line), line))
        pos += len(line) + 1
    doc = Document(text=text, language="en", sentences=tuple(sents), path="rich.txt")
    return Analysis(doc, tuple(places), tuple(claims), tuple(events))


def example_analysis(gaz) -> Analysis | None:
    try:
        from geomap.pipeline import analyze
    except ImportError:
        return None
    examples = sorted((ROOT / "geomap" / "examples").glob("*.txt"))
    if not examples:
        return None
    return analyze(examples[0].read_text(encoding="utf-8"), path=str(examples[0]), gazetteer=gaz)


def draw_times(paths: list[Path], repeat: int = 3) -> dict[Path, list[float]]:
    from playwright.sync_api import sync_playwright

    out: dict[Path, list[float]] = {p: [] for p in paths}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for path in paths:
            for _ in range(repeat):
                page = browser.new_page(viewport={"width": 1200, "height": 800})
                page.route(
                    "**/*",
                    lambda r: (
                        r.continue_()
                        if r.request.url.startswith(("file:", "data:", "blob:"))
                        else r.abort()
                    ),
                )
                t0 = time.perf_counter()
                page.goto(path.as_uri())
                page.wait_for_function(
                    "window.L !== undefined && document.querySelector('.leaflet-marker-pane > *')"
                    " && document.fonts.status === 'loaded'"
                )
                page.evaluate("new Promise(r => requestAnimationFrame(() => r()))")
                out[path].append(time.perf_counter() - t0)
                page.close()
        browser.close()
    return out


def main() -> int:
    gaz = Gazetteer.open()
    inputs = {"rich": rich_analysis(gaz)}
    example = example_analysis(gaz)
    if example is not None:
        inputs["example"] = example
    tmp = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    paths, ok = {}, True
    for name, analysis in inputs.items():
        t0 = time.perf_counter()
        m = build_map([analysis], gaz)
        t1 = time.perf_counter()
        page = render_html(m)
        t2 = time.perf_counter()
        paths[name] = tmp / f"{name}.html"
        paths[name].write_text(page, encoding="utf-8")
        size = len(page.encode())
        ok &= size <= MAX_BYTES
        print(
            f"{name:8s} places={len(analysis.places):3d} claims={len(analysis.claims):2d} "
            f"events={len(analysis.events):2d}  build {t1 - t0:.2f} s  render {t2 - t1:.2f} s  "
            f"size {size / 1e6:.2f} MB (target <= {MAX_BYTES / 1e6:.0f} MB)"
        )
    if Path(CHROMIUM).exists():
        for name, times in zip(paths, draw_times(list(paths.values())).values(), strict=True):
            med = statistics.median(times)
            ok &= med <= MAX_DRAW_S
            print(
                f"{name:8s} draw in Chromium: median {med:.2f} s of {len(times)} "
                f"(target <= {MAX_DRAW_S:.0f} s)"
            )
    else:
        print("chromium missing: draw time not measured")
    print("OK" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
