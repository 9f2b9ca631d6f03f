"""Programme teams: each team manages its own section, in both languages, and nothing else.

`setup_teams()` turns every programme's `programme_team` hook answer into a Django group with
Wagtail page permissions on its section in every locale and a collection for its media; it
also keeps the site-wide "Editori" and the "Traducători" groups, removes Wagtail's default
"Moderators"/"Editors" groups and "Moderators approval" workflow, and submits the sections of
teams that may not publish (`TeamInfo.can_publish`) to the editors' approval. It is idempotent:
run again, it converges on the same groups, permissions and workflows, removing page
permissions that no longer apply. `programmes_for_user()` is the one place that says whose data a user may see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permission_policies import ModelPermissionPolicy

from cms.ownership import (
    owned_snippet_models,
    programme_of,
    programme_of_model,
    records_of_programmes,
)
from cms.plugin_manager import call_for_programme, enabled_programmes

EDITORS_GROUP = "Editori"
TRANSLATORS_GROUP = "Traducători"

TEAM_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
EDITOR_PAGE_PERMISSIONS = [*TEAM_PAGE_PERMISSIONS, "publish_page", "bulk_delete_page"]
TEAM_MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
EDITOR_MEDIA_PERMISSIONS = {
    "wagtailimages": [*TEAM_MEDIA_PERMISSIONS["wagtailimages"], "delete_image"],
    "wagtaildocs": [*TEAM_MEDIA_PERMISSIONS["wagtaildocs"], "delete_document"],
}
ADMIN_ACCESS = ("wagtailadmin", "access_admin")
# Wagtail's initial data: two English groups and a site-wide workflow approved by the (empty)
# "Moderators". "Editori" replaces both groups; the workflow below replaces theirs.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
# What a team that may not publish submits its pages to: the editors' approval.
EDITORS_WORKFLOW = "Aprobarea editorilor"
EDITORS_TASK = "Aprobare de către Editori"
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")
# Venues and audiences have no owning programme: every programme shares them. So every team and
# the translators may add, change and translate them (wagtail-localize's translation editor of a
# snippet is its edit view); only editors delete one, which would unlink it from every event.
SHARED_SNIPPETS = [("events", "venue"), ("events", "audience")]
SHARED_SNIPPET_ACTIONS = ["add", "change"]
# People and library topics are shared the same way (one person, profiles in two programmes).
# A person has drafts: editors publish one, and so does a team that publishes its own pages.
SHARED_SNIPPETS += [("people", "person"), ("libraries", "topic")]
SHARED_DRAFT_SNIPPETS = [("people", "person")]


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename: str) -> Permission:
    return permission("wagtailcore", codename)


class TeamNameClash(ValueError):
    """Two programmes' teams, or a team and the editors or translators, would share a group.

    A group is found by its name: a team called "Editori" would silently get every editor's
    permission, and two teams of one name would see each other's sections and personal data.
    """


def _check_team_names(teams: list[tuple[str, str]]) -> None:
    """Refuse team names that another team, or a site-wide group, already answers to."""
    from cms.models import ProgrammeTeam

    owners = {
        EDITORS_GROUP.casefold(): "the editors' group",
        TRANSLATORS_GROUP.casefold(): "the translators' group",
    }
    owners.update(
        (name.casefold(), f"the team of programme {slug!r}")
        for slug, name in ProgrammeTeam.objects.values_list("programme", "group__name")
    )
    for slug, name in teams:
        owner = owners.setdefault(name.casefold(), f"the team of programme {slug!r}")
        if owner != f"the team of programme {slug!r}":
            raise TeamNameClash(
                f"The team of programme {slug!r} is named {name!r}, which is already the name of "
                f"{owner}. Give it a name of its own in its programme_team hook."
            )


@dataclass
class TeamReport:
    group: Group
    created: bool
    sections: list[Page]
    can_publish: bool = True


def _set_page_permissions(group: Group, pages: list[Page], codenames: list[str]) -> None:
    wanted = {(page.pk, page_permission(codename).pk) for page in pages for codename in codenames}
    existing = set(
        GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission_id")
    )
    stale = existing - wanted
    for page_id, permission_id in stale:
        GroupPagePermission.objects.filter(
            group=group, page_id=page_id, permission_id=permission_id
        ).delete()
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
            for page_id, permission_id in sorted(wanted - existing)
        ]
    )


def _set_collection_permissions(
    group: Group, collection: Collection, permissions: dict[str, list[str]]
) -> None:
    wanted = {
        permission(app_label, codename).pk
        for app_label, codenames in permissions.items()
        for codename in codenames
    }
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=collection, permission_id__in=wanted
    ).delete()
    for permission_id in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission_id=permission_id
        )


def _team_collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _shared_snippets(actions: list[str] | None = None) -> list[Permission]:
    return [
        permission(app_label, f"{action}_{model}")
        for app_label, model in SHARED_SNIPPETS
        for action in actions or SHARED_SNIPPET_ACTIONS
    ]


def _shared_publishing() -> list[Permission]:
    return [permission(app_label, f"publish_{model}") for app_label, model in SHARED_DRAFT_SNIPPETS]


def _owned_snippets(programme: str | None, actions: list[str]) -> list[Permission]:
    """Model permissions on the `ProgrammeOwned` snippet models a programme may have rows in:
    those of its own apps and the engine's (each row says its programme); None: every one.

    The model permission opens the snippet's listing and forms; its permission policy
    (`ProgrammeOwnedPermissionPolicy`, below) then narrows them to the team's own rows.
    """
    from django.contrib.auth import get_permission_codename
    from django.contrib.contenttypes.models import ContentType

    return [
        Permission.objects.get(
            content_type=ContentType.objects.get_for_model(model),
            codename=get_permission_codename(action, model._meta),
        )
        for model in owned_snippet_models()
        if programme is None or programme_of_model(model) in ("", programme)
        for action in actions
    ]


def _remove_wagtail_defaults(editors: Group, log: Callable[[str], None]) -> None:
    """Remove Wagtail's "Moderators approval" workflow and its English default groups.

    Left in place, every page of the site is submitted to "Moderators" (a group nobody is in),
    and "Editors" sits beside "Editori". Their members, if any, join "Editori" rather than lose
    their access silently. A team's group is never touched, whatever its name.
    """
    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW):
        tasks = [link.task for link in workflow.workflow_tasks.select_related("task")]
        workflow.deactivate()  # cancels submissions in progress, unassigns its pages
        workflow.delete()
        for task in tasks:
            if not WorkflowTask.objects.filter(task=task).exists():
                task.delete()
        log(f"  - workflow “{WAGTAIL_DEFAULT_WORKFLOW}”")
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, team__isnull=True):
        members = list(group.user_set.all())
        editors.user_set.add(*members)
        group.delete()
        log(f"  - group “{group.name}” ({len(members)} member(s) moved to {EDITORS_GROUP})")


def _set_editors_workflow(editors: Group, sections: list[Page], log: Callable[[str], None]) -> None:
    """Sections of teams that may not publish are submitted to the editors' approval.

    One workflow with one group-approval task (the "Editori" group), assigned to exactly those
    section pages (in every locale); teams that publish themselves get no workflow at all.
    """
    workflow = Workflow.objects.filter(name=EDITORS_WORKFLOW).first()
    if not sections:
        if workflow is not None and workflow.active:
            workflow.deactivate()
        return
    task = GroupApprovalTask.objects.filter(name=EDITORS_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=EDITORS_TASK)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([editors])
    if workflow is None:
        workflow = Workflow.objects.create(name=EDITORS_WORKFLOW)
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    wanted = {page.pk for page in sections}
    WorkflowPage.objects.filter(workflow=workflow).exclude(page_id__in=wanted).delete()
    for page in sections:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    log(f"  = workflow “{EDITORS_WORKFLOW}”: {len(sections)} section page(s)")


@transaction.atomic
def setup_teams(log: Callable[[str], None] = lambda message: None) -> list[TeamReport]:
    """Create or update every enabled programme's team, the editors, translators and workflows."""
    from cms.models import ProgrammeSectionPage, ProgrammeTeam

    teams = [
        (programme, team)
        for programme in enabled_programmes()
        if (team := call_for_programme(programme, "programme_team")) is not None
    ]
    _check_team_names([(programme.slug, team.name["ro"]) for programme, team in teams])
    reports = []
    for programme, team in teams:
        name = team.name["ro"]
        link = ProgrammeTeam.objects.select_related("group").filter(programme=programme.slug)
        created = not link.exists()
        if created:
            group, _ = Group.objects.get_or_create(name=name)
            ProgrammeTeam.objects.create(programme=programme.slug, group=group)
        else:
            group = link.get().group
        group.permissions.add(
            permission(*ADMIN_ACCESS),
            permission(*SUBMIT_TRANSLATION),
            *_shared_snippets(),
            *_owned_snippets(programme.slug, SHARED_SNIPPET_ACTIONS),
            *(_shared_publishing() if team.can_publish else []),
        )

        sections = list(ProgrammeSectionPage.objects.filter(programme=programme.slug))
        codenames = TEAM_PAGE_PERMISSIONS + (["publish_page"] if team.can_publish else [])
        _set_page_permissions(group, sections, codenames)
        _set_collection_permissions(
            group, _team_collection(programme.info.name["ro"]), TEAM_MEDIA_PERMISSIONS
        )
        log(
            f"  {'+' if created else '='} {group.name}: {len(sections)} section page(s), "
            f"collection “{programme.info.name['ro']}”"
        )
        reports.append(TeamReport(group, created, sections, team.can_publish))

    editors, created = Group.objects.get_or_create(name=EDITORS_GROUP)
    editors.permissions.add(
        permission(*ADMIN_ACCESS),
        permission(*SUBMIT_TRANSLATION),
        *_shared_snippets([*SHARED_SNIPPET_ACTIONS, "delete"]),
        *_shared_publishing(),
        *_owned_snippets(None, [*SHARED_SNIPPET_ACTIONS, "delete"]),
    )
    _set_page_permissions(editors, [Page.get_first_root_node()], EDITOR_PAGE_PERMISSIONS)
    _set_collection_permissions(editors, Collection.get_first_root_node(), EDITOR_MEDIA_PERMISSIONS)
    log(f"  {'+' if created else '='} {EDITORS_GROUP}: every page and collection")

    _remove_wagtail_defaults(editors, log)
    reviewed = [page for report in reports if not report.can_publish for page in report.sections]
    _set_editors_workflow(editors, reviewed, log)

    translators, created = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    translators.permissions.add(
        permission(*ADMIN_ACCESS), permission(*SUBMIT_TRANSLATION), *_shared_snippets()
    )
    log(
        f"  {'+' if created else '='} {TRANSLATORS_GROUP}: may submit translations of the pages "
        "their team groups let them edit"
    )
    return reports


