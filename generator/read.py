"""Stage 1, read: the only stage that opens files. A story folder in, a StoryInput out.

A story folder holds, for each article, `<slug>.txt` (the raw text, never modified), `<slug>.yml`
(its metadata) and optionally `<slug>.note.md` (an editorial note); and, once per story,
`story.yml`, `knowledge.yml` and `overview.md`.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import pickle
import re
from importlib import metadata
from pathlib import Path

from generator.model import LIST_PAGE_NAME, Diagnostic, SeedFile, StoryInput, YamlDoc
from generator.yamlsrc import load_yaml

STORY_FILE = "story.yml"
KNOWLEDGE_FILE = "knowledge.yml"
OVERVIEW_FILE = "overview.md"
RESERVED_YAML = {STORY_FILE, KNOWLEDGE_FILE}
NOTE_SUFFIX = ".note.md"
SAFE_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,119}$")


def display_path(path: Path) -> str:
    """A path as the contributor knows it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_story(seeds_dir: Path) -> StoryInput:
    """Read every article and story file in `seeds_dir`."""
    if not seeds_dir.is_dir():
        problem = Diagnostic(display_path(seeds_dir), 0, "SEEDS_DIR", "the story folder does not exist",
                             "create it, or set SEEDS_DIR to a folder holding the story's .txt files")
        return StoryInput(str(seeds_dir), None, None, None, (), (problem,), folder_exists=False)
    diagnostics: list[Diagnostic] = []
    seeds = []
    # The folder is resolved once, and each file shown inside it: resolving every file's path took a third
    # of this stage at 1,000 articles (three system calls a file), and a file is never read through a link.
    folder_shown = display_path(seeds_dir)
    for text_path in sorted(seeds_dir.glob("*.txt")):
        seed = _read_seed(text_path, diagnostics, folder_shown)
        if seed is not None:
            seeds.append(seed)
    diagnostics.extend(_orphan_files(seeds_dir))
    story = _read_yaml(seeds_dir / STORY_FILE, diagnostics)
    knowledge = _read_yaml(seeds_dir / KNOWLEDGE_FILE, diagnostics)
    overview = _read_text(seeds_dir / OVERVIEW_FILE, diagnostics)
    return StoryInput(display_path(seeds_dir), story, knowledge, overview, tuple(seeds), tuple(diagnostics))


def _read_seed(text_path: Path, diagnostics: list[Diagnostic], folder_shown: str) -> SeedFile | None:
    shown = _shown_in(folder_shown, text_path.name)
    slug = text_path.stem
    if not SAFE_SLUG.match(slug):
        diagnostics.append(Diagnostic(shown, 0, "file name", "the name is not a safe page slug",
                                      "rename the file to lowercase letters, digits, '-' and '_' only"))
        return None
    if LIST_PAGE_NAME.fullmatch(slug):
        diagnostics.append(Diagnostic(shown, 0, "file name",
                                      f"`articles/{slug}.md` is a page of the article list",
                                      "rename the file and its .yml (the name becomes the page's "
                                      "address), e.g. to outlet-date-headline as the other articles are"))
        return None
    if text_path.is_symlink() or not text_path.is_file():
        diagnostics.append(_not_ordinary(shown, "the article's text"))
        return None
    meta_path = text_path.with_suffix(".yml")
    note_path = text_path.with_name(slug + NOTE_SUFFIX)
    raw = text_path.read_bytes()
    meta_shown, note_shown = _shown_in(folder_shown, meta_path.name), _shown_in(folder_shown, note_path.name)
    return SeedFile(
        slug=slug, path=shown, name=text_path.name, raw=raw,
        meta=_read_yaml(meta_path, diagnostics, meta_shown), meta_path=meta_shown,
        note=_read_text(note_path, diagnostics, note_shown), note_path=note_shown,
    )


def _shown_in(folder_shown: str, name: str) -> str:
    """The display path of the file `name` in the story folder shown as `folder_shown`."""
    return name if folder_shown == "." else os.path.join(folder_shown, name)


def _read_yaml(path: Path, diagnostics: list[Diagnostic], shown: str | None = None) -> YamlDoc | None:
    """The YAML file at `path`, None when there is none or it is not valid (a diagnostic says why);
    `shown` is `display_path(path)` when the caller has it already."""
    text = _read_text(path, diagnostics, shown)
    if text is None:
        return None
    doc, problems = load_yaml(text, shown or display_path(path))
    diagnostics.extend(problems)
    return doc


def _read_text(path: Path, diagnostics: list[Diagnostic], shown: str | None = None) -> str | None:
    """The text of the file at `path`, None when there is none. A link is not followed: the site would
    publish whatever it points to (a link committed as `overview.md` could show the build machine's
    files to every reader)."""
    if path.is_symlink():
        diagnostics.append(_not_ordinary(shown or display_path(path), "the file's contents"))
        return None
    if not path.is_file():
        return None
    text, problem = decode_utf8(path.read_bytes(), shown or display_path(path))
    if problem:
        diagnostics.append(problem)
    return text


def _not_ordinary(shown: str, contents: str) -> Diagnostic:
    return Diagnostic(shown, 0, "file", "not an ordinary file (a link or a folder?)",
                      f"replace it with a plain copy of {contents}")


