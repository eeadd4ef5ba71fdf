"""The story pages: overview, timeline, claims matrix, quotes, framing, text reuse and a side-by-side page
for every pair of articles that share much of their text.

Python chooses and orders what is shown; the templates in `generator/templates/story/` decide how it
looks (the SVG charts included). Every page is bounded in size however many articles there are: each
list and matrix shows at most the number of items given by the MAX_ constants below, and says how many
more are in `data/story.json`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.compare.model import (
    Comparisons,
    DateGroup,
    FigureGroup,
    FramingComparison,
    InstitutionConflict,
    NameGroup,
    QuoteGroup,
    QuoteWording,
    ReusePair,
    ReusePassage,
    WordDiff,
)
from generator.compare.quotes import word_diff
from generator.compare.text import EVENT_LABELS, shorten
from generator.model import Annotations, Article, Story
from generator.render.env import render_template
from generator.render.listing import HOME_ROWS, source_row

# Bounds: with them a story page stays under a few hundred kilobytes at any number of articles.
MAX_FIGURES = 50
"""Rows of the claims matrix (conflicts first, then the most widely reported)."""
MAX_EVENTS = 100
"""Events on the timeline (conflicts first, then the most widely reported; shown in date order)."""
MAX_COLUMNS = 10
"""Article columns of the claims matrix: the articles reporting most of its rows; the rest are counted."""
MAX_QUOTE_GROUPS = 60
MAX_WORDINGS = 12
"""Distinct wordings shown per quote (identical wordings share one entry)."""
MAX_LINKS = 8
"""Articles named per item ('reported by …'); the rest are counted."""
MAX_NAMES = 40
MAX_INSTITUTIONS = 40
MAX_FRAMING_ROWS = 30
"""Articles per framing table; the chart shows the first MAX_CHART_ROWS of them."""
MAX_CHART_ROWS = 12
MAX_HEAT = 24
"""Articles in the reuse heat map: those in the highest-scoring pairs."""
MAX_PAIRS = 100
"""Pairs listed on the reuse page."""
MAX_PAIR_PAGES = 100
PAIR_PAGE_SCORE = 0.2
"""A pair gets a side-by-side page when this share of the shorter article is shared."""
MAX_CONFLICTS = 10
"""Conflicts of each kind on the overview."""
TITLE_LENGTH = 80


@dataclass(frozen=True)
class Shown:
    """What the story pages show: the sidebar links to an item's anchor only when its page shows it."""

    figures: tuple[FigureGroup, ...]
    events: tuple[DateGroup, ...]
    quotes: tuple[QuoteGroup, ...]
    pair_pages: tuple[ReusePair, ...]
    names: tuple[NameGroup, ...]
    """Entities spelled or titled differently (on the claims page)."""
    institutions: tuple[InstitutionConflict, ...]


@dataclass(frozen=True)
class Source:
    id: str
    label: str
    """The outlet, with the date when the outlet has several articles."""
    title: str


@dataclass(frozen=True)
class Wording:
    """A distinct wording of a quote, with every article giving it."""

    text: str
    diff: tuple[WordDiff, ...]
    similarity: float
    places: tuple[QuoteWording, ...]
    reference: bool


def shown(comparisons: Comparisons) -> Shown:
    """The items each story page shows (see the MAX_ bounds)."""
    figures = sorted(comparisons.figures, key=lambda g: (g.status != "conflict", -_reach(g)))[:MAX_FIGURES]
    events = sorted(comparisons.dates, key=lambda g: (g.status != "conflict", -_reach(g)))[:MAX_EVENTS]
    pairs = [p for p in comparisons.reuse if p.score >= PAIR_PAGE_SCORE and p.passages][:MAX_PAIR_PAGES]
    names = [n for n in comparisons.names if n.spellings or n.roles_differ][:MAX_NAMES]
    return Shown(tuple(figures), tuple(sorted(events, key=lambda g: (g.tally[0].date, g.id))),
                 comparisons.quotes[:MAX_QUOTE_GROUPS], tuple(pairs), tuple(names),
                 comparisons.institutions[:MAX_INSTITUTIONS])


def pair_slug(pair: ReusePair) -> str:
    return f"{pair.a}--{pair.b}"


