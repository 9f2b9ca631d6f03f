"""Registration settings an event page carries (mixed into `events.EventPage`).

They are the event's own facts (how many seats, when registering opens), so they live with the
events engine; cms.registrations, which takes the registrations, reads them. The dependency
points one way: registrations on events, never the reverse.

Every locale's copy of an event has these fields, but capacity and the opening and closing
moments belong to the event: they are read from the page that drives the series (its governing
copy, the default language's: `cms.translations.governing_copy`), so /ro/ and /en/ draw from the same seats.
The questions are read from the page in the registrant's language, so labels are translated.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField


class QuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Question"), max_length=200)
    help_text = blocks.CharBlock(label=_("Hint"), max_length=300, required=False)
    required = blocks.BooleanBlock(label=_("Required"), required=False, default=True)


class TextQuestionBlock(QuestionBlock):
    class Meta:
        icon = "edit"
        label = _("Text answer")


class NumberQuestionBlock(QuestionBlock):
    min_value = blocks.IntegerBlock(label=_("Smallest"), required=False)
    max_value = blocks.IntegerBlock(label=_("Largest"), required=False)

    class Meta:
        icon = "order"
        label = _("Number (e.g. a child's age)")


class ChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Choices"))

    class Meta:
        icon = "list-ul"
        label = _("One of several choices")


class RegistrationQuestionsBlock(blocks.StreamBlock):
    text = TextQuestionBlock()
    number = NumberQuestionBlock()
    choice = ChoiceQuestionBlock()


class RegistrationSettings(models.Model):
    """Abstract: the registration fields of an event page."""

    registration_required = models.BooleanField(
        _("registration required"),
        default=False,
        help_text=_("Visitors register for each date on the site."),
    )
    capacity = models.PositiveIntegerField(
        _("seats per date"),
        null=True,
        blank=True,
        help_text=_("Leave empty for unlimited seats. Beyond it, people join a waiting list."),
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Empty: as soon as the event is published (Cluj-Napoca time)."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: when each date starts (Cluj-Napoca time)."),
    )
    registration_questions = StreamField(
        RegistrationQuestionsBlock(),
        blank=True,
        verbose_name=_("extra questions"),
        help_text=_("Asked besides name and email, e.g. a child's age or a teacher's school."),
    )

    registration_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("registration_required"), FieldPanel("capacity")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
                FieldPanel("registration_questions"),
            ],
            heading=_("Registration"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        from django.core.exceptions import ValidationError

        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            raise ValidationError(
                {"registration_closes_at": _("Registration must close after it opens.")}
            )
