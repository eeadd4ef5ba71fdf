"""Light and dark palettes both render: the reader's system preference picks one, the header switch the
other, and the page's colours change with it (both screenshots are kept when the test fails)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pages import pages_of_kind
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

BACKGROUND = "getComputedStyle(document.body).backgroundColor"
TEXT = "getComputedStyle(document.querySelector('.md-content')).color"
SCHEME = "document.body.getAttribute('data-md-color-scheme')"
PALETTES = {"light": "default", "dark": "slate"}


def looks(page: Page) -> tuple[str, str, str]:
    return page.evaluate(SCHEME), page.evaluate(BACKGROUND), page.evaluate(TEXT)


@pytest.mark.parametrize("relative", ["", "articles/"], ids=["home", "articles-index"])
def test_the_switch_turns_the_light_palette_dark_and_back(page: Page, site_url: str, relative: str,
                                                          artifacts: Callable[[str, bytes], None]) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(site_url + relative)
    light = looks(page)
    artifacts("light.png", page.screenshot(full_page=True))
    page.locator("[data-md-component=palette] label:visible").click()
    page.wait_for_function(f"{SCHEME} !== {light[0]!r}")
    dark = looks(page)
    artifacts("dark.png", page.screenshot(full_page=True))
    assert (light[0], dark[0]) == ("default", "slate")
    assert light[1] != dark[1], f"the background stays {light[1]} in both palettes"
    assert light[2] != dark[2], f"the text stays {light[2]} in both palettes"
    page.locator("[data-md-component=palette] label:visible").click()
    page.wait_for_function(f"{SCHEME} === {light[0]!r}")
    assert looks(page) == light


def test_the_systems_dark_preference_is_followed(page: Page, site_url: str, site_dir: Path,
                                                 artifacts: Callable[[str, bytes], None]) -> None:
    first_article = pages_of_kind(site_dir, "article")[0]
    shown = {}
    # Material keeps the palette last shown in localStorage: each visit here is a new reader's, with none.
    # (Clearing it from the open page is not enough: the page may write it again as it unloads.)
    page.add_init_script("localStorage.clear()")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.goto(site_url + first_article)
        # Material applies the system's palette from its script, just after the page has loaded.
        page.wait_for_function(f"{SCHEME} === {PALETTES[scheme]!r}")
        shown[scheme] = looks(page)
        artifacts(f"{scheme}.png", page.screenshot(full_page=True))
    assert shown["light"][1] != shown["dark"][1], shown
