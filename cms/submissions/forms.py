"""The public proposal form: the entry's own fields the directory lets the public fill, then
who is proposing, a consent and the honeypot.

The form is built from the entry model (`proposal_form_class(model, field_names)`), so a plugin
names fields and never writes a form. Every field refuses what the public must not put on the
site, with a message by the field; the other answers stay in the form:

* plain text (`CharField`, `TextField`) with HTML tags in it (a `<script>`) is refused — the
  page would only show it escaped, so it can only be a mistake or an attack;
* rich text is typed as plain paragraphs (no editor for the public) and stored as paragraphs,
  escaped, then passed through Wagtail's rich-text whitelist as well;
* web addresses only `http://` or `https://` (no `javascript:` or `data:`);
* a photo is checked for size before a byte of it is decoded, then as a Wagtail image with
  `WAGTAILIMAGES_MAX_IMAGE_PIXELS` (40 MP): the 20000 × 20000 PNG never reaches memory whole.
"""

from __future__ import annotations

import html
import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.html import escape, strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.fields import RichTextField
from wagtail.images.fields import WagtailImageField
from wagtail.images.models import AbstractImage

from cms.public_forms import HoneypotMixin

# "<script", "</p", "<!--", "<?xml", "<img": anything a browser would read as markup.
MARKUP = re.compile(r"<\s*[a-zA-Z!/?]")
WEB_SCHEMES = ["http", "https"]
DEFAULT_PHOTO_MAX_BYTES = 5 * 1024 * 1024
RICH_TEXT_FEATURES = ["bold", "italic", "link"]

PROPOSER_FIELDS = ["proposer_name", "proposer_email", "contact_public", "consent"]


def refuse_markup(value: str) -> None:
    if value and MARKUP.search(value):
        raise ValidationError(
            _("Write plain text, without HTML tags or scripts (nothing between < and >)."),
            code="markup",
        )


class PlainTextField(forms.CharField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators.append(refuse_markup)


class PlainParagraphsRichTextField(PlainTextField):
    """Rich text typed by the public as plain paragraphs (a blank line between them)."""

    widget = forms.Textarea

    def clean(self, value):
        text = super().clean(value)
        return paragraphs_as_rich_text(text)


def paragraphs_as_rich_text(text: str) -> str:
    """Plain paragraphs → `<p>` elements, escaped, then through Wagtail's whitelist."""
    from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text or "") if part.strip()]
    markup = "".join(
        "<p>{}</p>".format("<br/>".join(escape(line) for line in paragraph.splitlines()))
        for paragraph in paragraphs
    )
    return EditorHTMLConverter(features=RICH_TEXT_FEATURES).to_database_format(markup)


def rich_text_as_paragraphs(stored: str) -> str:
    """The reverse, to show a stored description back in the update form."""
    text = re.sub(r"<br\s*/?>", "\n", stored or "")
    text = re.sub(r"</p>\s*", "\n\n", text)
    return html.unescape(strip_tags(text)).strip()


class WebAddressField(forms.URLField):
    default_error_messages = {
        "invalid": _(
            "Enter a web address starting with http:// or https://, like https://example.ro."
        ),
    }
    default_validators = [URLValidator(schemes=WEB_SCHEMES)]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(*args, **kwargs)


