"""wagtail-localize writes the date of a translation in English, whatever the admin's language.

`StringTranslation.get_comment` formats `updated_at` with `strftime("%-d %B %Y")`, which follows
the C locale, so the Romanian editor read "Tradus manual la 2 December 2026". This wraps it and
puts the date back in the active language, in Cluj time (`date_format`), keeping wagtail-localize's
own (translated) sentence around it. Remove once wagtail-localize formats the date itself.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format


def install() -> None:
    from wagtail_localize.compat import DATE_FORMAT
    from wagtail_localize.models import StringTranslation

    original = StringTranslation.get_comment
    if getattr(original, "dates_in_active_language", False):
        return  # already installed (ready() may run more than once in tests)

    def get_comment(self):
        comment = original(self)
        if not comment or self.updated_at is None:
            return comment
        english = self.updated_at.strftime(DATE_FORMAT)
        local = date_format(timezone.localtime(self.updated_at), "j F Y")
        return comment.replace(english, local)

    get_comment.dates_in_active_language = True
    StringTranslation.get_comment = get_comment
