"""Upload checks on their own: the kind comes from the content, never from the name."""

from __future__ import annotations

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.opencalls.uploads import (
    FileKind,
    check_upload,
    detect_file_kind,
    display_name,
    download_name,
)

from .conftest import (
    HTML_DOCUMENT,
    PDF_HTML_POLYGLOT,
    SVG_WITH_SCRIPT,
    docx_bytes,
    pdf_bytes,
    plain_zip_bytes,
    png_bytes,
    png_header_claiming,
)

ALL_KINDS = [kind.value for kind in FileKind]
TEN_MB = 10 * 1024 * 1024


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def refusal_code(name: str, content: bytes, *, kinds=ALL_KINDS, max_bytes=TEN_MB) -> str:
    with pytest.raises(ValidationError) as refused:
        check_upload(upload(name, content), allowed_kinds=kinds, max_bytes=max_bytes)
    return refused.value.code


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (pdf_bytes(), FileKind.PDF),
        (png_bytes(), FileKind.PNG),
        (docx_bytes(), FileKind.DOCX),
    ],
)
def test_real_files_are_recognised_by_content_whatever_their_name(content, kind):
    checked = check_upload(
        upload("untitled.bin", content), allowed_kinds=ALL_KINDS, max_bytes=TEN_MB
    )
    assert checked.kind is kind


def test_a_jpeg_is_recognised_and_opened():
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (20, 10)).save(buffer, format="JPEG")
    checked = check_upload(
        upload("photo.png", buffer.getvalue()), allowed_kinds=ALL_KINDS, max_bytes=TEN_MB
    )
    assert checked.kind is FileKind.JPEG


def test_a_png_header_claiming_20000_by_20000_pixels_is_a_small_file_and_refused():
    bomb = png_header_claiming(20_000, 20_000)
    assert len(bomb) < 1024, "the test file itself must stay small"
    assert refusal_code("poster.png", bomb) == "image_too_large"


def test_an_image_just_over_40_megapixels_is_refused_below_pillows_own_limit():
    # 6400 x 6400 = 41 Mpx: under Pillow's default warning (89 Mpx), so only our limit refuses it.
    assert refusal_code("poster.png", png_header_claiming(6400, 6400)) == "image_too_large"


def test_an_image_of_exactly_40_megapixels_is_accepted():
    # 8000 x 5000 = 40 Mpx: the limit itself is allowed (the header is read, pixels never are).
    checked = check_upload(
        upload("poster.png", png_header_claiming(8000, 5000)),
        allowed_kinds=ALL_KINDS,
        max_bytes=TEN_MB,
    )
    assert checked.kind is FileKind.PNG


def test_an_svg_with_a_script_is_refused_as_active_markup():
    assert refusal_code("portfolio.svg", SVG_WITH_SCRIPT) == "active_markup"


def test_an_html_file_named_cv_pdf_is_refused_as_active_markup():
    assert refusal_code("cv.pdf", HTML_DOCUMENT) == "active_markup"


def test_a_zip_renamed_docx_that_is_not_a_word_document_is_refused():
    assert detect_file_kind(upload("letter.docx", plain_zip_bytes())) is None
    assert refusal_code("letter.docx", plain_zip_bytes()) == "file_kind_not_allowed"


def test_a_kind_the_call_does_not_allow_is_refused():
    assert refusal_code("cv.docx", docx_bytes(), kinds=["pdf"]) == "file_kind_not_allowed"


def test_a_file_over_the_calls_size_limit_is_refused():
    assert refusal_code("cv.pdf", pdf_bytes(padding=2048), max_bytes=1024) == "file_too_large"


@pytest.mark.parametrize(
    ("client_name", "shown"),
    [
        ("../../x.pdf", "x.pdf"),
        ("..\\..\\windows\\x.pdf", "x.pdf"),
        ("C:\\Users\\ana\\cv final.pdf", "cv final.pdf"),
        ("/etc/passwd", "passwd"),
        ("..", "file"),
        ("cv\x00.pdf\n", "cv.pdf"),
    ],
)
def test_display_names_lose_every_path_and_control_character(client_name, shown):
    assert display_name(client_name) == shown


def test_a_pdf_html_polyglot_is_a_pdf_by_its_content():
    # Its signature says PDF, so it is stored and served as one: never as a web page.
    assert detect_file_kind(upload("cv.html", PDF_HTML_POLYGLOT)) is FileKind.PDF


@pytest.mark.parametrize(
    ("original_name", "kind", "downloaded"),
    [
        ("cv.html", "pdf", "cv.pdf"),
        ("CV.PDF", "pdf", "CV.pdf"),
        ("photo.jpeg", "jpeg", "photo.jpg"),
        ("portfolio", "png", "portfolio.png"),
        ("scrisoare.pdf.exe", "docx", "scrisoare.pdf.docx"),
        ("..\\..\\cv.html", "pdf", "cv.pdf"),
        ("cv.", "odt", "cv.odt"),
        ("..", "pdf", "file.pdf"),
    ],
)
def test_download_names_take_the_extension_of_the_detected_kind(original_name, kind, downloaded):
    assert download_name(original_name, kind) == downloaded
