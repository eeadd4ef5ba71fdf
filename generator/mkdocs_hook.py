"""The thin adapter between MkDocs and the generator: the only module that knows MkDocs exists.

Before MkDocs collects the docs folder, the generator writes its pages into it; while serving,
the story folder is watched too, so that editing a seed, its metadata, the knowledge base or a note
rebuilds the site. The generator rewrites only files whose bytes changed, so a rebuild does not
trigger another.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from generator.pipeline import build
from generator.read import seeds_dir_from_env

log = logging.getLogger("mkdocs.hooks.generator")
_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any) -> None:
    from mkdocs.exceptions import Abort

    result = build(seeds_dir_from_env(), Path(config["docs_dir"]), config.get("site_url") or "")
    for diagnostic in result.diagnostics:
        if diagnostic.severity == "warning":
            log.info(diagnostic.format())  # warnings are for `check`; a strict build must not fail on them
    errors = result.errors
    if not errors:
        return
    message = "\n".join(d.format() for d in errors)
    if _serving:
        log.error("The story has errors; the pages of the broken files are left out:\n" + message)
        return
    raise Abort(f"The generator found {len(errors)} error(s):\n{message}")


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """'Edit this page' on a generated page opens its source file (the seed's metadata), not the page."""
    edit_path = page.meta.get("edit_path")
    repo_url = config.get("repo_url")
    if edit_path and repo_url:
        # Relative to the repository (the folder of mkdocs.yml); a story folder outside it has no edit link.
        root = os.path.dirname(os.path.abspath(config["config_file_path"]))
        relative = os.path.relpath(os.path.abspath(edit_path), root)
        page.edit_url = None if relative.startswith("..") else f"{repo_url.rstrip('/')}/edit/main/{relative}"
    return context


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    server.watch(os.path.abspath(seeds_dir_from_env()))
    return server
