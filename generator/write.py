"""Last stage, write: the only stage that writes files.

The generator owns the files listed in its manifest (`docs/.generated.json`, hidden from MkDocs)
and nothing else. It checks every path before writing any, so that a refusal leaves the folder as
it was; it writes a file only when its bytes change, so that `mkdocs serve` does not rebuild in a
loop and an unchanged build touches nothing. Before it changes a file it lists the new bytes in the
manifest as `pending`, so that a build cut short (a full disk, Ctrl-C) leaves no file the next build
would take for one edited by hand. The manifest also records the build that wrote the files
(the key of its inputs, its diagnostics), so that a build of the same inputs into an untouched folder
can be skipped altogether (`previous_build`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from generator.model import Diagnostic, RenderedSite
from generator.read import annotation_cache_bytes

MANIFEST = ".generated.json"


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    deleted: tuple[str, ...]
    unchanged: int
    refused: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True)
class BuildRecord:
    """What a build found, kept in the manifest beside the files it wrote."""

    input_key: str
    """`read.input_key` of the build's inputs."""
    articles: int
    diagnostics: tuple[Diagnostic, ...]


@dataclass(frozen=True)
class _Manifest:
    files: dict[str, str]
    """Path in the docs folder -> sha256 of the bytes the generator wrote there."""
    record: BuildRecord | None = None
    pending: dict[str, str] = field(default_factory=dict)
    """Path -> sha256 of the bytes a build was about to write there when it wrote this manifest: listed
    until the build ends, so a file of a build cut short is still known as ours."""

    def paths(self) -> set[str]:
        return set(self.files) | set(self.pending)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_site(site: RenderedSite, docs_dir: Path, record: BuildRecord | None = None) -> WriteReport:
    """Make `docs_dir` hold exactly `site`'s generated files, leaving hand-written files alone; keep
    `record` in the manifest when given (a build whose files were refused leaves no record)."""
    with _alone_in(docs_dir):
        return _write_site(site, docs_dir, record)


