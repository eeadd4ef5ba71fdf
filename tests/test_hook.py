"""The MkDocs hook refuses a configuration the generated pages cannot work with, saying which line."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import Abort

from generator import mkdocs_hook


def test_a_site_of_file_urls_is_refused_with_the_line_to_change() -> None:
    # `use_directory_urls: false` serves articles/x.html, and every generated link (articles/x/) then broke
    with pytest.raises(Abort, match="use_directory_urls: false"):
        mkdocs_hook.on_config({"use_directory_urls": False})
    config = {"use_directory_urls": True}
    assert mkdocs_hook.on_config(config) is config
