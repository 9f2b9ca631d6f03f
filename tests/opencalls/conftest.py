"""Fixtures for open-call tests: a call in Romanian and English, files good and bad, clocks."""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
import zlib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from cms.testing import make_home_pages

BUCHAREST = ZoneInfo("Europe/Bucharest")

# Texts of the editor's questions of the test call; clean names are derived by Wagtail from the
# labels. The applicant's name, email and acceptance of the rules are the engine's own fields.
FIELDS = [
    {"label": "Motivation", "field_type": "multiline", "required": True},
    {"label": "CV", "field_type": "file", "required": True},
    {"label": "Portfolio", "field_type": "file", "required": False},
]


def valid_answers() -> dict:
    return {
        "applicant-name": "Ana Pop (demo)",
        "applicant-email": "ana.pop@example.org",
        "accept-rules": "on",
        "motivation": "Lucrez de cinci ani cu comunități din Cluj.",
    }


# --- files ---------------------------------------------------------------------------------------


def pdf_bytes(padding: int = 0) -> bytes:
    return b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n" + b"0" * padding + b"\n%%EOF\n"


def pdf_file(name: str = "cv.pdf", padding: int = 0) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes(padding), content_type="application/pdf")


def png_file(name: str = "poster.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")


def png_bytes(width: int = 12, height: int = 8) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def png_header_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height` pixels (a decompression bomb's shape).

    Only the header matters: Pillow reads the size from IHDR without decoding pixels.
    """

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        package.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return buffer.getvalue()


def plain_zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("readme.txt", "not a word document")
    return buffer.getvalue()


def hostile_odt_bytes(how: str) -> bytes:
    """A ZIP shaped like an ODT (first member `mimetype`) that zipfile cannot simply read.

    `encrypted`: the member claims a password; `unknown_method`: compression method 99;
    `broken_stream`: deflated, then its bytes damaged.
    """
    buffer = io.BytesIO()
    info = zipfile.ZipInfo("mimetype")
    if how == "broken_stream":
        info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(info, "application/vnd.oasis.opendocument.text")
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    if how == "encrypted":  # zipfile clears the flag when writing: set it in both headers
        data[6] |= 0x1
        data[central + 8] |= 0x1
    if how == "unknown_method":
        data[8:10] = (99).to_bytes(2, "little")  # local file header
        data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    if how == "broken_stream":
        data[30 + len("mimetype") : 30 + len("mimetype") + 6] = b"\xff" * 6
    return bytes(data)


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML_DOCUMENT = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
# Starts like a PDF (so it is one by its signature) and carries a web page after it.
PDF_HTML_POLYGLOT = b"%PDF-1.4\n" + HTML_DOCUMENT + b"\n%%EOF\n"


# --- pages and settings --------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def rate_limit_off_unless_a_test_turns_it_on(settings):
    """Tests post many times from one client; the rate-limit tests switch it on themselves."""
    from django.core.cache import cache

    settings.RATELIMIT_ENABLE = False
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def private_root(settings, tmp_path) -> Path:
    """Private uploads and public media in a fresh temporary folder each test."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.PRIVATE_MEDIA_ROOT


def stored_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.fixture
def homes(db):
    return make_home_pages()


def make_call(parent, model=None, *, opens_at=None, closes_at=None, fields=FIELDS, **extra):
    """A published call under `parent` and its English translation, sharing translation_key."""
    from wagtail.models import Locale

    from cms.opencalls.models import OpenCallFormField, OpenCallPage

    model = model or OpenCallPage
    now = timezone.now()
    extra.setdefault("slug", "apel-test")
    extra.setdefault("allowed_file_kinds", ["pdf", "jpeg", "png", "docx"])
    extra.setdefault("max_file_size_mb", 2)
    call = model(
        title="Apel deschis de test",
        intro="Un apel pentru artiști.",
        opens_at=opens_at or now - datetime.timedelta(days=1),
        closes_at=closes_at or now + datetime.timedelta(days=3, hours=4, minutes=30),
        confirmation_message="Vă mulțumim!",
        **extra,
    )
    call.form_fields = [  # in order (`sort_order`), as the admin's formset saves them
        OpenCallFormField(sort_order=position, **field) for position, field in enumerate(fields)
    ]
    parent.add_child(instance=call)
    call.save_revision().publish()

    en = call.copy_for_translation(Locale.objects.get(language_code="en"))
    en.title = "Test open call"
    en.slug = f"{call.slug}-en"
    en.confirmation_message = "Thank you!"
    en.save_revision().publish()
    call.refresh_from_db()
    return call, model.objects.get(pk=en.pk)


@pytest.fixture
def call_pages(homes, private_root):
    """(ro, en) pages of one open call, open for three more days."""
    ro_home, en_home = homes
    ro, _ = make_call(ro_home)
    return ro, ro.get_translation(en_home.locale).specific


@pytest.fixture
def call(call_pages):
    return call_pages[0]


@pytest.fixture
def freeze_now(monkeypatch):
    """Set the server's clock: `freeze_now(aware_datetime)`."""

    def freeze(moment: datetime.datetime) -> None:
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return freeze