def render_story_pages(story: Story, annotations: dict[str, Annotations],
                       comparisons: Comparisons) -> dict[str, str]:
    """Every story page by docs-relative path (`story/overview.md`, …): front matter, then an HTML body
    that Markdown leaves alone (`html_body`, see generator/mkdocs_hook.py)."""
    sources = sources_of(story.articles)
    chosen = shown(comparisons)
    common = {"sources": sources, "story": story, "total": len(story.articles), "event_labels": EVENT_LABELS,
              "max_links": MAX_LINKS, "names": {e.id: e.name for e in story.knowledge.entities},
              "places": first_places}
    pages = {
        "story/overview.md": _overview(story, comparisons, chosen, common),
        "story/timeline.md": render_template("story/timeline.md.j2", events=chosen.events,
                                             all_events=len(comparisons.dates), **common),
        "story/claims.md": _claims(comparisons, chosen, common),
        "story/quotes.md": render_template("story/quotes.md.j2", all_groups=len(comparisons.quotes),
                                           groups=[_quote_view(g) for g in chosen.quotes], **common),
        "story/framing.md": _framing(comparisons.framing, common),
        "story/reuse.md": _reuse(comparisons.reuse, chosen, common),
    }
    for pair in chosen.pair_pages:
        pages[f"story/reuse/{pair_slug(pair)}.md"] = render_template(
            "story/pair.md.j2", pair=pair, passages=[_aligned(p) for p in pair.passages], **common)
    return pages


def sources_of(articles: tuple[Article, ...]) -> dict[str, Source]:
    """Each article as named on the story pages."""
    per_outlet = Counter(a.meta.outlet for a in articles)
    return {a.id: Source(a.id, a.meta.outlet if per_outlet[a.meta.outlet] == 1
                         else f"{a.meta.outlet}, {a.meta.published.isoformat()}", a.meta.title)
            for a in articles}


class Placed(Protocol):
    """Anything found at a paragraph of an article."""

    @property
    def article(self) -> str: ...

    @property
    def paragraph(self) -> int: ...


def first_places(values: Iterable[Placed]) -> list[tuple[str, int]]:
    """(article, first paragraph) for each article among `values`, in order."""
    first: dict[str, int] = {}
    for value in values:
        article, paragraph = value.article, value.paragraph
        first.setdefault(article, paragraph)
    return list(first.items())


def _reach(group: FigureGroup | DateGroup) -> int:
    return len({v.article for v in group.values})


# --- overview -----------------------------------------------------------------------------------

# The overview is the editors' Markdown: rendered with raw HTML disabled (as editorial notes are), so it
# can format text and link, but not inject markup.
_EDITORS = MarkdownIt("commonmark", {"html": False, "linkify": False}).disable("image")


# Characters of the editors' HTML written as references: Jinja's braces, and what Python-Markdown rewrites
# before parsing even raw HTML (tabs expanded, STX and ETX dropped, lines of spaces emptied), so that the
# page's body passes through Markdown unchanged (`html_body`).
_REFERENCES = {"{": "&#123;", "}": "&#125;", "\t": "&#9;", "\x02": "\ufffd", "\x03": "\ufffd"}
_REWRITTEN = re.compile(r"[{}\t\x02\x03]|^ +$", re.MULTILINE)


def _overview(story: Story, comparisons: Comparisons, chosen: Shown, common: dict[str, object]) -> str:
    overview = None
    if story.overview and story.overview.strip():
        html = _EDITORS.render(story.overview)
        overview = Markup(_REWRITTEN.sub(lambda m: _REFERENCES.get(m.group(), ""), html))
    return render_template(
        "story/overview.md.j2", overview=overview, rows=[source_row(a) for a in story.articles[:HOME_ROWS]],
        link_prefix="../../articles/",
        figures=[g for g in chosen.figures if g.status == "conflict"][:MAX_CONFLICTS],
        events=[g for g in chosen.events if g.status == "conflict"][:MAX_CONFLICTS],
        institutions=chosen.institutions[:MAX_CONFLICTS],
        spellings=[n for n in chosen.names if n.spellings][:MAX_CONFLICTS],
        roles=[n for n in chosen.names if n.roles_differ][:MAX_CONFLICTS], **common)


# --- claims -------------------------------------------------------------------------------------


def _claims(comparisons: Comparisons, chosen: Shown, common: dict[str, object]) -> str:
    events = [g for g in chosen.events if _reach(g) > 1]
    return render_template(
        "story/claims.md.j2", figures=chosen.figures, all_figures=len(comparisons.figures),
        columns=_columns(chosen.figures), cells={g.id: _figure_cells(g) for g in chosen.figures},
        events=events, event_columns=_columns(events), event_cells={g.id: _date_cells(g) for g in events},
        institutions=chosen.institutions, all_institutions=len(comparisons.institutions),
        names_shown=chosen.names,
        all_names=sum(1 for n in comparisons.names if n.spellings or n.roles_differ),
        **common)


def _columns(groups: Iterable[FigureGroup | DateGroup]) -> list[str]:
    """The articles that report the most of the shown rows, in order of first appearance."""
    reach: Counter[str] = Counter()
    first: dict[str, int] = {}
    for group in groups:
        for article in dict.fromkeys(v.article for v in group.values):
            first.setdefault(article, len(first))
            reach[article] += 1
    best = sorted(reach, key=lambda a: (-reach[a], first[a]))[:MAX_COLUMNS]
    return sorted(best, key=lambda a: first[a])


@dataclass(frozen=True)
class Cell:
    """One article's value in a row of a matrix; `odd` when it is not the value most articles give."""

    value: object
    odd: bool


