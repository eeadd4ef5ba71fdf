"""Institutions named differently for the same thing: one article's court against another's.

Organisations of the knowledge base are put in kinds by the head noun of their name ('court' for both
'International Criminal Court' and 'International Court of Justice'). Two articles conflict when one
names only X and the other only Y, of the same kind, each beside the same other entity (the shared
context, e.g. the body they would also complain to) within a paragraph either way. Indexed by kind and
entity: linear in the number of mentions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from generator.compare.model import InstitutionConflict, InstitutionValue
from generator.compare.text import slug, unique_ids, words
from generator.model import Annotations, Article, Entity, KnowledgeBase, Mention

NEAR = 1
"""Paragraphs either side of a mention in which another entity counts as its context."""


@dataclass(frozen=True)
class _Use:
    """One article's mentions of one institution, and the entities mentioned near them."""

    article: str
    order: int
    entity: str
    first: Mention
    near: frozenset[str]


def compare_institutions(articles: tuple[Article, ...], annotations: dict[str, Annotations],
                         kb: KnowledgeBase) -> tuple[InstitutionConflict, ...]:
    """Every pair of same-kind institutions that articles use in the same place, sorted by id."""
    kinds = institution_kinds(kb.entities)
    uses = _uses(articles, annotations, set(kinds))
    found = []
    for kind, members in sorted(_members(kinds).items()):
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                conflict = _conflict(kind, x, y, uses)
                if conflict:
                    found.append(conflict)
    ids = unique_ids(c.id for c in found)
    return tuple(InstitutionConflict(i, c.kind, c.context, c.values) for c, i in zip(found, ids, strict=True))


def head_noun(name: str) -> str:
    """'court' for 'International Criminal Court' and for 'International Court of Justice'."""
    before_of = name.split(" of ")[0]
    found = words(before_of)
    if not found:
        return ""
    head = found[-1]
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head


def institution_kinds(entities: tuple[Entity, ...]) -> dict[str, str]:
    """Kind by entity id, for organisations whose name has a head noun and at least two words."""
    return {e.id: head_noun(e.name) for e in entities
            if e.type == "organisation" and len(words(e.name)) >= 2 and head_noun(e.name)}


def _members(kinds: dict[str, str]) -> dict[str, list[str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for entity, kind in sorted(kinds.items()):
        members[kind].append(entity)
    return {k: v for k, v in members.items() if len(v) > 1}


def _uses(articles: tuple[Article, ...], annotations: dict[str, Annotations],
          institutions: set[str]) -> dict[str, list[_Use]]:
    """Each institution's uses, one per article, in corpus order."""
    uses: dict[str, list[_Use]] = defaultdict(list)
    for order, article in enumerate(articles):
        mentions = annotations[article.id].mentions
        by_paragraph: dict[int, set[str]] = defaultdict(set)
        for mention in mentions:
            by_paragraph[mention.span.paragraph].add(mention.entity)
        firsts: dict[str, Mention] = {}
        near: dict[str, set[str]] = defaultdict(set)
        for mention in mentions:
            if mention.entity in institutions:
                firsts.setdefault(mention.entity, mention)
                for paragraph in range(mention.span.paragraph - NEAR, mention.span.paragraph + NEAR + 1):
                    near[mention.entity] |= by_paragraph.get(paragraph, set())
        for entity, first in firsts.items():
            uses[entity].append(_Use(article.id, order, entity, first, frozenset(near[entity] - {entity})))
    return uses


def _conflict(kind: str, x: str, y: str, uses: dict[str, list[_Use]]) -> InstitutionConflict | None:
    with_x = {u.article for u in uses.get(x, [])}
    with_y = {u.article for u in uses.get(y, [])}
    only_x = [u for u in uses.get(x, []) if u.article not in with_y]
    only_y = [u for u in uses.get(y, []) if u.article not in with_x]
    context = _shared_context(only_x, only_y, {x, y})
    if context is None:
        return None
    chosen = sorted([u for u in only_x + only_y if context in u.near], key=lambda u: (u.order, u.entity))
    values = tuple(InstitutionValue(u.article, u.entity, u.first.span.text, u.first.span.paragraph)
                   for u in chosen)
    return InstitutionConflict(id=f"institution-{slug(kind)}-{slug(x)}-{slug(y)}", kind=kind, context=context,
                               values=values)


def _shared_context(only_x: list[_Use], only_y: list[_Use], exclude: set[str]) -> str | None:
    """The entity found near the most uses on both sides; None when no entity is near both."""
    count_x: dict[str, int] = defaultdict(int)
    count_y: dict[str, int] = defaultdict(int)
    for use in only_x:
        for entity in use.near - exclude:
            count_x[entity] += 1
    for use in only_y:
        for entity in use.near - exclude:
            count_y[entity] += 1
    shared = [e for e in count_x if e in count_y]
    if not shared:
        return None
    return min(shared, key=lambda e: (-(count_x[e] + count_y[e]), e))
