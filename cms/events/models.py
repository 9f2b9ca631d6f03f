"""The events engine's data: venues, audiences, the event page, and its materialised occurrences.

How the pieces relate:

- `EventPage` is the one concrete event page model. Plugins subclass it (multi-table) for their
  own event types, so the unified calendar is one query over one table. Its dates are wall-clock
  time in Europe/Bucharest: a local start date and time in fields of their own, and, for a series,
  a django-recurrence `RecurrenceField` holding only the rules, extra dates and excluded dates
  (never a DTSTART: django-recurrence serialises that as UTC and a summer expansion drifts by an
  hour).
- The Romanian and English pages of one event share a `translation_key`. An `EventSeries` row is
  keyed by that very UUID, so both pages point at the same series without a foreign key from
  either locale's copy, and `Occurrence` rows hang off the series. Registrations (a later issue)
  hang off occurrences, which is why re-publishing keeps an occurrence's id.
- `Occurrence` rows are written by `cms.events.materialise.materialise` when a page is published,
  unpublished or deleted, and by `extend_occurrences` as the horizon rolls on. Public views read
  only this table (plus the pages for titles); no request expands a rule.
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass

from recurrence.fields import RecurrenceField

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.admin_forms import LocalePageForm
from cms.blocks import BodyBlock
from cms.events.registration_fields import RegistrationSettings
from cms.events.repeat_editor import HoursMinutesWidget, RepeatWidget
from cms.events.rule_words import recurrence_in_words
from cms.events.schedule import Schedule, validate_schedule
from cms.ownership import ProgrammeOwned
from cms.page_image import PageImage
from cms.people.blocks import PeopleBlock
from cms.places.models import Place
from cms.translations import TIME_ZONE

# --- snippets -----------------------------------------------------------------------------------


class Venue(TranslatableMixin, Place):
    """Where events happen (CLTP Hub, Qub, Pavilionul ECCA…): a `Place` with a name. Its name
    and address read differently in English; the coordinates are the same in every locale
    (synchronised, see `Place.override_translatable_fields`)."""

    name = models.CharField(_("name"), max_length=200)

    panels = [FieldPanel("name"), *Place.place_panels]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Audience(TranslatableMixin, models.Model):
    """Who an event is for (families, teachers, young people 16–25…). Translatable."""

    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


# --- the event page -----------------------------------------------------------------------------


class EventBodyBlock(BodyBlock):
    """An event's body: the site's blocks, and who leads it (facilitators, artists, mentors),
    each person shown in the page's language, with consent only, linked to their profiles."""

    people = PeopleBlock()


@dataclass(frozen=True)
class DateDetails:
    """What one date of a series says of itself (`EventPage.date_details`): its own title and
    description, and whether that date is held online (None: as the event says)."""

    title: str
    description: str = ""
    online: bool | None = None


class EventPage(ProgrammeOwned, RegistrationSettings, PageImage, Page):
    """An event of a programme: one date/time span, or a recurring series.

    `programme` is set on save by `cms.ownership`: from the plugin app of a subclass, or else
    from the programme section the page lives under; calendars filter on it (denormalised onto
    occurrences). The engine's own type is not created in the admin: each plugin offers its
    event types.
    """

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences, shown in listings.")
    )
    body = StreamField(EventBodyBlock(), blank=True, verbose_name=_("body"))
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online = models.BooleanField(
        _("held online"),
        default=False,
        help_text=_("Also or only online (a meeting or a stream); with no venue, only online."),
    )
    online_url = models.URLField(
        _("online address"),
        blank=True,
        help_text=_(
            "The public link of a stream. Leave empty when the link is sent only to the people "
            "who register."
        ),
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audiences"), blank=True, related_name="+"
    )

    start_date = models.DateField(
        _("start date"), help_text=_("The first day (local time, Cluj-Napoca).")
    )
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for all-day events.")
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("For a one-off event spanning several days: its last day."),
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    # RecurrenceField's first positional argument is `include_dtstart`, not the verbose name.
    recurrence = RecurrenceField(
        verbose_name=_("repeats"),
        blank=True,
        null=True,
        help_text=_(
            "How often the event repeats, which days and months, when it ends, and dates added "
            "or left out. Each date starts at the start time; the start date is always the "
            "first date."
        ),
    )
    duration = models.DurationField(
        _("duration"),
        null=True,
        blank=True,
        help_text=_("How long each date of a series lasts, in hours and minutes."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        *PageImage.image_panels,
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("online"), FieldPanel("online_url")]),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("all_day"),
                FieldPanel("recurrence", widget=RepeatWidget),
                FieldPanel("duration", widget=HoursMinutesWidget),
            ],
            heading=_("When"),
        ),
        *RegistrationSettings.registration_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    # One stream for every language; wagtail-localize would offer an address for translation.
    override_translatable_fields = [SynchronizedField("online_url")]
    base_form_class = LocalePageForm  # venues and audiences of the page's language only

    is_creatable = False  # plugins' event types are; this one only by code (tests, subclasses)
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- derived values -------------------------------------------------------------------------

    @property
    def is_recurring(self) -> bool:
        return self.schedule.is_recurring

    @property
    def schedule(self) -> Schedule:
        """The "When" panel as plain values, for expansion and validation (cms.events.schedule)."""
        return Schedule(
            start_date=self.start_date,
            start_time=self.start_time,
            end_date=self.end_date,
            end_time=self.end_time,
            all_day=self.all_day,
            recurrence=self.recurrence,
            duration=self.duration,
        )

    def recurrence_text(self) -> str:
        """The rules in words, in the active language (see `cms.events.rule_words`)."""
        return recurrence_in_words(self.recurrence)

    def extra_details(self) -> list[tuple[str, str]]:
        """(label, value) pairs a subclass shows on its page, e.g. a facilitator or commune."""
        return []

    def date_details(self, occurrence: Occurrence) -> DateDetails | None:
        """One date's own title and description (a monthly meeting's topic and guests), or None
        (the default): the event's title and summary serve. A subclass answers from its own
        fields only (no query): the event page, its JSON-LD and the iCalendar feeds call it
        for every date they show, on the specific page (`cms.events.calendar.date_details_of`
        fetches those in one query per event type that answers). Match a date by its
        `occurrence.original_date`, so a moved date keeps its topic."""
        return None

    # --- saving and validation ------------------------------------------------------------------

    def clean(self) -> None:
        super().clean()
        validate_schedule(self.schedule)
        if self.online_url and not self.online:
            raise ValidationError(
                {"online": _("An event with an online address is held online: tick this box.")}
            )

    def event_place(self):
        """Where an event without a venue happens, as a place-kit object (`cms.places.Place`,
        with `place_json_ld()`), or None. A plugin's event type may answer, e.g. the commune an
        in-situ day is held in; the JSON-LD's `location` then names it."""
        return None

    def get_template(self, request, *args, **kwargs):
        # A plugin may ship `<app>/<model>.html`; otherwise the engine's event template serves.
        from django.template.loader import select_template

        return select_template(
            [super().get_template(request, *args, **kwargs), "events/event_page.html"]
        ).template.name

    def get_context(self, request, *args, **kwargs):
        # The page's dates, venue and feed are read where the calendars' queries are
        # (cms.events.calendar), which reads this module: the app's configuration, above both,
        # hands them over, so this module never imports the calendar.
        context = super().get_context(request, *args, **kwargs)
        context.update(apps.get_app_config("events").event_page_context(self, request))
        return context


