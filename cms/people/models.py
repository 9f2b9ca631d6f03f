"""The shared `Person` snippet and the abstract profile pages programmes subclass.

- `Person` is one record per human being, shared by every programme (like a venue): name,
  photo with alt text and credit, a short bio, links, languages spoken and the consent record
  for publication. Translatable: the bio and the photo's alt text are written per language;
  the name, the photo, its credit, the languages and the consent are the same in every
  language (synchronised by wagtail-localize, and the consent also written on every copy at
  once, see `cms.people.consent`). Draft state, revisions, workflow and preview as Wagtail's
  bakerydemo has them.
- `ProfilePage` (abstract): a programme's page about one person in one role (mentor, artist,
  facilitator, curator). Two programmes' profiles of one person point at the same `Person`.
- `ProfileIndexPage` (abstract): lists its child profiles.

A person is shown to the public only while their copy is published *and* their consent is
recorded (`Person.objects.public()`); a profile page of anyone else answers 404.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.links import ExternalLinkBlock
from cms.models import BasePage
from cms.ownership import ProgrammeOwned
from cms.people.languages import SpokenLanguagesField, language_name
from cms.translations import governing_copy, in_language


class ConsentMethod(models.TextChoices):
    SIGNED_FORM = "signed_form", _("Signed consent form")
    EMAIL = "email", _("By email")
    CONTRACT = "contract", _("Clause in a contract")
    ONLINE_FORM = "online_form", _("Online form")


# What is one fact about the person in every language, never translated.
CONSENT_FIELDS = (
    "publication_consent",
    "consent_method",
    "consent_date",
    "consent_note",
    "consent_recorded_by",
    "consent_recorded_at",
)


class PersonQuerySet(models.QuerySet):
    def public(self):
        """Copies the public may see: published, with consent to publication recorded."""
        return self.filter(live=True, publication_consent=True)


class Person(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """A person the centre's programmes present (a mentor, an artist, a curator)."""

    name = models.CharField(_("name"), max_length=200)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt_text = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it. Required with a photo."),
    )
    photo_credit = models.CharField(
        _("photo credit"), max_length=200, blank=True, help_text=_("Who took the photo.")
    )
    bio = models.TextField(
        _("short bio"),
        max_length=800,
        blank=True,
        help_text=_("Two or three sentences, in this language."),
    )
    links = StreamField(
        [("link", ExternalLinkBlock())],
        blank=True,
        verbose_name=_("links"),
        help_text=_("A website, a portfolio, a profile elsewhere: http:// or https:// only."),
    )
    languages_spoken = SpokenLanguagesField(_("languages spoken"))

    publication_consent = models.BooleanField(
        _("consents to publication"),
        default=False,
        help_text=_(
            "Tick only when the person has agreed to their name, photo and bio being published. "
            "Without it the person is never shown on the site."
        ),
    )
    consent_method = models.CharField(
        _("how consent was given"), max_length=20, choices=ConsentMethod.choices, blank=True
    )
    consent_date = models.DateField(_("date consent was given"), null=True, blank=True)
    consent_note = models.CharField(
        _("where the consent is kept"),
        max_length=300,
        blank=True,
        help_text=_("E.g. the file or email thread, so it can be found on request."),
    )
    # Written by the admin form from the signed-in editor, never typed.
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consent recorded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_recorded_at = models.DateTimeField(
        _("consent recorded at"), null=True, blank=True, editable=False
    )

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="person",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="person",
        for_concrete_model=False,
    )

    objects = PersonQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt_text"), FieldPanel("photo_credit")],
            heading=_("Photo"),
        ),
        FieldPanel("bio"),
        FieldPanel("links"),
        FieldPanel("languages_spoken"),
        MultiFieldPanel(
            [
                FieldPanel("publication_consent"),
                FieldRowPanel([FieldPanel("consent_method"), FieldPanel("consent_date")]),
                FieldPanel("consent_note"),
                FieldRowPanel(
                    [
                        FieldPanel("consent_recorded_by", read_only=True),
                        FieldPanel("consent_recorded_at", read_only=True),
                    ]
                ),
            ],
            heading=_("Consent to publication"),
        ),
        PublishingPanel(),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    override_translatable_fields = [
        TranslatableField("bio"),
        TranslatableField("photo_alt_text"),
        TranslatableField("links"),
        SynchronizedField("name"),
        SynchronizedField("photo"),
        SynchronizedField("photo_credit"),
        SynchronizedField("languages_spoken"),
        *(SynchronizedField(name, overridable=False) for name in CONSENT_FIELDS),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        # Consent is one fact about the person, and the default-language copy holds it: a
        # translation takes it from there on every save (so a stale translation, synced from
        # an old snapshot, can never give back a consent that was withdrawn), and saving the
        # default-language copy writes it on every other copy at once.
        governing = governing_copy(type(self), self.translation_key, live=False, fallback=False)
        is_translation = governing is not None and governing.pk != self.pk
        if is_translation:
            for name in CONSENT_FIELDS:
                setattr(self, name, getattr(governing, name))
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if not is_translation and (
            update_fields is None or set(update_fields) & set(CONSENT_FIELDS)
        ):
            type(self).objects.filter(translation_key=self.translation_key).exclude(
                pk=self.pk
            ).update(**{name: getattr(self, name) for name in CONSENT_FIELDS})

    @property
    def is_public(self) -> bool:
        return bool(self.live and self.publication_consent)

    @property
    def language_names(self) -> list[str]:
        return [language_name(code) for code in self.languages_spoken or []]

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.photo_id and not self.photo_alt_text.strip():
            errors["photo_alt_text"] = _("Describe the photo for people who cannot see it.")
        if self.publication_consent:
            if not self.consent_method:
                errors["consent_method"] = _("Say how the person gave their consent.")
            if not self.consent_date:
                errors["consent_date"] = _("Say when the person gave their consent.")
        if errors:
            raise ValidationError(errors)

    def profiles(self) -> list[ProfilePage]:
        """The person's public profile pages in every programme, in this copy's language.

        One query per profile page type (a handful), whatever the number of profiles.
        """
        if not self.is_public:
            return []
        found = []
        for model in profile_page_models():
            found += list(
                model.objects.live()
                .public()
                .filter(in_language(self.locale_id), person__translation_key=self.translation_key)
                .select_related("locale")
            )
        return sorted(found, key=lambda page: (page.programme, page.title, page.pk))

    # --- preview ------------------------------------------------------------------------------

    def get_preview_template(self, request, mode_name):
        return "people/person_preview.html"


def profile_page_models() -> list[type[ProfilePage]]:
    """Every concrete profile page type, whichever app (programme) defines it."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ProfilePage) and not model._meta.abstract
    ]


# --- pages --------------------------------------------------------------------------------------


class ProfilePage(ProgrammeOwned, BasePage):
    """One person's page in a programme, in one role. Subclass it once per kind of profile
    (mentor, artist in residence, facilitator…), add the programme's own fields, and set
    `parent_page_types`. `intro` and `body` (from `BasePage`) are the programme's text about
    the person; the person's name, photo, bio and links come from the shared `Person`.
    """

    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The shared record: the same person may have profiles in other programmes."),
    )

    subpage_types: list[str] = []  # a profile is a leaf: nothing is filed under a person
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("In this programme, e.g. “Mentor, Leadership module”."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("person"),
        FieldPanel("role"),
        *BasePage.content_panels[1:],
    ]
    override_translatable_fields = [TranslatableField("role")]

    # The schema.org type of the page's JSON-LD; a subclass may not need to change it.
    schema_type = "Person"
    search_type = "person"

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        person = Person.objects.filter(pk=self.person_id).first() if self.person_id else None
        if person is not None and not person.publication_consent:
            raise ValidationError(
                {
                    "person": _(
                        "%(name)s has no recorded consent to publication: record it on the "
                        "person first."
                    )
                    % {"name": person.name}
                }
            )

    def public_person(self) -> Person | None:
        """The person as the public may see them, in this page's language, else None."""
        from cms.translations import copy_in

        return copy_in(
            Person.objects.public().select_related("photo"),
            self.person.translation_key,
            self.locale_id,
        )

    def serve(self, request, *args, **kwargs):
        if self.public_person() is None:
            raise Http404("no consent to publication")
        return super().serve(request, *args, **kwargs)

    def get_template(self, request, *args, **kwargs):
        # A plugin may ship `<app>/<model>.html`; otherwise the kit's template serves.
        from django.template.loader import select_template

        return select_template(
            [super().get_template(request, *args, **kwargs), "people/profile_page.html"]
        ).template.name

    def get_context(self, request, *args, **kwargs):
        from cms.people.jsonld import profile_json_ld

        context = super().get_context(request, *args, **kwargs)
        person = self.public_person()
        context["person"] = person
        context["json_ld"] = profile_json_ld(self, person, request) if person else ""
        return context


class ProfileIndexPage(ProgrammeOwned, BasePage):
    """Lists its child profile pages (of people the public may see), by name."""

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        from django.template.loader import select_template

        return select_template(
            [super().get_template(request, *args, **kwargs), "people/profile_index_page.html"]
        ).template.name

    def get_context(self, request, *args, **kwargs):
        # The listing's queries live in `cms.people.listing`, which reads this module: the
        # app's configuration, above both, hands them over (as `cms.events` does).
        context = super().get_context(request, *args, **kwargs)
        context["profiles"] = apps.get_app_config("people").child_profiles(self)
        return context