def programmes_for_user(user) -> set[str] | None:
    """Programme slugs whose personal data (registrations, submissions) `user` may see.

    None means every programme (superusers and editors); an empty set means none.
    """
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists():
        return None
    from cms.models import ProgrammeTeam

    return set(ProgrammeTeam.objects.filter(group__user=user).values_list("programme", flat=True))


DEMO_PASSWORD = "cccluj-demo"  # noqa: S105  (set only in development, see below)


def demo_username(programme_slug: str) -> str:
    return f"echipa-{programme_slug.replace('_', '-')}"


def create_demo_team_members(log: Callable[[str], None] = lambda message: None) -> None:
    """One demo member per team, so a newcomer can see the separation from the inside.

    The password is set only in development (DEBUG); elsewhere the accounts exist without a
    usable password, so demo content loaded on a real server opens no door.
    """
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from cms.models import ProgrammeTeam

    for team in ProgrammeTeam.objects.select_related("group").order_by("id"):
        user, created = get_user_model().objects.get_or_create(
            username=demo_username(team.programme),
            defaults={"first_name": "Demo", "last_name": team.group.name, "is_staff": False},
        )
        if created:
            if settings.DEBUG:
                user.set_password(DEMO_PASSWORD)
            else:
                user.set_unusable_password()
            user.save()
        user.groups.add(team.group)
        log(f"  {'+' if created else '='} {user.username} in {team.group.name}")


# --- snippets a programme owns: a team edits its own programme's rows ----------------------


class ProgrammeOwnedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the rows of the user's programmes.

    Editors and administrators (`programmes_for_user` is None) keep the plain model policy.
    """

    def _programmes(self, user):
        return programmes_for_user(user)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        programmes = self._programmes(user)
        return programmes is None or programme_of(instance) in programmes

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return records_of_programmes(self.model._default_manager.all(), self._programmes(user))


def register_snippet_policies() -> None:
    """Give every `ProgrammeOwned` snippet model the per-programme policy.

    Called from `CmsConfig.ready()`: `cms` is the first app, so this runs before Wagtail
    registers the snippet viewsets (which would otherwise make the plain model policy theirs).
    """
    from wagtail.permissions import policy_registry, register_permission_policy

    for model in owned_snippet_models():
        if policy_registry.get_by_type(model, fallback=False) is None:
            register_permission_policy(
                model, ProgrammeOwnedPermissionPolicy(model), exact_class=True
            )
