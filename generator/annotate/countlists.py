"""Counts joined in a list ('8 terrorists and one civilian', '3 soldiers, 2 police and a medic'), followed
through a paragraph once.

Every count of a list starts a chain that runs to the list's end. Followed anew from each count, a long
list (a table pasted as one paragraph) took time quadratic in its length; here each link between two
counts is worked out once per paragraph, and a chain is only spelt out when a figure sums it.
"""

from __future__ import annotations

from typing import NamedTuple

from generator.annotate.counted import Phrase, article_one, noun_phrase, summable
from generator.annotate.numbers import Number, Tok, low, number_at


class Link(NamedTuple):
    """The next count of a list and what it counts."""

    number: Number
    phrase: Phrase
    conjunction: bool
    """Joined by 'and' (not only by a comma): the list goes on at least to here."""


class Chain(NamedTuple):
    """A count and those joined to it, up to the last one joined by 'and'."""

    first: tuple[Number, Phrase]
    length: int
    end: int
    """The token after the last count's noun phrase."""


class CountLists:
    """The links between the counts of one paragraph's tokens, each worked out once."""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self._links: dict[int, Link | None] = {}
        self._joined: dict[int, tuple[int, int]] = {}

    def chain(self, number: Number, noun: Phrase) -> Chain:
        """The counts joined by 'and' after this one ('8 terrorists and one civilian'); commas only in a
        list that ends with 'and' ('3 soldiers, 2 police and a medic')."""
        if not summable(noun):
            return Chain((number, noun), 1, noun.last)
        joined, end = self._joined_after(noun.last)
        return Chain((number, noun), 1 + joined, end if joined else noun.last)

    def counts(self, chain: Chain) -> list[tuple[Number, Phrase]]:
        """Every count of the chain, in order."""
        found = [chain.first]
        for _ in range(chain.length - 1):
            link = self._link(found[-1][1].last)
            assert link is not None  # the chain was measured along these very links
            found.append((link.number, link.phrase))
        return found

    def _link(self, end: int) -> Link | None:
        """The count joined to a summable noun phrase that ends at token `end`, if one is."""
        if end not in self._links:
            self._links[end] = _next_count(self.toks, end)
        return self._links[end]

    def _joined_after(self, end: int) -> tuple[int, int]:
        """How many counts follow a summable phrase ending at `end`, up to the last joined by 'and', and
        where that one's phrase ends; (0, end) when none is."""
        ends, links = [end], []
        while ends[-1] not in self._joined and (link := self._link(ends[-1])) is not None:
            links.append(link)
            ends.append(link.phrase.last)
        self._joined.setdefault(ends[-1], (0, ends[-1]))
        for here, link in zip(reversed(ends[:-1]), reversed(links), strict=True):
            joined, last = self._joined[link.phrase.last]
            if joined:  # the list goes on to a later 'and': this count belongs to it
                self._joined[here] = (1 + joined, last)
            elif link.conjunction:  # the last count joined by 'and'
                self._joined[here] = (1, link.phrase.last)
            else:
                self._joined[here] = (0, here)
        return self._joined[end]


def _next_count(toks: list[Tok], end: int) -> Link | None:
    """', 2 police', ' and a medic' after a noun phrase ending at token `end`: the count it adds, if any."""
    i = end
    comma = low(toks, i) == ","
    i += comma
    conjunction = low(toks, i) == "and"
    i += conjunction
    nxt = number_at(toks, i) or article_one(toks, i) if comma or conjunction else None
    phrase = noun_phrase(toks, nxt.last) if nxt else None
    if nxt is None or phrase is None or not summable(phrase):
        return None
    return Link(nxt, phrase, conjunction)
