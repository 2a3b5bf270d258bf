"""The map's own Leaflet elements (legend, timeline, static GeoJSON) and stable element ids.

Each element is a branca ``MacroElement`` whose template emits a small Leaflet call. Text
from articles never goes into these templates as HTML: it travels as JSON data
(:func:`geomap.maps._escape.json_for_script`) and is shown with ``textContent``, or is
escaped by :func:`geomap.maps._escape.text` when Leaflet insists on HTML (tooltips).

**Rendered once, never parsed as a template.** branca renders a ``MacroElement``'s macros
and then wraps their *output* in ``Element(output)``, whose argument is compiled as a Jinja
template and rendered a second time when the page is assembled; folium's ``Popup`` does
the same. Article text inside that output would be executed (``{{ 7*7 }}`` became ``49``,
and worse). Every element here, and the popups and tooltips built by :func:`popup` and
:func:`tooltip`, put their output into the page as :class:`Literal` text instead: a
template is only ever rendered with article text as a *value*, never compiled from it.
``tests/test_map_injection.py`` walks every element of a built map to keep it that way.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import folium
from branca.element import Element, Figure, MacroElement
from folium.map import Layer
from folium.template import Template

from geomap.maps._escape import json_for_script, text

__all__ = [
    "Attribution",
    "ClaimItem",
    "ClaimsPanel",
    "DownloadButton",
    "FitView",
    "LabelLayout",
    "Legend",
    "LegendRow",
    "Literal",
    "LiteralMacroElement",
    "Pane",
    "SafePopup",
    "SafeTooltip",
    "StaticGeoJson",
    "Timeline",
    "TimelineItem",
    "popup",
    "stable_ids",
    "tooltip",
]

_ID_LOCK = threading.RLock()
#: The media query of a phone-sized screen: there the legend, the timeline and the claims
#: panel start collapsed, so the map itself is visible.
SMALL_SCREEN = "(max-width: 600px), (max-height: 500px)"


@contextlib.contextmanager
def stable_ids(prefix: str) -> Iterator[None]:
    """Give every branca element created inside the block a counter id instead of a random one.

    branca draws ids from ``os.urandom``; with a counter (reset per block) the same map
    renders to the same bytes in every process. The patch is process-wide, so blocks are
    serialised by a lock; ``prefix`` keeps ids of separate blocks (build, render) apart.
    """
    counter = itertools.count(1)
    width = 32 - len(prefix)
    with _ID_LOCK:
        original = Element.__dict__["_generate_id"]
        # setattr: mypy rightly refuses assigning to a method, and this patch means to
        setattr(  # noqa: B010
            Element, "_generate_id", classmethod(lambda cls: f"{prefix}{next(counter):0{width}x}")
        )
        try:
            yield
        finally:
            setattr(Element, "_generate_id", original)  # noqa: B010


class Literal(Element):
    """Text placed in the page exactly as given: never compiled as a Jinja template.

    >>> Literal("{{ 7*7 }} {% if x %}").render()
    '{{ 7*7 }} {% if x %}'
    """

    def __init__(self, content: str) -> None:
        super().__init__()
        self._name = "Literal"
        self.content = str(content)

    def render(self, **kwargs: Any) -> str:
        return self.content


def _figure(element: Element) -> Figure:
    figure = element.get_root()
    if not isinstance(figure, Figure):
        raise TypeError(f"{type(element).__name__} can only be rendered inside a Figure")
    return figure


class LiteralMacroElement(MacroElement):
    """A ``MacroElement`` whose rendered macros go into the page as :class:`Literal` text.

    Same sections and order as branca's ``MacroElement.render``; the only difference is
    that the output is not compiled and rendered a second time.
    """

    # branca types Element.render -> str, but MacroElement.render, which this replaces,
    # returns None (its output goes into the figure)
    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        figure = _figure(self)
        macros = self._template.module.__dict__
        for section in ("header", "html", "script"):
            macro = macros.get(section)
            if macro is not None:
                getattr(figure, section).add_child(
                    Literal(macro(self, kwargs)), name=self.get_name()
                )
        for element in self._children.values():
            element.render(**kwargs)


class SafeTooltip(folium.Tooltip, LiteralMacroElement):
    """folium's ``Tooltip`` rendered once. ``text`` must already be escaped HTML."""


