"""`manage.py compile_translations`: .po → .mo with Babel, so no system gettext is needed.

Django's `compilemessages` needs GNU gettext's `msgfmt`; a fresh machine with only Python has
none. This compiles every `locale/*/LC_MESSAGES/*.po` of the engine and of every enabled
programme's apps, in this checkout or installed as a distribution of their own. A distribution
installed where it cannot write (a read-only site-packages) ships its `.mo` files compiled.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

from cms.plugin_manager import enabled_programme_apps


def project_po_files() -> list[Path]:
    roots = [Path(settings.BASE_DIR) / "site", Path(settings.BASE_DIR) / "cms"]
    # The engine's own apps (cms/opencalls, cms/events…) keep their catalogues beside them.
    roots += sorted(p for p in (Path(settings.BASE_DIR) / "cms").iterdir() if p.is_dir())
    # Every enabled programme's apps, wherever they are installed: a programme shipped as its own
    # distribution has its catalogue in site-packages, not in this checkout.
    programme_apps = set(enabled_programme_apps())
    roots += [Path(c.path) for c in apps.get_app_configs() if c.name in programme_apps]
    catalogues = [
        po for root in roots if root.is_dir() for po in root.glob("locale/*/LC_MESSAGES/*.po")
    ]
    # LOCALE_PATHS also holds the Romanian of third-party apps (site/locale_thirdparty).
    catalogues += [
        po
        for locale_path in settings.LOCALE_PATHS
        for po in Path(locale_path).glob("*/LC_MESSAGES/*.po")
    ]
    return sorted(set(catalogues))


class Command(BaseCommand):
    help = "Compile the project's translation catalogues (.po) into .mo files."

    def handle(self, *args, **options):
        compiled = 0
        for po_path in project_po_files():
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file, locale=po_path.parent.parent.name)
            try:
                with mo_path.open("wb") as mo_file:
                    write_mo(mo_file, catalog, use_fuzzy=False)
            except OSError as error:
                self.stderr.write(f"{po_path}: not compiled ({error.strerror}); ship its .mo")
                continue
            compiled += 1
            if options["verbosity"] > 1:
                self.stdout.write(f"compiled {po_path}")
        self.stdout.write(f"Translations: {compiled} catalogue(s) compiled.")
