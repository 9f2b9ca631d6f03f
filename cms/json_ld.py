"""schema.org JSON-LD: one way to put structured data in a page.

Search engines read `<script type="application/ld+json">`; browsers never execute it, so it is
allowed under the site's Content-Security-Policy. Kits build plain dicts (`Place`, `Person`,
`CreativeWork`…) and templates print them with `json_ld_script`.
"""

from __future__ import annotations

import json

from django.utils.html import format_html
from django.utils.safestring import SafeString


def json_ld_script(data) -> SafeString:
    """`<script type="application/ld+json">` with <, > and & escaped like `json_script`."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', SafeString(text))