class PhotoField(WagtailImageField):
    """A Wagtail image upload whose size is checked before anything decodes it."""

    def __init__(self, *args, max_bytes: int = DEFAULT_PHOTO_MAX_BYTES, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_upload_size = min(
            max_bytes, getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", max_bytes) or max_bytes
        )
        self.max_upload_size_text = filesizeformat(self.max_upload_size)
        self.help_text = _("%(formats)s, at most %(size)s and 40 megapixels.") % {
            "formats": self.supported_formats_text,
            "size": self.max_upload_size_text,
        }
        self.error_messages["file_too_large"] = _(
            "The photo is too large (%(file_size)s). Send one of at most %(max_filesize)s."
        )
        self.error_messages["file_too_many_pixels"] = _(
            "The photo has too many pixels (%(num_pixels)s). Send one of at most 40 megapixels."
        )
        self.error_messages["invalid_image"] = _(
            "This file is not a photo we can read. Send an image in one of these formats: "
            "%(formats)s."
        ) % {"formats": self.supported_formats_text}

    def to_python(self, data):
        size = getattr(data, "size", None)
        if size is not None and self.max_upload_size is not None and size > self.max_upload_size:
            raise ValidationError(
                self.error_messages["file_too_large"]
                % {"file_size": filesizeformat(size), "max_filesize": self.max_upload_size_text},
                code="file_too_large",
            )
        return super().to_python(data)


def entry_form_field(model_field: models.Field, *, label, photo_max_bytes: int) -> forms.Field:
    """The public form field for one field of the entry model."""
    common = {
        "label": label or capfirst(model_field.verbose_name),
        "required": not model_field.blank,
        # Wagtail's help for editors ("the page title as you'd like it to be seen…") is not
        # for the public.
        "help_text": "" if model_field.name == "title" else model_field.help_text,
    }
    required_message = {"required": _("This field is required.")}
    if isinstance(model_field, models.ForeignKey) and issubclass(
        model_field.related_model, AbstractImage
    ):
        return PhotoField(max_bytes=photo_max_bytes, **common)
    if isinstance(model_field, models.URLField):
        return WebAddressField(max_length=model_field.max_length, **common)
    if isinstance(model_field, RichTextField):
        return PlainParagraphsRichTextField(
            widget=forms.Textarea(attrs={"rows": 8}), error_messages=required_message, **common
        )
    if isinstance(model_field, models.TextField):
        return PlainTextField(
            widget=forms.Textarea(attrs={"rows": 6}), error_messages=required_message, **common
        )
    if isinstance(model_field, models.CharField) and not model_field.choices:
        return PlainTextField(
            max_length=model_field.max_length, error_messages=required_message, **common
        )
    field = model_field.formfield(**common)
    if field is None:
        raise ValueError(f"{model_field.name} cannot be filled in by the public")
    return field


class ProposalForm(HoneypotMixin, forms.Form):
    """The entry's fields (added by `proposal_form_class`), then the proposer's."""

    entry_field_names: list[str] = []

    proposer_name = PlainTextField(
        label=_("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")},
    )
    proposer_email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We write to you here when your proposal is published or needs changes."),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.com."),
        },
    )
    contact_public = forms.BooleanField(
        label=_("Show my name and email address on the public page of the entry."),
        required=False,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the centre keeps my name and email address to moderate this "
            "proposal and to write to me about it."
        ),
        error_messages={"required": _("To send a proposal, agree that we keep your details.")},
    )

    def __init__(self, *args, updating: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # Fields of the entry first, then who proposes (dict order is the form's order).
        ordered = {name: self.fields[name] for name in self.entry_field_names}
        ordered.update({name: field for name, field in self.fields.items() if name not in ordered})
        self.fields = ordered
        if updating:
            # The owner of the link is already known: only the entry's fields are asked.
            for name in PROPOSER_FIELDS:
                del self.fields[name]
            for field in self.fields.values():
                if isinstance(field, PhotoField):
                    field.required = False  # no new photo: the current one stays


def proposal_form_class(
    entry_model: type[models.Model],
    field_names: list[str],
    *,
    labels: dict[str, str] | None = None,
    photo_max_bytes: int = DEFAULT_PHOTO_MAX_BYTES,
) -> type[ProposalForm]:
    """A `ProposalForm` with `field_names` of `entry_model`, in that order."""
    labels = labels or {}
    attributes = {"entry_field_names": list(field_names)}
    for name in field_names:
        attributes[name] = entry_form_field(
            entry_model._meta.get_field(name),
            label=labels.get(name),
            photo_max_bytes=photo_max_bytes,
        )
    return type(f"{entry_model.__name__}ProposalForm", (ProposalForm,), attributes)
