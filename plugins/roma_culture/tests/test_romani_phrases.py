"""Romani words and phrases marked `lang="rom"` in Jivipen's rich text (the "Romani" mark).

The mark is a Draftail inline style stored as `<span lang="rom">…</span>`. It has to survive
the editor's converter both ways, a translation with wagtail-localize, and the public page; and
the converter keeps the span's `lang` and nothing else."""

from __future__ import annotations

import json
import re

import pytest

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Locale

from cms.blocks import RICH_TEXT_FEATURES
from cms.translations import copy_in
from plugins.roma_culture.blocks import JIVIPEN_RICH_TEXT_FEATURES

MARKED = (
    '<p><span lang="rom">Jivipen</span> înseamnă „viață” în limba romani. '
    'Spunem <span lang="rom">Opre Roma</span>!</p>'
)


def without_block_keys(html: str) -> str:
    """The stored HTML without the block keys Draftail adds to each paragraph."""
    return re.sub(r' data-block-key="[^"]*"', "", html)


def test_the_romani_mark_survives_the_editors_round_trip():
    converter = ContentstateConverter(JIVIPEN_RICH_TEXT_FEATURES)

    contentstate = json.loads(converter.from_database_format(MARKED))
    block = contentstate["blocks"][0]
    marked = [
        block["text"][r["offset"] : r["offset"] + r["length"]]
        for r in block["inlineStyleRanges"]
        if r["style"] == "ROMANI"
    ]
    assert marked == ["Jivipen", "Opre Roma"]
    assert without_block_keys(converter.to_database_format(json.dumps(contentstate))) == MARKED


def test_the_converter_keeps_the_lang_of_a_romani_span_and_nothing_else():
    converter = ContentstateConverter(JIVIPEN_RICH_TEXT_FEATURES)
    pasted = (
        '<p><span lang="rom" onclick="alert(1)" style="color:red" class="x">Jivipen</span> '
        '<span lang="hu">szia</span> <script>alert(2)</script><span>viață</span></p>'
    )

    stored = without_block_keys(
        converter.to_database_format(converter.from_database_format(pasted))
    )

    # The script's text is left as plain, escaped text; no element or attribute survives.
    assert stored == '<p><span lang="rom">Jivipen</span> szia alert(2)viață</p>'


def test_a_field_without_the_romani_feature_drops_the_mark():
    # The site's other bodies do not offer the mark: it is Jivipen's feature that keeps it.
    converter = ContentstateConverter(RICH_TEXT_FEATURES)

    stored = converter.to_database_format(converter.from_database_format(MARKED))

    assert "<span" not in stored and "lang=" not in stored and "Opre Roma" in stored


@pytest.fixture
def festival(jivipen_site):
    """The demo's festival page with its first paragraph (no editions: nothing else is needed)."""
    from plugins.roma_culture.demo_festival import ROMANI_PARAGRAPH
    from plugins.roma_culture.models import FestivalIndexPage

    return jivipen_site.page(
        jivipen_site.section,
        FestivalIndexPage,
        ro={
            "title": "Zilele Culturii Rome",
            "slug": "zilele-culturii-rome",
            "body": [("paragraph", ROMANI_PARAGRAPH["ro"])],
        },
        en={
            "title": "Roma Culture Days",
            "slug": "roma-culture-days",
            "body": [("paragraph", ROMANI_PARAGRAPH["en"])],
        },
    )


def test_the_editor_of_a_jivipen_page_offers_the_romani_mark(client, admin_user, festival):
    client.force_login(admin_user)

    html = client.get(f"/admin/pages/{festival.id}/edit/").content.decode()

    assert "ROMANI" in html
    assert "Limba romani (rom)" in html  # the admin user's language is Romanian


def test_the_public_festival_page_marks_jivipen_as_romani_in_both_languages(client, festival):
    english = copy_in(type(festival), festival.translation_key, "en", fallback=False)

    ro_html = client.get(festival.url).content.decode()
    en_html = client.get(english.url).content.decode()

    assert '<span lang="rom">Jivipen</span> înseamnă „viață” în limba romani.' in ro_html
    assert '<span lang="rom">Jivipen</span> means “life” in Romani.' in en_html


# What the translator types, by Romanian segment. wagtail-localize keeps `<span lang="rom">` in
# the page's structure and offers its text as a segment of its own ("Jivipen": kept as it is).
ENGLISH = {
    "Zilele Culturii Rome 2030": "Roma Culture Days 2030",
    "editia-2030": "edition-2030",
    "O ediție viitoare.": "A future edition.",
    "Jivipen": "Jivipen",
    "înseamnă „viață” în limba romani. Spunem": "means “life” in Romani. We say",
    "Opre Roma": "Opre Roma",
    "!": "!",
}


@pytest.fixture
def romanian_only_edition(festival, jivipen_site):
    """An edition written in Romanian with Romani phrases, not translated yet."""
    from plugins.roma_culture.models import FestivalEditionPage

    page = FestivalEditionPage(
        locale=jivipen_site.ro,
        title="Zilele Culturii Rome 2030",
        slug="editia-2030",
        year=2030,
        intro="O ediție viitoare.",
        body=[("paragraph", MARKED)],
    )
    festival.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_translation_with_wagtail_localize_keeps_the_romani_mark(
    client, admin_user, romanian_only_edition, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
    from wagtail_localize.strings import StringValue

    from plugins.roma_culture.models import FestivalEditionPage

    english = Locale.objects.get(language_code="en")
    client.force_login(admin_user)
    response = client.post(
        f"/admin/localize/submit/page/{romanian_only_edition.id}/", {"locales": [english.id]}
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    source = TranslationSource.objects.get(
        object_id=romanian_only_edition.translation_key, locale=romanian_only_edition.locale
    )
    offered = set()
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = StringValue(segment.string.data).render_text()
        offered.add(text)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(ENGLISH[text]).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    assert {"Jivipen", "Opre Roma"} <= offered
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(english)

    translated = copy_in(
        FestivalEditionPage,
        romanian_only_edition.translation_key,
        "en",
        live=False,
        fallback=False,
    )
    paragraph = translated.body[0].value.source
    assert paragraph == (
        '<p><span lang="rom">Jivipen</span> means “life” in Romani. We say '
        '<span lang="rom">Opre Roma</span>!</p>'
    )
    # The English copy renders it (published here to be read as a visitor would).
    translated.save_revision().publish()
    html = client.get(translated.url).content.decode()
    assert '<span lang="rom">Jivipen</span> means “life” in Romani.' in html