# --- occurrences --------------------------------------------------------------------------------


class EventSeries(models.Model):
    """One event as all its translations share it: the primary key IS the pages' translation_key.

    Keyed this way (rather than by a foreign key to one locale's page) because the Romanian and
    English pages are one event: both find their occurrences with `translation_key`, and an
    unpublished English draft never owns or hides anything. The row also remembers how far the
    occurrences have been materialised, for `extend_occurrences`.
    """

    translation_key = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    programme = models.CharField(_("programme"), max_length=50, db_index=True)
    materialised_until = models.DateTimeField(_("materialised until"), null=True)
    open_ended = models.BooleanField(
        _("open-ended"),
        default=False,
        help_text=_("The rule goes on past the horizon, so the horizon task extends it."),
    )

    class Meta:
        verbose_name = _("event series")
        verbose_name_plural = _("event series")

    def __str__(self) -> str:
        return str(self.translation_key)


class OccurrenceStatus(models.TextChoices):
    # Said of a date ("data"), feminine in Romanian; the context keeps these apart from other
    # apps' "cancelled" (a registration), which share one merged catalogue at run time.
    SCHEDULED = "scheduled", pgettext_lazy("status of a date", "scheduled")
    CANCELLED = "cancelled", pgettext_lazy("status of a date", "cancelled")
    MOVED = "moved", pgettext_lazy("status of a date", "moved")


class Occurrence(models.Model):
    """One date of an event, in UTC. Its identity within a series is the local date the schedule
    gave it (`original_date`), so re-publishing a series keeps the row, its id and its
    cancel/move override wherever that date still exists.

    `programme` and `venue_key` (the venue's translation_key) are copies of the event's, so a
    calendar filters with one indexed query and no join to the pages.
    """

    series = models.ForeignKey(
        EventSeries,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="occurrences",
    )
    original_date = models.DateField(_("scheduled date"))
    original_start = models.DateTimeField(_("scheduled start"))
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(_("all day"), default=False)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=OccurrenceStatus.choices,
        default=OccurrenceStatus.SCHEDULED,
    )
    programme = models.CharField(_("programme"), max_length=50)
    venue_key = models.UUIDField(_("venue"), null=True, blank=True)

    class Meta:
        verbose_name = _("occurrence")
        verbose_name_plural = _("occurrences")
        ordering = ["start", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "original_date"], name="events_occurrence_one_per_date"
            ),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="events_occurrence_ends"
            ),
        ]
        indexes = [
            models.Index(fields=["start", "end"], name="events_occ_start"),
            models.Index(fields=["programme", "start"], name="events_occ_programme"),
            models.Index(fields=["venue_key", "start"], name="events_occ_venue"),
            models.Index(fields=["series", "start"], name="events_occ_series"),
        ]

    def __str__(self) -> str:
        return f"{self.series_id} {self.local_start:%Y-%m-%d %H:%M}"

    @property
    def local_start(self) -> datetime.datetime:
        return self.start.astimezone(TIME_ZONE)

    @property
    def local_end(self) -> datetime.datetime:
        return self.end.astimezone(TIME_ZONE)

    @property
    def last_day(self) -> datetime.date:
        """The last local day the occurrence touches (an all-day end is exclusive midnight)."""
        return (self.local_end - datetime.timedelta(microseconds=1)).date()

    @property
    def is_cancelled(self) -> bool:
        return self.status == OccurrenceStatus.CANCELLED

    @property
    def is_moved(self) -> bool:
        return self.status == OccurrenceStatus.MOVED
