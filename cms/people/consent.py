"""Consent to publication: recorded by whom and when, withdrawn at once, and what follows.

Granting consent goes through the snippet's draft and publishing like any other change. Taking
it back does not wait for a publish: a person who withdraws must leave the site now, so the
admin form (`PersonForm`) writes the withdrawal on every language's copy as soon as it is saved.

Whenever no copy of a person is public any more (consent withdrawn, or every copy unpublished),
their profile pages are unpublished too, which takes them out of the sitemap, search and every
listing through Wagtail's own `page_unpublished` signal.
"""

from __future__ import annotations

from django.db.models.signals import post_save
from django.utils import timezone


def withdraw_consent(person, user=None) -> None:
    """Record that `person` no longer consents, on every copy, and unpublish their profiles."""
    from cms.people.models import Person

    Person.objects.filter(translation_key=person.translation_key).update(
        publication_consent=False, consent_recorded_by=user, consent_recorded_at=timezone.now()
    )
    unpublish_profiles_of_hidden_person(person.translation_key)


def unpublish_profiles_of_hidden_person(translation_key) -> int:
    """Unpublish the live profile pages of a person none of whose copies is public."""
    from cms.people.models import Person, profile_page_models

    if Person.objects.public().filter(translation_key=translation_key).exists():
        return 0
    count = 0
    for model in profile_page_models():
        for page in model.objects.live().filter(person__translation_key=translation_key):
            page.unpublish()
            count += 1
    return count


def _person_saved(sender, instance, **kwargs) -> None:
    if not instance.is_public:
        unpublish_profiles_of_hidden_person(instance.translation_key)


def connect() -> None:
    from cms.people.models import Person

    post_save.connect(_person_saved, sender=Person, dispatch_uid="people-person-hidden")
