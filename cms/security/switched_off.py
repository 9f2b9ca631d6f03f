"""Files of a switched-off programme: its team's documents answer 404 like its pages.

A programme's media live in its team's collection (`cms.teams`). While the programme is
switched off (`PROGRAMMES_BLOCKED`) a document in that collection, or below it, is not served;
switching the programme back on serves it again. Pages, dates, registrations and feeds are
closed where they are looked up (`cms.ownership.records_of_enabled_programmes`).
"""

from __future__ import annotations


def collection_paths_of_disabled_programmes() -> list[str]:
    """Tree paths of the collections whose team belongs to a programme that is not enabled."""
    from wagtail.models import GroupCollectionPermission

    from cms.models import ProgrammeTeam
    from cms.plugin_manager import enabled_programmes

    enabled = [programme.slug for programme in enabled_programmes()]
    teams = ProgrammeTeam.objects.exclude(programme__in=enabled).values("group_id")
    return list(
        GroupCollectionPermission.objects.filter(group_id__in=teams)
        .values_list("collection__path", flat=True)
        .distinct()
    )


def is_file_of_disabled_programme(document) -> bool:
    paths = collection_paths_of_disabled_programmes()
    if not paths:
        return False
    path = document.collection.path
    return any(path.startswith(prefix) for prefix in paths)
