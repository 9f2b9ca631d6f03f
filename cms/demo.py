"""Demo content: the builder every programme's `load_demo_content` hook receives.

Pages are created in Romanian (the default locale) and translated into English as copies that
share the Romanian page's `translation_key`, the way wagtail-localize relates translations.
Running the builder again keeps what exists (an editor may have changed it) and only adds what
is missing, so `load_demo` is idempotent.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO, TypeVar

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page

T = TypeVar("T")


class DemoBuilder:
    """Creates or finds demo pages in both languages and reports progress.

    `page(parent, Model, ro={...}, en={...}, **common)` is the one way to add a page: `ro` and
    `en` hold the translated fields (title, slug, intro, body…), `common` those that are the same
    in both (dates, numbers, references to snippets).
    """

    def __init__(self, stdout: TextIO | None = None, today: datetime.date | None = None) -> None:
        self.stdout = stdout or sys.stdout
        self.today = today or timezone.localdate()
        self.ro = Locale.objects.get(language_code="ro")
        self.en = Locale.objects.get(language_code="en")
        self.home: Page | None = None
        self.created = 0
        self.kept = 0
        # The test suite builds the demo dozens of times: there, long tables (thirty hubs,
        # fifteen schools) give their first rows only (`rows`); every page type still appears.
        self.sample = getattr(settings, "DEMO_SAMPLE", 0)

    def rows(self, table: Sequence[T]) -> Sequence[T]:
        """A long demo table's rows to build: all of them, or the first `DEMO_SAMPLE` (tests)."""
        return table[: self.sample] if self.sample else table

    def log(self, message: str) -> None:
        self.stdout.write(message + "\n")
        self.stdout.flush()

    def date(self, month: int, day: int, *, year_offset: int = 0) -> datetime.date:
        """A date in the current year (or `year_offset` later), for seed events dated by month."""
        return datetime.date(self.today.year + year_offset, month, day)

    @transaction.atomic
    def page(
        self,
        parent: Page,
        model: type[Page],
        *,
        ro: dict[str, Any],
        en: dict[str, Any],
        after_create: Callable[[Page, Page], None] | None = None,
        **common: Any,
    ) -> Page:
        """Return the Romanian page `ro["slug"]` under `parent`, creating both languages if new.

        `after_create(ro_page, en_page)` runs once, when the pages are first made (e.g. to add
        child objects that need the page's id).
        """
        existing = parent.get_children().filter(slug=ro["slug"]).first()
        if existing is not None:
            self.kept += 1
            return existing.specific

        ro_page = model(locale=self.ro, **common, **ro)
        parent.add_child(instance=ro_page)
        ro_page.save_revision().publish()

        en_page = ro_page.copy_for_translation(self.en)
        for field, value in {**common, **en}.items():
            setattr(en_page, field, value)
        en_page.save()
        en_page.save_revision().publish()

        if after_create:
            after_create(ro_page, en_page)
        self.created += 1
        self.log(f"  + {model._meta.verbose_name}: {ro['title']} / {en['title']}")
        return ro_page

    def translation_of(self, page: Page) -> Page:
        """The English page of a Romanian demo page."""
        return page.get_translation(self.en).specific
