"""A library's pages: the index, its resources, and the topics they are tagged with.

Both page bases are abstract: a programme subclasses them in its own app (so its team owns
them, `cms.ownership`), adds fields and sets `parent_page_types` / `subpage_types`.

- What is the same in every language is synchronised by wagtail-localize: the kind, the files,
  the audio file and its duration, the topics chosen. The title, introduction, body,
  transcript and link labels are translated.
- `Topic` is translatable; its `slug` is synchronised, so `?topic=toolkits-for-hubs` filters the
  same in /ro/ and /en/ whichever language's copy a page happens to link.
"""

from __future__ import annotations

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.links import ExternalLinkBlock
from cms.models import BasePage
from cms.ownership import ProgrammeOwned


class ResourceKind(models.TextChoices):
    TOOLKIT = "toolkit", _("Toolkit")
    GUIDE = "guide", _("Guide")
    DOCUMENT = "document", _("Document")
    PODCAST_EPISODE = "podcast_episode", _("Podcast episode")
    VIDEO = "video", _("Video")
    CASE_STUDY = "case_study", _("Case study")


def search_type_of(kind: str) -> str:
    """The site-search type key of a resource of `kind` (registered by the app)."""
    return f"resource_{kind}"


# Audio the player offers, by the file's extension: the `type` of its <source>.
AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "aac": "audio/aac",
    "ogg": "audio/ogg",
    "oga": "audio/ogg",
    "opus": "audio/ogg",
    "wav": "audio/wav",
    "flac": "audio/flac",
}

TRANSCRIPT_FEATURES = ["h3", "bold", "italic", "ol", "ul"]


def iso_duration(duration) -> str:
    """ISO 8601, as schema.org's `duration` and HTML's <time datetime> take it: PT42M30S."""
    seconds = int(duration.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return text + (f"{seconds}S" if seconds or text == "PT" else "")


def duration_in_words(duration) -> str:
    """ "1 hour 5 minutes", "42 minutes 30 seconds", in the active language."""
    seconds = int(duration.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if minutes:
        parts.append(
            ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
        )
    if seconds or not parts:
        parts.append(
            ngettext("%(count)d second", "%(count)d seconds", seconds) % {"count": seconds}
        )
    return " ".join(parts)


class Topic(TranslatableMixin, models.Model):
    """What a resource is about ("Leadership", "Arts education"); shared by every library."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Used in the filter's address; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="libraries_topic_slug")
        ]

    def __str__(self) -> str:
        return self.name


class ResourcePage(ProgrammeOwned, BasePage):
    """One resource: its kind, topics, files, optional audio with a transcript, and links."""

    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    files = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("files"),
        help_text=_("One or several documents to download (PDF, slides, worksheets)."),
    )
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP3, M4A, OGG, Opus, WAV or FLAC file, uploaded as a document."),
    )
    audio_duration = models.DurationField(
        _("duration"), null=True, blank=True, help_text=_("E.g. 00:42:30.")
    )
    transcript = RichTextField(
        _("transcript"),
        features=TRANSCRIPT_FEATURES,
        blank=True,
        help_text=_("Everything said in the recording. Required with audio."),
    )
    links = StreamField(
        [("link", ExternalLinkBlock())],
        blank=True,
        verbose_name=_("external links"),
        help_text=_("A video, a publisher's page, a podcast platform: http:// or https:// only."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("topics"),
        *BasePage.content_panels[1:],
        FieldPanel("files"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audio"), FieldPanel("audio_duration")]),
                FieldPanel("transcript"),
            ],
            heading=_("Audio"),
        ),
        FieldPanel("links"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("transcript")]
    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("topics"),
        SynchronizedField("files"),
        SynchronizedField("audio"),
        SynchronizedField("audio_duration"),
        TranslatableField("transcript"),
        TranslatableField("links"),
    ]

    class Meta:
        abstract = True

    @property
    def schema_type(self) -> str:
        return "PodcastEpisode" if self.kind == ResourceKind.PODCAST_EPISODE else "CreativeWork"

    @property
    def audio_duration_iso(self) -> str:
        return iso_duration(self.audio_duration) if self.audio_duration else ""

    @property
    def audio_duration_text(self) -> str:
        return duration_in_words(self.audio_duration) if self.audio_duration else ""

    @property
    def audio_type(self) -> str:
        return AUDIO_TYPES.get(self.audio.file_extension.lower(), "") if self.audio else ""

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.audio_id:
            from wagtail.documents import get_document_model

            audio = get_document_model().objects.filter(pk=self.audio_id).first()
            if audio is not None and audio.file_extension.lower() not in AUDIO_TYPES:
                errors["audio"] = _("Choose an audio file: MP3, M4A, OGG, Opus, WAV or FLAC.")
            if not self.transcript.strip():
                errors["transcript"] = _(
                    "Add the transcript: people who cannot hear the recording read it."
                )
        if self.kind == ResourceKind.PODCAST_EPISODE and not self.audio_id:
            errors["audio"] = _("A podcast episode needs its audio file.")
        if self.audio_duration is not None and self.audio_duration.total_seconds() <= 0:
            errors["audio_duration"] = _("The duration must be longer than zero.")
        if errors:
            raise ValidationError(errors)

    def search_facets(self):
        from cms.ownership import programme_of
        from cms.search.facets import SearchFacets

        return SearchFacets(type_key=search_type_of(self.kind), programme=programme_of(self))

    def get_template(self, request, *args, **kwargs):
        # A plugin may ship `<app>/<model>.html`; otherwise the kit's template serves.
        from django.template.loader import select_template

        return select_template(
            [super().get_template(request, *args, **kwargs), "libraries/resource_page.html"]
        ).template.name

    def get_context(self, request, *args, **kwargs):
        # Topics and JSON-LD are built in modules that read this one: the app's configuration,
        # above both, hands them over (as `cms.events` does), so no import circle.
        context = super().get_context(request, *args, **kwargs)
        context.update(apps.get_app_config("libraries").resource_page_context(self, request))
        return context


class LibraryScope(models.TextChoices):
    OWN = "own", _("The resources under this page")
    SITE = "site", _("The resources of every programme's library, in this language")


class LibraryIndexPage(ProgrammeOwned, BasePage):
    """A library: its resources, filtered by kind, topic and programme (a plain GET form)."""

    scope = models.CharField(
        _("what it lists"), max_length=10, choices=LibraryScope.choices, default=LibraryScope.OWN
    )
    per_page = 20

    content_panels = [*BasePage.content_panels, FieldPanel("scope")]
    override_translatable_fields = [SynchronizedField("scope")]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        from django.template.loader import select_template

        return select_template(
            [super().get_template(request, *args, **kwargs), "libraries/library_index_page.html"]
        ).template.name

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(apps.get_app_config("libraries").library_listing(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A filter value no form offers (an edited address): say so, with a 400, not a 500.
        if getattr(response, "context_data", {}).get("filter_form_invalid"):
            response.status_code = 400
        return response
