"""Guards every public form shares: a honeypot field and a per-address rate limit.

The registration form and the application form are filled in by anyone on the internet. Both
refuse bots the same way: a field people never see (hidden from screen readers too) that only a
bot fills in, and a limit on POSTs per client address (the address as `cms.client_ip` reads it
behind the load balancer). Each form keeps its own rate and its own refusal page and messages,
in the visitor's language; the checks themselves live here, once.
"""

from __future__ import annotations

from dataclasses import dataclass

from django_ratelimit.core import is_ratelimited

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

# A hyphen: no editor's question label can produce this name (Wagtail derives snake_case names).
HONEYPOT_FIELD = "contact-homepage"


def honeypot_field() -> forms.CharField:
    field = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)
    # Out of the tab order and never autofilled: a person cannot reach it by accident.
    field.widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
    return field


class HoneypotMixin:
    """A form with the honeypot: rendered by `cms/includes/honeypot.html`, checked by
    `honeypot_filled`.

    The field is not one of the form's `fields`: it is never validated, never in
    `cleaned_data` and never among the visible fields a template loops over, so the form's own
    fields and their order stay the form's business.
    """

    @property
    def honeypot(self) -> forms.BoundField:
        return honeypot_field().get_bound_field(self, HONEYPOT_FIELD)

    @property
    def honeypot_filled(self) -> bool:
        return bool(self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())


@dataclass(frozen=True)
class RateLimit:
    """POSTs allowed per client address, e.g. `RateLimit("registrations:register", "20/h")`.

    `RATELIMIT_ENABLE = False` (tests, benchmarks) turns every limit off.
    """

    group: str
    rate: str

    def already_exceeded_by(self, request: HttpRequest) -> bool:
        """Whether the address is already over the rate, without counting this request (read
        before the body is: `cms.security.body_limit`)."""
        return is_ratelimited(
            request, group=self.group, key="ip", rate=self.rate, method="POST", increment=False
        )

    def exceeded_by(self, request: HttpRequest) -> bool:
        """Count this POST and say whether the address went over the rate."""
        return is_ratelimited(
            request,
            group=self.group,
            key="ip",
            rate=self.rate,
            method="POST",
            increment=True,
        )
