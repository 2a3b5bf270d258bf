"""The one place where text from articles and geocoders is made safe for the map's HTML.

Leaflet and folium render strings as HTML by design, and folium embeds popup and tooltip
HTML inside JavaScript template literals (`` $(`...`) ``). So a plain ``html.escape`` is not
enough: a backslash before a backtick, a backtick, or ``${...}`` would still reach the
JavaScript parser. Everything that did not come from geomap's own code passes through
:func:`text` (or :func:`json_for_script` when it is bound as data and shown with
``textContent``) before it is placed in the map.

Both also neutralise Jinja's delimiters (``{{``, ``{%``, ``{#`` all start with ``{``):
folium and branca build the page with Jinja, and branca compiles the output of every
macro as a new template. geomap's elements render that output literally
(:mod:`geomap.maps._elements`), so this is the second of two independent walls: either
one alone keeps ``{{ 7*7 }}`` in an article from becoming ``49``.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

__all__ = ["json_for_script", "text"]

# Characters that html.escape leaves alone but a JS template literal (backslash, backtick,
# dollar) or a Jinja template (braces) would interpret.
_EXTRA = str.maketrans({"\\": "&#92;", "`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;"})
# A JSON string token as json.dumps writes it; braces inside one are data, outside structure.
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_BRACES = str.maketrans({"{": "\\u007b", "}": "\\u007d"})


def text(value: object) -> str:
    """Escape any value for use as HTML text or a quoted attribute inside a folium template.

    >>> text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> text("`${document.cookie}` \\\\")
    '&#96;&#36;&#123;document.cookie&#125;&#96; &#92;'
    >>> text("{{ 7*7 }} {% if x %}")
    '&#123;&#123; 7*7 &#125;&#125; &#123;% if x %&#125;'
    """
    if value is None:
        return ""
    return html.escape(str(value), quote=True).translate(_EXTRA)


def json_for_script(value: Any) -> str:
    """JSON that is safe between ``<script>`` tags (no ``</script>``, no HTML comments).

    ``$`` and backticks are escaped too, so article text bound as data never carries
    template-literal syntax into the page, and braces inside strings, so it never carries
    Jinja syntax either (braces of the JSON structure itself are always followed by a quote
    or a closing brace, which opens no Jinja tag). Keys are sorted and separators compact so
    the output is byte-stable.

    >>> json_for_script({"b": "</script>", "a": 1})
    '{"a":1,"b":"\\\\u003c/script\\\\u003e"}'
    >>> json_for_script({"t": "{{7*7}}"})
    '{"t":"\\\\u007b\\\\u007b7*7\\\\u007d\\\\u007d"}'
    """
    out = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    out = _JSON_STRING.sub(lambda m: m.group(0).translate(_JSON_BRACES), out)
    return (
        out.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("$", "\\u0024")
        .replace("`", "\\u0060")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
