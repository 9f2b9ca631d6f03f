"""The kits' editors speak Romanian: the generic admin test skips page types the demo lacks,
so the profile and resource editors (add and edit) are checked here on the kit test types."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.test_admin_language import romanian_admin, speaks_romanian

from .conftest import make_mentor, make_mentor_index, make_person


def test_the_profile_and_person_editors_speak_romanian(client, sections):
    from tests.libraries.conftest import make_library, make_resource

    user = romanian_admin(get_user_model().objects.create_superuser("redactor", "r@cccluj.ro", "x"))
    client.force_login(user)
    index = make_mentor_index(sections[0])
    person = make_person()
    mentor = make_mentor(index, person)
    library = make_library(sections[0])
    resource = make_resource(library)
    urls = [
        reverse("wagtailadmin_pages:add", args=["kit_people", "kitmentorpage", index.pk]),
        reverse("wagtailadmin_pages:edit", args=[mentor.pk]),
        reverse("wagtailadmin_pages:add", args=["kit_libraries", "kitresourcepage", library.pk]),
        reverse("wagtailadmin_pages:edit", args=[resource.pk]),
        reverse("wagtailadmin_pages:edit", args=[library.pk]),
        reverse("wagtailsnippets_people_person:edit", args=[person.pk]),
    ]
    english = [message for url in urls for message in speaks_romanian(client, url)]
    assert not english, "\n".join(english)
