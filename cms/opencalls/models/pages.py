"""The open-call page: Wagtail's form builder with a deadline, upload rules and one shared store.

Plugins subclass `OpenCallPage` (multi-table) for their kinds of call, so one query over this
table finds every call of every programme. Applications do not belong to a page: they belong to
the call's `translation_key`, which the Romanian and English pages share, so both languages
write into one list (wagtail-localize would otherwise split submissions by locale).

For the same reason a call has one set of moments, upload rules and retention: those of its
published page in the default language (`rules_page`), whichever language a visitor reads.
"""

from __future__ import annotations

import datetime
import enum

from dateutil.relativedelta import relativedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.loader import select_template
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from cms.opencalls.forms import OpenCallAdminForm, OpenCallFormBuilder
from cms.opencalls.uploads import DEFAULT_FILE_KINDS, MAX_TOTAL_UPLOAD_BYTES
from cms.ownership import ProgrammeOwned
from cms.translations import governing_copy

FILE_FIELD_TYPE = "file"
OPEN_CALL_FIELD_CHOICES = (*FORM_FIELD_CHOICES, (FILE_FIELD_TYPE, _("File upload")))

DEFAULT_RETENTION_MONTHS = 24
MAX_FILE_SIZE_MB = MAX_TOTAL_UPLOAD_BYTES // (1024 * 1024)


def default_file_kinds() -> list[str]:
    return list(DEFAULT_FILE_KINDS)


class CallStatus(enum.StrEnum):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


class OpenCallFormField(TranslatableMixin, AbstractFormField):
    """One question of a call's form, chosen by the editor; `file` is an upload.

    Translatable with the call: wagtail-localize offers the label, help text, choices and
    default value for translation, and keeps a translated question's `translation_key` (shared
    with the source question) and its `clean_name`, `field_type` and `required` synchronised
    with the source. Answers are stored under `clean_name`, so an application in either
    language lands in the same column of the call's one list.
    """

    page = ParentalKey("OpenCallPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(
        verbose_name=_("field type"), max_length=16, choices=OPEN_CALL_FIELD_CHOICES
    )
    field_type.required_on_save = True

    # What the translator translates, and what a translation copies from the source question.
    # `clean_name`, the name answers are stored under, is never translated or overridden, so a
    # translation keeps the source's (AbstractFormField.save only fills it in when it is empty).
    override_translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")
        ordering = ["sort_order"]