class SafePopup(folium.Popup):
    """folium's ``Popup`` rendered once. ``html`` must already be escaped HTML."""

    # folium's Popup.render returns None too; branca's Element.render says str
    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        for child in self._children.values():
            child.render(**kwargs)
        _figure(self).script.add_child(
            Literal(self._template.render(this=self, kwargs=kwargs)), name=self.get_name()
        )


def tooltip(html: str, *, sticky: bool = True, **options: Any) -> SafeTooltip:
    """A tooltip for a marker or line; ``html`` comes from :func:`geomap.maps._escape.text`.
    ``options`` are Leaflet's (``permanent=True, direction="center", className=...`` for a
    label that always shows)."""
    return SafeTooltip(html, sticky=sticky, **options)


def popup(html: str, *, max_width: int = 420) -> SafePopup:
    """A popup for a marker or line; ``html`` is built from escaped pieces only."""
    return SafePopup(html, max_width=max_width)


class StaticGeoJson(Layer, LiteralMacroElement):
    """A GeoJSON layer with one fixed style, optionally with a (plain-text) tooltip.

    Folium's ``GeoJson`` evaluates a style function per feature and supports HTML
    popups of properties; neither is needed here, and the data is kept as a ready JSON
    string so copying the map before rendering stays cheap.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJSON({{ this.data_json }}, {{ this.options_json }});
        {% if this.tooltip_json %}
        {{ this.get_name() }}.bindTooltip({{ this.tooltip_json }}, {"sticky": true});
        {% endif %}
        {% endmacro %}
        """
    )

    def __init__(
        self,
        data: dict[str, Any],
        *,
        name: str,
        style: dict[str, Any],
        interactive: bool = True,
        tooltip: str | None = None,
        overlay: bool = True,
        control: bool = True,
        show: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = "StaticGeoJson"
        self.data_json = json_for_script(data)
        self.options_json = json_for_script({"style": style, "interactive": interactive})
        # Leaflet sets tooltip strings as innerHTML: escape, then quote as JSON.
        self.tooltip_json = json_for_script(text(tooltip)) if tooltip else ""


class Pane(LiteralMacroElement):
    """A Leaflet map pane at ``z_index``: claim lines are drawn in one above the marker pane
    (600), so a short line between two pins can still be hovered and clicked. Add it to the
    map before the layers that use it. Carries no text."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.createPane({{ this.name_json }}).style.zIndex =
            {{ this.z_index }};
        {% endmacro %}
        """
    )

    def __init__(self, name: str, z_index: int) -> None:
        super().__init__()
        self._name = "Pane"
        self.name_json = json_for_script(name)
        self.z_index = int(z_index)


class Attribution(LiteralMacroElement):
    """Credit lines in Leaflet's attribution control (bottom right). Leaflet sets them as
    HTML, so each is escaped first; they are geomap's own text anyway."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.setPrefix(false);
        {{ this.items_json }}.forEach(function (a) {
            {{ this._parent.get_name() }}.attributionControl.addAttribution(a);
        });
        {% endmacro %}
        """
    )

    def __init__(self, items: Sequence[str]) -> None:
        super().__init__()
        self._name = "Attribution"
        self.items_json = json_for_script([text(i) for i in items])


