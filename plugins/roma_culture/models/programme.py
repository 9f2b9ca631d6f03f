"""The section of Jivipen, its events and its calls."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.events.models import DateDetails, EventPage
from cms.events.schedule import expand
from cms.models import ProgrammeSectionPage
from cms.opencalls.models import OpenCallPage
from cms.translations import TIME_ZONE


class RomaCultureSectionPage(ProgrammeSectionPage):
    """The section root of Jivipen. It promotes the current edition of the Roma Culture Days."""

    subpage_types = [
        "cms.ContentPage",
        "roma_culture.FestivalIndexPage",
        "roma_culture.JivipenArtistsPage",
        "roma_culture.JivipenEventPage",
        "roma_culture.JivipenExhibitionPage",
        "roma_culture.RomaArtistsCallPage",
    ]

    class Meta:
        verbose_name = _("Jivipen section")

    def get_context(self, request, *args, **kwargs):
        from plugins.roma_culture.festival import current_edition_card

        context = super().get_context(request, *args, **kwargs)
        context["current_edition"] = current_edition_card(self)
        return context


class MeetingDateBlock(blocks.StructBlock):
    """One date of a series with its own topic and guests (a Jivipen meeting)."""

    date = blocks.DateBlock(label=_("date"), help_text=_("A date of the series."))
    topic = blocks.CharBlock(label=_("topic"), max_length=200)
    guests = blocks.CharBlock(label=_("guests"), max_length=250, required=False)
    description = blocks.TextBlock(label=_("description"), required=False)
    attendance = blocks.ChoiceBlock(
        label=_("where"),
        choices=[("", _("As the event says")), ("online", _("Online")), ("on_site", _("On site"))],
        required=False,
    )

    class Meta:
        icon = "date"
        label = _("Date with its own topic")


class JivipenEventPage(EventPage):
    """A Jivipen event: a monthly meeting, an exhibition opening, or one event of an edition
    of the Roma Culture Days (then a child of that `FestivalEditionPage`).

    A series (the monthly Jivipen meetings) may give some of its dates their own topic and
    guests, online or on site (`date_topics`): the engine shows them on the event page, in
    the date's JSON-LD and in its iCalendar VEVENT (`EventPage.date_details`)."""

    parent_page_types = ["roma_culture.RomaCultureSectionPage", "roma_culture.FestivalEditionPage"]

    date_topics = StreamField(
        [("date", MeetingDateBlock())],
        blank=True,
        verbose_name=_("topics of dates"),
        help_text=_("For a series: the dates that have their own topic and guests."),
    )

    participant_min_age = models.PositiveSmallIntegerField(
        _("youngest participant"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "With the oldest: young people register themselves and give their age; under 18, "
            "with a parent's or guardian's consent (e.g. a summer school for ages 16 to 25)."
        ),
    )
    participant_max_age = models.PositiveSmallIntegerField(
        _("oldest participant"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )

    content_panels = [
        *EventPage.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("participant_min_age"), FieldPanel("participant_max_age")])],
            heading=_("Participants' ages"),
        ),
        FieldPanel("date_topics"),
    ]
    override_translatable_fields = [
        *EventPage.override_translatable_fields,
        TranslatableField("date_topics"),
        SynchronizedField("participant_min_age", overridable=False),
        SynchronizedField("participant_max_age", overridable=False),
    ]

    class Meta:
        verbose_name = _("Jivipen event")
        verbose_name_plural = _("Jivipen events")

    def participant_age_range(self) -> tuple[int, int] | None:
        """The engine's hook (`cms.registrations.guardians`): registration by age, minors
        with a guardian's consent, when both ages are set."""
        if self.participant_min_age is None or self.participant_max_age is None:
            return None
        return self.participant_min_age, self.participant_max_age

    def clean(self) -> None:
        super().clean()
        youngest, oldest = self.participant_min_age, self.participant_max_age
        if (youngest is None) != (oldest is None):
            raise ValidationError({"participant_max_age": _("Give both ages, or neither.")})
        if youngest is not None and youngest > oldest:
            raise ValidationError(
                {"participant_max_age": _("The oldest age cannot be below the youngest.")}
            )
        if not self.date_topics:
            return
        dates = [block.value["date"] for block in self.date_topics]
        last = max(dates)
        until = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time())
        scheduled = {
            slot.date for slot in expand(self.schedule, until.replace(tzinfo=TIME_ZONE)).slots
        }
        wrong = sorted({day for day in dates if day not in scheduled})
        if wrong:
            raise ValidationError(
                {
                    "date_topics": _("Not dates of this event: %(dates)s.")
                    % {"dates": ", ".join(day.strftime("%d.%m.%Y") for day in wrong)}
                }
            )
        if len(set(dates)) != len(dates):
            raise ValidationError({"date_topics": _("Give each date one topic only.")})

    def _topics_by_date(self) -> dict:
        if getattr(self, "_topics_cache", None) is None:
            self._topics_cache = {block.value["date"]: block.value for block in self.date_topics}
        return self._topics_cache

    def date_details(self, occurrence) -> DateDetails | None:
        """A date's topic: "Întâlnirile Jivipen: <topic>", with its guests and description."""
        topic = self._topics_by_date().get(occurrence.original_date)
        if topic is None:
            return None
        lines = []
        if topic["guests"]:
            lines.append(_("Guests: %(guests)s.") % {"guests": topic["guests"]})
        if topic["description"]:
            lines.append(topic["description"])
        where = topic["attendance"]
        return DateDetails(
            title=f"{self.title}: {topic['topic']}",
            description=" ".join(str(line) for line in lines) or self.summary,
            online={"online": True, "on_site": False}.get(where),
        )


class RomaArtistsCallPage(OpenCallPage):
    """A commission or residency call for Roma artists (Jivipen's open fund)."""

    reference_prefix = "JV"
    parent_page_types = ["roma_culture.RomaCultureSectionPage"]

    class Meta:
        verbose_name = _("call for Roma artists")
        verbose_name_plural = _("calls for Roma artists")