class OpenCallPage(ProgrammeOwned, FormMixin, BasePage):
    """An open call: who may apply, how selection works, when it opens and closes, and its form.

    Opening and closing are entered as wall-clock time in Cluj (`TIME_ZONE`, Europe/Bucharest)
    and stored aware. The call is open from `opens_at` (inclusive) until `closes_at`
    (exclusive): at 23:59 on a 23:59 deadline the form is closed.

    `reference_prefix` starts the human reference of each application (`CC-2026-0042`);
    plugins set their own. `programme` is set by `cms.ownership`: from the plugin app of a
    subclass or, for the engine's own page type, from the programme section the call sits in.
    """

    reference_prefix: str = "CC"

    opens_at = models.DateTimeField(_("opens at"), help_text=_("Date and time in Cluj."))
    closes_at = models.DateTimeField(
        _("closes at"),
        help_text=_(
            "Date and time in Cluj. Applications sent at this minute or later are refused."
        ),
    )
    eligibility = RichTextField(
        _("who can apply"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    selection = RichTextField(
        _("how applications are selected"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
    )
    confirmation_message = models.TextField(
        _("confirmation message"),
        blank=True,
        help_text=_("Shown after a successful application and included in the confirmation email."),
    )
    allowed_file_kinds = models.JSONField(
        _("accepted file kinds"),
        default=default_file_kinds,
        help_text=_("Files are checked by their content, not by their name."),
    )
    max_file_size_mb = models.PositiveSmallIntegerField(
        _("maximum size of one file (MB)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_FILE_SIZE_MB)],
    )
    retention_months = models.PositiveSmallIntegerField(
        _("keep personal data for (months after closing)"),
        default=DEFAULT_RETENTION_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Then files and answers are erased by the personal-data purge."),
    )
    # ProgrammeOwned's field, blank as it always was here (the engine's call may have none).
    programme = models.CharField(
        _("programme"), max_length=50, editable=False, blank=True, db_index=True
    )

    base_form_class = OpenCallAdminForm
    form_builder = OpenCallFormBuilder
    template = "opencalls/open_call_page.html"
    landing_page_template = "opencalls/open_call_page_landing.html"
    # Programmes' call types are creatable; this one only by code (tests, subclasses). It has
    # no parent list of its own, so it would otherwise be offered at the root and under profiles.
    is_creatable = False
    subpage_types: list[str] = []

    def profile_for_applicants(self):
        """(parent page, profile page type) under which the team may turn an accepted
        applicant into a draft profile of the people kit (`cms.opencalls.profiles`), or None:
        most calls feed no profiles. A programme's call type overrides it."""
        return None

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
            heading=_("When the call is open"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("selection"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("confirmation_message"),
        MultiFieldPanel(
            [
                InlinePanel("scoring_criteria", label=_("Scoring criteria")),
                InlinePanel("jurors", label=_("Jurors")),
            ],
            heading=_("Jury"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                FieldPanel("allowed_file_kinds"),
                FieldPanel("max_file_size_mb"),
                FieldPanel("retention_months"),
            ],
            heading=_("Uploads and personal data"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("eligibility"),
        index.SearchField("selection"),
        index.FilterField("programme"),
    ]

    class Meta:
        verbose_name = _("open call")
        verbose_name_plural = _("open calls")

    # --- programme and status ----------------------------------------------------------------

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)  # ProgrammeOwned sets `programme`
        self._update_retention_of_applications()
        return result

    def rules_page(self) -> OpenCallPage:
        """The page whose moments, upload rules and retention govern this call in every language.

        A call has one deadline, as an event has one capacity (`cms.registrations`'
        `settings_page`): that of its live page in the default language (Romanian). A
        translation keeps its own copy of these fields until it is synced and republished, so
        reading them from the page being served would let an English visitor apply after the
        Romanian deadline. Without a live default-language page, this page governs itself; so
        does the default-language page, which lets a preview of its draft show its own moments.

        Looked up once per instance: a request reads the rules for the status, the form's upload
        rules and the stored application's retention.
        """
        if "_rules_source" not in self.__dict__:
            source = governing_copy(OpenCallPage, self.translation_key, fallback=False)
            # The other page, or None when this one governs itself (no reference to itself).
            self._rules_source = None if source is None or source.pk == self.pk else source
        return self._rules_source or self

    def status_at(self, moment: datetime.datetime) -> CallStatus:
        """This page's own status at `moment`; ask `rules_page()` for the call's."""
        if moment < self.opens_at:
            return CallStatus.UPCOMING
        if moment < self.closes_at:
            return CallStatus.OPEN
        return CallStatus.CLOSED

    @property
    def status(self) -> CallStatus:
        return self.rules_page().status_at(timezone.now())

    @property
    def max_file_size_bytes(self) -> int:
        return self.max_file_size_mb * 1024 * 1024

    @property
    def personal_data_kept_until(self) -> datetime.datetime:
        return self.closes_at + relativedelta(months=self.retention_months)

    def _update_retention_of_applications(self) -> None:
        # An editor may move the deadline or change the retention after people applied. Only
        # the published source page counts, read back from the database: this instance may
        # hold a draft (`save_revision` saves the row with the draft's values in memory) or a
        # translation's stale copy of the deadline.
        from cms.opencalls.models.applications import Application

        published = (
            governing_copy(OpenCallPage, self.translation_key, fallback=False)
            or OpenCallPage.objects.live().filter(pk=self.pk).first()
        )
        if published is not None and published.closes_at:
            Application.objects.filter(
                call_key=self.translation_key, personal_data_erased_at__isnull=True
            ).update(retain_until=published.personal_data_kept_until)

    # --- Wagtail form builder ----------------------------------------------------------------

    def get_form_class(self):
        # The questions are this page's (in its language); the upload rules are the call's.
        return self.form_builder(self.get_form_fields(), call=self.rules_page()).get_form_class()

    def get_submission_class(self):
        from cms.opencalls.models.applications import Application

        return Application

    def get_submissions(self):
        """Applications of this call in every language (they share the translation key)."""
        return self.get_submission_class().objects.filter(call_key=self.translation_key)

    def get_data_fields(self):
        return [
            ("reference", _("Reference")),
            ("submit_time", _("Submission date")),
            ("status", _("Status")),
            ("language", _("Language")),
            ("applicant_name", _("Name")),
            ("applicant_email", _("Email")),
            *[(field.clean_name, field.label) for field in self.get_form_fields()],
        ]

    def get_submissions_list_view_class(self):
        from cms.opencalls.admin_views import ApplicationListView

        return ApplicationListView

    def process_form_submission(self, form, *, call_url: str = ""):
        from django.utils.translation import get_language

        from cms.opencalls.applying import store_application

        return store_application(self, form, language=get_language(), call_url=call_url)

    def serve(self, request, *args, **kwargs):
        from cms.opencalls.applying import serve_open_call

        return serve_open_call(self, request, *args, **kwargs)

    # --- templates: a plugin may ship its own, the engine's serve otherwise ------------------

    def get_template(self, request, *args, **kwargs):
        return select_template(
            [super().get_template(request, *args, **kwargs), OpenCallPage.template]
        ).template.name

    def get_landing_page_template(self, request, *args, **kwargs):
        own = self.template.removesuffix(".html") + "_landing.html"
        return select_template([own, OpenCallPage.landing_page_template]).template.name
