"""Mentors and experts of the Academy (the people kit).

- `MentorsIndexPage` (a profile index): the Academy's mentors, trainers and course directors.
- `MentorPage` (a profile): one person's role in the Academy, with their fields of expertise.
  Name, photo, bio, languages and the consent to publication are the shared `Person`'s; the
  modules a mentor teaches and the editions they direct are read from the modules' and
  editions' links to the profile (`plugins.academy.editions`), never typed here.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from cms.people.models import ProfileIndexPage, ProfilePage


class MentorsIndexPage(ProfileIndexPage):
    """The Academy's mentors and experts."""

    parent_page_types = ["academy.AcademySectionPage"]
    subpage_types = ["academy.MentorPage"]

    class Meta:
        verbose_name = _("mentors and experts")
        verbose_name_plural = _("mentors and experts (pages)")


class MentorPage(ProfilePage):
    """A mentor, trainer or course director of the Academy (a people-kit profile)."""

    parent_page_types = ["academy.MentorsIndexPage"]
    search_type = "mentor"

    expertise = models.CharField(
        _("fields of expertise"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “Audience development, fundraising, evaluation”."),
    )

    content_panels = [
        *ProfilePage.content_panels[:4],
        FieldPanel("expertise"),
        *ProfilePage.content_panels[4:],
    ]
    override_translatable_fields = [
        *ProfilePage.override_translatable_fields,
        TranslatableField("expertise"),
    ]

    class Meta:
        verbose_name = _("mentor")
        verbose_name_plural = _("mentors")

    def get_context(self, request, *args, **kwargs):
        from plugins.academy.editions import mentor_teaching

        context = super().get_context(request, *args, **kwargs)
        context.update(mentor_teaching(self))
        return context
