"""Admin menu and URLs of registrations."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.registrations import admin_urls


@hooks.register("register_admin_urls")
def register_registrations_admin_urls():
    return [path("registrations/", include(admin_urls, namespace="registrations_admin"))]


@hooks.register("register_admin_menu_item")
def registrations_menu_item():
    return MenuItem(
        _("Registrations"), reverse("registrations_admin:index"), icon_name="group", order=250
    )
