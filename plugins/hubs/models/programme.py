"""The section of Huburi creative, its events (fora, skills workshops, pitching sessions,
coworking open days, Culturepreneurs coaching and masterclasses) and its calls."""

from __future__ import annotations

from django.db import models
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from cms.events.models import EventPage
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage
from cms.translations import TIME_ZONE


class HubsSectionPage(ProgrammeSectionPage):
    """The section root of Huburi creative."""

    subpage_types = [
        "cms.ContentPage",
        "hubs.HubWorkshopPage",
        "hubs.PeerExchangeCallPage",
        "hubs.HubDirectoryPage",
        "hubs.HubToolsPage",
        "hubs.CulturepreneursCohortPage",
    ]

    class Meta:
        verbose_name = _("Huburi creative section")


class HubWorkshopPage(EventPage):
    """An event of the hubs: a hub forum, a skills workshop, a pitching session, a coworking open
    day, or a Culturepreneurs coaching session, masterclass or module session (then it sits
    under its cohort or module). One that takes applications links its call, whose deadline it
    shows; `application_deadline` is for one that takes them some other way."""

    KINDS = [
        ("forum", _("hub forum")),
        ("workshop", _("skills workshop")),
        ("pitching", _("pitching session")),
        ("open-day", _("coworking open day")),
        ("coaching", _("coaching session")),
        ("masterclass", _("masterclass")),
        ("module", _("module session")),
    ]

    parent_page_types = [
        "hubs.HubsSectionPage",
        "hubs.CulturepreneursCohortPage",
        "hubs.CulturepreneursModulePage",
    ]

    kind = models.CharField(_("kind of event"), max_length=20, choices=KINDS, default="workshop")
    application_call = models.ForeignKey(
        "hubs.PeerExchangeCallPage",
        verbose_name=_("application call"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The call people apply through; its deadline is shown on the event."),
    )
    application_deadline = models.DateField(
        _("application deadline"),
        null=True,
        blank=True,
        help_text=_("Only for an event without a call: the last day to apply."),
    )

    content_panels = [
        *EventPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("application_call"),
                FieldPanel("application_deadline"),
            ],
            heading=_("Kind and applications"),
        ),
    ]

    class Meta:
        verbose_name = _("hub event")
        verbose_name_plural = _("hub events")

    def extra_details(self) -> list[tuple[str, str]]:
        details = [(_("Kind of event"), self.get_kind_display())]
        call = self.application_call.localized if self.application_call_id else None
        if call is not None and call.live:
            # The call's own deadline (its governing page's), in Cluj time, and its page.
            deadline = call.rules_page().closes_at.astimezone(TIME_ZONE)
            details.append(
                (
                    _("Apply by"),
                    format_html(
                        '<time datetime="{}">{}</time>: <a href="{}">{}</a>',
                        deadline.isoformat(),
                        date_format(deadline, "j F Y, H:i"),
                        call.url,
                        call.title,
                    ),
                )
            )
        elif self.application_deadline is not None:
            details.append((_("Apply by"), date_format(self.application_deadline, "j F Y")))
        return details


class PeerExchangeCallPage(OpenCallPage):
    """A call of the creative hubs: the peer-to-peer exchange scheme, a skills workshop, the
    selection of a Culturepreneurs cohort."""

    reference_prefix = "CH"
    parent_page_types = ["hubs.HubsSectionPage"]

    class Meta:
        verbose_name = _("creative hubs call")
        verbose_name_plural = _("creative hubs calls")
