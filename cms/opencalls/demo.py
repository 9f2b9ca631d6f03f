"""Demo open calls: what a plugin's `demo.py` calls to add a call in Romanian and English.

The two languages' form fields are translations of each other, as wagtail-localize makes them:
each question's Romanian and English fields share their `translation_key` and their
`clean_name`, so answers from both pages land under the same columns of the one list.
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from typing import Any

from cms.demo import DemoBuilder
from cms.translations import TIME_ZONE


@dataclass(frozen=True)
class DemoQuestion:
    """One form field in both languages. `field_type` is a form-builder type ("file"…)."""

    clean_name: str
    field_type: str
    ro: str
    en: str
    required: bool = True
    ro_help: str = ""
    en_help: str = ""
    ro_choices: str = ""
    en_choices: str = ""


# Questions many calls ask; a plugin adds its own around them. The applicant's name, email and
# acceptance of the rules are not questions: every call's form asks them itself.
CV = DemoQuestion("cv", "file", "CV", "CV")


def local_moment(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    """A wall-clock moment in Cluj, aware."""
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=TIME_ZONE)


def demo_call(
    demo: DemoBuilder,
    parent,
    model,
    *,
    opens_days_from_today: int,
    closes_days_from_today: int,
    questions: list[DemoQuestion],
    ro: dict[str, Any],
    en: dict[str, Any],
    **common: Any,
):
    """Create (or find) a call under `parent` in both languages, relative to `demo.today`.

    It opens at 09:00 and closes at 23:59, Cluj time, on the given days.
    """
    from cms.opencalls.models import OpenCallFormField

    translation_keys = [uuid.uuid4() for _question in questions]

    def fields(language: str) -> list[OpenCallFormField]:
        return [
            OpenCallFormField(
                translation_key=translation_keys[position],
                locale=getattr(demo, language),
                clean_name=question.clean_name,
                field_type=question.field_type,
                label=getattr(question, language),
                help_text=getattr(question, f"{language}_help"),
                choices=getattr(question, f"{language}_choices"),
                required=question.required,
                sort_order=position,
            )
            for position, question in enumerate(questions)
        ]

    moments = {
        "opens_at": local_moment(demo.today + datetime.timedelta(days=opens_days_from_today), 9),
        "closes_at": local_moment(
            demo.today + datetime.timedelta(days=closes_days_from_today), 23, 59
        ),
    }
    return demo.page(
        parent,
        model,
        ro={**ro, "form_fields": fields("ro")},
        en={**en, "form_fields": fields("en")},
        **moments,
        **common,
    )
