"""StreamField blocks render through their own templates, never a `block_type` branch."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from django.template.loader import render_to_string

from wagtail.rich_text import RichText

from cms.blocks import BodyBlock

REPO = Path(__file__).resolve().parent.parent


def test_a_paragraph_renders_inside_the_rich_text_wrapper_by_itself():
    paragraph = BodyBlock().child_blocks["paragraph"]
    html = paragraph.render(RichText("<p>Ateliere în <b>Cluj</b></p>"))
    assert html.strip() == '<div class="rich-text"><p>Ateliere în <b>Cluj</b></p></div>'


def test_a_page_body_renders_each_block_through_its_own_template():
    body = BodyBlock().to_python(
        [
            {"type": "heading", "value": "Despre"},
            {"type": "paragraph", "value": "<p>Un text.</p>"},
        ]
    )
    page = SimpleNamespace(body=body, intro="")
    html = render_to_string("cms/includes/page_body.html", {"page": page})
    assert "<h2>Despre</h2>" in html
    assert '<div class="rich-text"><p>Un text.</p></div>' in html


def test_no_template_branches_on_a_block_type():
    offenders = [
        str(path.relative_to(REPO))
        for folder in ("cms", "plugins", "site")
        for path in (REPO / folder).rglob("*.html")
        if "block_type" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