def _figure_cells(group: FigureGroup) -> dict[str, Cell]:
    main = (group.tally[0].value, group.tally[0].qualifier)
    cells: dict[str, Cell] = {}
    for value in group.values:
        odd = group.status == "conflict" and (value.value, value.qualifier) != main
        cells.setdefault(value.article, Cell(value, odd))
    return cells


def _date_cells(group: DateGroup) -> dict[str, Cell]:
    cells: dict[str, Cell] = {}
    for value in group.values:
        odd = group.status == "conflict" and value.date != group.tally[0].date
        cells.setdefault(value.article, Cell(value, odd))
    return cells


# --- quotes -------------------------------------------------------------------------------------


def _quote_view(group: QuoteGroup) -> dict[str, object]:
    """The group's distinct wordings, the reference first, each with the articles giving it."""
    by_text: dict[str, list[QuoteWording]] = {}
    reference_text = next(w.text for w in group.wordings if w.quote == group.reference)
    for wording in group.wordings:
        by_text.setdefault(" ".join(wording.text.split()), []).append(wording)
    flat_reference = " ".join(reference_text.split())
    ordered = sorted(by_text.items(), key=lambda item: (item[0] != flat_reference, -len(item[1])))
    wordings = []
    for text, places in ordered[:MAX_WORDINGS]:
        diff, score = word_diff(reference_text, text) if places[0].quote != group.reference else ((), 1.0)
        is_reference = any(p.quote == group.reference for p in places)
        wordings.append(Wording(text, () if is_reference else diff, score, tuple(places), is_reference))
    return {"group": group, "wordings": wordings, "more": max(len(ordered) - MAX_WORDINGS, 0),
            "title": shorten(reference_text, TITLE_LENGTH), "speakers": _speakers(group)}


def _speakers(group: QuoteGroup) -> list[tuple[str, list[QuoteWording]]]:
    """When the articles give the words to different people: each speaker (the group's first) with the
    wordings that name them."""
    if not group.speakers_differ:
        return []
    by_speaker: dict[str, list[QuoteWording]] = {}
    for wording in group.wordings:
        if wording.speaker is not None:
            by_speaker.setdefault(wording.speaker, []).append(wording)
    return sorted(by_speaker.items(), key=lambda item: (item[0] != group.speaker, -len(item[1]), item[0]))


# --- framing ------------------------------------------------------------------------------------


def _framing(groups: tuple[FramingComparison, ...], common: dict[str, object]) -> str:
    views = []
    for group in groups:
        uses = sorted(group.uses, key=lambda u: -sum(t.count for t in u.terms))[:MAX_FRAMING_ROWS]
        counts = [{t.term: t.count for t in u.terms} for u in uses]
        top = max([c for row in counts for c in row.values()] or [1])
        views.append({"group": group, "rows": list(zip(uses, counts, strict=True)), "top": top,
                      "chart_rows": list(zip(uses, counts, strict=True))[:MAX_CHART_ROWS],
                      "more": len(group.uses) - len(uses)})
    return render_template("story/framing.md.j2", groups=views, **common)


# --- reuse --------------------------------------------------------------------------------------


def _reuse(pairs: tuple[ReusePair, ...], chosen: Shown, common: dict[str, object]) -> str:
    members = _heat_members(pairs)
    scores = {(p.a, p.b): p.score for p in pairs if p.a in members and p.b in members}
    scores.update({(b, a): s for (a, b), s in list(scores.items())})
    return render_template("story/reuse.md.j2", pairs=pairs[:MAX_PAIRS], all_pairs=len(pairs),
                           members=members, scores=scores, pages={pair_slug(p) for p in chosen.pair_pages},
                           threshold=PAIR_PAGE_SCORE, **common)


def _heat_members(pairs: tuple[ReusePair, ...]) -> list[str]:
    """The articles of the highest-scoring pairs, at most MAX_HEAT, sorted by id."""
    members: list[str] = []
    for pair in pairs:
        for article in (pair.a, pair.b):
            if article not in members and len(members) < MAX_HEAT:
                members.append(article)
    return sorted(members)


def _aligned(passage: ReusePassage) -> dict[str, object]:
    """The passage in both articles, each side in its own words, with the words the other lacks marked:
    struck through on the left (only in `a`), underlined on the right (only in `b`)."""
    # A paragraph break shows as ¶ on both sides (it has no word, so it never counts as a difference).
    a_text, b_text = passage.a_text.replace("\n", " ¶ "), passage.b_text.replace("\n", " ¶ ")
    right, _ = word_diff(a_text, b_text)
    left, _ = word_diff(b_text, a_text)
    only_a = tuple(WordDiff("removed", d.text) if d.kind == "added" else d
                   for d in left if d.kind != "removed")
    return {"passage": passage, "left": only_a, "right": tuple(d for d in right if d.kind != "removed")}
