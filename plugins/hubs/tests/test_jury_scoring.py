"""The Culturepreneurs pitching jury, on the open calls' general jury scoring: jurors of the
selection call score its shortlisted applications on its published criteria; each sees only
their own scores until all are in; then the team sees the ranking and exports it. A juror of
another call is refused, a bad score is a 400 in the juror's language."""

from __future__ import annotations

import csv
import io

import pytest

from django.contrib.auth.models import Permission
from django.urls import reverse

from cms.opencalls.models import Application, ApplicationStatus, CallJuror, ScoringCriterion

pytestmark = pytest.mark.django_db


def admin_user(django_user_model, username: str):
    """An admin user with nothing but access to the admin (a juror from outside the team)."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def jury(programme, django_user_model):
    from django.core.management import call_command

    call_command("setup_teams", stdout=io.StringIO())
    call = programme.calls["selection"]
    jurors = [admin_user(django_user_model, name) for name in ("jurata-ana", "jurat-mihai")]
    for position, user in enumerate(jurors):
        CallJuror.objects.create(page=call, user=user, sort_order=position)
    applications = [
        Application.objects.create(
            page=call,
            call_key=call.translation_key,
            programme="hubs",
            language="ro",
            reference=f"CH-2026-000{number}",
            form_data={"idea": f"Idee {number}"},
            applicant_name=name,
            status=ApplicationStatus.SHORTLISTED if number < 3 else ApplicationStatus.RECEIVED,
        )
        for number, name in ((1, "Irina Pop"), (2, "Radu Mureșan"), (3, "Nu e preselectat"))
    ]
    criteria = list(ScoringCriterion.objects.filter(page=call).order_by("sort_order"))
    return call, jurors, applications, criteria


def score(client, user, application, criteria, values):
    client.force_login(user)
    data = {f"criterion_{c.pk}": value for c, value in zip(criteria, values, strict=True)}
    return client.post(reverse("opencalls_admin:score", args=[application.pk]), data)


def team_member(programme_slug: str, django_user_model):
    from cms.models import ProgrammeTeam

    user = django_user_model.objects.create_user("echipa", "echipa@example.org", "x")
    user.groups.add(ProgrammeTeam.objects.get(programme=programme_slug).group)
    return user


def test_the_selection_call_publishes_its_criteria_in_each_language(programme, client):
    call = programme.calls["selection"]
    html = client.get(call.url).content.decode()
    assert "Cum punctează juriul" in html and "Fezabilitate: de la 0 la 10 puncte" in html
    english = programme.translation_of(call)
    html = client.get(english.url).content.decode()
    assert "How the jury scores" in html and "Growth potential: 0 to 10 points" in html


def test_scores_stay_hidden_until_every_juror_has_scored_then_the_team_ranks_and_exports(
    client, jury, django_user_model
):
    call, (ana, mihai), (first, second, _received), criteria = jury
    jury_url = reverse("opencalls_admin:jury", args=[call.pk])
    csv_url = reverse("opencalls_admin:jury_ranking", args=[call.pk])
    assert score(client, ana, first, criteria, [6, 7, 8, 9]).status_code == 302
    assert score(client, ana, second, criteria, [9, 9, 9, 9]).status_code == 302
    assert score(client, mihai, first, criteria, [8, 7, 6, 5]).status_code == 302

    # Mihai sees his own scores only: not Ana's, not a ranking.
    client.force_login(mihai)
    html = client.get(jury_url).content.decode()
    assert "<td>8</td><td>7</td><td>6</td><td>5</td>" in html
    assert "<td>9</td>" not in html and "<td>6</td><td>7</td>" not in html
    assert "Clasamentul apare după ce toți membrii juriului au punctat." in html
    # The team follows the progress, without a score.
    team = team_member("hubs", django_user_model)
    client.force_login(team)
    html = client.get(jury_url).content.decode()
    assert "jurat-mihai: 1 din 2 aplicații punctate" in html
    assert "<td>9</td>" not in html and "CH-2026-0001</th>" not in html
    assert client.get(csv_url).status_code == 302  # no ranking to export yet

    assert score(client, mihai, second, criteria, [10, 8, 9, 7]).status_code == 302
    client.force_login(team)
    html = client.get(jury_url).content.decode()
    # Means over the two jurors: second 9.5+8.5+9+8 = 35, first 7+7+7+7 = 28.
    assert html.index("CH-2026-0002") < html.index("CH-2026-0001")
    assert "<td>35,00</td>" in html and "<td>28,00</td>" in html
    assert "CH-2026-0003" not in html  # never shortlisted, never scored
    response = client.get(csv_url)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Loc",
        "Număr de referință",
        "Nume",
        "Fezabilitate",
        "Potențial de creștere",
        "Potrivire cu programul",
        "Pitch",
        "Total",
    ]
    assert rows[1] == ["1", "CH-2026-0002", "Radu Mureșan", "9.50", "8.50", "9.00", "8.00", "35.00"]
    assert rows[2][:2] == ["2", "CH-2026-0001"] and rows[2][-1] == "28.00"


def test_a_juror_of_another_call_is_refused(client, jury, programme, django_user_model):
    call, _jurors, (first, *_rest), criteria = jury
    stranger = admin_user(django_user_model, "juriu-schimburi")
    CallJuror.objects.create(page=programme.calls["exchange"], user=stranger)
    client.force_login(stranger)
    assert client.get(reverse("opencalls_admin:jury", args=[call.pk])).status_code == 403
    assert score(client, stranger, first, criteria, [5, 5, 5, 5]).status_code == 403
    ranking = reverse("opencalls_admin:jury_ranking", args=[call.pk])
    assert client.get(ranking).status_code == 403
    assert not first.jury_scores.exists()


def test_a_bad_score_is_refused_with_a_400_saying_why_and_nothing_is_stored(client, jury):
    from wagtail.users.models import UserProfile

    _call, (ana, _mihai), (first, _second, received), criteria = jury
    profile = UserProfile.get_for_user(ana)
    profile.preferred_language = "ro"
    profile.save()
    response = score(client, ana, first, criteria, [11, "mult", -1, 5])
    assert response.status_code == 400
    html = response.content.decode()
    assert "mai mică sau egală cu 10" in html and "Introduceți un număr întreg" in html
    assert not first.jury_scores.exists()
    # An application the jury does not have on its list cannot be scored either.
    assert score(client, ana, received, criteria, [5, 5, 5, 5]).status_code == 400
    assert not received.jury_scores.exists()
