"""The story's knowledge base (`knowledge.yml`): entities and the framing lexicon, validated field by field.

Every problem is a Diagnostic with the file, the line of the offending key and how to fix it; all of
them are collected. An entity whose id, name or type is unusable is left out (nothing could link to
it); one with a lesser fault (a missing description, a bad alias) is kept with what is valid, so the
rest of the build still shows it while the error is reported.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from generator.model import (
    LIST_PAGE_NAME,
    Diagnostic,
    Entity,
    EntityType,
    FramingGroup,
    FramingTerm,
    KnowledgeBase,
    Severity,
    YamlDoc,
)
from generator.yamlsrc import line_of

TOP_KEYS = ("entities", "framing")
ENTITY_KEYS = ("id", "name", "type", "description", "aliases", "pronoun")
PRONOUNS = ("he", "she", "they")
GROUP_KEYS = ("id", "label", "terms")
TERM_KEYS = ("label", "patterns")
TYPES: tuple[EntityType, ...] = ("person", "organisation", "place", "event")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugify(text: str) -> str:
    """A lowercase, hyphenated slug of `text` (the id a contributor would give the name)."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "entity"


def alias_key(text: str) -> str:
    """The form two names are compared in: case, spacing and quote style do not make them different."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).casefold()


@dataclass
class _Report:
    """Collects the diagnostics of one file, each placed on the line of its key."""

    doc: YamlDoc
    found: list[Diagnostic] = field(default_factory=list)

    def add(self, key: str, message: str, fix: str, severity: Severity = "error") -> None:
        self.found.append(Diagnostic(self.doc.path, line_of(self.doc, key), key, message, fix, severity))


def load_knowledge(doc: YamlDoc) -> tuple[KnowledgeBase, tuple[Diagnostic, ...]]:
    """Validate `knowledge.yml` and build the KnowledgeBase from what is valid in it."""
    report = _Report(doc)
    for key in doc.data:
        if key not in TOP_KEYS:
            report.add(str(key), "unknown section", f"use only the sections: {', '.join(TOP_KEYS)}")
    entities = _entities(doc.data.get("entities"), report)
    framing = _framing(doc.data.get("framing"), report)
    return KnowledgeBase(entities=entities, framing=framing), tuple(report.found)


# --- entities -----------------------------------------------------------------------------------


def _items(value: object, key: str, what: str, report: _Report) -> list[object]:
    """The items of a list section; a missing section is empty, anything else is an error. `what` names
    one item ("entity")."""
    if value is None:
        return []
    if not isinstance(value, list):
        report.add(key, f"`{key}` must be a list, one item per {what}",
                   f"write each {what} as a `- ` item under `{key}:`")
        return []
    return value


def _entities(value: object, report: _Report) -> tuple[Entity, ...]:
    found: list[Entity] = []
    ids: dict[str, str] = {}
    owners: dict[str, str] = {}
    for index, item in enumerate(_items(value, "entities", "entity", report)):
        entity = _entity(item, f"entities.{index}", report)
        if entity is None:
            continue
        key = f"entities.{index}"
        if entity.id in ids:
            report.add(f"{key}.id", f"the id `{entity.id}` is used twice (first at line {ids[entity.id]})",
                       "give each entity its own id, or merge the two entries")
            continue
        ids[entity.id] = str(line_of(report.doc, key))
        found.append(_claim_names(entity, key, owners, report))
    return tuple(found)


def _entity(item: object, key: str, report: _Report) -> Entity | None:
    """One entity, or None when it cannot be used (no valid id, name or type)."""
    if not isinstance(item, dict):
        report.add(key, "an entity must be a mapping of `field: value` lines",
                   "write `- id: …` then `name:`, `type:`, `description:` and `aliases:` indented below it")
        return None
    for name in item:
        if name not in ENTITY_KEYS:
            report.add(f"{key}.{name}", f"unknown field `{name}`", f"use only: {', '.join(ENTITY_KEYS)}")
    name = _text(item, key, "name", report, "write the entity's canonical name, e.g. `name: Mahmoud Abbas`")
    entity_id = _entity_id(item, key, name, report)
    kind = _type(item, key, report)
    description = _text(item, key, "description", report, "write one line saying who or what it is")
    aliases = _aliases(item.get("aliases"), f"{key}.aliases", name, report)
    pronoun = _pronoun(item.get("pronoun"), f"{key}.pronoun", kind, report)
    if name is None or entity_id is None or kind is None:
        return None
    return Entity(id=entity_id, name=name, type=kind, description=description or "", aliases=aliases,
                  line=line_of(report.doc, key), pronoun=pronoun)


def _text(item: dict[object, object], key: str, name: str, report: _Report, fix: str) -> str | None:
    """A required one-line text field, its whitespace collapsed."""
    value = item.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        report.add(f"{key}.{name}", f"`{name}` is missing", fix)
        return None
    if not isinstance(value, str):
        report.add(f"{key}.{name}", f"`{name}` must be text, not {_kind(value)}",
                   f"{fix}; quote it if needed")
        return None
    return " ".join(value.split())


def _entity_id(item: dict[object, object], key: str, name: str | None, report: _Report) -> str | None:
    value = item.get("id")
    suggestion = f"`id: {slugify(name)}`" if name else "a slug such as `id: mahmoud-abbas`"
    if value is None:
        report.add(f"{key}.id", "`id` is missing", f"add {suggestion}")
        return None
    if not isinstance(value, str) or not SLUG.fullmatch(value):
        report.add(f"{key}.id", f"`id` must be a slug (lowercase letters, digits and hyphens), not {value!r}",
                   f"write {suggestion}")
        return None
    if LIST_PAGE_NAME.fullmatch(value):
        report.add(f"{key}.id", f"the id `{value}` is taken: `entities/{value}.md` is a page of the list of "
                   "people and organisations", "choose another id (it becomes the entity page's address)")
        return None
    return value


def _type(item: dict[object, object], key: str, report: _Report) -> EntityType | None:
    value = item.get("type")
    for kind in TYPES:
        if value == kind:
            return kind
    shown = "missing" if value is None else f"{value!r}, not a known type"
    hint = " (spelt `organisation`)" if value == "organization" else ""
    report.add(f"{key}.type", f"`type` is {shown}", f"write one of: {', '.join(TYPES)}{hint}")
    return None


def _pronoun(value: object, key: str, kind: EntityType | None, report: _Report) -> str | None:
    """The optional pronoun of a person, which lets 'she said' skip the men quoted since (and 'he said'
    the women)."""
    if value is None:
        return None
    if kind is not None and kind != "person":
        article = "an" if kind[0] in "aeiou" else "a"
        report.add(key, f"only a person has a pronoun, and this entity is {article} {kind}",
                   "remove the `pronoun` line (an organisation is always 'it')")
        return None
    if not isinstance(value, str) or value.strip().casefold() not in PRONOUNS:
        shown = repr(value) if isinstance(value, str) else _kind(value)
        report.add(key, f"`pronoun` is {shown}, not one of {', '.join(PRONOUNS)}",
                   "write `pronoun: he`, `pronoun: she` or `pronoun: they` (as the articles refer to the "
                   "person), or leave the line out")
        return None
    return value.strip().casefold()


def _aliases(value: object, key: str, name: str | None, report: _Report) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        report.add(key, f"`aliases` must be a list, not {_kind(value)}",
                   "write them as a list: `aliases: [PA, Palestinian National Authority]`")
        return ()
    found: list[str] = []
    seen = {alias_key(name)} if name else set()
    for index, alias in enumerate(value):
        if not isinstance(alias, str) or not alias.strip():
            report.add(f"{key}.{index}", f"alias {index + 1} must be a name, not {_kind(alias)}",
                       "write the name as text, quoting it if it is a number or contains a colon")
        elif not any(character.isalnum() for character in alias):
            report.add(f"{key}.{index}", f"the alias {alias!r} has no letter or digit: it never matches",
                       "remove it, or write the name as the articles spell it", severity="warning")
        elif alias_key(alias) in seen:
            report.add(f"{key}.{index}", f"the alias {alias!r} repeats the name or another alias",
                       "remove the repeated alias", severity="warning")
        else:
            seen.add(alias_key(alias))
            found.append(" ".join(alias.split()))
    return tuple(found)


def _claim_names(entity: Entity, key: str, owners: dict[str, str], report: _Report) -> Entity:
    """Reserve the entity's name and aliases; an alias another entity already has is dropped and reported."""
    kept = []
    for index, written in enumerate((entity.name, *entity.aliases)):
        where = f"{key}.name" if index == 0 else f"{key}.aliases.{index - 1}"
        owner = owners.setdefault(alias_key(written), entity.id)
        if owner == entity.id:
            kept.append(written)
            continue
        report.add(where, f"{written!r} already names the entity `{owner}`",
                   f"keep it on only one of `{owner}` and `{entity.id}`: a name must say which entity "
                   "it means")
    aliases = tuple(kept[1:]) if kept and kept[0] == entity.name else tuple(kept)
    return dataclasses.replace(entity, aliases=aliases)


