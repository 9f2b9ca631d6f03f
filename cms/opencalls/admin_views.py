"""Reviewers' admin: the applications of a call, one application's review, file downloads.

Who may review a call is decided in one place, `calls_user_can_review`: Wagtail's
`get_forms_for_user` (edit permission on the page, through Wagtail's permission policy, then
every `filter_form_submissions_for_user` hook — so a later teams feature that restricts by
programme restricts these views too). A call's Romanian and English pages share one list, so a
reviewer of either page reviews the call.
"""

from __future__ import annotations

import datetime
from collections import OrderedDict

import django_filters

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import SubmissionsListFilterSet, SubmissionsListView

from cms.exports import ascii_file_name, attachment_header
from cms.opencalls.forms import ApplicationReviewForm
from cms.opencalls.models import (
    FILE_FIELD_TYPE,
    Application,
    ApplicationFile,
    ApplicationStatus,
)
from cms.opencalls.profiles import DraftProfileForm, create_draft_profile, profile_target
from cms.opencalls.tasks import call_url_for, enqueue_status_change
from cms.opencalls.uploads import download_name, private_storage
from cms.translations import TIME_ZONE, local_now

# Spreadsheet programs run a cell starting with these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def calls_user_can_review(user) -> QuerySet:
    """The form pages whose applications `user` may see (Wagtail's policy plus hooks)."""
    return get_forms_for_user(user)


def user_can_review_call(user, call_key) -> bool:
    return calls_user_can_review(user).filter(translation_key=call_key).exists()


def in_site_time(moment: datetime.datetime) -> datetime.datetime:
    """A moment as wall-clock time in Cluj (`TIME_ZONE`), naive: what the admin shows.

    Wagtail writes aware moments in UTC (CSV as text with "+00:00", XLSX converted to UTC), so
    an application sent at 00:30 in Cluj would appear the day before.
    """
    return timezone.localtime(moment, TIME_ZONE).replace(tzinfo=None)


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class ApplicationFilterSet(SubmissionsListFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ApplicationStatus.choices, empty_label=_("Any status")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("Any language")
    )


