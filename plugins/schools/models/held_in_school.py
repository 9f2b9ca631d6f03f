"""An event that may be held in a school of the network: the school's page lists it."""

from __future__ import annotations

from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _


class HeldInSchool(models.Model):
    """An event that may take place in one of the network's schools."""

    school = models.ForeignKey(
        "schools.SchoolPage",
        verbose_name=_("school of the network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where it takes place, if in a school: it is listed on the school's page."),
    )

    class Meta:
        abstract = True

    def school_in_language(self):
        """The school's live page in this event's language (else its governing copy)."""
        from cms.translations import copy_in
        from plugins.schools.models import SchoolPage

        if self.school_id is None:
            return None
        return copy_in(
            SchoolPage.objects.public().defer_streamfields(),
            self.school.translation_key,
            self.locale_id,
        )

    def school_detail(self) -> list[tuple[str, str]]:
        school = self.school_in_language()
        if school is None:
            return []
        return [(_("School"), format_html('<a href="{}">{}</a>', school.url, school.title))]
