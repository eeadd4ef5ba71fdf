"""Paragraph text with its annotations, as a tree the article template walks.

Annotations may nest (an entity inside a quote) but a mark that would cross another's boundary is
dropped from the markup: HTML cannot express it, and the annotation stays in story.json.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator.datewords import month_year, weekday_date
from generator.model import Annotations, DateMention
from generator.render.escape import block_text, url_path
from generator.render.numbers import figure_number


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    """entity, quote, figure, date or term: the CSS class `ann-<kind>` and the legend's entry."""
    tip: str
    """The explanation shown on hover and keyboard focus."""
    href: str | None = None


@dataclass
class Node:
    text: str = ""
    mark: Mark | None = None
    children: list[Node] = field(default_factory=list)
    tip_id: str = ""
    """The id of the mark's tooltip, for `aria-describedby`."""


def number_tips(root: Node, prefix: str) -> Node:
    """Give every mark in the tree a page-unique tooltip id, in document order."""
    counter = 0
    pending = [root]
    while pending:
        node = pending.pop()
        if node.mark is not None and node is not root:
            counter += 1
            node.tip_id = f"{prefix}-{counter}"
        pending.extend(reversed(node.children))
    return root


def tree_html(node: Node, in_link: bool = False) -> str:
    """The paragraph's text with its marks as HTML, every piece of text escaped.

    A mark with a link is an <a>; any other mark is a <span> that takes keyboard focus, except inside a
    link (HTML allows no tabindex within an <a>). Each mark carries its tooltip, which describes it. The
    tooltip is `data-pagefind-ignore`, not only excluded by selector (generator/searchindex.py): Pagefind
    makes every element with an id that it does not ignore a search anchor, written into the text with a
    space each side, so "Jisr Badr<tip>, " was indexed and shown in results as "Jisr Badr , ".
    Written in Python rather than as a template macro: the template took most of the time of rendering a
    story of thousands of articles."""
    parts = []
    for child in node.children:
        mark = child.mark
        if mark is None:
            parts.append(block_text(child.text))
            continue
        tip_id = url_path(child.tip_id)
        tip = (f'<span class="ann-tip" role="tooltip" id="{tip_id}" data-pagefind-ignore>'
               f'{block_text(mark.tip)}</span>')
        kind = block_text(mark.kind)
        if mark.href and not in_link:
            href = url_path(mark.href)
            parts.append(f'<a class="ann ann-{kind}" href="{href}" aria-describedby="{tip_id}">'
                         f'{tree_html(child, True)}{tip}</a>')
        else:
            focus = "" if in_link else ' tabindex="0"'
            parts.append(f'<span class="ann ann-{kind}"{focus} aria-describedby="{tip_id}">'
                         f'{tree_html(child, in_link)}{tip}</span>')
    return "".join(parts)


# Wider marks first, so that a quote encloses the names inside it.
_NESTING = {"quote": 0, "figure": 1, "date": 2, "entity": 3, "term": 4}


def build_tree(text: str, marks: list[Mark]) -> Node:
    """Nest `marks` over `text`; marks that overlap without nesting are left out."""
    root = Node(mark=Mark(0, len(text), "root", ""))
    stack = [root]
    position = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, _NESTING.get(m.kind, 9))):
        while stack[-1] is not root and stack[-1].mark.end <= mark.start:  # type: ignore[union-attr]
            position = _close(stack, text, position)
        parent_end = stack[-1].mark.end  # type: ignore[union-attr]
        if mark.start < position or mark.end > parent_end or mark.start >= mark.end:
            continue
        _append_text(stack[-1], text[position:mark.start])
        node = Node(mark=mark)
        stack[-1].children.append(node)
        stack.append(node)
        position = mark.start
    while len(stack) > 1:
        position = _close(stack, text, position)
    _append_text(root, text[position:])
    return root


def _close(stack: list[Node], text: str, position: int) -> int:
    node = stack.pop()
    end = node.mark.end  # type: ignore[union-attr]
    _append_text(node, text[position:end])
    return end


def _append_text(node: Node, text: str) -> None:
    if text:
        node.children.append(Node(text=text))


def marks_by_paragraph(annotations: Annotations, tips: dict[str, str],
                       entity_href: dict[str, str]) -> dict[int, list[Mark]]:
    """Every annotation of an article as a Mark, by paragraph; `tips` explains entities by id. One pass
    over the annotations for the whole article: asking for each paragraph's marks in turn cost the
    paragraphs times the annotations (an article of 20,000 short paragraphs took minutes)."""
    marks: dict[int, list[Mark]] = defaultdict(list)
    for quote in annotations.quotes:
        marks[quote.span.paragraph].append(
            Mark(quote.span.start, quote.span.end, "quote", _quote_tip(quote, tips)))
    for figure in annotations.figures:
        marks[figure.span.paragraph].append(
            Mark(figure.span.start, figure.span.end, "figure", _figure_tip(figure)))
    for day in annotations.dates:
        marks[day.span.paragraph].append(
            Mark(day.span.start, day.span.end, "date", f"Date: {_date_shown(day)}. {day.how}"))
    for mention in annotations.mentions:
        marks[mention.span.paragraph].append(
            Mark(mention.span.start, mention.span.end, "entity", tips.get(mention.entity, ""),
                 entity_href.get(mention.entity)))
    for term in annotations.terms:
        marks[term.span.paragraph].append(
            Mark(term.span.start, term.span.end, "term",
                 f"Framing: “{term.term}”, one of the choices for {term.group}"))
    return marks


def _quote_tip(quote, tips: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    if quote.speaker is None:
        return f"Quote, unattributed: {quote.how}"
    name = tips.get(quote.speaker, quote.speaker).split(" (")[0]
    return f"Quote by {name}: {quote.how}"


def _figure_tip(figure) -> str:  # type: ignore[no-untyped-def]
    value = figure_number(figure.value, counts=figure.counts)
    qualifier = "" if figure.qualifier == "exact" else f"{figure.qualifier} "
    parts = "; ".join(f"{figure_number(part.value)} {part.counts}" for part in figure.parts)
    subject = f" ({figure.subject})" if figure.subject else ""
    return f"Figure: {qualifier}{value} {figure.counts}{subject}" + (f", of whom {parts}" if parts else "")


def _date_shown(day: DateMention) -> str:
    """The date as precisely as the text gives it: 'Thu 26 Jan 2023', 'January 2023', '2020'."""
    if day.precision == "year":
        return str(day.date.year)
    if day.precision == "month":
        return month_year(day.date)
    return weekday_date(day.date, short=True)