# --- framing ------------------------------------------------------------------------------------


def _framing(value: object, report: _Report) -> tuple[FramingGroup, ...]:
    groups: list[FramingGroup] = []
    for index, item in enumerate(_items(value, "framing", "group", report)):
        group = _group(item, f"framing.{index}", report)
        if group is None:
            continue
        if any(g.id == group.id for g in groups):
            report.add(f"framing.{index}.id", f"the group id `{group.id}` is used twice",
                       "give each framing group its own id")
            continue
        groups.append(group)
    return tuple(groups)


def _group(item: object, key: str, report: _Report) -> FramingGroup | None:
    if not isinstance(item, dict):
        report.add(key, "a framing group must be a mapping with `id`, `label` and `terms`",
                   "write `- id: …` then `label:` and `terms:` indented below it")
        return None
    _unknown(item, key, GROUP_KEYS, report)
    label = _text(item, key, "label", report,
                  "say what the alternatives name, e.g. `label: How the dead are named`")
    group_id = item.get("id")
    if not isinstance(group_id, str) or not SLUG.fullmatch(group_id):
        suggestion = slugify(label) if label else "the-dead"
        report.add(f"{key}.id", "`id` is missing or not a slug", f"write `id: {suggestion}`")
        group_id = None
    terms = _terms(item.get("terms"), f"{key}.terms", report)
    if group_id is None or label is None or not terms:
        return None
    return FramingGroup(id=group_id, label=label, terms=terms)


