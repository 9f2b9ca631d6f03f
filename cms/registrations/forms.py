"""The public registration form: name, email, consent, the event's own questions, a honeypot."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.public_forms import HoneypotMixin


class RegistrationForm(HoneypotMixin, forms.Form):
    name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        # Browsers fill in what autocomplete names (WCAG 1.3.5, identify input purpose).
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your full name.")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the confirmation and a link to cancel here."),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.com."),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree that the centre keeps my name and email to manage this registration."),
        error_messages={
            "required": _("To register, agree that we keep your details for this event.")
        },
    )

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for index, block in enumerate(self.questions):
            self.fields[f"question_{index}"] = question_field(block)
        # Keep consent last, after the event's questions.
        self.fields["consent"] = self.fields.pop("consent")

    def answers(self) -> list[dict]:
        """The question answers as stored: block id, label in the form's language, value."""
        return [
            {
                "id": block.id,
                "label": block.value["label"],
                "value": self.cleaned_data.get(f"question_{index}"),
            }
            for index, block in enumerate(self.questions)
        ]


def question_field(block) -> forms.Field:
    value = block.value
    common = {
        "label": value["label"],
        "help_text": value.get("help_text") or "",
        "required": bool(value.get("required")),
        "error_messages": {"required": _("Answer this question.")},
    }
    if block.block_type == "number":
        field = forms.IntegerField(
            min_value=value.get("min_value"), max_value=value.get("max_value"), **common
        )
        field.error_messages["invalid"] = _("Enter a whole number.")
        return field
    if block.block_type == "choice":
        choices = [(choice, choice) for choice in value["choices"]]
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    return forms.CharField(max_length=500, **common)
