"""Hook specifications: what the engine asks every programme plugin.

Each hook's docstring is its documentation. Hooks come in two groups:

* settings-time hooks run while Django settings are being composed, before any app is loaded.
  Their implementations must return plain data and import nothing from Django's models;
* runtime hooks run once apps are ready. Their implementations import models inside the function.

Admin UI goes through Wagtail's own `wagtail_hooks.py`; model lifecycle through Django signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms import hookspec

if TYPE_CHECKING:
    from wagtail.models import Page

    from cms.demo import DemoBuilder
    from cms.programme import ProgrammeInfo, TeamInfo


# --- settings time ------------------------------------------------------------------------------


@hookspec
def programme_info() -> ProgrammeInfo:
    """Describe the programme line: slug, names and summaries in ro and en, colour, order, and
    the page model rooting its section (`section_model="app_label.ModelName"`).

    The one hook every plugin must implement. The slug is the programme's stable identifier: it
    is stored on every record the programme owns, used in URLs and filters, and must match the
    entry-point name. The other hooks are optional: each says what its default is.
    """


@hookspec
def installed_apps() -> list[str]:
    """Return the Django apps the programme needs, as dotted paths for `INSTALLED_APPS`.

    Called while settings are composed: return strings only. Optional: by default the package
    the plugin module lives in (`plugins.hubs` for `plugins.hubs.plugin`) is the one app.
    """


@hookspec
def programme_team() -> TeamInfo:
    """Describe the programme's team: its name in ro and en and whether it may publish.

    `manage.py setup_teams` turns it into a Django group with page permissions on the section
    in every locale, a collection for its images and documents, and access to its programme's
    registrations and submissions only. A programme without this hook has no team of its own;
    editors manage its section.
    """


# --- runtime ------------------------------------------------------------------------------------


@hookspec
def section_page_model() -> type[Page]:
    """Return the page model that roots the programme's section.

    It must subclass `cms.models.ProgrammeSectionPage`. The engine lets editors create it under
    the home page (once per locale) and builds the site navigation from the live instances.
    Optional: by default the model `ProgrammeInfo.section_model` names.
    """


@hookspec
def load_demo_content(demo: DemoBuilder) -> None:
    """Build the programme's demo content in Romanian and English through `demo`.

    Must be idempotent: run twice, it leaves the same pages. Text comes from the centre's real
    programmes (its own published texts), never placeholder text; dates are relative to `demo.today`.
    Optional: by default `build(demo)` of the plugin package's `demo` module, if it has one.
    """
