"""Background work of the events engine, through Django's task framework (django-tasks)."""

from __future__ import annotations

from django_tasks import task

from cms.events.materialise import extend_occurrences


@task()
def extend_occurrences_task() -> int:
    """Roll the horizon forward; enqueue it daily (a cron line or the worker's scheduler)."""
    return extend_occurrences()
