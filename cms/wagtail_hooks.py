"""Wagtail admin and serving hooks of the engine."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path

from wagtail import hooks
from wagtail.models import Page


@hooks.register("before_serve_page")
def refuse_pages_of_disabled_programmes(page, request, serve_args, serve_kwargs):
    # A page whose model is no longer installed comes back as a bare `Page` from `.specific`.
    # Serving it would show an empty shell; a 404 is honest, and `check` names such pages.
    if type(page) is Page and page.depth > 1:
        raise Http404("This page belongs to a programme that is not enabled.")
    # An engine page type (an event, a call) inside a switched-off programme's section is
    # still installed: its own `programme` says whose it is. Nothing is shown or stored for it.
    from cms.plugin_manager import get_programme

    programme = getattr(page, "programme", "")
    if isinstance(programme, str) and programme and get_programme(programme) is None:
        raise Http404("This page belongs to a programme that is not enabled.")


@hooks.register("before_serve_page")
def share_pages_between_visitors(page, request, serve_args, serve_kwargs):
    # A page is the same for every anonymous visitor (the page cache stores it only when it
    # holds no form token and sets no cookie). It lists what is under it: a child published
    # anywhere below renders it again.
    from cms.pagecache import cache_this_response

    cache_this_response("site", f"children:{page.pk}")


@hooks.register("before_serve_document")
def refuse_documents_of_disabled_programmes(document, request):
    from cms.security.switched_off import is_file_of_disabled_programme

    if is_file_of_disabled_programme(document):
        raise Http404("This file belongs to a programme that is not enabled.")


@hooks.register("register_log_actions")
def register_security_log_actions(actions):
    from django.utils.translation import gettext_lazy as _

    from cms.security.login_throttle import LOCKOUT_ACTION

    # Shown in an account's history and in Reports → Site history.
    actions.register_action(
        LOCKOUT_ACTION, _("Logins locked"), _("Logins locked after too many failed attempts")
    )


# --- wagtail-localize: translation rights follow page rights ------------------------------------
# wagtail-localize's "submit for translation" and "sync translations" views check only the global
# `submit_translation` permission, so a team member could create or overwrite translations of
# another team's pages. These guards run first (cms is installed before wagtail_localize, so its
# admin URLs are matched first) and hand over to wagtail-localize's own views once allowed.


def _can_translate_page(user, page: Page, target_locale_ids) -> bool:
    from cms.translations import copy_in

    if not page.permissions_for_user(user).can_edit():
        return False
    for locale_id in target_locale_ids:
        # Drafts count: an existing translation, published or not, is what would be overwritten.
        target = copy_in(Page, page.translation_key, locale_id, live=False, fallback=False)
        if target is not None:
            if not target.permissions_for_user(user).can_edit():
                return False
            continue
        parent = page.get_parent()
        if parent.depth > 1:  # a page at the root is translated as a sibling
            parent = (
                copy_in(Page, parent.translation_key, locale_id, live=False, fallback=False)
                or parent
            )
            if not parent.permissions_for_user(user).can_add_subpage():
                return False
    return True


def submit_page_translation(request, page_id: int):
    from wagtail_localize.views.submit_translations import SubmitPageTranslationView

    page = get_object_or_404(Page, id=page_id)
    if request.method == "POST":
        locale_ids = [int(pk) for pk in request.POST.getlist("locales") if pk.isdigit()]
    else:
        locale_ids = []
    if not _can_translate_page(request.user, page, locale_ids):
        raise PermissionDenied
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


def update_translations(request, translation_source_id: int):
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    source = get_object_or_404(TranslationSource, id=translation_source_id)
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        target_locales = source.translations.values_list("target_locale_id", flat=True)
        if not _can_translate_page(request.user, instance, list(target_locales)):
            raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


@hooks.register("register_admin_urls")
def guard_translation_urls():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            submit_page_translation,
            name="cms_guarded_submit_page_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            update_translations,
            name="cms_guarded_update_translations",
        ),
    ]


# --- programme teams in the admin ---------------------------------------------------------------


@hooks.register("construct_homepage_panels")
def add_programme_panel(request, panels):
    from cms.dashboard import ProgrammePanel

    panels.append(ProgrammePanel(request.user))


@hooks.register("construct_homepage_summary_items", order=100)  # after Wagtail's own items
def count_the_programmes_pages(request, summary_items):
    from cms.dashboard import programme_summary_items

    programme_summary_items(request, summary_items)


@hooks.register("filter_form_submissions_for_user")
def only_own_programmes_submissions(user, editable_forms):
    """Form submissions (open-call applications) of the user's programmes only.

    Page permissions already keep a team to its section; this holds even if someone is given
    rights on a page elsewhere, because personal data follows the programme.
    """
    from cms.ownership import pages_of_programmes
    from cms.teams import programmes_for_user

    return editable_forms.filter(pages_of_programmes(programmes_for_user(user)))
