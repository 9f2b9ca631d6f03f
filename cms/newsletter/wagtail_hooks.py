"""Admin menu and URLs of the newsletter."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.newsletter import admin_urls


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    return [path("newsletter/", include(admin_urls, namespace="newsletter_admin"))]


@hooks.register("register_admin_menu_item")
def newsletter_menu_item():
    return MenuItem(_("Newsletter"), reverse("newsletter_admin:index"), icon_name="mail", order=260)
