"""The jury's admin views: a call's jury page, one application's scoring, the ranking export.

A juror of the call scores (only jurors do); the call's reviewers (`user_can_review_call`: the
programme's team, editors) follow the progress. Nobody sees another juror's scores or the
ranking before the jury is complete (`cms.opencalls.jury`). A juror of another call is
refused (403).
"""

from __future__ import annotations

import csv
import functools
import io

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from cms.exports import ascii_file_name, attachment_header
from cms.opencalls import jury
from cms.opencalls.admin_views import neutralise_formula, user_can_review_call
from cms.opencalls.models import Application, JuryScore
from cms.translations import local_now


class JuryAccess:
    """Finds the call (its governing page) and decides who may come in."""

    def find_call(self, call_key):
        self.call = jury.governing_call(call_key)
        if self.call is None:
            raise Http404
        self.juror = jury.is_juror(self.request.user, self.call)
        self.reviewer = user_can_review_call(self.request.user, call_key)
        if not (self.juror or self.reviewer):
            raise PermissionDenied

    def jury_url(self) -> str:
        return reverse("opencalls_admin:jury", args=[self.call.pk])


class JuryView(JuryAccess, WagtailAdminTemplateMixin, TemplateView):
    template_name = "opencalls/admin/jury.html"
    header_icon = "form"
    page_title = _("Jury")

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, pk=kwargs["page_id"])
        self.find_call(page.translation_key)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.call.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        complete = jury.is_complete(self.call)
        criteria = jury.criteria_of(self.call)
        context.update(
            {
                "call": self.call,
                "criteria": criteria,
                "complete": complete,
                "is_juror": self.juror,
                "ranking": jury.ranking(self.call) if complete else None,
                "progress": jury.progress(self.call) if self.reviewer else None,
                "export_url": reverse("opencalls_admin:jury_ranking", args=[self.call.pk]),
            }
        )
        if self.juror:
            mine = jury.own_scores(self.call, self.request.user)
            context["own_rows"] = [
                {
                    "application": application,
                    "scores": [mine.get(application.pk, {}).get(c.pk) for c in criteria],
                    "url": reverse("opencalls_admin:score", args=[application.pk]),
                }
                for application in jury.jury_applications(self.call)
            ]
        return context


class ScoreForm(forms.Form):
    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        for criterion in criteria:
            self.fields[f"criterion_{criterion.pk}"] = forms.IntegerField(
                label=criterion.name,
                min_value=0,
                max_value=criterion.max_score,
                help_text=gettext("From 0 to %(max)s.") % {"max": criterion.max_score},
            )


class ScoreView(JuryAccess, WagtailAdminTemplateMixin, FormView):
    """One juror's scores of one application; a bad score is refused (400) by each field."""

    template_name = "opencalls/admin/score_application.html"
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        self.application = get_object_or_404(Application, pk=kwargs["pk"])
        self.find_call(self.application.call_key)
        if not self.juror:
            messages.warning(request, gettext("Only the call's jurors score its applications."))
            return redirect(self.jury_url())
        if not jury.jury_applications(self.call).filter(pk=self.application.pk).exists():
            return self.refuse_off_list()
        self.criteria = jury.criteria_of(self.call)
        return super().dispatch(request, *args, **kwargs)

    def refuse_off_list(self) -> HttpResponse:
        return HttpResponse(
            gettext("This application is not on the jury's list."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )

    def get_page_title(self):
        return gettext("Score %(reference)s") % {"reference": self.application.reference}

    def get_page_subtitle(self):
        return self.call.title

    def get_form(self, form_class=None):
        return ScoreForm(criteria=self.criteria, **self.get_form_kwargs())

    def get_initial(self):
        given = JuryScore.objects.filter(
            application=self.application, juror=self.request.user, criterion__in=self.criteria
        ).values_list("criterion_id", "score")
        return {f"criterion_{criterion_id}": score for criterion_id, score in given}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "application": self.application,
                "call": self.call,
                "jury_url": self.jury_url(),
                "review_url": reverse("opencalls_admin:review", args=[self.application.pk]),
                "action_url": self.request.path,
            }
        )
        return context

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def form_valid(self, form):
        for criterion in self.criteria:
            JuryScore.objects.update_or_create(
                application=self.application,
                juror=self.request.user,
                criterion=criterion,
                defaults={"score": form.cleaned_data[f"criterion_{criterion.pk}"]},
            )
        messages.success(self.request, gettext("Scores saved."))
        return redirect(self.jury_url())


def refused_with_403(view):
    """A refusal is a 403 saying why, in the user's language: Wagtail's admin would turn it
    into a redirect to the dashboard, which a juror of another call could take for a fault."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return HttpResponseForbidden(
                gettext("You are neither on this call's jury nor among its reviewers."),
                content_type="text/plain; charset=utf-8",
            )

    return wrapped


jury_page = require_admin_access(refused_with_403(JuryView.as_view()))
score_application = require_admin_access(refused_with_403(ScoreView.as_view()))


@require_admin_access
@refused_with_403
def ranking_csv(request, page_id: int) -> HttpResponse:
    """The ranking as CSV, once the jury is complete (before, back to the jury page)."""
    view = JuryAccess()
    view.request = request
    page = get_object_or_404(Page, pk=page_id)
    view.find_call(page.translation_key)
    if not jury.is_complete(view.call):
        messages.warning(request, gettext("The ranking is shown once every juror has scored."))
        return redirect(view.jury_url())
    criteria = jury.criteria_of(view.call)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            gettext("Rank"),
            gettext("Reference"),
            gettext("Name"),
            *[criterion.name for criterion in criteria],
            gettext("Total"),
        ]
    )
    for row in jury.ranking(view.call):
        writer.writerow(
            [
                row.rank,
                row.application.reference,
                neutralise_formula(row.application.applicant_name),
                *row.means,
                row.total,
            ]
        )
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    name = ascii_file_name("ranking", view.call.title, f"{local_now().date():%Y-%m-%d}")
    response["Content-Disposition"] = attachment_header(f"{name}.csv")
    return response
