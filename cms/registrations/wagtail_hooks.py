"""Admin menu and URLs of registrations."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.registrations import admin_urls
from cms.registrations.models import RegistrationStatus
from cms.registrations.receivers import people_to_tell


@hooks.register("register_admin_urls")
def register_registrations_admin_urls():
    return [path("registrations/", include(admin_urls, namespace="registrations_admin"))]


@hooks.register("register_admin_menu_item")
def registrations_menu_item():
    return MenuItem(
        _("Registrations"), reverse("registrations_admin:index"), icon_name="group", order=250
    )


@hooks.register("describe_occurrence_cancellation")
def registrants_told_of_a_cancelled_date(occurrence):
    """For the events engine's "cancel this date?" page: who will be emailed (the same people
    `tell_registrants` emails once the date is cancelled)."""
    people = people_to_tell(occurrence)
    return [
        (_("With a seat:"), people.filter(status=RegistrationStatus.CONFIRMED).count()),
        (_("On the waiting list:"), people.filter(status=RegistrationStatus.WAITLISTED).count()),
    ]
