"""What a programme plugin says about itself. Plain data: imported at settings time."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SLUG_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
LANGUAGE_CODES = ("ro", "en")


@dataclass(frozen=True)
class ProgrammeInfo:
    """A programme line as the engine knows it.

    `name` and `summary` map a language code ("ro", "en") to text; both languages are required
    so that no English page shows Romanian furniture. `section_model` names the page model that
    roots the programme's section ("app_label.ModelName"), unless the plugin implements the
    `section_page_model` hook instead.
    """

    slug: str
    name: dict[str, str]
    summary: dict[str, str]
    colour: str = "#1f4e79"
    order: int = 100
    section_model: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not SLUG_PATTERN.match(self.slug):
            raise ValueError(f"Programme slug {self.slug!r} must be lowercase letters, digits, _")
        for attr in ("name", "summary"):
            missing = [code for code in LANGUAGE_CODES if not getattr(self, attr).get(code)]
            if missing:
                raise ValueError(f"Programme {self.slug!r}: {attr} has no text for {missing}")
        if self.section_model and not re.match(r"^\w+\.\w+$", self.section_model):
            raise ValueError(
                f"Programme {self.slug!r}: section_model {self.section_model!r} is not "
                '"app_label.ModelName"'
            )
        if not re.match(r"^#[0-9a-fA-F]{6}$", self.colour):
            raise ValueError(f"Programme {self.slug!r}: colour {self.colour!r} is not #rrggbb")

    def name_in(self, language_code: str) -> str:
        return self.name.get(language_code) or self.name["ro"]

    def summary_in(self, language_code: str) -> str:
        return self.summary.get(language_code) or self.summary["ro"]


@dataclass(frozen=True)
class TeamInfo:
    """A programme's team as `setup_teams` creates it.

    `name` maps "ro" and "en" to the team's name (the Django group is named after the Romanian
    one, the default language of the centre's staff). `can_publish`: whether members publish
    their own pages or only submit them for moderation by the editors.
    """

    name: dict[str, str]
    can_publish: bool = True

    def __post_init__(self) -> None:
        missing = [code for code in LANGUAGE_CODES if not self.name.get(code)]
        if missing:
            raise ValueError(f"Team name has no text for {missing}")
