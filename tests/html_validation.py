"""The W3C Nu HTML checker, run on pages the test renders.

`assert_valid_html({"name": html, ...})` writes every page to a temporary folder and checks them
all in one run of the checker (Java starts once: a few seconds for any number of pages). It fails
with every error, by page and line; warnings and info messages are not failures. The checker is
`vnu.jar` from the npm registry's `vnu-jar` package, which `make install` puts in the virtualenv
(`.venv/vnu/`); where Java or the jar is missing the test is skipped with the reason.

Tests that call it carry `pytest.mark.html_validation`: like the browser tests they run in the
SQLite run only, since the markup does not depend on the database.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

VNU_JAR = Path(__file__).resolve().parent.parent / ".venv" / "vnu" / "node_modules" / "vnu-jar"
VNU_JAR = VNU_JAR / "build" / "dist" / "vnu.jar"


def _checker() -> list[str]:
    java = shutil.which("java")
    if not java:
        pytest.skip(
            "Java is not installed: the W3C Nu checker needs it (apt-get install default-jre)"
        )
    if not VNU_JAR.exists():
        pytest.skip(f"the W3C Nu checker is not installed ({VNU_JAR}): `make install` with npm")
    return [java, "-Xss4m", "-jar", str(VNU_JAR)]


def nu_errors(pages: dict[str, str | bytes]) -> list[str]:
    """Every error the checker finds in `pages`, as 'name:line: message' strings."""
    command = _checker()
    with tempfile.TemporaryDirectory(prefix="nu-") as folder:
        name_of_file = {}
        for index, (name, html) in enumerate(pages.items()):
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower())[:60]
            path = Path(folder) / f"{index:03d}-{slug}.html"
            path.write_bytes(html.encode() if isinstance(html, str) else html)
            name_of_file[path.name] = name
        result = subprocess.run(  # noqa: S603 (our own command line)
            [*command, "--format", "json", "--exit-zero-always", *sorted(name_of_file)],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    errors = []
    for message in report.get("messages", []):
        if message.get("type") not in {"error", "non-document-error"}:
            continue
        url = message.get("url", "")
        name = name_of_file.get(url.rsplit("/", 1)[-1], url)
        errors.append(f"{name}:{message.get('lastLine', '?')}: {message.get('message')}")
    return errors


def assert_valid_html(pages: dict[str, str | bytes]) -> None:
    """Fail with every W3C Nu checker error found in `pages` ({name: html})."""
    assert pages, "no page to validate"
    errors = nu_errors(pages)
    assert not errors, "W3C Nu checker errors:\n" + "\n".join(errors)
