"""`python -m generator add`: bring a new article into the story folder as a contributor would.

The text is copied byte for byte (the raw seed is data: never changed); the metadata file beside it
holds what the contributor said on the command line.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.metadata import LANGUAGE, WEB_ADDRESS, parse_date
from generator.read import decode_utf8, display_path

SLUG_WORDS = 8


class AddError(Exception):
    """A refusal, worded for the contributor."""


@dataclass(frozen=True)
class NewArticle:
    source: Path
    outlet: str
    published: str
    url: str | None = None
    byline: str | None = None
    title: str | None = None
    language: str = "en"


def slugify(text: str, words: int = SLUG_WORDS) -> str:
    """Lowercase ASCII words joined by '-': safe in a file name and a URL."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words])


def article_slug(outlet: str, published: str, title: str, raw: bytes = b"") -> str:
    """`outlet-date-headline-words`; when the headline has no Latin letter or digit (Arabic, Hebrew), the
    first digits of the text's digest stand for it, so that two such articles of a day get two names."""
    words = slugify(title) or hashlib.sha256(raw).hexdigest()[:8]
    slug = "-".join(p for p in (slugify(outlet, 3), published, words) if p)
    return slug[:100].rstrip("-")


def read_source(path: Path) -> tuple[bytes, str]:
    """The file's bytes and text, or an AddError saying why it cannot be an article."""
    shown = display_path(path)
    try:
        info = path.stat()
    except OSError as error:
        raise AddError(f"{shown}: cannot be read ({error.strerror}) — check the path") from None
    if not stat.S_ISREG(info.st_mode):
        raise AddError(f"{shown}: not an ordinary file (a folder, device or pipe) — "
                       "give the path of a .txt file")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise AddError(f"{shown}: this is not a text file (it contains NUL bytes) — "
                       "save the article as plain text")
    text, problem = decode_utf8(raw, shown)
    if problem is not None or text is None:
        raise AddError(problem.format() if problem else f"{shown}: not text")
    if not text.strip():
        raise AddError(f"{shown}: the file is empty — paste the article's text into it first")
    return raw, text


def check_request(new: NewArticle) -> None:
    if parse_date(new.published) is None:
        raise AddError(f"--published {new.published!r}: not a date — write it as YYYY-MM-DD, e.g. 2023-01-26")
    if not new.outlet.strip():
        raise AddError("--outlet: empty — give the outlet's name, e.g. --outlet 'The Jerusalem Post'")
    if new.url is not None and not WEB_ADDRESS.match(new.url):
        raise AddError(f"--url {new.url!r}: not a web address — give the full address starting with https://")
    if not LANGUAGE.match(new.language):
        raise AddError(f"--language {new.language!r}: not a language code — write one such as en, ar or he")


def metadata_yaml(new: NewArticle, slug: str) -> str:
    fields: dict[str, object] = {"outlet": new.outlet.strip()}
    if new.title:
        fields["title"] = new.title.strip()
    fields.update(byline=new.byline, published=new.published, url=new.url, language=new.language)
    header = (f"# Metadata for {slug}.txt, written by `python -m generator add`.\n"
              "# Fields left out (title, dek) are parsed from the text; "
              "see CONTRIBUTING.md for every field.\n")
    body = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=110)
    return header + body.replace(f"published: '{new.published}'", f"published: {new.published}")


def add_article(new: NewArticle, seeds_dir: Path) -> Path:
    """Copy the article into `seeds_dir` under a new slug; return the path of the copy."""
    check_request(new)
    raw, text = read_source(new.source)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    slug = article_slug(new.outlet, new.published, new.title or first_line, raw)
    target, meta = seeds_dir / f"{slug}.txt", seeds_dir / f"{slug}.yml"
    if target.is_file() and target.read_bytes() == raw:
        raise AddError(f"{display_path(target)}: already exists with the same text — this article is there "
                       "already")
    for existing in (target, meta):
        if existing.exists():
            raise AddError(f"{display_path(existing)}: already exists — a different article has the name; "
                           "give this one another --title")
    seeds_dir.mkdir(parents=True, exist_ok=True)
    target.write_bytes(raw)
    meta.write_text(metadata_yaml(new, slug), encoding="utf-8")
    return target
