"""Uploaded files of applications: what kinds a call accepts, how content is checked, where
files are kept.

Nothing about an upload is trusted. The kind is decided from the file's bytes (magic numbers,
then a structural check: Pillow opens images, DOCX and ODT must be real ZIP packages with the
parts a word processor writes), never from the name or the browser's Content-Type. The name the
applicant's computer gave is kept only as display text, stripped of any path; the file is stored
under a random name in private storage, outside MEDIA_ROOT, so no URL of the public site ever
serves it.
"""

from __future__ import annotations

import enum
import re
import secrets
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

import filetype
from PIL import Image

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

# Images above this many pixels are refused before they are decoded: a small PNG can claim
# 20000 x 20000 pixels and take gigabytes of memory to open (a decompression bomb).
MAX_IMAGE_PIXELS = 40_000_000

# Limits per POST, whatever the call's fields say: one application rarely needs more than a CV,
# a portfolio and a letter, and the web server must not buffer hundreds of megabytes.
MAX_FILES_PER_APPLICATION = 10
MAX_TOTAL_UPLOAD_BYTES = 25 * 1024 * 1024

# Bytes read to recognise a file by its signature (filetype needs at most 261).
SIGNATURE_BYTES = 8192

# Markup that a browser would run: refused by name, with a message of its own.
ACTIVE_MARKUP = re.compile(rb"<\s*(svg|html|!doctype\s+html|script|\?xml)", re.IGNORECASE)

DISPLAY_NAME_MAX_LENGTH = 200


class FileKind(enum.StrEnum):
    """The file kinds an editor can allow on a call, each with how it is recognised."""

    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"
    DOCX = "docx"
    ODT = "odt"

    @property
    def label(self) -> str:
        return FILE_KIND_LABELS[self]

    @property
    def content_type(self) -> str:
        return FILE_KIND_CONTENT_TYPES[self]

    @property
    def extension(self) -> str:
        return ".jpg" if self is FileKind.JPEG else f".{self.value}"


FILE_KIND_LABELS = {
    FileKind.PDF: "PDF",
    FileKind.JPEG: "JPEG",
    FileKind.PNG: "PNG",
    FileKind.DOCX: "Word (DOCX)",
    FileKind.ODT: "OpenDocument (ODT)",
}
FILE_KIND_CONTENT_TYPES = {
    FileKind.PDF: "application/pdf",
    FileKind.JPEG: "image/jpeg",
    FileKind.PNG: "image/png",
    FileKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileKind.ODT: "application/vnd.oasis.opendocument.text",
}
FILE_KIND_CHOICES = [(kind.value, kind.label) for kind in FileKind]
DEFAULT_FILE_KINDS = [FileKind.PDF.value, FileKind.JPEG.value, FileKind.PNG.value]

_SIGNATURE_KINDS = {
    "application/pdf": FileKind.PDF,
    "image/jpeg": FileKind.JPEG,
    "image/png": FileKind.PNG,
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def human_size(size_in_bytes: int) -> str:
    """'25 MB', '300 KB': sizes in messages, in units a visitor reads at a glance."""
    if size_in_bytes >= 1024 * 1024:
        return f"{size_in_bytes / (1024 * 1024):.0f} MB"
    return f"{max(1, round(size_in_bytes / 1024))} KB"


def kinds_sentence(kinds: list[str]) -> str:
    return ", ".join(FileKind(kind).label for kind in kinds if kind in FileKind._value2member_map_)


def _read_head(uploaded: UploadedFile) -> bytes:
    uploaded.seek(0)
    head = uploaded.read(SIGNATURE_BYTES)
    uploaded.seek(0)
    return head


def _is_word_document(uploaded: UploadedFile) -> bool:
    """A DOCX is a ZIP package with `[Content_Types].xml` and a `word/` part.

    Only the central directory is read; nothing is decompressed, so a ZIP bomb costs nothing.
    """
    try:
        with zipfile.ZipFile(uploaded) as package:
            names = package.namelist()
    except Exception:  # noqa: BLE001 - whatever a hostile ZIP raises, it is not a DOCX
        return False
    finally:
        uploaded.seek(0)
    return "[Content_Types].xml" in names and any(name.startswith("word/") for name in names)


def _is_opendocument_text(uploaded: UploadedFile) -> bool:
    """An ODT is a ZIP package whose first member, `mimetype`, names the ODT type.

    OpenDocument stores that member uncompressed and unencrypted, so nothing else is read:
    a member claiming another method, a password or a broken stream is simply not an ODT.
    """
    try:
        with zipfile.ZipFile(uploaded) as package:
            infos = package.infolist()
            if not infos:
                return False
            first = infos[0]
            if (
                first.filename != "mimetype"
                or first.file_size > 100
                or first.compress_type != zipfile.ZIP_STORED
                or first.flag_bits & 0x1  # encrypted
            ):
                return False
            return package.read(first).strip() == ODT_MIMETYPE
    except Exception:  # noqa: BLE001 - whatever a hostile ZIP raises, it is not an ODT
        return False
    finally:
        uploaded.seek(0)


def _check_image(uploaded: UploadedFile) -> None:
    """Open the image header with Pillow and refuse bombs and broken files before decoding."""
    try:
        with warnings.catch_warnings():
            # Pillow warns above its own limit and raises above twice that; both are refusals.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(uploaded) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise ValidationError(
                        _(
                            "The image is too large: %(width)s × %(height)s pixels. Images can "
                            "have at most 40 megapixels."
                        ),
                        code="image_too_large",
                        params={"width": width, "height": height},
                    )
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("The image is too large. Images can have at most 40 megapixels."),
            code="image_too_large",
        ) from error
    except ValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - a file Pillow cannot read is refused, never a 500
        raise ValidationError(
            _("The image could not be read. It may be damaged; please save it again."),
            code="image_unreadable",
        ) from error
    finally:
        uploaded.seek(0)


