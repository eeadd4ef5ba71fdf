"""The browser tests' fixtures: the site built once, served on 127.0.0.1, and Chromium pages that record every
JavaScript error, dialog and request (a request to any other host fails the test).

Screenshots of a failing test's page, and any image a test kept with `artifacts`, go to `test-artifacts/`.
Set `SITEBUILD_STRICT=0` to build without `--strict` (only while a pipeline stage is unfinished).
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the `sitebuild` module

from browsing import CHROMIUM, CHROMIUM_ARGS, DESKTOP, Log, watch, watch_page  # noqa: E402
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402
from serving import built, serve  # noqa: E402
from sitebuild import ROOT  # noqa: E402

ARTIFACTS = ROOT / "test-artifacts" / "browser"


@pytest.fixture(scope="session", autouse=True)
def fresh_artifacts() -> None:
    """Screenshots of an earlier run would be mistaken for this one's."""
    shutil.rmtree(ARTIFACTS, ignore_errors=True)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's seeds built once, as a contributor builds them."""
    return built(tmp_path_factory.mktemp("browser-site"))


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """The base URL of the built site, served on 127.0.0.1 under the path of `site_url`."""
    with serve(site_dir) as url:
        yield url


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Keep each phase's report on the item, so that fixtures know at teardown whether the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def failed(request: pytest.FixtureRequest) -> bool:
    reports = (getattr(request.node, f"report_{when}", None) for when in ("setup", "call"))
    return any(report is not None and report.failed for report in reports)


def artifact_path(request: pytest.FixtureRequest, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', request.node.nodeid)}-{name}"


@pytest.fixture
def artifacts(request: pytest.FixtureRequest) -> Iterator[Callable[[str, bytes], None]]:
    """`keep(name, data)`: written to test-artifacts/ if the test fails."""
    kept: dict[str, bytes] = {}
    yield kept.__setitem__
    if failed(request):
        for name, data in kept.items():
            artifact_path(request, name).write_bytes(data)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright (no browser download)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package (CI does, in .ci/run)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                              headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def log() -> Log:
    """What the test's page did: JavaScript errors, requests, requests to other hosts, dialogs."""
    return Log()


@pytest.fixture
def page(browser: Browser, log: Log, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh desktop-sized page; fails the test on a JavaScript error, a dialog or a request to another
    host."""
    context = browser.new_context(viewport=DESKTOP, service_workers="block")
    watch(context, log)
    tab = context.new_page()
    watch_page(tab, log)
    yield tab
    problems = log.problems()
    if failed(request) or problems:
        tab.screenshot(path=str(artifact_path(request, "page.png")), full_page=True)
    context.close()
    assert not problems, "\n".join(problems)
