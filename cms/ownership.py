"""Which programme owns a record: decided here and nowhere else.

Every programme record — a section, an event, a call, and each content page or snippet a plugin
adds — inherits `ProgrammeOwned`, whose `save()` fills its `programme` field in one way:

1. from the model's Django app: the programme whose `programme_apps()` lists that app (a
   built-in plugin or a separate distribution) owns every row of it;
2. else from the programme section the page lives under (the engine's own page types, e.g. a
   plain `EventPage` created by code inside a section);
3. else the value is left as it is.

The rest of the engine asks, and never decides:

* `programme_of(obj)` — the programme of any page or record (search, refusals, the dashboard);
* `pages_of_programmes(programmes)` — a `Q` for pages inside those programmes' sections (teams,
  the dashboard, form submissions); `pages_of_disabled_programmes()` for the sitemap;
* `records_of_programmes(queryset, programmes)` — rows whose `programme` column is one of them
  (calendars, search documents, registrations, the dashboard).

Who may change which rows is the teams' business (`cms.teams.ProgrammeOwnedPermissionPolicy`);
the checks below hold the app ↔ programme map.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from django.apps import apps
from django.core import checks
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page


class ProgrammeOwned(models.Model):
    """A record of one programme. `programme` is set on every save (see the module docstring)."""

    programme = models.CharField(_("programme"), max_length=50, editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.programme = (
            programme_of_model(type(self)) or _programme_of_section_above(self) or self.programme
        )
        return super().save(*args, **kwargs)


# --- the app → programme map --------------------------------------------------------------------


@cache
def programme_claims() -> dict[str, list[str]]:
    """Installed app name → the slugs of the enabled programmes that list it (ideally one).

    A programme lists an app by its module (`plugins.hubs`) or its AppConfig path
    (`plugins.hubs.apps.HubsConfig`), as `INSTALLED_APPS` accepts either.
    """
    from cms.plugin_manager import enabled_programmes, programme_apps

    claims: dict[str, list[str]] = {}
    for app_config in apps.get_app_configs():
        names = {app_config.name, f"{type(app_config).__module__}.{type(app_config).__qualname__}"}
        for programme in enabled_programmes():
            if names & set(programme_apps(programme)):
                claims.setdefault(app_config.name, []).append(programme.slug)
    return claims


def programme_of_model(model: type[models.Model]) -> str:
    """The programme whose app defines `model`, or "" for the engine's (and Wagtail's) models."""
    claimed = programme_claims().get(model._meta.app_config.name, [])
    return claimed[0] if len(claimed) == 1 else ""


def _programme_of_section_above(obj) -> str:
    """The programme of the nearest section at or above a page that has a place in the tree."""
    path = getattr(obj, "path", "")
    if not (isinstance(obj, Page) and path):
        return ""
    step = Page.steplen
    ancestor_paths = [path[:length] for length in range(step, len(path) + 1, step)]
    section = (
        _sections()
        .filter(path__in=ancestor_paths)
        .order_by("-depth")
        .values_list("programme", flat=True)
        .first()
    )
    return section or ""


def programme_of(obj) -> str:
    """The programme of any page or record: its own `programme`, else its app's, else its
    section's (a generic `Page` of a section); "" when it belongs to none."""
    own = getattr(obj, "programme", "")
    if isinstance(own, str) and own:
        return own
    return programme_of_model(type(obj)) or _programme_of_section_above(obj)


# --- "of these programmes" ----------------------------------------------------------------------


def section_base() -> type[Page]:
    """`cms.models.ProgrammeSectionPage`, through the app registry: `cms.models` builds on this
    module (its pages are `ProgrammeOwned`), and so does `cms.programmes`; neither is imported."""
    return apps.get_model("cms", "ProgrammeSectionPage")


def _sections():
    return section_base().objects


def _enabled_slugs() -> list[str]:
    from cms.plugin_manager import enabled_programmes

    return [programme.slug for programme in enabled_programmes()]


