"""The blocks of România Remarcabilă's pages: a photo with its credit, a numbered story section."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class CreditedPhotoBlock(blocks.StructBlock):
    """A photo, always with its description and the photographer's credit (rights holders of
    rural heritage photos ask to be named)."""

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
        template = "heritage/blocks/credited_photo.html"


class StorySectionBlock(blocks.StructBlock):
    """One section of a commune's story; the page numbers them 01/04 … 04/04 as the real site
    does, so editors never type the numbers."""

    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "doc-full"
        label = _("Story section")


class PhotosBlock(blocks.StreamBlock):
    photo = CreditedPhotoBlock()


class StoryBlock(blocks.StreamBlock):
    section = StorySectionBlock()
