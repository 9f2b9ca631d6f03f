"""Wagtail admin hooks of Jivipen: the "Romani" mark in rich text."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail.features import InlineStyleFeature

from plugins.roma_culture.blocks import ROMANI_FEATURE

ROMANI_STYLE = "ROMANI"


@hooks.register("register_rich_text_features")
def register_romani_phrase(features) -> None:
    """An inline style that marks a Romani word or phrase as `<span lang="rom">…</span>`.

    The page stays Romanian or English; `lang` tells screen readers to pronounce the phrase as
    Romani (ISO 639-2 `rom`). Only fields that list the feature offer it (Jivipen's bodies,
    `JIVIPEN_RICH_TEXT_FEATURES`). The converter keeps the `lang` of the span and nothing else:
    a span with other attributes comes back as `<span lang="rom">` only, one with another
    language is not this style and loses its tag."""
    features.register_editor_plugin(
        "draftail",
        ROMANI_FEATURE,
        InlineStyleFeature(
            {
                "type": ROMANI_STYLE,
                "label": "rom",
                "description": _("Romani (rom)"),
                # In the editor only: a dotted underline shows what is marked.
                "style": {"textDecoration": "underline dotted", "textUnderlineOffset": "0.2em"},
            }
        ),
    )
    features.register_converter_rule(
        "contentstate",
        ROMANI_FEATURE,
        {
            "from_database_format": {'span[lang="rom"]': InlineStyleElementHandler(ROMANI_STYLE)},
            "to_database_format": {
                "style_map": {ROMANI_STYLE: {"element": "span", "props": {"lang": "rom"}}}
            },
        },
    )
