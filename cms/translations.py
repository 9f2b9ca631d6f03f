"""One way to translate: the site's time zone, its default language and "this object in language X".

The Romanian and English copies of a page or snippet share a `translation_key` (wagtail-localize);
occurrences, applications and series store that key, not a page. Every question "which copy?" is
answered here, so the answers cannot disagree:

- `governing_copy(model_or_queryset, key)`: the default-language copy, the one whose dates,
  deadlines, seats and upload rules govern every language (a translation keeps a stale copy of
  these fields until it is synced and republished). Without one, the lowest-pk copy governs
  (`fallback=False` returns None instead).
- `copy_in(model_or_queryset, key, language)`: the copy in `language`; with `fallback` (the
  default) the governing copy when that language has none. One query either way.
- `governing_copies` / `copies_in`: the same for many keys at once (one query), as a dict by key.
- `in_language(language)`: the `Q` for "copies in this language", for querysets that list one
  copy per object (the dashboard's calls, the pages awaiting translation).

`live=True` (the default) considers only published copies of models with draft state (pages,
`DraftStateMixin` snippets), so a visitor or an email never gets a draft's address; a snippet
without draft state is always published. Pass a queryset instead of a model to narrow further
(`EventPage.objects.public()`, `.defer("body")`). `language` is a language code, a `Locale` or a
locale id, as Wagtail's `get_translation_or_none(locale)` accepts; that method is the same
lookup for an instance in hand, and these helpers take the key because that is what the
engine's records hold. `translation_key` may also be a queryset of keys (a subquery), so a page
can ask for its venue's copy without loading the venue first.

`tests/test_architecture.py` fails when a copy lookup or a time zone is written anywhere else.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Case, IntegerField, Model, Q, QuerySet, When
from django.utils import timezone

from wagtail.models import DraftStateMixin, Locale

# Events, deadlines and exports are entered and shown in Cluj wall-clock time.
TIME_ZONE = ZoneInfo(settings.TIME_ZONE)


def local_now() -> datetime.datetime:
    """Now, in the site's time zone."""
    return timezone.now().astimezone(TIME_ZONE)


def default_language() -> str:
    """The language whose copy governs (Romanian): `settings.LANGUAGE_CODE`, never a literal."""
    return settings.LANGUAGE_CODE


def in_language(language: str | Locale | int) -> Q:
    """Copies in `language` (a language code, a `Locale` or a locale id)."""
    if isinstance(language, str):
        return Q(locale__language_code=language)
    return Q(locale_id=getattr(language, "pk", language))


def default_language_first() -> Case:
    """An ordering expression: default-language copies before the others."""
    return Case(
        When(in_language(default_language()), then=0), default=1, output_field=IntegerField()
    )


def governing_copy(
    model_or_queryset: type[Model] | QuerySet,
    translation_key,
    *,
    live: bool = True,
    fallback: bool = True,
):
    """The default-language copy of the object `translation_key` names, else (with `fallback`)
    the copy with the lowest pk, else None."""
    copies = _copies(model_or_queryset, [translation_key], live=live)
    if not fallback:
        return copies.filter(in_language(default_language())).first()
    return _preferred_first(copies, None).first()


def copy_in(
    model_or_queryset: type[Model] | QuerySet,
    translation_key,
    language: str | Locale | int,
    *,
    live: bool = True,
    fallback: bool = True,
):
    """The copy in `language`, else (with `fallback`) the governing copy, else None."""
    copies = _copies(model_or_queryset, [translation_key], live=live)
    if not fallback:
        return copies.filter(in_language(language)).first()
    return _preferred_first(copies, language).first()


def governing_copies(
    model_or_queryset: type[Model] | QuerySet, translation_keys: Iterable, *, live: bool = True
) -> dict:
    """`governing_copy` of each key (with fallback), as {translation_key: copy}, in one query."""
    return _first_per_key(
        _preferred_first(_copies(model_or_queryset, translation_keys, live=live), None)
    )


def copies_in(
    model_or_queryset: type[Model] | QuerySet,
    translation_keys: Iterable,
    language: str | Locale | int,
    *,
    live: bool = True,
    fallback: bool = True,
) -> dict:
    """`copy_in` of each key, as {translation_key: copy} (keys without a copy are absent)."""
    copies = _copies(model_or_queryset, translation_keys, live=live)
    if not fallback:
        return _first_per_key(copies.filter(in_language(language)))
    return _first_per_key(_preferred_first(copies, language))


# --- internals ----------------------------------------------------------------------------------


def _copies(model_or_queryset, translation_keys, *, live: bool) -> QuerySet:
    queryset = (
        model_or_queryset._default_manager.all()
        if isinstance(model_or_queryset, type)
        else model_or_queryset
    )
    if live and issubclass(queryset.model, DraftStateMixin):  # Page is one too
        queryset = queryset.filter(live=True)
    if isinstance(translation_keys, QuerySet):
        return queryset.filter(translation_key__in=translation_keys)
    keys = list(translation_keys)
    if len(keys) == 1 and isinstance(keys[0], QuerySet):  # a subquery for one object's key
        return queryset.filter(translation_key__in=keys[0])
    return queryset.filter(translation_key__in=keys)


def _preferred_first(copies: QuerySet, language) -> QuerySet:
    """`language`'s copy first (if any), then the default language's, then by the queryset's
    own order and pk, so that the fallback among other languages is stable."""
    rank = [When(in_language(default_language()), then=1)]
    if language is not None:
        rank.insert(0, When(in_language(language), then=0))
    order = Case(*rank, default=2, output_field=IntegerField())
    existing = list(copies.query.order_by or copies.model._meta.ordering)
    return copies.order_by(order, *existing, "pk")


def _first_per_key(copies: QuerySet) -> dict:
    found: dict = {}
    for copy in copies:
        found.setdefault(copy.translation_key, copy)
    return found
