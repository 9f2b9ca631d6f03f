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


def organization_json_ld(identity) -> dict:
    """The centre itself (`SiteSettings`), for the home page: name, address and contacts."""
    from cms.site_urls import absolute_url

    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": identity.localized_name,
        "url": absolute_url("/"),
        "email": identity.email,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": identity.address,
            "addressCountry": "RO",
        },
    }
    if identity.phone:
        data["telephone"] = identity.phone
    if identity.logo_id:
        data["logo"] = absolute_url(identity.logo.get_rendition("height-240").url)
    if links := [url for _network, url in identity.social_links]:
        data["sameAs"] = links
    return data