def decode_utf8(raw: bytes, shown: str) -> tuple[str | None, Diagnostic | None]:
    """Decode `raw` as UTF-8 (a byte-order mark allowed); name the byte offset of the first bad byte."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        fix = "save the file as UTF-8 (most editors: 'Save with encoding' → UTF-8)"
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows' "Unicode"
            return None, Diagnostic(shown, 1, "encoding", "saved as UTF-16, not UTF-8", fix)
        line = raw.count(b"\n", 0, error.start) + 1
        return None, Diagnostic(
            shown, line, "encoding", f"not valid UTF-8 at byte offset {error.start} ({error.reason})", fix)


def _orphan_files(seeds_dir: Path) -> list[Diagnostic]:
    """Metadata and notes whose article is missing (most often a renamed or misspelled file), and files
    the story does not read at all: an article saved as `.TXT` or metadata as `.yaml` was left out
    without a word."""
    found = []
    for path in sorted(seeds_dir.iterdir()):
        name = path.name
        # an article is read by read_story, which says why when it cannot be
        if name in RESERVED_YAML or name == OVERVIEW_FILE or name.startswith(".") or path.suffix == ".txt":
            continue
        if name.endswith(NOTE_SUFFIX):
            stem = name[: -len(NOTE_SUFFIX)]
        elif path.suffix == ".yml":
            stem = path.stem
        else:
            if not path.is_dir():  # asked of these names only: one system call less for each article
                found.append(_stray_file(path))
            continue
        if not (seeds_dir / f"{stem}.txt").exists():
            found.append(Diagnostic(display_path(path), 0, "file name", f"no article `{stem}.txt` beside it",
                                    "rename it to match its article's .txt file, or delete it"))
    return found


def _stray_file(path: Path) -> Diagnostic:
    """A file of the story folder that no build reads, with the name it may have been meant to have."""
    suffix = path.suffix.lower()
    otherwise = "if not, move it out of the folder"
    if suffix in (".txt", ".text", ".md"):
        fix = f"if it is an article, rename it to `{path.stem}.txt` (lowercase); {otherwise}"
    elif suffix in (".yml", ".yaml"):
        fix = f"if it is an article's metadata, rename it to `{path.stem}.yml`; {otherwise}"
    else:
        fix = ("move it out of the folder, which holds only articles (`.txt`), their `.yml` and `.note.md`, "
               f"{STORY_FILE}, {KNOWLEDGE_FILE} and {OVERVIEW_FILE}")
    return Diagnostic(display_path(path), 0, "file name", "the story does not read this file", fix,
                      severity="warning")


def input_key(seeds_dir: Path, *settings: str) -> str:
    """A digest of everything a build's output depends on: every file of the story folder (names and
    bytes; orphans and renames count), the folder as the pages show it, `settings` (the site URL), the
    generator's own code and templates, and the versions of the libraries that shape its output. Equal
    keys mean an identical output, so a build can be skipped: reading bytes takes a fraction of the time
    that parsing and analysing them does."""
    hasher = hashlib.sha256()
    _feed(hasher, "settings", display_path(seeds_dir), os.getcwd(), *settings, _code_version())
    if seeds_dir.is_dir():
        for path in sorted(seeds_dir.iterdir()):
            if path.is_symlink():  # never read (see _read_text): a link is an error whatever it points to
                _feed(hasher, path.name, "link")
            elif path.is_file() and not path.name.startswith("."):
                _feed(hasher, path.name, path.read_bytes())
            else:
                _feed(hasher, path.name, "not a file" if not path.is_dir() else "folder")
    return hasher.hexdigest()


_code_versions: list[str] = []
_OUTPUT_LIBRARIES = ("jinja2", "markupsafe", "pyyaml", "rapidfuzz")


def _code_version() -> str:
    """The generator's source, templates and schema, and the libraries it renders with, as one digest
    (once per process: the code does not change under a running build)."""
    if not _code_versions:
        hasher = hashlib.sha256()
        package = Path(__file__).resolve().parent
        for path in sorted(package.rglob("*")):
            if path.suffix in {".py", ".j2", ".json"} and "__pycache__" not in path.parts:
                _feed(hasher, path.relative_to(package).as_posix(), path.read_bytes())
        for library in _OUTPUT_LIBRARIES:
            _feed(hasher, library, _version(library))
        _code_versions.append(hasher.hexdigest())
    return _code_versions[0]


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


def _feed(hasher: hashlib._Hash, *parts: str | bytes) -> None:
    """Each part with its length first, so that no two different lists of parts feed the same bytes."""
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)


ANNOTATION_CACHE_HEADER = b"generator annotation cache 1\n"


def read_annotation_cache(path: Path) -> dict[str, object]:
    """The annotations an earlier build of this generator's code kept at `path` (see
    pipeline.annotation_keys), or nothing when the file is missing, unreadable or from other code.

    A cache is only ever a shortcut: whatever is wrong with it, the articles are annotated afresh. It is
    a pickle, so it is read only from the project's own folder, which holds the code it runs anyway."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    version = _code_version().encode("ascii") + b"\n"
    prefix = ANNOTATION_CACHE_HEADER + version
    if not data.startswith(prefix):
        return {}
    try:
        entries = pickle.loads(data[len(prefix):])
    except Exception:  # noqa: BLE001 - a damaged cache of any kind is no cache
        return {}
    return entries if isinstance(entries, dict) else {}


def annotation_cache_bytes(entries: dict[str, object]) -> bytes:
    """What `read_annotation_cache` reads back: kept here, beside the reader, so that the two agree."""
    version = _code_version().encode("ascii") + b"\n"
    return ANNOTATION_CACHE_HEADER + version + pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)


def seeds_dir_from_env(default: str = "seeds") -> Path:
    """The story folder: `SEEDS_DIR`, else `seeds/`."""
    return Path(os.environ.get("SEEDS_DIR") or default)
