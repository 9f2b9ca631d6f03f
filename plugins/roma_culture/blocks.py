"""The blocks of Jivipen's pages: a photo with its description and credit, a partner."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


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
