"""What annotators build from the knowledge base (compiled matchers, indexes), built once per knowledge base.

`annotate` runs once per article with the same KnowledgeBase object, so anything that depends on it
alone is worth keeping between calls. The cache is keyed by the object's identity, not its value:
KnowledgeBase is a frozen dataclass whose hash walks every entity, alias and term again on each call
(dataclasses do not cache it), which `functools.lru_cache` would pay once per article. An entry goes
with its knowledge base (a weak reference), so a long `mkdocs serve` that reloads the knowledge base
on every change does not keep the old ones alive.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from generator.model import KnowledgeBase

_Built = TypeVar("_Built")


def per_knowledge_base(build: Callable[[KnowledgeBase], _Built]) -> Callable[[KnowledgeBase], _Built]:
    """`build`, run once for each KnowledgeBase object and then answered from memory."""
    built: dict[int, tuple[weakref.ref[KnowledgeBase], _Built]] = {}

    def forget(key: int) -> Callable[[weakref.ref[KnowledgeBase]], None]:
        def drop(gone: weakref.ref[KnowledgeBase]) -> None:
            if key in built and built[key][0] is gone:  # not a newer object that got the same id
                del built[key]
        return drop

    @wraps(build)
    def cached(kb: KnowledgeBase) -> _Built:
        key = id(kb)
        entry = built.get(key)
        if entry is not None and entry[0]() is kb:
            return entry[1]
        value = build(kb)
        built[key] = (weakref.ref(kb, forget(key)), value)
        return value

    return cached
