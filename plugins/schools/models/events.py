"""The event kinds of Arta în Joacă, on the engine's events (calendar, feeds, registrations and
search work unchanged): Pre-Texts trainings (in `programme.py`), workshops and summer camps.

Each may be held in a school of the network (`HeldInSchool`): the school's page lists it from
that link, so nothing is typed twice.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from cms.events.models import EventPage
from plugins.schools.models.held_in_school import HeldInSchool


class SchoolWorkshopPage(EventPage, HeldInSchool):
    """A workshop with an artist for pupils or teachers, online (the engine's "held online") or
    in a school of the network (`school`), or at a venue. Like the engine's events, where it
    happens is not enforced: a draft may not know it yet."""

    parent_page_types = ["schools.SchoolsSectionPage"]

    facilitator = models.CharField(_("facilitator"), max_length=200, blank=True)

    content_panels = [
        *EventPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("school"), FieldPanel("facilitator")],
            heading=_("Workshop"),
        ),
    ]
    override_translatable_fields = [
        *EventPage.override_translatable_fields,
        SynchronizedField("facilitator"),
    ]

    class Meta:
        verbose_name = _("workshop in schools")
        verbose_name_plural = _("workshops in schools")

    def extra_details(self) -> list[tuple[str, str]]:
        details = self.school_detail()
        if self.facilitator:
            details.append((_("Facilitator"), self.facilitator))
        return details


class SummerCampPage(EventPage, HeldInSchool):
    """A summer camp of several days in a rural school of the network, for children of an age
    range; a parent or guardian registers each child."""

    parent_page_types = ["schools.SchoolsSectionPage"]

    min_age = models.PositiveSmallIntegerField(
        _("youngest age"), default=7, validators=[MinValueValidator(3), MaxValueValidator(18)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("oldest age"), default=14, validators=[MinValueValidator(3), MaxValueValidator(18)]
    )

    content_panels = [
        *EventPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("school"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
            ],
            heading=_("Camp"),
        ),
    ]
    override_translatable_fields = [
        *EventPage.override_translatable_fields,
        SynchronizedField("min_age", overridable=False),
        SynchronizedField("max_age", overridable=False),
    ]

    class Meta:
        verbose_name = _("summer camp")
        verbose_name_plural = _("summer camps")

    def clean(self) -> None:
        super().clean()
        from plugins.schools.models.network import SchoolSetting

        errors = {}
        if not self.school_id:
            errors["school"] = _("Choose the rural school that hosts the camp.")
        elif self.school.setting != SchoolSetting.RURAL:
            errors["school"] = _("Summer camps are held in rural schools of the network.")
        if not self.end_date or self.end_date <= self.start_date:
            errors["end_date"] = _("A camp lasts several days: give its last day.")
        if self.recurrence and (self.recurrence.rrules or self.recurrence.rdates):
            errors["recurrence"] = _("A camp is one stay of several days: it does not repeat.")
        if self.min_age and self.max_age and self.max_age < self.min_age:
            errors["max_age"] = _("The oldest age cannot be below the youngest.")
        if errors:
            raise ValidationError(errors)

    def child_age_range(self) -> tuple[int, int]:
        """A parent or guardian registers each child (cms.registrations.guardians)."""
        return (self.min_age, self.max_age)

    def extra_details(self) -> list[tuple[str, str]]:
        return [
            *self.school_detail(),
            (_("Ages"), _("%(min)s to %(max)s years") % {"min": self.min_age, "max": self.max_age}),
        ]


__all__ = ["HeldInSchool", "SchoolWorkshopPage", "SummerCampPage"]
