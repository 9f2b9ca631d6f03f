"""StreamField blocks shared by every programme's pages: one module, one way to build a body."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class NumberBlock(blocks.StructBlock):
    """One "in numbers" counter, as the centre's project pages show them (e.g. 117 members)."""

    value = blocks.CharBlock(label=_("Value"), max_length=20)
    label = blocks.CharBlock(label=_("Label"), max_length=120)

    class Meta:
        icon = "pick"
        label = _("Number")


class NumbersBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    numbers = blocks.ListBlock(NumberBlock(), label=_("Numbers"))

    class Meta:
        icon = "table"
        label = _("In numbers")
        template = "cms/blocks/numbers.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "cms/blocks/call_to_action.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=200,
        form_classname="title",
        template="cms/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        # The wrapper div carries the rich-text styles; Wagtail renders bare HTML.
        template="cms/blocks/paragraph.html",
    )
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock()
    numbers = NumbersBlock()
    call_to_action = CallToActionBlock()
