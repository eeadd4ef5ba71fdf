"""The CI script, the GitHub Actions workflow and the README's quick start, checked as files and run.

The workflow is validated offline against GitHub's schema (check-jsonschema) and audited by zizmor;
`.ci/run` is run against stand-in tools to prove that it fails on a run that tested nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW = WORKFLOWS / "site.yml"
CI_RUN = ROOT / ".ci" / "run"
README = ROOT / "README.md"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def tool(name: str) -> str:
    """A console script of the `test` extra: beside this Python first (an unactivated venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is not installed: run `pip install -e '.[test]'`"
    return found


def workflow() -> dict:
    # PyYAML reads the key `on` as the boolean True (YAML 1.1); the text is what GitHub reads.
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def all_steps() -> list[dict]:
    return [step for job in workflow()["jobs"].values() for step in job.get("steps", [])]


# --- the workflow ---------------------------------------------------------------------------------------


def test_workflow_matches_githubs_schema():
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_zizmor_finds_nothing_in_the_workflows():
    result = subprocess.run(
        [tool("zizmor"), "--offline", "--no-progress", str(WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout, result.stdout


def test_every_action_is_pinned_to_a_commit_with_its_version_named():
    # zizmor's default policy lets actions/* use a tag; a tag can be moved, a commit cannot.
    lines = [
        line for line in WORKFLOW.read_text(encoding="utf-8").splitlines() if re.match(r"\s*(- )?uses:", line)
    ]
    assert lines, "the workflow uses no action"
    for line in lines:
        reference, _, comment = line.split("uses:", 1)[1].partition("#")
        assert PINNED.match(reference.strip()), line
        assert re.fullmatch(r"\s*v\d+(\.\d+)*\s*", comment), f"name the version after the SHA: {line}"


def test_permissions_are_empty_by_default_and_granted_per_job():
    jobs = workflow()["jobs"]
    assert workflow()["permissions"] == {}
    assert jobs["test"]["permissions"] == {"contents": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_checkout_keeps_no_credentials():
    checkouts = [step for step in all_steps() if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    assert all(step.get("with", {}).get("persist-credentials") is False for step in checkouts)


def test_the_workflow_runs_the_ci_script_and_a_strict_reproducible_build():
    runs = "\n".join(step.get("run", "") for step in workflow()["jobs"]["test"]["steps"])
    assert "bash .ci/run" in runs
    assert re.search(r'SOURCE_DATE_EPOCH="?\$\(git log -1 --format=%ct\)"? mkdocs build --strict', runs)


def test_pull_requests_get_the_site_and_only_main_deploys():
    raw = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"^on:\n(  \w+:.*\n)*  push:", raw, re.M) and re.search(r"^  pull_request:", raw, re.M)
    jobs = workflow()["jobs"]
    uploads = {step["uses"].split("@")[0]: step for step in jobs["test"]["steps"]
               if "uses" in step and step.get("with", {}).get("name") != "test-artifacts"}
    assert "pull_request" in uploads["actions/upload-artifact"]["if"]
    assert "refs/heads/main" in uploads["actions/upload-pages-artifact"]["if"]
    deploy = jobs["deploy"]
    assert deploy["needs"] == "test" and "refs/heads/main" in deploy["if"]
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"]["group"] == "pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_a_failed_run_keeps_the_screenshots_of_its_failed_tests():
    steps = workflow()["jobs"]["test"]["steps"]
    names = [step.get("run") or step.get("uses", "").split("@")[0] for step in steps]
    upload = steps[names.index("actions/upload-artifact")]
    assert upload["if"] == "failure()" and upload["with"]["path"] == "test-artifacts/"
    assert names.index("bash .ci/run") < names.index("actions/upload-artifact"), "after the tests run"
    conftest = (ROOT / "tests" / "browser" / "conftest.py").read_text(encoding="utf-8")
    assert 'ROOT / "test-artifacts"' in conftest, "the folder the browser tests write their screenshots to"


def test_the_build_restores_the_annotation_cache_of_the_same_code():
    from generator.pipeline import ANNOTATION_CACHE

    steps = workflow()["jobs"]["test"]["steps"]
    names = [step.get("name") for step in steps]
    cache = steps[names.index("Restore the annotation cache")]
    assert cache["uses"].startswith("actions/cache@")
    assert cache["with"]["path"] == ANNOTATION_CACHE.parent.as_posix()
    assert names.index("Restore the annotation cache") < names.index("Build the site")
    # The key names the code by its source files only: bytecode written by the tests differs on every run.
    code = re.search(r"hashFiles\(([^)]*)\)", cache["with"]["key"]).group(1)
    assert "generator/**'" not in code and "generator/**/*.py" in code
    assert cache["with"]["restore-keys"].strip() == cache["with"]["key"].rsplit("-", 1)[0] + "-"


# --- .ci/run ----------------------------------------------------------------------------------------------


def test_ci_script_is_strict_bash_that_runs_pytest():
    text = CI_RUN.read_text(encoding="utf-8")
    assert os.access(CI_RUN, os.X_OK), ".ci/run must be executable"
    assert "set -euo pipefail" in text
    assert re.search(r"^\s*python -m pytest\b", text, re.M)
    assert re.search(r"^\s*SOURCE_DATE_EPOCH=\"\$\(git log -1 --format=%ct\)\"", text, re.M)
    result = subprocess.run(["bash", "-n", str(CI_RUN)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _stub(path: Path, body: str) -> None:
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


def _fake_clone(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A clone holding only .ci/run, with stand-ins for Chromium, Java, the venv's Python and pip."""
    clone = tmp_path / "clone"
    (clone / ".ci").mkdir(parents=True)
    shutil.copy2(CI_RUN, clone / ".ci" / "run")
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    subprocess.run(
        [
            "git",
            "-C",
            str(clone),
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "commit",
            "-q",
            "--allow-empty",
            "-m",
            "x",
        ],
        check=True,
        env={**os.environ, "GIT_COMMITTER_DATE": "@1675209600"},
    )
    tools = tmp_path / "tools"
    tools.mkdir()
    _stub(tools / "chromium", "echo 'Chromium 1.0'")
    _stub(tools / "java", "exit 0")
    venv_bin = clone / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    # The stand-in Python answers pytest with $PYTEST_STATUS and records what it was asked to run.
    _stub(
        venv_bin / "python",
        'if [ "$1 $2" = "-m pytest" ]; then echo "$@ $SOURCE_DATE_EPOCH" >> "$LOG"; '
        'exit "$PYTEST_STATUS"; fi; echo "Python 3.11.0"',
    )
    (venv_bin / "activate").write_text(f'PATH="{venv_bin}:$PATH"\n')
    env = {
        "PATH": f"{tools}:/usr/bin:/bin",
        "PYTHON": str(venv_bin / "python"),
        "LOG": str(tmp_path / "log"),
        "HOME": str(tmp_path),
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    return clone, env


@pytest.mark.parametrize("pytest_status, expected", [(0, 0), (1, 1), (2, 2), (5, 1)])
def test_ci_script_passes_on_pytest_status_and_fails_when_no_test_ran(tmp_path, pytest_status, expected):
    clone, env = _fake_clone(tmp_path)
    env["PYTEST_STATUS"] = str(pytest_status)
    result = subprocess.run(
        ["bash", str(clone / ".ci" / "run"), "-k", "smoke"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == expected, result.stdout + result.stderr
    assert (tmp_path / "log").read_text().split() == ["-m", "pytest", "-ra", "-k", "smoke", "1675209600"]
    assert ("collected no tests" in result.stderr) == (pytest_status == 5)


# --- README -----------------------------------------------------------------------------------------------


def _section(markdown: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", markdown, re.M | re.S)
    assert match, f"README has no '## {heading}' section"
    return match.group(1)


def quick_start_commands() -> list[str]:
    """The shell commands in the README's quick start: code lines, continuations joined, no comments."""
    section = _section(README.read_text(encoding="utf-8"), "Quick start")
    blocks = re.findall(r"^```(?:sh|bash|console)?\n(.*?)^```", section, re.M | re.S)
    joined = "\n".join(blocks).replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.strip().startswith("#")]


def test_readme_quick_start_is_two_commands_install_and_serve_then_test():
    commands = quick_start_commands()
    assert len(commands) == 2, commands
    assert "pip install -e ." in commands[0] and "mkdocs serve" in commands[0]
    assert commands[1] == "bash .ci/run"


def test_every_repository_path_the_readme_names_exists():
    generated = {
        "docs/index.md",
        "docs/articles/",
        "docs/entities/",
        "docs/story/",
        "docs/data/",
        "docs/raw/",
        "docs/.generated.json",
    }
    named = set(
        re.findall(
            r"`((?:generator|docs|tests|overrides|seeds|\.ci|\.github)/[\w./-]*)`",
            README.read_text(encoding="utf-8"),
        )
    )
    missing = sorted(path for path in named - generated if not (ROOT / path).exists())
    assert not missing, f"README names paths that do not exist: {missing}"


def test_generated_folders_named_in_readme_are_ignored_by_git():
    ignored = set(_gitignore_lines())
    for path in [
        "docs/index.md",
        "docs/articles/",
        "docs/entities/",
        "docs/story/",
        "docs/data/",
        "docs/raw/",
    ]:
        assert path in ignored, f"{path} is generated: list it in .gitignore"


def _gitignore_lines() -> list[str]:
    return [line.strip() for line in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()]
