"""A library's pages: the index, its resources, and the topics they are tagged with.

Both page bases are abstract: a programme subclasses them in its own app (so its team owns
them, `cms.ownership`), adds fields and sets `parent_page_types` / `subpage_types`.

- What is the same in every language is synchronised by wagtail-localize: the kind, the files,
  the audio file and its duration, the topics chosen. The title, introduction, body,
  transcript and link labels are translated.
- `Topic` is translatable (its `slug` is synchronised). The index filters by it with the
  directories kit's `RelatedFilter`, which counts every language's copies of a topic as one.
- The pages are the directories kit's (`cms.directories`): a resource is a
  `DirectoryEntryPage`, a library a `DirectoryIndexPage` with kind, topic and (site-wide)
  programme filters, pages, exports and a query budget; this module adds what a resource is.
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

from cms.directories.filters import ChoiceFilter, ProgrammeFilter, RelatedFilter
from cms.directories.models import DirectoryEntryPage, DirectoryIndexPage
from cms.links import ExternalLinkBlock
from cms.models import BasePage


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
        help_text=_("A short name without spaces; the same in every language."),
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


class ResourcePage(DirectoryEntryPage):
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
            [
                super(DirectoryEntryPage, self).get_template(request, *args, **kwargs),
                "libraries/resource_page.html",
            ]
        ).template.name

    def shown_topics(self) -> list:
        """Its topics in its language (once per page object: the page and its JSON-LD read
        them)."""
        if not hasattr(self, "_shown_topics"):
            # Built in a module that reads this one: the app's configuration, above both,
            # hands it over (as `cms.events` does), so no import circle.
            config = apps.get_app_config("libraries")
            self._shown_topics = config.resource_topics(self)
        return self._shown_topics

    def json_ld(self, request=None) -> dict:
        """schema.org `PodcastEpisode` or `CreativeWork` (`cms.libraries.jsonld`)."""
        return apps.get_app_config("libraries").resource_json_ld(self, self.shown_topics(), request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resource_topics"] = self.shown_topics()
        return context


class LibraryScope(models.TextChoices):
    OWN = "own", _("The resources under this page")
    SITE = "site", _("The resources of every programme's library, in this language")


class LibraryIndexPage(DirectoryIndexPage):
    """A library: a directory of resources, filtered by kind and topic, and by programme when
    it lists every programme's resources (`scope` "site")."""

    scope = models.CharField(
        _("what it lists"), max_length=10, choices=LibraryScope.choices, default=LibraryScope.OWN
    )

    filters = [ChoiceFilter("kind"), RelatedFilter("topics"), ProgrammeFilter()]
    sort_orders = ["name"]
    list_fields = ["kind", "topics"]
    export_fields = ["kind", "topics", "links"]

    content_panels = [*BasePage.content_panels, FieldPanel("scope")]
    override_translatable_fields = [SynchronizedField("scope")]

    class Meta:
        abstract = True

    @property
    def site_wide(self) -> bool:
        return self.scope == LibraryScope.SITE

    def active_filters(self):
        # One programme's library: a programme choice would offer nothing (and is ignored).
        if self.site_wide:
            return super().active_filters()
        return [kept for kept in self.filters if not isinstance(kept, ProgrammeFilter)]

    def entries(self):
        """A site-wide library: every live resource of its type in its language, of every
        programme; otherwise the resources under it."""
        if self.site_wide:
            return self.entries_in_locale()
        return super().entries()
