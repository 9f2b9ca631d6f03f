"""Naming people on other pages: an event's facilitators, an edition's curators, a module's
mentors. Add `("people", PeopleBlock())` to a StreamField, or `PersonBlock()` in a ListBlock.

Each chosen person is shown in the page's language, only if the public may see them, and
linked to their profile pages; the whole block costs a fixed number of queries.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock


class PersonBlock(blocks.StructBlock):
    person = SnippetChooserBlock("people.Person", label=_("Person"))
    role = blocks.CharBlock(
        label=_("Role"), max_length=200, required=False, help_text=_("E.g. “Facilitator”.")
    )

    class Meta:
        icon = "user"
        label = _("Person")


class PeopleBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    people = blocks.ListBlock(PersonBlock(), label=_("People"))

    class Meta:
        icon = "group"
        label = _("People")
        template = "people/blocks/people.html"

    def get_context(self, value, parent_context=None):
        from cms.people.listing import profiles_by_person, public_people

        context = super().get_context(value, parent_context=parent_context)
        chosen = [item for item in value["people"] if item["person"] is not None]
        keys = {item["person"].translation_key for item in chosen}
        locale_id = Locale.get_active().pk  # the language the page is being shown in
        people = public_people(keys, locale_id) if keys else {}
        profiles = profiles_by_person(people.keys(), locale_id) if people else {}
        context["people"] = [
            {
                "person": people[key],
                "role": item["role"],
                "profiles": profiles.get(key, []),
            }
            for item in chosen
            if (key := item["person"].translation_key) in people
        ]
        return context
