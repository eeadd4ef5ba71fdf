"""Untrusted text stays text: escaping for every language a generated page passes through.

Article text reaches the site through Markdown (Python-Markdown and its extensions), raw HTML,
Material's Jinja templates (which print page titles unescaped) and, should anyone enable it,
the snippets preprocessor (`--8<--`) or a Jinja macros plugin. Escaping to HTML character
references covers all of them at once: a reference is inert in Markdown, in HTML and in Jinja,
and the browser shows the original character.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from markupsafe import Markup

# Characters with a meaning in HTML, Markdown (inline and block), attribute lists and Jinja.
_SPECIAL = {ch: f"&#{ord(ch)};" for ch in "&<>\"'`*_[]{}()#|\\~!:=+-^$%@"}
_SPECIAL["&"] = "&amp;"
_SPECIAL["<"] = "&lt;"
_SPECIAL[">"] = "&gt;"
_SPECIAL['"'] = "&quot;"
# C0/C1 controls (bar tab) and lone surrogates cannot be shown and some break XML consumers; so do the
# noncharacters (U+FFFE, which a byte-swapped BOM decodes to, is not an XML character: one in a headline
# made the Atom feed unreadable), which HTML parsers report as errors.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(f"{chr(plane + 0xfffe)}{chr(plane + 0xffff)}"
                                              for plane in range(0, 0x110000, 0x10000))
_UNSHOWABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + _NONCHARACTERS + "]")
_ESCAPES = str.maketrans(_SPECIAL)
# Inside a raw HTML block Markdown is not processed (Python-Markdown stashes the block whole), so only
# HTML's own characters and Jinja's braces need references there.
_BLOCK_ESCAPES = str.maketrans({ch: _SPECIAL[ch] for ch in "&<>\"'{}"})
_WHITESPACE = re.compile(r"\s+")


def visible(text: str) -> str:
    """The text with unshowable characters replaced and every run of whitespace made one space
    (not stripped: the spaces between an annotation and the text around it are the text's own)."""
    if text.isprintable() and "  " not in text:
        return text  # the common case, checked in C: nothing to replace (isprintable is False for any
        # control character, surrogate or whitespace other than the space)
    return _WHITESPACE.sub(" ", _UNSHOWABLE.sub("\ufffd", text))


ESCAPED_KEPT = 1 << 16
"""Escaped strings remembered (see `html_text`): enough for the names, labels and numbers a story repeats
on every page, and a bound for a long `mkdocs serve`."""


# Cached: a page prints the same entity names, labels, counts and paragraph numbers over and over (nine
# in ten calls of a story's render are for a string escaped before), and the result is immutable.
@lru_cache(maxsize=ESCAPED_KEPT)
def html_text(text: str) -> Markup:
    """`text` as inert HTML text or attribute value (double-quoted), on one line.

    Returns Markup so that the template environment does not escape it a second time."""
    return Markup(visible(text).translate(_ESCAPES))


@lru_cache(maxsize=ESCAPED_KEPT)  # as `html_text`
def block_text(text: str) -> Markup:
    """`text` made literal inside a raw HTML block of a generated page (an annotated paragraph, the
    sidebar), where Markdown syntax is inert. Far fewer references than `md_text` writes: a page of a
    big story carried hundreds of `&#45;` and `&#58;`, each decoded by every HTML parser the page goes
    through (MkDocs parses a page's raw HTML twice), and that was a fifth of the whole build."""
    return Markup(visible(text).translate(_BLOCK_ESCAPES))


def md_text(text: str) -> Markup:
    """`text` made literal anywhere in a generated Markdown page (inline, table cell or raw HTML)."""
    return html_text(text)


def finalize(value: object) -> object:
    """Jinja `finalize`: every `{{ … }}` output is escaped unless it is already Markup."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return md_text(str(value))


def yaml_string(text: str) -> Markup:
    """A YAML scalar for front matter; the value itself is escaped HTML because Material
    prints `page.meta.title` and `description` into the page without escaping them."""
    return Markup(json.dumps(str(html_text(text)), ensure_ascii=False))


def json_for_script(value: object) -> Markup:
    """JSON that is safe inside `<script type="application/ld+json">`."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=None)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


_SAFE_PATH = re.compile(r"^[A-Za-z0-9/_.#-]*$")


@lru_cache(maxsize=ESCAPED_KEPT)  # as `html_text`: every page links the same entity pages and tooltip ids
def url_path(path: str) -> Markup:
    """A link target built from our own slugs; anything else is a bug, not content."""
    if not _SAFE_PATH.match(path) or "//" in path:
        raise ValueError(f"unsafe link target: {path!r}")
    return Markup(path)
