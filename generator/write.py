"""Last stage, write: the only stage that writes files.

The generator owns the files listed in its manifest (`docs/.generated.json`, hidden from MkDocs)
and nothing else. It checks every path before writing any, so that a refusal leaves the folder as
it was; it writes a file only when its bytes change, so that `mkdocs serve` does not rebuild in a
loop and an unchanged build touches nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from generator.model import Diagnostic, RenderedSite

MANIFEST = ".generated.json"


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    deleted: tuple[str, ...]
    unchanged: int
    refused: tuple[Diagnostic, ...] = ()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_site(site: RenderedSite, docs_dir: Path) -> WriteReport:
    """Make `docs_dir` hold exactly `site`'s generated files, leaving hand-written files alone."""
    manifest = _load_manifest(docs_dir)
    refused = _refusals(site, docs_dir, manifest)
    if refused:
        return WriteReport((), (), 0, refused)
    written = [path for path, data in sorted(site.files.items()) if _write_if_changed(docs_dir / path, data)]
    stale = sorted(set(manifest) - set(site.files))
    deleted = [path for path in stale if _delete_if_ours(docs_dir, path, manifest[path])]
    new_manifest = {path: digest(data) for path, data in sorted(site.files.items())}
    _write_if_changed(docs_dir / MANIFEST, (json.dumps(new_manifest, indent=1) + "\n").encode())
    return WriteReport(tuple(written), tuple(deleted), len(site.files) - len(written))


def _load_manifest(docs_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _refusals(site: RenderedSite, docs_dir: Path, manifest: dict[str, str]) -> tuple[Diagnostic, ...]:
    """Paths the generator would overwrite that it did not write, or that were edited by hand since."""
    problems = []
    for path in sorted(site.files):
        target = docs_dir / path
        if not (target.exists() or target.is_symlink()):
            continue
        shown = str(target)
        if path not in manifest:
            problems.append(Diagnostic(shown, 0, "output", "a file the generator did not write is in the way",
                                       "rename or move your file: the generator owns this path"))
        elif target.is_file() and digest(target.read_bytes()) != manifest[path]:
            problems.append(Diagnostic(shown, 0, "output", "this generated file was edited by hand",
                                       "move your edits to the seed, metadata or note files, then delete it"))
    return tuple(problems)


def _write_if_changed(target: Path, data: bytes) -> bool:
    if target.is_file() and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, target)  # atomic: a reader never sees half a page
    return True


def _delete_if_ours(docs_dir: Path, path: str, expected: str) -> bool:
    """Delete a stale generated file, unless someone changed it since it was written."""
    target = docs_dir / path
    if not target.is_file() or digest(target.read_bytes()) != expected:
        return False
    target.unlink()
    _remove_empty_parents(target.parent, docs_dir)
    return True


def _remove_empty_parents(folder: Path, root: Path) -> None:
    """Remove folders the deletion left empty, never `root` itself or anything above it."""
    root = root.resolve()
    while folder.resolve() != root and root in folder.resolve().parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
