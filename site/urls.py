from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from cms.pagecache.views import shared_by_visitors
from cms.sitemap import CalendarSitemap, MultilingualSitemap

urlpatterns = [
    path("", cms_views.language_redirect, name="language_redirect"),
    path("healthz", cms_views.healthz, name="healthz"),
    path("robots.txt", cms_views.robots_txt, name="robots_txt"),
    path("programme-colours.css", cms_views.programme_colours, name="programme_colours"),
    path(
        "sitemap.xml",
        shared_by_visitors("tree", "calendar")(sitemap),
        {
            "sitemaps": {"pages": MultilingualSitemap, "calendars": CalendarSitemap},
            "template_name": "cms/sitemap.xml",  # Django's, with each page's picture
        },
        name="sitemap",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /ro/… and /en/….
urlpatterns += i18n_patterns(
    path("", include("cms.public_urls")),
    path("", include("cms.events.urls")),
    path("", include("cms.registrations.urls")),
    path("", include("cms.newsletter.urls")),
    path("", include("cms.directories.urls")),  # export.csv & co. before Wagtail's pages
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "cms.views.bad_request"
handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
