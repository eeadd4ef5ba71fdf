"""Stage 2, metadata: what the text itself says (headline, dek, byline, dateline), overridden by the YAML.

Contributors write only what the text cannot tell; every field they write wins over the parsed one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.model import ArticleMeta, CleanText, Diagnostic, HeaderRole, SeedFile, YamlDoc
from generator.yamlsrc import line_of

TEXT_FIELDS = ("outlet", "title", "dek", "byline", "url", "language")
FIELDS = (*TEXT_FIELDS, "published", "notes")
REQUIRED = ("outlet", "title", "published")
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A host, then anything a copied address holds but spaces, quotes and angle brackets (a paste gone wrong).
WEB_ADDRESS = re.compile(r"^https?://[^\s/\"<>]+[^\s\"<>]*$")
FIXES = {
    "outlet": "add `outlet: Name of the outlet` to the metadata file",
    "title": "add `title: The headline` (the text's first line is used when it is there)",
    "published": "add `published: YYYY-MM-DD` (the date the outlet published it)",
    "url": "write the full address starting with https://, or `url: null` when unknown",
    "language": "write a language code such as `en`, `fr` or `he`",
    "notes": "write `notes:` followed by indented `field: how it was established` lines",
}


@dataclass(frozen=True)
class Given:
    """The validated fields of a metadata YAML file (only those the contributor wrote)."""

    values: dict[str, object]
    notes: dict[str, str]
    invalid: frozenset[str] = frozenset()
    """Fields the contributor wrote that were rejected (each with a diagnostic already)."""


def validate_yaml(doc: YamlDoc | None, seed: SeedFile) -> tuple[Given, tuple[Diagnostic, ...]]:
    """Check the metadata file's fields and types; keep the valid ones."""
    if doc is None:
        return Given({}, {}), ()
    problems: list[Diagnostic] = []
    values: dict[str, object] = {}
    invalid = set()
    for key, value in doc.data.items():
        checked = _check_field(doc, str(key), value, problems)
        if checked is _INVALID:
            invalid.add(str(key))
        else:
            values[str(key)] = checked
    notes = values.pop("notes", {})
    return Given(values, notes if isinstance(notes, dict) else {}, frozenset(invalid)), tuple(problems)


_INVALID = object()


def _check_field(doc: YamlDoc, key: str, value: object, problems: list[Diagnostic]) -> object:
    def fail(message: str, fix: str | None = None) -> object:
        problems.append(Diagnostic(doc.path, line_of(doc, key), key, message, fix or FIXES.get(key, "")))
        return _INVALID

    if key not in FIELDS:
        return fail("unknown field", f"use one of: {', '.join(FIELDS)} (check the spelling)")
    if key == "published":
        return _check_date(value, fail)
    if key == "notes":
        return _check_notes(doc, value, problems, fail)
    if value is None or isinstance(value, str) and not value.strip():  # `byline: ""` is `byline: null`
        return fail("must not be empty") if key in REQUIRED + ("language",) else None
    if not isinstance(value, str):
        return fail(f"must be text, not {type(value).__name__}", "quote the value: `" + key + ': "…"`')
    return _check_text(key, value.strip(), fail)


def _check_text(key: str, value: str, fail) -> object:  # type: ignore[no-untyped-def]
    if key == "url" and not WEB_ADDRESS.match(value):
        return fail(f"not a web address: {value!r}")
    if key == "language" and not LANGUAGE.match(value):
        return fail(f"not a language code: {value!r}")
    return " ".join(value.split())


def _check_date(value: object, fail) -> object:  # type: ignore[no-untyped-def]
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = parse_date(str(value)) if value is not None else None
    return parsed if parsed else fail(f"not a date: {value!r}", FIXES["published"])