class DownloadButton(LiteralMacroElement):
    """A top-left button that saves ``data`` (the map's GeoJSON, already in the page) as a
    file: a Blob and a temporary link, so it works offline from a ``file:`` page."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var data = {{ this.data_json }};
            var words = {{ this.words_json }};
            var control = L.control({position: "topleft"});
            control.onAdd = function () {
                var div = L.DomUtil.create("div", "leaflet-bar geomap-download");
                var a = L.DomUtil.create("a", "", div);
                a.href = "#";
                a.setAttribute("role", "button");
                a.title = words.title;
                a.textContent = words.label;
                a.style.width = "auto";
                a.style.padding = "0 6px";
                a.style.font = "bold 11px/30px sans-serif";
                L.DomEvent.on(a, "click", function (ev) {
                    L.DomEvent.preventDefault(ev);
                    var blob = new Blob([JSON.stringify(data, null, 1)],
                        {type: "application/geo+json"});
                    var link = document.createElement("a");
                    link.href = URL.createObjectURL(blob);
                    link.download = words.file;
                    document.body.appendChild(link);
                    link.click();
                    setTimeout(function () {
                        URL.revokeObjectURL(link.href);
                        link.remove();
                    }, 0);
                });
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, data: Any, *, label: str, title: str, file_name: str) -> None:
        super().__init__()
        self._name = "DownloadButton"
        self.data_json = json_for_script(data)
        self.words_json = json_for_script({"label": label, "title": title, "file": file_name})


class FitView(LiteralMacroElement):
    """Open the map on ``bounds`` at once, without folium's animated ``fitBounds``.

    An animated zoom from the world view right at load left parts of the SVG layer
    unpainted in Chromium until the next pan; the map has nothing to animate from anyway.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }}, o = {{ this.options_json }};
            // keep the data clear of the open panels on the right (claims, legend)
            var right = 0;
            map.getContainer().querySelectorAll(".leaflet-right details[open]").forEach(
                function (d) { right = Math.max(right, d.getBoundingClientRect().width); });
            var size = map.getSize();
            if (right && size.x - right > 2 * right / 3) {
                o.paddingTopLeft = o.padding;
                o.paddingBottomRight = [right + o.padding[0], o.padding[1]];
                delete o.padding;
            }
            map.fitBounds({{ this.bounds_json }}, o);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]], *, padding: int = 30, max_zoom: int = 9) -> None:
        super().__init__()
        self._name = "FitView"
        self.bounds_json = json_for_script(bounds)
        self.options_json = json_for_script(
            {"padding": [padding, padding], "maxZoom": max_zoom, "animate": False}
        )


