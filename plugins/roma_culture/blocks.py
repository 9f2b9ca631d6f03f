"""The blocks of Jivipen's pages: the body (the site's blocks, with Romani phrases marked), a photo
with its description and credit, a partner."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from cms.blocks import RICH_TEXT_FEATURES, BodyBlock

# The rich-text feature that marks a Romani word or phrase, stored as `<span lang="rom">`
# (registered in `wagtail_hooks.py`), so screen readers switch to Romani pronunciation.
ROMANI_FEATURE = "romani"
JIVIPEN_RICH_TEXT_FEATURES = [*RICH_TEXT_FEATURES, ROMANI_FEATURE]


class JivipenBodyBlock(BodyBlock):
    """The site's body blocks; its paragraphs may also mark Romani phrases.

    The engine's `BodyBlock` is shared by every programme (and their migrations), so Jivipen's
    own pages declare their body with this subclass instead of changing the site's list."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=JIVIPEN_RICH_TEXT_FEATURES,
        template="cms/blocks/paragraph.html",
    )


class CreditedPhotoBlock(blocks.StructBlock):
    """A festival photo, always with its description and the photographer's credit."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("description (alt text)"),
        max_length=250,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("photo credit"), max_length=200)

    class Meta:
        icon = "image"
        label = _("Photo")
        template = "roma_culture/blocks/credited_photo.html"


class PartnerBlock(blocks.StructBlock):
    """A partner of an edition: its name, and its website if it has one."""

    name = blocks.CharBlock(label=_("name"), max_length=200)
    url = blocks.URLBlock(label=_("website"), required=False)

    class Meta:
        icon = "group"
        label = _("Partner")
