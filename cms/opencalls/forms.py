"""Forms of open calls: the public application form (built from the editor's fields, with file
uploads and a honeypot), the editor's page form (moments in Europe/Bucharest, file kinds) and the
reviewer's form (status, notes).
"""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, WagtailAdminFormPageForm

from cms.opencalls.uploads import (
    FILE_KIND_CHOICES,
    MAX_FILES_PER_APPLICATION,
    MAX_TOTAL_UPLOAD_BYTES,
    CheckedUpload,
    FileKind,
    check_upload,
    human_size,
    kinds_sentence,
)
from cms.public_forms import HoneypotMixin
from cms.translations import TIME_ZONE

# The engine's own fields, on every call's form whatever questions the editor adds: whom to
# answer and their acceptance of the rules. Hyphenated, like the honeypot, so no editor's
# question (whose name Wagtail derives from its label in snake_case) can take their place.
APPLICANT_NAME_FIELD = "applicant-name"
APPLICANT_EMAIL_FIELD = "applicant-email"
ACCEPT_RULES_FIELD = "accept-rules"
ENGINE_FIELD_NAMES = (APPLICANT_NAME_FIELD, APPLICANT_EMAIL_FIELD, ACCEPT_RULES_FIELD)


class SiteLocalDateTimeField(forms.DateTimeField):
    """A date and time typed as wall-clock time in Cluj (`TIME_ZONE`), stored aware.

    Django would read it in the *current* time zone, and Wagtail activates each admin user's
    own zone from their profile: an editor abroad would move the deadline without noticing.
    A call closes at "30 June, 23:59 in Cluj" whoever types it.
    """

    def prepare_value(self, value):
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            return timezone.localtime(value, TIME_ZONE).replace(tzinfo=None)
        return value

    def to_python(self, value):
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            return value
        with timezone.override(TIME_ZONE):
            return super().to_python(value)


class ApplicationFileField(forms.FileField):
    """A file upload field for one call: the call's allowed kinds and size, checked by content.

    Its cleaned value is a `CheckedUpload` (the file, its detected kind, a display name).
    """

    widget = forms.FileInput

    def __init__(self, *, allowed_kinds: list[str], max_bytes: int, **kwargs) -> None:
        self.allowed_kinds = list(allowed_kinds)
        self.max_bytes = max_bytes
        kwargs.setdefault("allow_empty_file", False)
        super().__init__(**kwargs)
        accepted = [FileKind(kind) for kind in self.allowed_kinds]
        self.widget.attrs["accept"] = ",".join(
            [kind.extension for kind in accepted] + [kind.content_type for kind in accepted]
        )
        # The rules join the editor's hint, so they are read out with the field (aria-describedby).
        if self.help_text:
            self.help_text = format_html("{} {}", self.help_text, self.rules_hint())
        else:
            self.help_text = self.rules_hint()

    def clean(self, data, initial=None) -> CheckedUpload | None:
        uploaded = super().clean(data, initial)
        if not uploaded:
            return None
        return check_upload(uploaded, allowed_kinds=self.allowed_kinds, max_bytes=self.max_bytes)

    def rules_hint(self) -> str:
        return _("Accepted: %(kinds)s, up to %(limit)s.") % {
            "kinds": kinds_sentence(self.allowed_kinds),
            "limit": human_size(self.max_bytes),
        }


class OpenCallFormBuilder(FormBuilder):
    """Wagtail's form builder plus a `file` field type that follows the call's upload rules."""

    def __init__(self, fields, call=None) -> None:
        super().__init__(fields)
        self.call = call

    def create_file_field(self, field, options) -> ApplicationFileField:
        options.pop("initial", None)
        if self.call is not None:
            allowed_kinds = self.call.allowed_file_kinds
            max_bytes = self.call.max_file_size_bytes
        else:
            allowed_kinds, max_bytes = [kind.value for kind in FileKind], MAX_TOTAL_UPLOAD_BYTES
        return ApplicationFileField(allowed_kinds=allowed_kinds, max_bytes=max_bytes, **options)

    def create_email_field(self, field, options) -> forms.EmailField:
        email = super().create_email_field(field, options)
        email.widget.attrs["autocomplete"] = "email"  # browsers fill it in (WCAG 1.3.5)
        return email

    def get_form_class(self):
        attributes = {**self.formfields, "retention_months": None}
        if self.call is not None:
            attributes["retention_months"] = self.call.retention_months
        return type("ApplicationForm", (ApplicationForm,), attributes)