class LabelLayout(LiteralMacroElement):
    """Keeps the map's permanent labels (claim lines' stated / computed, the main places'
    names) from covering each other: after the view is set, and after every zoom or layer
    change (and when a cluster lets pins out), each label in turn (claim labels first, then
    places by rank) takes the first spot of a few around its anchor that overlaps no label
    already placed (and, if it can, no pin); a label with no free spot is hidden until the
    next zoom. Labels are Leaflet
    tooltips, so they are moved with margins (Leaflet owns their ``transform``). Carries
    no text."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .geomap-label.geomap-place-label { font: bold 11px/1.2 sans-serif; padding: 1px 4px;
          background: rgba(255,255,255,0.88); border: 1px solid #888; box-shadow: none; }
        .geomap-label.geomap-place-label::before { display: none; }
        .geomap-label.geomap-hidden { visibility: hidden; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var o = {{ this.options_json }};
            function rank(el) {
                if (el.classList.contains("geomap-claim-label")) { return -1; }
                var m = / geomap-rank-([0-9]+)/.exec(" " + el.className);
                return m ? Number(m[1]) : 1e6;
            }
            function hit(a, b) {
                return a.left < b.right - o.tolerance && b.left < a.right - o.tolerance &&
                    a.top < b.bottom - o.tolerance && b.top < a.bottom - o.tolerance;
            }
            function shifted(r, dx, dy) {
                return {left: r.left + dx, right: r.right + dx, top: r.top + dy,
                        bottom: r.bottom + dy};
            }
            function layout() {
                var root = map.getContainer();
                var labels = Array.prototype.slice.call(root.querySelectorAll(".geomap-label"));
                labels.forEach(function (el) {
                    el.style.marginLeft = "";
                    el.style.marginTop = "";
                    el.classList.remove("geomap-hidden");
                });
                labels = labels.map(function (el, i) { return [rank(el), i, el]; });
                labels.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
                var pins = Array.prototype.map.call(
                    root.querySelectorAll(".leaflet-marker-pane .leaflet-marker-icon"),
                    function (el) { return el.getBoundingClientRect(); });
                // read every box first, then write: one layout, not one per label
                var boxes = labels.map(function (t) { return t[2].getBoundingClientRect(); });
                var taken = [], picks = [];
                labels.forEach(function (t, k) {
                    var el = t[2], r = boxes[k];
                    var w = r.right - r.left, h = r.bottom - r.top, g = o.gap;
                    var moves = el.classList.contains("geomap-claim-label")
                        ? [[0, 0], [0, -(h + g)], [0, h + g], [w / 2 + g, 0], [-(w / 2 + g), 0],
                           [0, -2 * (h + g)], [0, 2 * (h + g)]]
                        : [[0, 0], [0, -(h / 2 + g)], [0, h / 2 + g],
                           [-(w + o.pinWidth + g), 0], [-(w + o.pinWidth + g), -(h / 2 + g)],
                           [-(w + o.pinWidth + g), h / 2 + g],
                           // centred under the pin's tip, then over its head
                           [-(w + o.pinWidth) / 2, o.pinHeight / 2 + h / 2 + g],
                           [-(w + o.pinWidth) / 2, -(o.pinHeight / 2 + h / 2 + g)]];
                    var free = function (box, withPins) {
                        return !taken.some(function (b) { return hit(box, b); }) &&
                            !(withPins && pins.some(function (b) { return hit(box, b); }));
                    };
                    var pick = null;
                    [true, false].some(function (withPins) {
                        return moves.some(function (mv) {
                            if (free(shifted(r, mv[0], mv[1]), withPins)) { pick = mv; }
                            return pick !== null;
                        });
                    });
                    picks.push(pick);
                    if (pick !== null) { taken.push(shifted(r, pick[0], pick[1])); }
                });
                labels.forEach(function (t, k) {
                    var el = t[2], pick = picks[k];
                    if (pick === null) {
                        el.classList.add("geomap-hidden");
                    } else {
                        el.style.marginLeft = pick[0] + "px";
                        el.style.marginTop = pick[1] + "px";
                    }
                });
            }
            layout();
            // again after a zoom, a layer switched, a resize, or pins a cluster let out
            // (layeradd): once per frame however many layers came
            var pending = false;
            map.on("zoomend overlayadd overlayremove resize layeradd", function () {
                if (pending) { return; }
                pending = true;
                window.requestAnimationFrame(function () { pending = false; layout(); });
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(
        self, *, gap: int = 2, tolerance: int = 1, pin_width: int = 28, pin_height: int = 48
    ) -> None:
        super().__init__()
        self._name = "LabelLayout"
        self.options_json = json_for_script(
            {"gap": gap, "tolerance": tolerance, "pinWidth": pin_width, "pinHeight": pin_height}
        )


@dataclass(frozen=True, slots=True)
class LegendRow:
    """One legend entry: a swatch (marker colour, or a line colour and dash) and a label;
    with an empty ``color``, a plain note."""

    label: str
    color: str = ""
    icon: str | None = None  # Font Awesome name for marker rows
    line: bool = False
    dash: str | None = None


class Legend(LiteralMacroElement):
    """A bottom-right Leaflet control explaining marker kinds and line colours."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .geomap-legend { background: rgba(255,255,255,0.92); padding: 4px 8px;
          font: 11px/1.3 sans-serif; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3);
          max-width: 230px; max-height: 60vh; overflow-y: auto; }
        .geomap-legend summary { font-weight: bold; cursor: pointer; }
        .geomap-legend h4 { font-size: 11px; font-weight: bold; margin: 4px 0 1px; }
        .geomap-legend .geomap-row { display: flex; align-items: center; gap: 5px; margin: 1px 0; }
        .geomap-legend .geomap-sw { width: 14px; height: 14px; border-radius: 50%; color: #fff;
          font-size: 8px; display: inline-flex; align-items: center; justify-content: center;
          flex: none; }
        .geomap-legend .geomap-ln { width: 20px; height: 0; border-top: 3px solid; flex: none; }
        .geomap-legend .geomap-note { display: block; color: #555; max-width: 220px; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var sections = {{ this.sections_json }};
            var control = L.control({position: "bottomright"});
            control.onAdd = function () {
                var div = L.DomUtil.create("details", "geomap-legend");
                div.open = !window.matchMedia({{ this.small_json }}).matches;
                L.DomUtil.create("summary", "", div).textContent = {{ this.title_json }};
                sections.forEach(function (section) {
                    L.DomUtil.create("h4", "", div).textContent = section.title;
                    section.rows.forEach(function (r) {
                        var row = L.DomUtil.create("div", "geomap-row", div);
                        if (!r.color) {
                            row.className = "geomap-row geomap-note";
                            row.textContent = r.label;
                            return;
                        }
                        var sw = L.DomUtil.create("span", r.line ? "geomap-ln" : "geomap-sw", row);
                        if (r.line) {
                            sw.style.borderTopColor = r.color;
                            // a short first dash ("2 7") is drawn dotted on the map
                            if (r.dash) {
                                sw.style.borderTopStyle =
                                    parseFloat(r.dash) <= 3 ? "dotted" : "dashed";
                            }
                        } else {
                            sw.style.background = r.color;
                            if (r.icon) { L.DomUtil.create("i", "fa fa-" + r.icon, sw); }
                        }
                        L.DomUtil.create("span", "", row).textContent = r.label;
                    });
                });
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(
        self, sections: Sequence[tuple[str, Sequence[LegendRow]]], *, title: str = "Legend"
    ) -> None:
        super().__init__()
        self._name = "Legend"
        self.title_json = json_for_script(title)
        self.small_json = json_for_script(SMALL_SCREEN)
        self.sections_json = json_for_script(
            [
                {
                    "title": title,
                    "rows": [
                        {
                            "label": r.label,
                            "color": r.color,
                            "icon": r.icon,
                            "line": r.line,
                            "dash": r.dash,
                        }
                        for r in rows
                    ],
                }
                for title, rows in sections
            ]
        )


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """An event in the timeline: its date label, a one-line description, and its marker."""

    date: str
    label: str
    marker: Element | None


class Timeline(LiteralMacroElement):
    """A bottom-left control listing dated events in order; clicking one flies to its marker.

    A plain Leaflet control rather than ``leaflet.timeline``: it needs no extra library,
    works offline, and shows every event at once (news articles have a handful).
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .geomap-timeline { background: rgba(255,255,255,0.92); padding: 6px 8px;
          font: 12px/1.35 sans-serif; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3);
          max-width: 320px; max-height: 40vh; overflow-y: auto; }
        .geomap-timeline summary { font-weight: bold; cursor: pointer; }
        .geomap-timeline ol { margin: 0; padding-left: 18px; }
        .geomap-timeline li.geomap-go { cursor: pointer; }
        .geomap-timeline li.geomap-go:hover { text-decoration: underline; }
        .geomap-timeline .geomap-date { font-weight: bold; margin-right: 4px; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var items = {{ this.items_json }};
            var markers = [{% for m in this.markers -%}
                {{ m.get_name() if m else "null" }}{{ "," if not loop.last }}
            {%- endfor %}];
            var control = L.control({position: "bottomleft"});
            control.onAdd = function () {
                var div = L.DomUtil.create("details", "geomap-timeline");
                div.open = !window.matchMedia({{ this.small_json }}).matches;
                var h = L.DomUtil.create("summary", "", div);
                h.textContent = {{ this.title_json }};
                var ol = L.DomUtil.create("ol", "", div);
                items.forEach(function (item, i) {
                    var li = L.DomUtil.create("li", "", ol);
                    var date = L.DomUtil.create("span", "geomap-date", li);
                    date.textContent = item.date;
                    li.appendChild(document.createTextNode(item.label));
                    var marker = markers[i];
                    if (marker) {
                        li.className = "geomap-go";
                        li.tabIndex = 0;
                        var go = function () {
                            map.flyTo(marker.getLatLng(), Math.max(map.getZoom(), 6));
                            marker.openPopup();
                        };
                        L.DomEvent.on(li, "click", go);
                        L.DomEvent.on(li, "keydown", function (ev) {
                            if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); }
                        });
                    }
                });
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            control.addTo(map);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, items: Sequence[TimelineItem], *, title: str = "Timeline") -> None:
        super().__init__()
        self._name = "Timeline"
        self.items_json = json_for_script([{"date": i.date, "label": i.label} for i in items])
        self.title_json = json_for_script(title)
        self.small_json = json_for_script(SMALL_SCREEN)
        self.markers = [i.marker for i in items]


@dataclass(frozen=True, slots=True)
class ClaimItem:
    """A claim in the claims panel: plain text (shown with ``textContent``) and the
    invisible hit line a click zooms to and opens (``None``: nothing drawn)."""

    verdict: str
    glyph: str
    title: str
    numbers: str
    why: str
    line: Element | None


class ClaimsPanel(LiteralMacroElement):
    """A top-right control listing the claims, false ones first: a headline (``1 of 3
    claims false``), then per claim its verdict glyph, subject and reference, stated vs
    computed and the one-line explanation. A click (or Enter) zooms to the claim's line and
    opens its popup."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .geomap-claims { background: rgba(255,255,255,0.95); padding: 6px 8px;
          font: 12px/1.35 sans-serif; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3);
          max-width: min(340px, calc(100vw - 70px)); max-height: 45vh; overflow-y: auto; }
        .geomap-claims summary { font-weight: bold; cursor: pointer; }
        .geomap-claims ol { margin: 4px 0 0; padding-left: 0; list-style: none; }
        .geomap-claims li { margin: 0 0 6px; padding-left: 6px; border-left: 4px solid; }
        .geomap-claims li.geomap-go { cursor: pointer; }
        .geomap-claims li.geomap-go:hover .geomap-claim-head { text-decoration: underline; }
        .geomap-claims .geomap-claim-head { font-weight: bold; }
        .geomap-claims .geomap-glyph { display: inline-block; width: 1.2em; }
        .geomap-claims .geomap-claim-why { color: #444; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var data = {{ this.data_json }};
            var lines = [{% for m in this.lines -%}
                {{ m.get_name() if m else "null" }}{{ "," if not loop.last }}
            {%- endfor %}];
            var control = L.control({position: "topright"});
            control.onAdd = function () {
                var div = L.DomUtil.create("details", "geomap-claims");
                div.open = !window.matchMedia(data.small).matches;
                L.DomUtil.create("summary", "", div).textContent = data.title;
                var ol = L.DomUtil.create("ol", "", div);
                data.items.forEach(function (item, i) {
                    var li = L.DomUtil.create("li", "geomap-claim-" + item.verdict, ol);
                    li.style.borderLeftColor = item.color;
                    var head = L.DomUtil.create("div", "geomap-claim-head", li);
                    L.DomUtil.create("span", "geomap-glyph", head).textContent = item.glyph;
                    head.appendChild(document.createTextNode(item.title));
                    L.DomUtil.create("div", "geomap-claim-nums", li).textContent = item.numbers;
                    L.DomUtil.create("div", "geomap-claim-why", li).textContent = item.why;
                    var line = lines[i];
                    if (line) {
                        li.className += " geomap-go";
                        li.tabIndex = 0;
                        var go = function () {
                            // on a phone the panel would cover the popup it opens
                            if (window.matchMedia(data.small).matches) { div.open = false; }
                            map.fitBounds(line.getBounds(),
                                {padding: [40, 40], maxZoom: 9, animate: false});
                            line.openPopup(line.getCenter());
                        };
                        L.DomEvent.on(li, "click", go);
                        L.DomEvent.on(li, "keydown", function (ev) {
                            if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); }
                        });
                    }
                });
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            control.addTo(map);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, items: Sequence[ClaimItem], *, title: str, colors: dict[str, str]) -> None:
        super().__init__()
        self._name = "ClaimsPanel"
        self.data_json = json_for_script(
            {
                "title": title,
                "small": SMALL_SCREEN,
                "items": [
                    {
                        "verdict": i.verdict,
                        "color": colors.get(i.verdict, "#777"),
                        "glyph": i.glyph,
                        "title": i.title,
                        "numbers": i.numbers,
                        "why": i.why,
                    }
                    for i in items
                ],
            }
        )
        self.lines = [i.line for i in items]