@contextmanager
def _alone_in(docs_dir: Path) -> Iterator[None]:
    """Hold `docs_dir` for this build alone, from reading its manifest to writing the new one.

    Two builds into one folder (`python -m generator build` beside `mkdocs serve`) each deleted files the
    other had just listed: one crashed on a file already gone, and the next build found hundreds of pages
    to delete. The second now waits for the first. The lock is the kernel's on the folder itself, so no
    file is left behind, and it ends with the process."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    if fcntl is None:  # Windows has no flock: builds there are not guarded against each other
        yield
        return
    handle = os.open(docs_dir, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # which releases the lock


def _write_site(site: RenderedSite, docs_dir: Path, record: BuildRecord | None) -> WriteReport:
    manifest = _load_manifest(docs_dir)
    changed, refused = _changes(site, docs_dir, manifest)
    if refused:
        return WriteReport((), (), 0, refused)
    stale = sorted(manifest.paths() - set(site.files))
    if changed or stale:
        # Claim the new bytes before writing any (see the module's docstring). No record: a folder
        # half-written is never taken for a finished build.
        pending = {**manifest.pending, **{path: digest(site.files[path]) for path in changed}}
        _write_if_changed(docs_dir / MANIFEST, _manifest_bytes(_Manifest(manifest.files, None, pending)))
    for path in changed:
        _write(docs_dir / path, site.files[path])
    deleted = [path for path in stale if _delete_if_ours(docs_dir, path, manifest)]
    files = {path: digest(data) for path, data in sorted(site.files.items())}
    _write_if_changed(docs_dir / MANIFEST, _manifest_bytes(_Manifest(files, record)))
    return WriteReport(tuple(changed), tuple(deleted), len(site.files) - len(changed))


def generated_paths(docs_dir: Path) -> set[str]:
    """The paths in `docs_dir` (relative, with '/') that the generator wrote or is writing: its own files."""
    return _load_manifest(docs_dir).paths()


def write_annotation_cache(path: Path, entries: dict[str, object]) -> bool:
    """Keep the story's annotations for the next build (`read.read_annotation_cache`); True if written.
    A cache that cannot be written (a read-only checkout, a full disk) only makes the next build slower:
    it never fails this one."""
    try:
        return _write_if_changed(path, annotation_cache_bytes(entries))
    except OSError:
        return False


def previous_build(docs_dir: Path, input_key: str) -> tuple[BuildRecord, int] | None:
    """The record of the build that wrote `docs_dir`, and its number of files, when that build had these
    inputs and every file it wrote is still there with the same bytes; None otherwise (then build)."""
    manifest = _load_manifest(docs_dir)
    if manifest.record is None or manifest.record.input_key != input_key:
        return None
    for path, expected in manifest.files.items():
        target = docs_dir / path
        if target.is_symlink() or not target.is_file() or digest(target.read_bytes()) != expected:
            return None
    return manifest.record, len(manifest.files)


def _manifest_bytes(manifest: _Manifest) -> bytes:
    data: dict[str, object] = {"files": manifest.files}
    if manifest.pending:
        data["pending"] = dict(sorted(manifest.pending.items()))
    if manifest.record is not None:
        data["build"] = asdict(manifest.record)
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _load_manifest(docs_dir: Path) -> _Manifest:
    """The manifest, or an empty one when it is missing or unreadable (then no file is ours)."""
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return _Manifest({})
    if not isinstance(data, dict):
        return _Manifest({})
    if not isinstance(data.get("files"), dict):
        # The first manifests were the files mapping alone: still ours, with no record of the build.
        return _Manifest({str(k): str(v) for k, v in data.items() if isinstance(v, str)})
    files = {str(k): str(v) for k, v in data["files"].items()}
    pending = data.get("pending")
    pending = {str(k): str(v) for k, v in pending.items()} if isinstance(pending, dict) else {}
    return _Manifest(files, _record(data.get("build")), pending)


def _record(data: object) -> BuildRecord | None:
    try:
        diagnostics = tuple(Diagnostic(**d) for d in data["diagnostics"])  # type: ignore[index]
        return BuildRecord(str(data["input_key"]), int(data["articles"]), diagnostics)  # type: ignore[index]
    except (TypeError, KeyError, ValueError):
        return None


def _changes(site: RenderedSite, docs_dir: Path,
             manifest: _Manifest) -> tuple[list[str], tuple[Diagnostic, ...]]:
    """The paths whose bytes would change, in order; and the refusals: paths the generator would overwrite
    that it did not write, or that were edited by hand since. Each file is read once."""
    changed, problems = [], []
    ours = manifest.paths()
    for path, data in sorted(site.files.items()):
        target = docs_dir / path
        if not (target.exists() or target.is_symlink()):
            changed.append(path)
            continue
        shown, folder = str(target), target.is_dir()
        if path not in ours or folder:
            what = "a folder" if folder else "a file the generator did not write"
            problems.append(Diagnostic(shown, 0, "output", f"{what} is in the way",
                                       "rename or move it: the generator owns this path"))
            continue
        found = target.read_bytes() if target.is_file() else None  # None: a link to nothing
        if found == data:
            continue
        if found is not None and not _written_by_us(path, found, manifest):
            problems.append(Diagnostic(shown, 0, "output", "this generated file was edited by hand",
                                       "move your edits to the seed, metadata or note files, then delete it"))
        else:
            changed.append(path)
    return changed, tuple(problems)


def _written_by_us(path: str, found: bytes, manifest: _Manifest) -> bool:
    """Whether `found`, in the file at `path`, is what the generator wrote there (or was writing)."""
    return digest(found) in (manifest.files.get(path), manifest.pending.get(path))


def _write_if_changed(target: Path, data: bytes) -> bool:
    if target.is_file() and target.read_bytes() == data:
        return False
    _write(target, data)
    return True


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # named for the process: two builds writing the same file never write into each other's partial
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)  # atomic: a reader never sees half a page
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _delete_if_ours(docs_dir: Path, path: str, manifest: _Manifest) -> bool:
    """Delete a stale generated file, unless someone changed it since it was written."""
    target = docs_dir / path
    if not target.is_file() or not _written_by_us(path, target.read_bytes(), manifest):
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
