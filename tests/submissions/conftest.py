"""Fixtures for the submissions kit: a directory of hubs (a throw-away page type, in
tests/kit_apps/kit_submissions) under a programme's section, in Romanian and English, with the
teams set up as `setup_teams` makes them; answers good and hostile; photos."""

from __future__ import annotations

import io
import struct
import zlib
from io import StringIO
from types import SimpleNamespace

import pytest
from PIL import Image

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from wagtail.models import Locale

from cms.plugin_manager import enabled_programmes
from cms.testing import make_home_pages

PROPOSER_EMAIL = "ioana.rusu@example.org"


def valid_answers(**overrides) -> dict:
    """A creative hub of Cluj proposing itself (from the centre's hubs programme)."""
    answers = {
        "title": "Fabrica de Pensule",
        "website": "https://www.fabricadepensule.ro",
        "locality": "Cluj-Napoca",
        "description": "Spațiu independent pentru artă contemporană, dans și teatru.\n\n"
        "Ateliere, galerii și o sală de spectacole într-o fostă fabrică.",
        "proposer_name": "Ioana Rusu",
        "proposer_email": PROPOSER_EMAIL,
        "consent": "on",
    }
    answers.update(overrides)
    return {key: value for key, value in answers.items() if value is not None}


def png_bytes(width: int = 12, height: int = 8) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (58, 12, 163)).save(buffer, format="PNG")
    return buffer.getvalue()


def photo(name: str = "fabrica.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")


def png_header_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height` pixels (a decompression bomb's shape)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def programme():
    """Any enabled programme that has a team: the kit does not care which."""
    from cms.plugin_manager import call_for_programme

    return next(p for p in enabled_programmes() if call_for_programme(p, "programme_team"))


@pytest.fixture
def directory(db, programme):
    """The directory in Romanian and English, under the programme's section, teams set up."""
    from tests.kit_apps.kit_submissions.models import KitHubDirectoryPage

    home, _ = make_home_pages()  # first: it makes the locales again after a transactional test
    english = Locale.objects.get(language_code="en")
    section_model = apps.get_model(programme.info.section_model)
    section = home.add_child(instance=section_model(title="Huburi creative", slug="huburi"))
    section_en = section.copy_for_translation(english)
    section_en.title = "Creative hubs"
    section_en.save_revision().publish()
    call_command("setup_teams", stdout=StringIO())

    ro = section.add_child(
        instance=KitHubDirectoryPage(title="Harta huburilor", slug="harta-huburilor")
    )
    en = ro.copy_for_translation(english)
    en.title = "Map of hubs"
    en.save_revision().publish()
    return SimpleNamespace(ro=ro, en=en.specific, section=section, programme=programme)


@pytest.fixture
def moderator(directory):
    """A member of the programme's team: the proposals' moderator."""
    from cms.models import ProgrammeTeam

    # With an address: Wagtail writes to moderators when a proposal is submitted to them, and
    # the proposer's emails must still be told apart from those.
    user = get_user_model().objects.create_user(
        "moderatoare", email="moderatoare@cccluj.ro", password="x"
    )
    user.groups.add(ProgrammeTeam.objects.get(programme=directory.programme.slug).group)
    return user


class ProposerOutbox:
    """The emails to the proposer, out of everything sent (Wagtail also writes to moderators
    when a proposal is submitted to them)."""

    def __init__(self, outbox):
        self.outbox = outbox

    def _mine(self):
        return [message for message in self.outbox if message.to == [PROPOSER_EMAIL]]

    def __iter__(self):
        return iter(self._mine())

    def __len__(self):
        return len(self._mine())

    def __getitem__(self, index):
        return self._mine()[index]

    def clear(self):
        self.outbox.clear()

    def pop(self):
        message = self._mine()[-1]
        self.outbox.remove(message)
        return message


@pytest.fixture
def mailoutbox(mailoutbox):
    return ProposerOutbox(mailoutbox)


def propose_url(directory_page) -> str:
    return directory_page.url + directory_page.reverse_subpage("proposal_form")


@pytest.fixture
def propose(client, django_capture_on_commit_callbacks):
    """POST a proposal to a directory page; on-commit work (the email task) runs."""

    def post(directory_page, data=None, files=None):
        payload = valid_answers() if data is None else data
        payload = {**payload, **(files or {})}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(propose_url(directory_page), payload)

    return post
