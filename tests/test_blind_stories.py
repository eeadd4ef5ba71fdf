"""Every story of `fixtures/stories/` that was written blind with an answer key: it checks without an
error (a contributor's mistake the build would stop on), and every text of its folder is an article.
Each story's own test file (`test_second_story.py` … `test_eighteenth_story.py`) checks its analysis
against its key."""

from __future__ import annotations

from pathlib import Path

import pytest
from storycheck import STORIES, analysed, errors

KEYS = sorted(STORIES.glob("*-answers.md"))


@pytest.mark.parametrize("key", KEYS, ids=lambda key: key.name.removesuffix("-answers.md"))
def test_every_blind_story_checks_without_an_error(key: Path) -> None:
    name = key.name.removesuffix("-answers.md")
    story = analysed(name)
    assert errors(story) == []
    assert len(story.story.articles) == len(list((STORIES / name).glob("*.txt")))


def test_every_blind_story_has_its_key_and_its_tests() -> None:
    # (a folder without a key, or a key without a folder, is a story nobody checks)
    folders = {path.name for path in STORIES.iterdir() if path.is_dir()}
    assert folders == {key.name.removesuffix("-answers.md") for key in KEYS}
    assert len(KEYS) >= 17  # (the glob finds them: an empty list would check nothing)
