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


class ParticipantRegistrationForm(RegistrationForm):
    """A young person registers themselves and gives their age; under 18, also the name and
    email of a parent or guardian who agrees (`cms.registrations.guardians`)."""

    age = forms.IntegerField(
        label=_("Your age"),
        error_messages={
            "required": _("Enter your age."),
            "invalid": _("Enter your age as a whole number, like 17."),
        },
    )
    guardian_name = forms.CharField(
        label=_("Full name of a parent or guardian"),
        max_length=200,
        required=False,
        help_text=_("Only if you are under 18."),
    )
    guardian_email = forms.EmailField(
        label=_("Email address of a parent or guardian"),
        max_length=254,
        required=False,
        help_text=_(
            "Only if you are under 18: the centre may contact them about this registration."
        ),
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    guardian_consent = forms.BooleanField(
        label=_(
            "Only if you are under 18: my parent or guardian named above agrees that I take "
            "part and that the centre keeps their name and email with my registration."
        ),
        required=False,
    )

    def __init__(self, *args, age_range: tuple[int, int], **kwargs):
        super().__init__(*args, **kwargs)
        self.age_range = age_range
        youngest, oldest = age_range
        self.fields["age"].help_text = _("From %(youngest)s to %(oldest)s years.") % {
            "youngest": youngest,
            "oldest": oldest,
        }
        self.fields["age"].widget.attrs.update({"min": youngest, "max": oldest})
        # The person, their age, then a guardian's (minors only), the questions and consent.
        order = ["name", "email", "age", "guardian_name", "guardian_email", "guardian_consent"]
        self.order_fields(order + [name for name in self.fields if name not in order])

    def clean_age(self) -> int:
        age = self.cleaned_data["age"]
        youngest, oldest = self.age_range
        if not youngest <= age <= oldest:
            raise forms.ValidationError(
                _("This event is for people aged %(youngest)s to %(oldest)s."),
                code="age_out_of_range",
                params={"youngest": youngest, "oldest": oldest},
            )
        return age

    def clean(self):
        from cms.registrations.guardians import ADULT_AGE

        cleaned = super().clean()
        age = cleaned.get("age")
        if age is None or age >= ADULT_AGE:
            return cleaned
        if not (cleaned.get("guardian_name") or "").strip():
            self.add_error(
                "guardian_name", _("You are under 18: enter the name of a parent or guardian.")
            )
        if not cleaned.get("guardian_email") and "guardian_email" not in self.errors:
            self.add_error(
                "guardian_email",
                _("You are under 18: enter the email address of a parent or guardian."),
            )
        if not cleaned.get("guardian_consent"):
            self.add_error(
                "guardian_consent",
                _("You are under 18: you can register only with a parent's or guardian's consent."),
            )
        return cleaned

    def participant(self):
        from cms.registrations.guardians import Participant

        age = self.cleaned_data["age"]
        minor = Participant(age=age).is_minor
        return Participant(
            age=age,
            # An adult's answers in these boxes are not kept: only a minor needs a guardian.
            guardian_name=self.cleaned_data["guardian_name"].strip() if minor else "",
            guardian_email=self.cleaned_data["guardian_email"] if minor else "",
        )


class ReserveSeatsForm(forms.Form):
    """A team keeps seats of a date for a partner organisation of its programme: one it knows,
    or a new one named here."""

    partner = forms.ModelChoiceField(
        label=_("Partner organisation"), queryset=None, required=False, empty_label=_("A new one")
    )
    name = forms.CharField(label=_("New organisation's name"), max_length=200, required=False)
    coordinator_name = forms.CharField(label=_("Coordinator"), max_length=200, required=False)
    coordinator_email = forms.EmailField(label=_("Coordinator's email"), required=False)
    seats = forms.IntegerField(
        label=_("Seats"),
        min_value=0,
        max_value=10_000,
        help_text=_("0 gives the seats back to the public."),
    )

    def __init__(self, occurrence, *args, **kwargs):
        from cms.registrations.models import Partner

        super().__init__(*args, **kwargs)
        self.occurrence = occurrence
        self.fields["partner"].queryset = Partner.objects.filter(programme=occurrence.programme)

    def clean(self):
        data = super().clean()
        if not data.get("partner"):
            for field in ("name", "coordinator_name", "coordinator_email"):
                if not data.get(field) and field not in self.errors:
                    self.add_error(field, _("Choose a partner organisation or name a new one."))
        return data

    def chosen_partner(self):
        """The chosen partner, or the new one (saved)."""
        from cms.registrations.models import Partner

        if chosen := self.cleaned_data["partner"]:
            return chosen
        partner, _created = Partner.objects.get_or_create(
            programme=self.occurrence.programme,
            name=self.cleaned_data["name"].strip(),
            defaults={
                "coordinator_name": self.cleaned_data["coordinator_name"].strip(),
                "coordinator_email": self.cleaned_data["coordinator_email"].strip(),
            },
        )
        return partner
