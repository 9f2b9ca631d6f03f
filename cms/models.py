"""Pages the engine owns: the home page, the generic content page and the programme section base.

Programme plugins subclass `ProgrammeSectionPage` (multi-table) for their section's root, so one
query over this table finds every programme's section in a locale (navigation, `programmes`).
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.admin_forms import LocalePageForm
from cms.blocks import BodyBlock
from cms.featured import Featured
from cms.json_ld import json_ld_script, organization_json_ld
from cms.ownership import ProgrammeOwned
from cms.page_image import PageImage
from cms.view_restrictions import private_pages


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


class HomePage(Featured, BasePage):
    """The site's root page, one per locale. Its children are programme sections and content."""

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    content_panels = [*BasePage.content_panels, *Featured.featured_panels]

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def clean_subpage_models(cls):
        # Section page types come from the enabled programme plugins, so they cannot be listed
        # statically here; ask the plugins (cached by Wagtail's own attribute below).
        if cls._clean_subpage_models is None:
            from cms.programmes import section_page_models

            news_index = apps.get_model("news", "NewsIndexPage")
            cls._clean_subpage_models = [ContentPage, *section_page_models(), news_index]
        return cls._clean_subpage_models

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from cms.programmes import live_sections

        context["sections"] = live_sections(
            self.locale_id, private_pages(request), with_images=True
        )
        context["organization_json_ld"] = json_ld_script(
            organization_json_ld(SiteSettings.for_request(request))
        )
        return context


class ContentPage(BasePage):
    """A generic page: about the centre, contact, privacy, a programme's background text."""

    subpage_types = ["cms.ContentPage"]

    class Meta:
        verbose_name = _("content page")


class ProgrammeSectionPage(ProgrammeOwned, PageImage, Featured, BasePage):
    """The root of one programme's section. Each plugin subclasses it once, in its own app.

    `programme` is set on save from the plugin's app (`cms.ownership`); it is what navigation,
    calendars and team permissions filter on, and it survives a disabled plugin (the system
    check then names the orphaned pages).
    """

    parent_page_types = ["cms.HomePage"]
    max_count_per_parent = 1
    content_panels = [
        *BasePage.content_panels,
        *PageImage.image_panels,
        *Featured.featured_panels,
    ]

    class Meta:
        verbose_name = _("programme section")

    @classmethod
    def clean_subpage_models(cls):
        """The plugin's own child types, and a news index on every section (the engine's)."""
        if "_clean_subpage_models" not in cls.__dict__ or cls._clean_subpage_models is None:
            news_index = apps.get_model("news", "NewsIndexPage")
            cls._clean_subpage_models = None  # Wagtail's own resolution, cached on this class
            allowed = super().clean_subpage_models()
            if news_index not in allowed:
                allowed = [*allowed, news_index]  # a new list: Wagtail may share its own
            cls._clean_subpage_models = allowed
        return cls._clean_subpage_models

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
    """The centre's identity and the site-wide links the templates need, edited in the admin.

    One row per site, read once per request (`{{ settings.cms.SiteSettings }}`): the header,
    the footer, the feeds' calendar name and the emails' signature all come from here. The
    defaults are the centre's details as they were written in the templates before.
    """

    name = models.CharField(
        _("name in Romanian"), max_length=120, default="Centrul Cultural Clujean"
    )
    name_en = models.CharField(
        _("name in English"),
        max_length=120,
        default="Cluj Cultural Centre",
        help_text=_("Shown on the pages in English and in other languages than Romanian."),
    )
    address = models.CharField(
        _("address"),
        max_length=255,
        default="Str. Fluierașului nr. 3, Cluj-Napoca",
        help_text=_("Street and city; the footer adds the country in the reader's language."),
    )
    email = models.EmailField(_("public email address"), default="office@cccluj.ro")
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    instagram_url = models.URLField(_("Instagram profile"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header instead of the name; its alt text is the name."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every form that asks for personal data."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("logo")],
            heading=_("The centre"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("youtube_url")],
            heading=_("Social networks"),
        ),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = _("site settings")

    # Read on every public page (header, footer): kept in the shared cache between requests so
    # the page's query budget does not grow; saving or deleting the row drops the copy, and the
    # timeout bounds staleness where the cache is per process (locmem in development).
    CACHE_SECONDS = 300

    @staticmethod
    def cache_key(site_id: int) -> str:
        return f"cms:site-settings:{site_id}"

    @classmethod
    def for_request(cls, request):
        """The request's site's row, cached; the defaults (unsaved) for a host no site answers for
        (an unknown host, a database before its first site): a page, never a 500 from the footer.
        """
        from wagtail.models import Site

        attribute = cls.get_cache_attr_name()
        if hasattr(request, attribute):
            return getattr(request, attribute)
        site = Site.find_for_request(request)
        if site is None:
            instance = cls()
        else:
            instance = cache.get(cls.cache_key(site.pk))
            if instance is None:
                instance = cls.for_site(site)
                cache.set(cls.cache_key(site.pk), instance, cls.CACHE_SECONDS)
        instance._request = request  # as Wagtail's own: page links relative to this site
        setattr(request, attribute, instance)
        return instance

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        cache.delete(self.cache_key(self.site_id))

    def delete(self, *args, **kwargs):
        cache.delete(self.cache_key(self.site_id))
        return super().delete(*args, **kwargs)

    @property
    def localized_name(self) -> str:
        """The name in the active language: Romanian on Romanian pages, English elsewhere."""
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        if language == settings.LANGUAGE_CODE.split("-")[0]:
            return self.name
        return self.name_en or self.name

    @property
    def social_links(self) -> list[tuple[str, str]]:
        """(network, address) of the networks filled in, in a fixed order."""
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(network, url) for network, url in links if url]

    @classmethod
    def for_page(cls, page: Page | None) -> SiteSettings:
        """For work done outside a request (emails sent by tasks): the row of the page's site,
        else of the default site, else the defaults."""
        from wagtail.models import Site

        site = page.get_site() if page is not None else None
        site = site or Site.objects.filter(is_default_site=True).first()
        return cls.for_site(site) if site else cls()