def detect_file_kind(uploaded: UploadedFile) -> FileKind | None:
    """The kind of an upload judged by its content, or None when it is none we know."""
    head = _read_head(uploaded)
    signature_type = filetype.guess_mime(head)
    if signature_type in _SIGNATURE_KINDS:
        return _SIGNATURE_KINDS[signature_type]
    if head.startswith(b"PK\x03\x04"):
        if _is_word_document(uploaded):
            return FileKind.DOCX
        if _is_opendocument_text(uploaded):
            return FileKind.ODT
    return None


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check: what it is, and the name to show reviewers."""

    file: UploadedFile
    kind: FileKind
    display_name: str


def check_upload(
    uploaded: UploadedFile, *, allowed_kinds: list[str], max_bytes: int
) -> CheckedUpload:
    """Validate one upload against a call's rules; raise ValidationError with a clear message."""
    if uploaded.size is not None and uploaded.size > max_bytes:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit for this call is %(limit)s."),
            code="file_too_large",
            params={"size": human_size(uploaded.size), "limit": human_size(max_bytes)},
        )
    if uploaded.size == 0:
        raise ValidationError(_("The file is empty."), code="file_empty")
    head = _read_head(uploaded)
    kind = detect_file_kind(uploaded)
    if kind is None and ACTIVE_MARKUP.search(head.lstrip()[:1024]):
        raise ValidationError(
            _("SVG and HTML files are not accepted. Please send %(kinds)s."),
            code="active_markup",
            params={"kinds": kinds_sentence(allowed_kinds)},
        )
    if kind is None or kind.value not in allowed_kinds:
        raise ValidationError(
            _(
                "This file is not one of the accepted kinds (%(kinds)s). Its content was "
                "checked, not its name."
            ),
            code="file_kind_not_allowed",
            params={"kinds": kinds_sentence(allowed_kinds)},
        )
    if kind in (FileKind.JPEG, FileKind.PNG):
        _check_image(uploaded)
    return CheckedUpload(file=uploaded, kind=kind, display_name=display_name(uploaded.name or ""))


def display_name(client_name: str) -> str:
    """The file name to show reviewers: the last path segment, without control characters.

    Browsers send only a base name, but a client can send anything (`../../x.pdf`,
    `C:\\Users\\x.pdf`). The result is never used as a path.
    """
    last_segment = PurePosixPath(client_name.replace("\\", "/")).name
    printable = "".join(ch for ch in last_segment if unicodedata.category(ch)[0] != "C")
    printable = printable.strip().lstrip(".") or "file"
    return printable[-DISPLAY_NAME_MAX_LENGTH:]


def download_name(original_name: str, kind: str) -> str:
    """The name a reviewer's browser saves a file under: the applicant's stem, the kind's extension.

    The content decided the kind, so the name follows it: a PDF that also parses as HTML (a
    polyglot) sent as `cv.html` downloads as `cv.pdf`, never as a page that a double click
    opens in a browser. The stem goes through `display_name` again, so a stored name from
    anywhere has no path; the header itself escapes quotes (Django's `content_disposition_header`).
    """
    stem = PurePosixPath(display_name(original_name)).stem.rstrip(". ") or "file"
    extension = FileKind(kind).extension if kind in FileKind._value2member_map_ else ""
    return f"{stem}{extension}"


def private_storage() -> FileSystemStorage:
    """Storage for application files, under `PRIVATE_MEDIA_ROOT`, with no public URL.

    Built per call (not at import) so tests and deployments can point the setting elsewhere.
    """
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def random_storage_name(folder: str, kind: FileKind) -> str:
    """A fresh, unguessable path for a stored file: `<folder>/<32 hex digits><extension>`."""
    return f"{folder}/{secrets.token_hex(16)}{kind.extension}"
