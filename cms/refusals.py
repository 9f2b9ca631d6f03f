"""Refusals that say why: another programme's pages are named, with whom to ask.

Wagtail refuses a page a user may not change with a redirect to the dashboard and a bare
"Sorry, you do not have permission to access this area.", and shows another team's section in
the explorer as if it were empty ("0 pages"). For a team member that reads like a fault. This
middleware looks at admin page URLs before Wagtail's views run:

- a page view (`/admin/pages/<id>/…`) of a page in a programme section that is not the user's,
  which the user may not edit, answers a 403 page in the admin's look that names the programme
  and its team and says to ask an editor;
- the explorer of such a section adds a message naming the programme, then shows the listing.

Only another *programme's* pages are explained here; every other refusal stays Wagtail's own.
"""

from __future__ import annotations

from django.contrib import messages
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.admin.localization import get_localized_response
from wagtail.models import Page

EXPLORER_URL_NAMES = {"wagtailadmin_explore"}


def describe_programme(programme: str) -> dict[str, str]:
    """The programme's and its team's names, in the admin's active language."""
    from cms.models import ProgrammeTeam
    from cms.plugin_manager import get_programme
    from cms.translations import default_language

    info = get_programme(programme)
    team = ProgrammeTeam.objects.select_related("group").filter(programme=programme).first()
    return {
        "programme": info.info.name_in(get_language() or default_language()) if info else programme,
        "team": team.group.name if team else "",
    }


def _foreign_programme(user, page: Page) -> str | None:
    """The page's programme if it is not one of `user`'s and they may not edit the page."""
    from cms.teams import programmes_for_user

    programmes = programmes_for_user(user)
    if programmes is None:
        return None  # editors and administrators: nothing is another team's
    from cms.ownership import programme_of

    programme = programme_of(page)
    if not programme or programme in programmes:
        return None
    if page.permissions_for_user(user).can_edit():
        return None  # given rights on it all the same: Wagtail decides
    return programme


def _refusal(request, page: Page, programme: str):
    return TemplateResponse(
        request,
        "cms/admin/refused.html",
        {"page": page, **describe_programme(programme)},
        status=403,
    )


class ProgrammeRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated:
            return None
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return None  # Wagtail's own JSON refusals for its scripts
        is_page_view = "wagtailadmin_pages" in match.namespaces and "page_id" in view_kwargs
        is_explorer = match.url_name in EXPLORER_URL_NAMES and "parent_page_id" in view_kwargs
        if not (is_page_view or is_explorer):
            return None
        page_id = view_kwargs.get("page_id") or view_kwargs.get("parent_page_id")
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            return None  # Wagtail answers 404
        programme = _foreign_programme(user, page)
        if programme is None:
            return None
        if is_explorer:
            return get_localized_response(self._explain_section, request, programme)
        return get_localized_response(_refusal, request, page, programme)

    @staticmethod
    def _explain_section(request, programme: str):
        messages.info(
            request,
            _(
                "This section belongs to %(programme)s (%(team)s): only its team and the "
                "editors see its pages. Ask an editor if you need something in it."
            )
            % describe_programme(programme),
        )
        return None