def _terms(value: object, key: str, report: _Report) -> tuple[FramingTerm, ...]:
    if not isinstance(value, list) or not value:
        report.add(key, "`terms` must be a non-empty list",
                   "list the alternatives, each as `- label: …` with `patterns: [...]`")
        return ()
    terms: list[FramingTerm] = []
    claimed: dict[str, str] = {}
    for index, item in enumerate(value):
        term = _term(item, f"{key}.{index}", report)
        if term is None:
            continue
        for pattern in term.patterns:
            owner = claimed.setdefault(alias_key(pattern), term.label)
            if owner != term.label:
                report.add(f"{key}.{index}.patterns",
                           f"the pattern {pattern!r} is also a pattern of {owner!r}",
                           "keep each word form in one term of the group")
        terms.append(term)
    return tuple(terms)


def _term(item: object, key: str, report: _Report) -> FramingTerm | None:
    if not isinstance(item, dict):
        report.add(key, "a term must be a mapping with `label` and `patterns`",
                   "write `- label: terrorists` and `patterns: [terrorists, terrorist]` below it")
        return None
    _unknown(item, key, TERM_KEYS, report)
    label = _text(item, key, "label", report, "write the term as shown, e.g. `label: terrorists`")
    if label is None:
        return None
    patterns = item.get("patterns", [label])
    if not isinstance(patterns, list) or not patterns or \
            not all(isinstance(p, str) and p.strip() for p in patterns):
        report.add(f"{key}.patterns", "`patterns` must be a list of word forms, none of them empty",
                   "write them as a list: `patterns: [terrorists, terrorist]`")
        return None
    return FramingTerm(label=label, patterns=tuple(" ".join(p.split()) for p in patterns))


def _unknown(item: dict[object, object], key: str, allowed: tuple[str, ...], report: _Report) -> None:
    for name in item:
        if name not in allowed:
            report.add(f"{key}.{name}", f"unknown field `{name}`", f"use only: {', '.join(allowed)}")


def _kind(value: object) -> str:
    names: dict[type, str] = {bool: "true/false", int: "a number", float: "a number", list: "a list",
                              dict: "a mapping", type(None): "empty"}
    if isinstance(value, str):
        return "text" if value.strip() else "empty"
    return names.get(type(value), type(value).__name__)

