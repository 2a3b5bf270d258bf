"""Names the gazetteer lacks but whose context says *place*: the glue to the geocoder.

A capitalised name after a feature head (``the town of X``, ``im Dorf X``) that no
gazetteer entry matched goes to the fallback geocoder if one is configured, else stays
a row with the reason it is unresolved (never an exception).
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.geoparse._context import Context, Decision, prev_token
from geomap.geoparse._evidence import island_in_name
from geomap.model import Place
from geomap.text import zipf as zipf_frequency

__all__: list[str] = []


def fallback(ctx: Context, chosen: Sequence[Decision]) -> list[Place]:
    """Capitalised names after a feature head that no chosen span covers, geocoded or
    left unresolved with the reason."""
    w, lex = ctx.weights, ctx.lex
    taken = {k for d in chosen for k in range(d.span.i, d.span.j + 1)}
    out: list[Place] = []
    toks = ctx.tokens
    k = 0
    while k < len(toks):
        t = toks[k]
        if not t.is_cap or k in taken or t.fold in ctx.persons or k in ctx.person_idx:
            k += 1
            continue
        p = prev_token(toks, t)
        head = None
        if (
            p is not None
            and p.fold in lex.feature_heads
            and t.gap_before == " "
            and not island_in_name(ctx, p, lex.feature_heads[p.fold])
        ):
            head = lex.feature_heads[p.fold]
        elif p is not None and p.fold in lex.name_links:
            pp = prev_token(toks, p)
            if pp is not None and pp.fold in lex.feature_heads:
                head = lex.feature_heads[pp.fold]
        if head is None or head in lex.heads_after_name:
            k += 1
            continue
        run = [t]
        m = k + 1
        while (
            m < len(toks)
            and toks[m].sentence == t.sentence
            and toks[m].is_cap
            and toks[m].gap_before in (" ", "-")
            and m not in taken
            and len(run) < w.fallback_max_words
        ):
            run.append(toks[m])
            m += 1
        name = ctx.text[run[0].start : run[-1].end]
        if zipf_frequency(name.casefold(), ctx.lang) >= w.fallback_common_zipf:
            k = m
            continue
        out.append(geocode(ctx, name, run[0].start, run[-1].end, t.sentence, head))
        k = m
    return out


def geocode(ctx: Context, name: str, start: int, end: int, sentence: int, head: str) -> Place:
    """The geocoder's answer for ``name`` as a place, or an unresolved row saying why."""
    reason = "not in the gazetteer; the geocoder fallback is off"
    if ctx.geocoder is not None:
        outcome = ctx.geocoder.geocode(name, ctx.lang)
        r = outcome.result
        if r is not None:
            dec = ctx.weights.coordinate_decimals
            return Place(
                mention=name,
                start=start,
                end=end,
                sentence=sentence,
                name=r.name,
                kind=r.kind or head,
                country_code=r.country_code,
                lat=round(r.lat, dec),
                lon=round(r.lon, dec),
                id=f"geocoder:{r.raw_id}" if r.raw_id else None,
                source="geocoder",
                confidence=ctx.weights.geocoder_confidence,
            )
        reason = outcome.reason or "the geocoder found no match"
    return Place(
        mention=name,
        start=start,
        end=end,
        sentence=sentence,
        name=None,
        kind=head,
        country_code=None,
        lat=None,
        lon=None,
        id=None,
        source=None,
        confidence=0.0,
        reason=reason,
    )
