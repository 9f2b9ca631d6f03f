"""Pages the engine owns: the home page, the generic content page and the programme section base.

Programme plugins subclass `ProgrammeSectionPage` (multi-table) for their section's root, so one
query over this table finds every programme's section in a locale (navigation, `programmes`).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.admin_forms import LocalePageForm
from cms.blocks import BodyBlock
from cms.ownership import ProgrammeOwned


class BasePage(Page):
    """Fields and behaviour every public page of the site shares: an intro and a body."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    base_form_class = LocalePageForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The site's root page, one per locale. Its children are programme sections and content."""

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def clean_subpage_models(cls):
        # Section page types come from the enabled programme plugins, so they cannot be listed
        # statically here; ask the plugins (cached by Wagtail's own attribute below).
        if cls._clean_subpage_models is None:
            from cms.programmes import section_page_models

            cls._clean_subpage_models = [ContentPage, *section_page_models()]
        return cls._clean_subpage_models

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from cms.programmes import live_sections

        context["sections"] = live_sections(self.locale_id)
        return context


class ContentPage(BasePage):
    """A generic page: about the centre, contact, privacy, a programme's background text."""

    subpage_types = ["cms.ContentPage"]

    class Meta:
        verbose_name = _("content page")


class ProgrammeSectionPage(ProgrammeOwned, BasePage):
    """The root of one programme's section. Each plugin subclasses it once, in its own app.

    `programme` is set on save from the plugin's app (`cms.ownership`); it is what navigation,
    calendars and team permissions filter on, and it survives a disabled plugin (the system
    check then names the orphaned pages).
    """

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["cms.HomePage"]
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("image")]

    class Meta:
        verbose_name = _("programme section")

    @classmethod
    def can_create_at(cls, parent) -> bool:
        # The engine's base is never created on its own, only a plugin's subclass.
        return cls is not ProgrammeSectionPage and super().can_create_at(parent)

    @property
    def programme_colour(self) -> str:
        from cms.plugin_manager import get_programme

        programme = get_programme(self.programme)
        return programme.info.colour if programme else "#1f4e79"

    def get_template(self, request, *args, **kwargs):
        # A plugin may ship `<app>/<model>.html`; otherwise the engine's section template serves.
        from django.template.loader import select_template

        return select_template(
            [super().get_template(request, *args, **kwargs), "cms/programme_section_page.html"]
        ).template.name


class ProgrammeTeam(models.Model):
    """Which Django group is a programme's team. Written by `manage.py setup_teams`.

    Kept as its own row (not inferred from the group's name) so an administrator may rename a
    group in the admin and the separation still holds.
    """

    programme = models.CharField(_("programme"), max_length=50, unique=True)
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="team"
    )

    class Meta:
        verbose_name = _("programme team")
        verbose_name_plural = _("programme teams")

    def __str__(self) -> str:
        return self.group.name


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide links the templates need; editors choose the pages in the admin."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every form that asks for personal data."),
    )

    panels = [FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("site settings")