def applicant_fields(retention_months: int | None) -> dict[str, forms.Field]:
    """Name, email and the rules' acceptance: the fields every call asks, in its language."""
    if retention_months:
        kept = _(
            "The centre keeps your name, email, answers and files to assess your application "
            "and erases them %(months)s months after the call closes."
        ) % {"months": retention_months}
    else:
        kept = _("The centre keeps your name, email, answers and files to assess your application.")
    return {
        APPLICANT_NAME_FIELD: forms.CharField(
            label=_("Full name"),
            max_length=200,
            # Browsers fill in what autocomplete names (WCAG 1.3.5, identify input purpose).
            widget=forms.TextInput(attrs={"autocomplete": "name"}),
            error_messages={"required": _("Enter your full name.")},
        ),
        APPLICANT_EMAIL_FIELD: forms.EmailField(
            label=_("Email address"),
            max_length=254,
            widget=forms.EmailInput(attrs={"autocomplete": "email"}),
            help_text=_("We send the confirmation and our answer here."),
            error_messages={
                "required": _("Enter your email address."),
                "invalid": _("Enter an email address like name@example.com."),
            },
        ),
        ACCEPT_RULES_FIELD: forms.BooleanField(
            label=_("I have read the rules of this call and I accept them."),
            help_text=kept,
            error_messages={"required": _("To apply, accept the rules of the call.")},
        ),
    }


class ApplicationForm(HoneypotMixin, BaseForm):
    """The public application form: the editor's fields, a honeypot and per-POST file limits.

    The limits count every file in the request, not only those of known fields: a client can
    post fifty files under names the form never asked for, and they still cost the server.
    """

    retention_months: int | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Name and email before the editor's questions, the rules' acceptance after them (as on
        # the registration form): people agree once they have seen what they are asked.
        engine = applicant_fields(self.retention_months)
        questions = self.fields
        self.fields = {
            APPLICANT_NAME_FIELD: engine[APPLICANT_NAME_FIELD],
            APPLICANT_EMAIL_FIELD: engine[APPLICANT_EMAIL_FIELD],
            **questions,
            ACCEPT_RULES_FIELD: engine[ACCEPT_RULES_FIELD],
        }

    def file_fields(self) -> list[str]:
        return [name for name, f in self.fields.items() if isinstance(f, ApplicationFileField)]

    def check_upload_limits(self) -> int | None:
        """Add a form-level error when the POST carries too many or too large files.

        Returns the HTTP status to answer with (400 or 413), or None within the limits.
        Call after `is_valid()`.
        """
        uploads = [f for name in self.files for f in self.files.getlist(name)]
        if len(uploads) > MAX_FILES_PER_APPLICATION:
            self.add_error(
                None,
                ValidationError(
                    _(
                        "You sent %(count)s files. An application can include at most "
                        "%(limit)s files."
                    ),
                    code="too_many_files",
                    params={"count": len(uploads), "limit": MAX_FILES_PER_APPLICATION},
                ),
            )
            return 400
        total = sum(f.size or 0 for f in uploads)
        if total > MAX_TOTAL_UPLOAD_BYTES:
            self.add_error(
                None,
                ValidationError(
                    _(
                        "Your files add up to %(size)s. An application can include at most "
                        "%(limit)s of files in total."
                    ),
                    code="too_much_data",
                    params={"size": human_size(total), "limit": human_size(MAX_TOTAL_UPLOAD_BYTES)},
                ),
            )
            return 413
        return None

    def application_data(self) -> dict:
        """The answers to store as JSON: files become their display names (stored apart)."""
        data = {}
        for name, value in self.cleaned_data.items():
            if name in ENGINE_FIELD_NAMES:
                continue
            if isinstance(value, CheckedUpload):
                value = value.display_name
            data[name] = value
        return data

    @property
    def applicant_name(self) -> str:
        return self.cleaned_data[APPLICANT_NAME_FIELD].strip()

    @property
    def applicant_email(self) -> str:
        return self.cleaned_data[APPLICANT_EMAIL_FIELD]

    def checked_uploads(self) -> dict[str, CheckedUpload]:
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if isinstance(value, CheckedUpload)
        }


class OpenCallAdminForm(WagtailAdminFormPageForm):
    """The editor's form for a call: Cluj wall-clock moments, file kinds as checkboxes."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("opens_at", "closes_at"):
            if name in self.fields:
                original = self.fields[name]
                self.fields[name] = SiteLocalDateTimeField(
                    label=original.label,
                    help_text=original.help_text,
                    required=original.required,
                    widget=original.widget
                    if isinstance(original.widget, AdminDateTimeInput)
                    else AdminDateTimeInput(),
                )
        if "allowed_file_kinds" in self.fields:
            original = self.fields["allowed_file_kinds"]
            self.fields["allowed_file_kinds"] = forms.MultipleChoiceField(
                label=original.label,
                help_text=original.help_text,
                choices=FILE_KIND_CHOICES,
                widget=forms.CheckboxSelectMultiple,
            )

    def clean(self):
        cleaned_data = super().clean()
        opens_at, closes_at = cleaned_data.get("opens_at"), cleaned_data.get("closes_at")
        if opens_at and closes_at and closes_at <= opens_at:
            self.add_error("closes_at", _("The call must close after it opens."))
        return cleaned_data


class ApplicationReviewForm(forms.Form):
    """A reviewer's decision on one application."""

    status = forms.ChoiceField(label=_("Status"))
    reviewer_notes = forms.CharField(
        label=_("Reviewer notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Seen by the programme team only, never by the applicant."),
    )
    notify_applicant = forms.BooleanField(
        label=_("Email the applicant about a status change, in their language"),
        required=False,
    )

    def __init__(self, *args, status_choices, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = status_choices
