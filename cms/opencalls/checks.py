"""System checks of open calls: private uploads must never be reachable as public files."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core import checks


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


@checks.register(checks.Tags.security)
def private_media_is_outside_public_folders(app_configs=None, **kwargs):
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    errors = []
    for setting in ("MEDIA_ROOT", "STATIC_ROOT"):
        public = getattr(settings, setting, None)
        if public and (
            _inside(private, Path(public).resolve()) or _inside(Path(public).resolve(), private)
        ):
            errors.append(
                checks.Error(
                    f"PRIVATE_MEDIA_ROOT ({private}) overlaps {setting} ({public}).",
                    hint="Applicants' files would be served publicly. Keep PRIVATE_MEDIA_ROOT "
                    "in a folder of its own, outside MEDIA_ROOT and STATIC_ROOT.",
                    id="opencalls.E001",
                )
            )
    return errors
