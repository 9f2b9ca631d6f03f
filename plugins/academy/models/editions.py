"""Programme editions and their modules.

- `ProgrammeEditionPage`: one edition of a learning programme (Training & Mentoring 2022,
  Business to Culture): theme, audience, eligibility, format, the course director and its call.
  Its children are its modules, and the edition's own events (a launch, a showcase).
- `ModulePage`: a workshop, masterclass, mentoring or meeting module of an edition, taught by
  mentors (profiles). Its children are its sessions: Academy events, so the calendars, feeds and
  registrations serve them unchanged.

Dates live only in the events: an edition's or module's dates, and the edition's timeline, are
read from its events' occurrences and its call's deadline (`plugins.academy.editions`).
"""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.admin_forms import LocalePageForm
from cms.models import BasePage
from cms.ownership import ProgrammeOwned


class EditionFormat(models.TextChoices):
    FACE_TO_FACE = "face_to_face", _("Face to face")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (face to face and online)")


class ModuleKind(models.TextChoices):
    WORKSHOP = "workshop", _("Workshops")
    MASTERCLASS = "masterclass", _("Masterclass")
    MENTORING = "mentoring", _("Mentoring")
    MEETING = "meeting", _("Meetings")


class ModulePageForm(LocalePageForm):
    """Offers the mentors of the module's own language only (the kit's form narrows snippets,
    not pages)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("mentors")
        locale_id = getattr(self.instance, "locale_id", None) or getattr(
            getattr(self, "parent_page", None), "locale_id", None
        )
        if field is not None and locale_id is not None:
            field.queryset = field.queryset.filter(locale_id=locale_id).order_by("title")


class ProgrammeEditionPage(ProgrammeOwned, BasePage):
    """One edition of a learning programme of the Academy."""

    parent_page_types = ["academy.AcademySectionPage"]
    subpage_types = ["academy.ModulePage", "academy.AcademyEventPage"]
    search_type = "programme_edition"

    theme = models.CharField(
        _("theme"), max_length=200, help_text=_("E.g. “Culture as a Public Service”.")
    )
    audience = models.TextField(
        _("who it is for"),
        max_length=600,
        help_text=_("E.g. “25 cultural professionals with at least two years' experience”."),
    )
    participants = models.PositiveSmallIntegerField(
        _("places"), null=True, blank=True, help_text=_("How many participants are selected.")
    )
    eligibility = RichTextField(
        _("eligibility"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    format = models.CharField(_("format"), max_length=20, choices=EditionFormat.choices)
    course_director = models.ForeignKey(
        "academy.MentorPage",
        verbose_name=_("course director"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    call = models.ForeignKey(
        "academy.AcademyCallPage",
        verbose_name=_("call"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The open call participants apply through; its dates join the timeline."),
    )

    content_panels = [
        *BasePage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldPanel("theme"),
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("participants"), FieldPanel("format")]),
                FieldPanel("eligibility"),
            ],
            heading=_("The edition"),
        ),
        FieldPanel("course_director"),
        FieldPanel("call"),
        *BasePage.content_panels[2:],
    ]
    override_translatable_fields = [
        TranslatableField("theme"),
        TranslatableField("audience"),
        TranslatableField("eligibility"),
        SynchronizedField("participants", overridable=False),
        SynchronizedField("format", overridable=False),
        SynchronizedField("course_director"),
        SynchronizedField("call"),
    ]

    class Meta:
        verbose_name = _("programme edition")
        verbose_name_plural = _("programme editions")

    def get_context(self, request, *args, **kwargs):
        from plugins.academy.editions import edition_context

        context = super().get_context(request, *args, **kwargs)
        context.update(edition_context(self))
        return context


class ModulePage(ProgrammeOwned, BasePage):
    """A module of an edition, taught by mentors; its sessions are its child events."""

    parent_page_types = ["academy.ProgrammeEditionPage"]
    subpage_types = ["academy.AcademyEventPage"]
    search_type = "module"

    kind = models.CharField(_("kind"), max_length=20, choices=ModuleKind.choices)
    mentors = ParentalManyToManyField(
        "academy.MentorPage",
        verbose_name=_("mentors"),
        blank=True,
        related_name="+",
        help_text=_("Who teaches the module: the Academy's mentor profiles."),
    )

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("kind"),
        *BasePage.content_panels[1:],
        FieldPanel("mentors", widget=forms.CheckboxSelectMultiple),
    ]
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("mentors"),
    ]
    base_form_class = ModulePageForm

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        from plugins.academy.editions import module_context

        context = super().get_context(request, *args, **kwargs)
        context.update(module_context(self))
        return context
