"""Links to other sites, as the content kits take them: http(s) only.

Django's `URLField` also accepts `ftp://` and `ftps://`, and a rich-text or free-text field
would take `javascript:`. A person's links and a resource's external links are shown to the
public as `<a href>`, so they go through this one validator, in a model field or a block.
"""

from __future__ import annotations

from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

validate_http_url = URLValidator(
    schemes=["http", "https"],
    message=_("Enter a web address that starts with http:// or https://."),
)


class HttpURLBlock(blocks.URLBlock):
    """A `URLBlock` that refuses every scheme but http and https."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.field.validators = [*self.field.validators, validate_http_url]


class ExternalLinkBlock(blocks.StructBlock):
    """A labelled link to another site (a portfolio, a podcast platform, a publisher)."""

    url = HttpURLBlock(label=_("Address"))
    label = blocks.CharBlock(
        label=_("Label"),
        max_length=120,
        required=False,
        help_text=_("What the link leads to, e.g. “Portfolio”. Empty: the address is shown."),
    )

    class Meta:
        icon = "link-external"
        label = _("Link")
