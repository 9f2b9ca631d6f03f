"""Any installed programme, not five: a sixth one, packaged as its own distribution.

`tests/fixtures/cinema-programme` is what a third party writes by following the README's
"Writing a programme": a section, its own event type and call type, demo content, a team, and
the contract kit's one-class test. Here it is built and installed with pip into a folder of its
own (as `pip install` would into site-packages), then:

- the contract kit runs on it from outside this checkout, as the README tells a third party;
- the engine's own suites that speak of "every programme" pass with it installed and enabled,
  and the plugin engine's with it blocked, because they test what the engine promises rather
  than today's five.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

REPOSITORY = Path(__file__).resolve().parent.parent
FIXTURE = REPOSITORY / "tests" / "fixtures" / "cinema-programme"

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "sqlite",
        reason="installation, not the database, is under test: run once, in the SQLite run",
    ),
    pytest.mark.runs_first,
]

# The suites that speak of "every programme": discovery, settings, the command, sitemap,
# navigation, demo, teams.
ENGINE_SUITES = ["tests/test_plugin_engine.py", "tests/test_site.py", "tests/test_teams.py"]


@pytest.fixture(scope="module")
def installed_programme(tmp_path_factory) -> Path:
    """The distribution built from its source and installed into a folder of its own."""
    work = tmp_path_factory.mktemp("sixth")
    source = work / "source"
    shutil.copytree(FIXTURE, source)  # building writes build/ and egg-info next to the source
    target = work / "site-packages"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
        + ["--target", str(target), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert (target / "cinema_programme-1.2.0.dist-info" / "entry_points.txt").exists()
    return target


def environment(site_packages: Path, **extra_env: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(site_packages), os.environ.get("PYTHONPATH")])
        ),
        "DJANGO_SETTINGS_MODULE": "cluj_site.settings",
        "DATABASE_URL": "",  # an in-memory SQLite database of its own
        "DJANGO_DEBUG": "1",
        "RATELIMIT_ENABLE": "0",
        "DEMO_SAMPLE": "3",  # the long demo tables sampled, as in the rest of the suite
        **extra_env,
    }
    env.pop("TEST_NOW", None)
    return env


@pytest.fixture(scope="module")
def runs(installed_programme, tmp_path_factory):
    """The child pytest runs, all started at once when the module starts (each is one process;
    they overlap each other and the rest of the suite), by name: (process, output file). Output
    goes to files: a pipe nobody reads while the child runs could fill up and stall it."""
    folder = tmp_path_factory.mktemp("sixth-runs")
    third_party = folder / "third-party"  # an empty folder: no rootdir, no ini
    third_party.mkdir()
    started = {
        # The contract kit, from outside this checkout, as a third party runs it.
        "kit": (["--pyargs", "cinema_programme.tests"], third_party, {}),
        "enabled": (ENGINE_SUITES, REPOSITORY, {"PROGRAMMES_BLOCKED": ""}),
        # Blocked, the programme must vanish from discovery, the settings and the command. Its
        # code never loads, so the site's suites (navigation, sitemap, demo, teams) would repeat
        # the five programmes' run unchanged, at minutes of CI each.
        "blocked": (ENGINE_SUITES[:1], REPOSITORY, {"PROGRAMMES_BLOCKED": "cinema"}),
    }
    with contextlib.ExitStack() as files:
        processes = {}
        for name, (args, cwd, extra_env) in started.items():
            output = folder / f"{name}.out"
            process = subprocess.Popen(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
                cwd=cwd,
                env=environment(installed_programme, **extra_env),
                stdout=files.enter_context(output.open("w")),
                stderr=subprocess.STDOUT,
            )
            processes[name] = (process, output)
        yield processes
        for process, _output in processes.values():
            if process.poll() is None:
                process.kill()
            process.wait()


def finished(runs, name: str) -> tuple[int, str]:
    process, output = runs[name]
    returncode = process.wait(timeout=1200)
    return returncode, output.read_text()


def failures(printed: str) -> str:
    lines = [line for line in printed.splitlines() if line.startswith(("FAILED", "ERROR"))]
    return "\n".join(lines) or printed[-6000:]


def test_the_contract_kit_runs_on_a_separately_installed_programme(runs):
    returncode, printed = finished(runs, "kit")
    assert returncode == 0, failures(printed)
    assert " passed" in printed and "skipped" not in printed


def test_compile_translations_compiles_a_separately_installed_programmes_catalogue(
    installed_programme, tmp_path
):
    # A copy of its own: the child runs use the installed one meanwhile.
    site_packages = shutil.copytree(installed_programme, tmp_path / "site-packages")
    catalogue = site_packages / "cinema_programme" / "locale" / "ro" / "LC_MESSAGES"
    assert not (catalogue / "django.mo").exists()
    env = environment(site_packages)
    manage = [sys.executable, str(REPOSITORY / "manage.py")]
    subprocess.run([*manage, "compile_translations"], env=env, check=True, timeout=120)
    assert (catalogue / "django.mo").exists()
    said = subprocess.run(
        [*manage, "shell", "-c"]
        + [
            "from django.utils import translation; translation.activate('ro'); "
            "from cinema_programme.models import ScreeningPage; "
            "print(ScreeningPage._meta.verbose_name)"
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert said.stdout.strip().splitlines()[-1] == "proiecție"  # after the shell's own notes


@pytest.mark.parametrize("variant", ["enabled", "blocked"])
def test_the_engine_suites_pass_with_a_sixth_programme_installed(runs, variant):
    returncode, printed = finished(runs, variant)
    assert returncode == 0, failures(printed)
