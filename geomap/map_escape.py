"""The one place where text from articles and geocoders is made safe for the map's HTML.

Leaflet and folium render strings as HTML by design, and folium embeds popup and tooltip
HTML inside JavaScript template literals (`` $(`...`) ``). So a plain ``html.escape`` is not
enough: a backslash before a backtick, a backtick, or ``${...}`` would still reach the
JavaScript parser. Everything that did not come from geomap's own code passes through
:func:`text` (or :func:`json_for_script` when it is bound as data and shown with
``textContent``) before it is placed in the map.
"""

from __future__ import annotations

import html
import json
from typing import Any

__all__ = ["json_for_script", "text"]

# Characters that html.escape leaves alone but a JS template literal would interpret.
_EXTRA = str.maketrans({"\\": "&#92;", "`": "&#96;", "$": "&#36;"})


def text(value: object) -> str:
    """Escape any value for use as HTML text or a quoted attribute inside a folium template.

    >>> text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> text("`${document.cookie}` \\\\")
    '&#96;&#36;{document.cookie}&#96; &#92;'
    """
    if value is None:
        return ""
    return html.escape(str(value), quote=True).translate(_EXTRA)


def json_for_script(value: Any) -> str:
    """JSON that is safe between ``<script>`` tags (no ``</script>``, no HTML comments).

    ``$`` and backticks are escaped too, so article text bound as data never carries
    template-literal syntax into the page. Keys are sorted and separators compact so the
    output is byte-stable.

    >>> json_for_script({"b": "</script>", "a": 1})
    '{"a":1,"b":"\\\\u003c/script\\\\u003e"}'
    """
    out = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        out.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("$", "\\u0024")
        .replace("`", "\\u0060")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