def parse_date(text: str) -> dt.date | None:
    """A YYYY-MM-DD date, or None when `text` is not one (or not a real day)."""
    if not ISO_DATE.fullmatch(text.strip()):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _check_notes(doc: YamlDoc, value: object, problems: list[Diagnostic], fail) -> object:  # type: ignore[no-untyped-def]
    if not isinstance(value, dict):
        return fail("must be a mapping of field names to explanations")
    notes = {}
    for field, text in value.items():
        key = f"notes.{field}"
        if field not in FIELDS or not isinstance(text, str):
            problems.append(Diagnostic(doc.path, line_of(doc, key), key,
                                       "a note must name a metadata field and be text", FIXES["notes"]))
            continue
        notes[str(field)] = " ".join(text.split())
    return notes


def known_header(given: Given) -> dict[HeaderRole, str]:
    """The header lines the contributor gave, by role, so that cleaning recognises those lines."""
    roles: dict[str, HeaderRole] = {"title": "headline", "dek": "dek", "byline": "byline"}
    return {role: str(given.values[field]) for field, role in roles.items() if given.values.get(field)}


def build_meta(seed: SeedFile, given: Given,
               text: CleanText) -> tuple[ArticleMeta | None, tuple[Diagnostic, ...]]:
    """Merge what the text says with what the YAML says (the YAML wins)."""
    parsed = parse_header(text)
    merged = {**parsed, **given.values}
    missing = [f for f in REQUIRED if not merged.get(f)]
    if missing:  # a field written but rejected is reported once, as written wrong, not also as missing
        return None, tuple(_missing(seed, field) for field in missing if field not in given.invalid)
    parsed_used = tuple(sorted(k for k in parsed if k not in given.values))
    meta = ArticleMeta(
        outlet=str(merged["outlet"]), title=str(merged["title"]), dek=_opt(merged.get("dek")),
        byline=_opt(merged.get("byline")), published=merged["published"],  # type: ignore[arg-type]
        url=_opt(merged.get("url")), language=str(merged.get("language") or "en"),
        notes=dict(sorted(given.notes.items())), parsed=parsed_used)
    return meta, ()


def _opt(value: object) -> str | None:
    return str(value) if value else None


def _missing(seed: SeedFile, field: str) -> Diagnostic:
    where = seed.meta_path if seed.meta is not None else seed.path
    if seed.meta is not None and field in seed.meta.lines:
        line = line_of(seed.meta, field)
    else:
        line = 1 if seed.meta else 0
    message = "missing, and not found in the text" if seed.meta is not None else \
        "missing: the article has no metadata file and the text does not give it"
    return Diagnostic(where, line, field, message,
                      FIXES[field] + ("" if seed.meta is not None else f" in {seed.meta_path}"))


def parse_header(text: CleanText) -> dict[str, object]:
    """The fields the article's own header lines give: headline, dek, byline, dateline."""
    found: dict[str, object] = {}
    for header in text.header:
        if header.role == "headline":
            found.setdefault("title", header.text)
        elif header.role == "dek":
            found.setdefault("dek", header.text)
        elif header.role == "byline":
            found.update(_from_byline(header.text, found))
        elif header.role == "dateline" and (day := _date_in(header.text)):
            found.setdefault("published", day)
    return found


def _from_byline(line: str, found: dict[str, object]) -> dict[str, object]:
    """`By Jane Doe, AP` → byline Jane Doe, outlet AP; `By Example News Staff` → outlet Example News."""
    name = re.sub(r"^\s*by\s+", "", line, flags=re.IGNORECASE).strip()
    staff = re.match(r"^(.*?)\s+(staff|desk|newsroom|team)$", name, flags=re.IGNORECASE)
    if staff:
        return {"outlet": staff.group(1)} if "outlet" not in found else {}
    person, _, outlet = name.partition(",")
    result: dict[str, object] = {"byline": person.strip()}
    if outlet.strip() and "outlet" not in found:
        result["outlet"] = outlet.strip()
    return result


def _date_in(text: str) -> dt.date | None:
    match = ISO_DATE.search(text)
    return parse_date(match.group(0)) if match else None