def _pages_inside(sections) -> Q:
    inside = Q(pk__in=[])  # no section: no page
    for path in sections.values_list("path", flat=True):
        inside |= Q(path__startswith=path)
    return inside


def pages_of_programmes(programmes: Iterable[str] | None) -> Q:
    """Pages inside (or being) the section of any of `programmes`; None means every page.

    By tree position, not by the pages' own columns: a team's rights are on its section, and
    a generic page under it (a content page) has no `programme` of its own.
    """
    if programmes is None:
        return Q()
    return _pages_inside(_sections().filter(programme__in=list(programmes)))


def pages_of_disabled_programmes() -> Q:
    """Pages inside the section of a programme that is not enabled (its plugin is off)."""
    return _pages_inside(_sections().exclude(programme="").exclude(programme__in=_enabled_slugs()))


def records_of_programmes(
    queryset,
    programmes: Iterable[str] | None,
    *,
    field: str = "programme",
    unowned: bool = False,
):
    """Rows of `queryset` whose `field` names one of `programmes` (None: every row).

    `unowned` keeps rows of no programme too (the engine's own pages in public listings).
    """
    if programmes is None:
        return queryset
    wanted = Q(**{f"{field}__in": list(programmes)})
    if unowned:
        wanted |= Q(**{field: ""})
    return queryset.filter(wanted)


def records_of_enabled_programmes(queryset, *, field: str = "programme"):
    """Rows of no programme or of an enabled one: what public listings show.

    A disabled plugin's pages, dates and search documents stay in the database (switching it
    back on brings them back), but they leave every public listing: sitemap, search, calendar.
    """
    return records_of_programmes(queryset, _enabled_slugs(), field=field, unowned=True)


# --- snippets: a team edits its own programme's rows ----------------------------------------------


def owned_models() -> list[type[models.Model]]:
    """Concrete `ProgrammeOwned` models, pages and snippets alike."""
    return [model for model in apps.get_models() if issubclass(model, ProgrammeOwned)]


def owned_snippet_models() -> list[type[models.Model]]:
    """Concrete `ProgrammeOwned` models that are not pages (pages have Wagtail's page policy)."""
    return [model for model in owned_models() if not issubclass(model, Page)]


# --- start-up checks ----------------------------------------------------------------------------


@checks.register(checks.Tags.models)
def check_ownership(app_configs, **kwargs):
    """An app belongs to one programme; a programme's records are `ProgrammeOwned` and agree."""
    errors = []
    for app_name, slugs in sorted(programme_claims().items()):
        if len(slugs) > 1:
            errors.append(
                checks.Error(
                    f"The app {app_name!r} is claimed by the programmes {', '.join(slugs)}: "
                    "an app belongs to one programme, which owns every record of it.",
                    hint="Remove it from all but one programme's installed_apps hook.",
                    id="cms.E010",
                )
            )
    claimed = {app: slugs[0] for app, slugs in programme_claims().items() if len(slugs) == 1}
    for model in apps.get_models():
        programme = claimed.get(model._meta.app_config.name)
        if programme is None:
            continue
        if issubclass(model, ProgrammeOwned):
            # An old-style constant may survive in a third party's code: it must agree.
            legacy = getattr(model, "programme_slug", "")
            if legacy and legacy != programme:
                errors.append(
                    checks.Error(
                        f"{model._meta.label}.programme_slug is {legacy!r}, but its app belongs "
                        f"to the programme {programme!r}.",
                        hint="Remove programme_slug: the programme comes from the app.",
                        obj=model,
                        id="cms.E011",
                    )
                )
        elif any(field.name == "programme" for field in model._meta.concrete_fields):
            errors.append(
                checks.Error(
                    f"{model._meta.label} has a programme field of its own but is not "
                    "ProgrammeOwned, so nothing sets it.",
                    hint="Inherit cms.ownership.ProgrammeOwned instead of declaring the field.",
                    obj=model,
                    id="cms.E012",
                )
            )
    return errors
