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


class GuardianRegistrationForm(RegistrationForm):
    """A parent or guardian registers a child: the child's first name and age, then the
    guardian's name, email and consent (`cms.registrations.guardians`)."""

    child_first_name = forms.CharField(
        label=_("Child's first name"),
        max_length=100,
        help_text=_("The first name only: we do not need the family name."),
        error_messages={"required": _("Enter the child's first name.")},
    )
    child_age = forms.IntegerField(
        label=_("Child's age"),
        error_messages={
            "required": _("Enter the child's age."),
            "invalid": _("Enter the child's age as a whole number, like 9."),
        },
    )

    def __init__(self, *args, age_range: tuple[int, int], **kwargs):
        super().__init__(*args, **kwargs)
        self.age_range = age_range
        youngest, oldest = age_range
        self.fields["child_age"].help_text = _("From %(youngest)s to %(oldest)s years.") % {
            "youngest": youngest,
            "oldest": oldest,
        }
        self.fields["child_age"].widget.attrs.update({"min": youngest, "max": oldest})
        self.fields["name"].label = _("Your full name (parent or guardian)")
        self.fields["email"].label = _("Your email address (parent or guardian)")
        self.fields["consent"].label = _(
            "I am the child's parent or legal guardian, and I agree that the centre keeps the "
            "child's first name and age and my name and email to manage this registration."
        )
        self.fields["consent"].error_messages["required"] = _(
            "To register a child, confirm that you are their parent or guardian and agree that "
            "we keep these details for this event."
        )
        # The child first, then the guardian, then the event's questions and consent.
        order = ["child_first_name", "child_age", "name", "email"]
        self.order_fields(order + [name for name in self.fields if name not in order])

    def clean_child_age(self) -> int:
        age = self.cleaned_data["child_age"]
        youngest, oldest = self.age_range
        if not youngest <= age <= oldest:
            raise forms.ValidationError(
                _("This event is for children aged %(youngest)s to %(oldest)s."),
                code="age_out_of_range",
                params={"youngest": youngest, "oldest": oldest},
            )
        return age

    def child(self):
        from cms.registrations.guardians import Child

        return Child(
            first_name=self.cleaned_data["child_first_name"].strip(),
            age=self.cleaned_data["child_age"],
        )
