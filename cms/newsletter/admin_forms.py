"""The editor's form of a monthly letter: its month and its introduction in each language."""

from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.newsletter.models import Letter


class LetterForm(forms.ModelForm):
    month = forms.DateField(
        label=_("Month"),
        input_formats=["%Y-%m", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        help_text=_("The month whose events the letter announces."),
        error_messages={"invalid": _("Enter a month like 2026-03.")},
    )

    class Meta:
        model = Letter
        fields = ["month", "intro_ro", "intro_en"]

    def clean_month(self) -> datetime.date:
        return self.cleaned_data["month"].replace(day=1)
