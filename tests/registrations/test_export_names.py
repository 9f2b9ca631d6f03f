"""Registration exports are named after the event, in ASCII (issue 22, item 6)."""

from __future__ import annotations

import re

import pytest

from tests.registrations.test_team_admin import hub_occurrence, team_members  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_registrations_export_is_named_after_the_event_in_ascii(
    client,
    team_members,  # noqa: F811
    hub_occurrence,  # noqa: F811
    kind,
):
    client.force_login(team_members["hubs"])
    response = client.get(f"/admin/registrations/date/{hub_occurrence.pk}/?export={kind}")
    assert response.status_code == 200
    header = response["Content-Disposition"]
    start = hub_occurrence.local_start
    # "Atelier de competențe": ț becomes t, and the whole header is plain ASCII.
    assert header == (
        f'attachment; filename="registrations-atelier-de-competente-'
        f'{start:%Y%m%d-%H%M}-{hub_occurrence.pk}.{kind}"'
    )
    assert re.fullmatch(r"[ -~]+", header)