class ApplicationListView(SubmissionsListView):
    """Wagtail's submissions listing for a call: both languages, status, files, review links."""

    filterset_class = ApplicationFilterSet
    results_template_name = "opencalls/admin/application_list_results.html"
    orderable_fields = ("id", "submit_time", "reference", "status")
    page_title = _("Applications")

    def get_base_queryset(self):
        return self.form_page.get_submissions().prefetch_related("files")

    def file_field_names(self) -> set[str]:
        return {
            field.clean_name
            for field in self.form_page.get_form_fields()
            if field.field_type == FILE_FIELD_TYPE
        }

    def to_row_dict(self, item: Application):
        """An export row: file fields become links to the permission-checked download."""
        data = item.get_data()
        files = item.files_by_field()
        file_fields = self.file_field_names()
        row = OrderedDict()
        for field in self.list_export:
            if field in file_fields:
                # On the admin host the reviewer exported from, where their session is valid.
                row[field] = "\n".join(
                    self.request.build_absolute_uri(stored.get_download_url())
                    for stored in files.get(field, [])
                )
            elif field == "submit_time":
                row[field] = in_site_time(item.submit_time)
            else:
                row[field] = data.get(field)
        return row

    def write_csv_response(self, queryset):
        # Wagtail streams CSV lazily, after the view returns and the reviewer's admin language
        # is no longer active: headings and status labels would come out in the site default.
        # Build the rows now, in the reviewer's language.
        lines = list(self.stream_csv(queryset))
        response = StreamingHttpResponse(iter(lines), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = attachment_header(f"{self.get_filename()}.csv")
        return response

    def write_xlsx_response(self, queryset):
        response = super().write_xlsx_response(queryset)
        response["Content-Disposition"] = attachment_header(f"{self.get_filename()}.xlsx")
        return response

    def get_filename(self) -> str:
        """`applications-<call title in ASCII>-<date in Cluj>`: a name every browser keeps.

        Wagtail's default is the page's slug, which may carry Romanian letters: a bare
        non-ASCII `filename=` is dropped by browsers, which then save "download.csv".
        """
        title = self.form_page.title if self.form_page else ""
        today = local_now().date()
        return ascii_file_name("applications", title, f"{today:%Y-%m-%d}")

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context
        file_fields = self.file_field_names()
        data_fields = self.form_page.get_data_fields()
        rows = []
        for application in context["submissions"]:
            data = application.get_data()
            files = application.files_by_field()
            cells = []
            for name, _label in data_fields:
                if name in file_fields:
                    cells.append({"files": files.get(name, [])})
                elif name == "reference":
                    cells.append(
                        {
                            "value": application.reference,
                            "url": reverse("opencalls_admin:review", args=[application.pk]),
                        }
                    )
                else:
                    value = data.get(name)
                    if isinstance(value, list):
                        value = ", ".join(str(v) for v in value)
                    cells.append({"value": value})
            rows.append({"model_id": application.pk, "cells": cells})
        context["application_rows"] = rows
        return context


class ApplicationReviewView(WagtailAdminTemplateMixin, FormView):
    """One application: its answers and files, and the reviewer's status and notes."""

    template_name = "opencalls/admin/review_application.html"
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        self.application = get_object_or_404(Application, pk=kwargs["pk"])
        if not user_can_review_call(request.user, self.application.call_key):
            raise PermissionDenied
        # The reviewer sees the call in the applicant's language, draft or live.
        self.call = self.application.call_page_in(self.application.language, live=False)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Application %(reference)s") % {"reference": self.application.reference}

    def get_page_subtitle(self):
        return self.call.get_admin_display_title() if self.call else ""

    def get_form(self, form_class=None):
        return ApplicationReviewForm(
            status_choices=ApplicationStatus.choices, **self.get_form_kwargs()
        )

    def get_initial(self):
        return {
            "status": self.application.status,
            "reviewer_notes": self.application.reviewer_notes,
        }

    def list_url(self) -> str:
        if self.call is None:
            return reverse("wagtailforms:index")
        return reverse("wagtailforms:list_submissions", args=[self.call.pk])

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailforms:index"), "label": gettext("Forms")},
            {"url": self.list_url(), "label": gettext("Applications")},
            {"url": "", "label": self.application.reference},
        ]

    def answers(self) -> list[dict]:
        files = self.application.files_by_field()
        fields = self.call.get_form_fields() if self.call else []
        answers = []
        for field in fields:
            value = self.application.form_data.get(field.clean_name)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            answers.append(
                {
                    "label": field.label,
                    "value": value,
                    "files": files.get(field.clean_name, []),
                    "is_file": field.field_type == FILE_FIELD_TYPE,
                }
            )
        return answers

    def profile_target(self):
        """Where this applicant's draft profile would go, if the reviewer may make it."""
        if self.application.status != ApplicationStatus.ACCEPTED:
            return None
        target = profile_target(self.application, self.call)
        if (
            target is None
            or not target[0].permissions_for_user(self.request.user).can_add_subpage()
        ):
            return None
        return target

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "application": self.application,
                "call": self.call,
                "answers": self.answers(),
                "list_url": self.list_url(),
                "action_url": self.request.path,
                "profile_form": kwargs.get("profile_form") or DraftProfileForm(),
                "profile_target": self.profile_target(),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        if "draft_profile" not in request.POST:
            return super().post(request, *args, **kwargs)
        target = self.profile_target()
        profile_form = DraftProfileForm(request.POST)
        if target is None:  # not accepted, or a call whose applicants have no profiles
            messages.error(
                request,
                gettext(
                    "Only an accepted applicant of a call that feeds "
                    "profiles can start a draft profile."
                ),
            )
            return self.render_to_response(self.get_context_data(form=self.get_form()), status=400)
        if not profile_form.is_valid():
            context = self.get_context_data(form=self.get_form(), profile_form=profile_form)
            return self.render_to_response(context, status=400)
        parent, page_type = target
        page = create_draft_profile(
            self.application, parent, page_type, profile_form.cleaned_data, request.user
        )
        messages.success(
            request,
            gettext("A draft profile of %(name)s is ready to complete and publish.")
            % {"name": self.application.applicant_name},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if "draft_profile" in self.request.POST:
            kwargs.pop("data", None)  # the review form is not what was sent
            kwargs.pop("files", None)
        return kwargs

    def form_valid(self, form):
        application = self.application
        new_status = form.cleaned_data["status"]
        status_changed = new_status != application.status
        application.reviewer_notes = form.cleaned_data["reviewer_notes"]
        if status_changed:
            application.status = new_status
            application.status_changed_at = timezone.now()
        application.save(update_fields=["status", "status_changed_at", "reviewer_notes"])
        if status_changed and form.cleaned_data["notify_applicant"]:
            if application.applicant_email:
                from django.db import transaction

                # The link in the email: the call's page in the applicant's language, on the
                # host this reviewer works on (Wagtail's site for it, else the request's host).
                call_url = call_url_for(
                    application.call_page_in(application.language), self.request
                )
                transaction.on_commit(
                    lambda: enqueue_status_change(application.pk, application.status, call_url)
                )
                messages.success(
                    self.request,
                    gettext("Status saved; the applicant will get an email."),
                )
            else:
                messages.warning(
                    self.request,
                    gettext("Status saved. The application has no email address to write to."),
                )
        else:
            messages.success(self.request, gettext("Review saved."))
        return redirect(self.list_url())


review_application = require_admin_access(ApplicationReviewView.as_view())


@require_admin_access
def download_file(request: HttpRequest, pk: int) -> FileResponse:
    """Send one application file to a reviewer of its call, as an inert attachment.

    The headers stop a browser from rendering or sniffing it: whatever slipped past the
    content checks is never run in the site's origin.
    """
    stored = get_object_or_404(ApplicationFile.objects.select_related("application"), pk=pk)
    if not user_can_review_call(request.user, stored.application.call_key):
        raise PermissionDenied
    storage = private_storage()
    if not storage.exists(stored.stored_name):
        raise Http404
    response = FileResponse(
        storage.open(stored.stored_name, "rb"),
        as_attachment=True,
        # Named after what the content is, not what the applicant called it.
        filename=download_name(stored.original_name, stored.kind),
        content_type=stored.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
