"""The MkDocs hook: the story folder it builds, and a configuration the generated pages cannot work with
refused with the line to change."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from generator import mkdocs_hook


def test_a_site_of_file_urls_is_refused_with_the_line_to_change() -> None:
    # `use_directory_urls: false` serves articles/x.html, and every generated link (articles/x/) then broke
    with pytest.raises(Abort, match="use_directory_urls: false"):
        mkdocs_hook.on_config({"use_directory_urls": False})
    config = {"use_directory_urls": True}
    assert mkdocs_hook.on_config(config) is config


def test_the_story_folder_is_the_one_beside_mkdocs_yml_unless_seeds_dir_names_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `mkdocs build -f site/mkdocs.yml` from another folder looked for seeds/ in that folder
    monkeypatch.delenv("SEEDS_DIR", raising=False)
    config = {"config_file_path": str(tmp_path / "site" / "mkdocs.yml")}
    assert mkdocs_hook._seeds_dir(config) == tmp_path / "site" / "seeds"
    monkeypatch.setenv("SEEDS_DIR", "stories/second")
    assert mkdocs_hook._seeds_dir(config) == Path("stories/second")
