"""A programme's people pages as a plugin would write them: a mentors' index, a mentor profile,
and an edition page that names its curators with the kit's `PeopleBlock`."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from cms.models import BasePage
from cms.people.blocks import PeopleBlock
from cms.people.models import ProfileIndexPage, ProfilePage


class KitMentorIndexPage(ProfileIndexPage):
    subpage_types = ["kit_people.KitMentorPage"]


class KitMentorPage(ProfilePage):
    expertise = models.CharField(max_length=200, blank=True)

    content_panels = [*ProfilePage.content_panels, FieldPanel("expertise")]
    parent_page_types = ["kit_people.KitMentorIndexPage"]
    search_type = "artist"


class KitEditionPage(BasePage):
    people = StreamField([("people", PeopleBlock())], blank=True, verbose_name=_("people"))

    content_panels = [*BasePage.content_panels, FieldPanel("people")]
