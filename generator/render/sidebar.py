"""The comparison sidebar of an article page: where this article agrees with the others, where it conflicts,
what it alone reports and what it leaves out.

An HTML fragment (the article page puts it in its `<aside>`), rendered with `sidebar.html.j2`. Its links
are relative URLs as the built site serves them (`use_directory_urls`: the article is at
`articles/<id>/`): `#p-N` for a paragraph of this article (¶1 is paragraph 0), `../../story/…/` for the
story pages. Every list is bounded (MAX_ITEMS, MAX_REUSE), so the sidebar stays small on any corpus;
the index of the comparisons by article is built once per corpus, not once per article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, TypeVar

from generator.annotate.ages import AGE
from generator.annotate.racetimes import RACE_TIME
from generator.compare.model import (
    Comparisons,
    Coverage,
    CoverageItem,
    DateGroup,
    DateTally,
    DateValue,
    FigureGroup,
    FigureTally,
    FigureValue,
    InstitutionConflict,
    NameGroup,
    QuoteGroup,
    ReusePair,
)
from generator.compare.text import shorten
from generator.datewords import WEEKDAYS, day_month_year, weekday_slip
from generator.model import Story
from generator.render.env import render_template
from generator.render.escape import block_text
from generator.render.numbers import figure_number
from generator.render.story_pages import Shown, Source, pair_slug, shown, sources_of

MAX_ITEMS = 8
"""Items per section; the rest are counted, with a link to the story page listing them."""
MAX_REUSE = 10
MAX_OTHERS = 3
"""Other articles named beside a value ('10: Ynetnews, TPS and 2 more')."""
MAX_VALUES = 3
"""Other values listed for a figure, a date or a name ('…; and 14 other values'): a long story gives a
disputed figure dozens of values, and the sidebar must not grow with the story."""
QUOTE_LENGTH = 90
ROOT = "../../"
"""From an article page (`articles/<id>/`) back to the site root."""


@dataclass
class _ByArticle:
    figures: list[FigureGroup] = field(default_factory=list)
    quotes: list[QuoteGroup] = field(default_factory=list)
    dates: list[DateGroup] = field(default_factory=list)
    names: list[NameGroup] = field(default_factory=list)
    institutions: list[InstitutionConflict] = field(default_factory=list)
    reuse: list[ReusePair] = field(default_factory=list)
    coverage: Coverage | None = None
    slips: list[DateValue] = field(default_factory=list)


@dataclass(frozen=True)
class _Index:
    comparisons: Comparisons
    story: Story
    by_article: dict[str, _ByArticle]
    sources: dict[str, Source]
    shown: Shown
    shown_ids: frozenset[str]
    names: dict[str, str]
    """Entity names by id."""
    mine: dict[tuple[int, str], Any]
    """(id of a group, article) -> the article's first value, wording or mention in the group (for a name
    group, the first paragraph that names it): looked up, since a group of a big story has thousands."""
    entities: dict[int, tuple[str, ...]]
    """id of an institution conflict -> the entities its articles name, sorted."""
    members: dict[int, frozenset[str]] = field(default_factory=dict)
    """id of a long tuple of article ids -> those ids as a set, made when first asked (see `_has`)."""
    alone: dict[int, Counter[str]] = field(default_factory=dict)
    """id of a tally -> `_alone` of it, made when first asked."""


@dataclass(frozen=True)
class Item:
    """One line of the sidebar."""

    paragraph: int | None
    """1-based paragraph of this article it is about; None for something the article leaves out."""
    href: str
    """The story page (and anchor) that explains it."""
    status: str
    """'agree', 'conflict' or '' (no badge)."""
    text: str
    detail: str = ""
    page: str = ""
    """The name of the page `href` leads to, as the link's text."""


_cache: list[_Index] = []
_Grouped = TypeVar("_Grouped", FigureGroup, DateGroup)


def render_sidebar(article_id: str, comparisons: Comparisons, story: Story) -> str:
    """The sidebar of one article page, as an HTML fragment."""
    index = _index(comparisons, story)
    mine = index.by_article.get(article_id, _ByArticle())
    builders = {
        "figures": (lambda g: _figure_item(article_id, g, index), _conflicts_first(mine.figures)),
        "dates": (lambda g: _slip_item(g) if isinstance(g, DateValue) else _date_item(article_id, g, index),
                  [*mine.slips, *_conflicts_first(mine.dates)]),
        "quotes": (lambda g: _quote_item(article_id, g, index), mine.quotes),
        "names": (lambda g: _naming_item(article_id, g, index), [*mine.names, *mine.institutions]),
        "reuse": (lambda p: _reuse_item(article_id, p, index), mine.reuse),
        "unique": (lambda i: _coverage_item(i, index), mine.coverage.unique if mine.coverage else ()),
        "missing": (lambda i: _coverage_item(i, index), mine.coverage.missing if mine.coverage else ()),
    }
    limits = {name: MAX_REUSE if name == "reuse" else MAX_ITEMS for name in builders}
    # Only the items shown are built: an article in a big story takes part in thousands of groups.
    sections = {name: [_escaped(item(g)) for g in groups[:limits[name]]]
                for name, (item, groups) in builders.items()}
    totals = {name: len(groups) for name, (_, groups) in builders.items()}
    html = render_template("sidebar.html.j2", sections=sections, totals=totals,
                           others=len(story.articles) - 1, root=ROOT)
    return html.strip()


def index_sidebars(comparisons: Comparisons, story: Story) -> None:
    """Index the comparisons by article now: before the render stage forks its workers, so that each
    inherits the index instead of building its own."""
    _index(comparisons, story)


def _escaped(item: Item) -> Item:
    """The item's texts escaped for the raw HTML block the sidebar sits in (see `block_text`)."""
    return replace(item, text=block_text(item.text), detail=block_text(item.detail),
                   page=block_text(item.page))


def _index(comparisons: Comparisons, story: Story) -> _Index:
    """The comparisons by article, built once per corpus (the render stage asks for every article in turn)."""
    if _cache and _cache[0].comparisons is comparisons and _cache[0].story is story:
        return _cache[0]
    by_article: dict[str, _ByArticle] = defaultdict(_ByArticle)
    mine: dict[tuple[int, str], Any] = {}
    for group in (*comparisons.figures, *comparisons.dates, *comparisons.institutions):
        for value in group.values:
            mine.setdefault((id(group), value.article), value)
    for quote_group in comparisons.quotes:
        for wording in quote_group.wordings:
            mine.setdefault((id(quote_group), wording.article), wording)
    for name_group in comparisons.names:
        for mention in name_group.values:
            key = (id(name_group), mention.article)
            mine[key] = min(mine.get(key, mention.paragraph), mention.paragraph)
    entities = {id(c): tuple(sorted({v.entity for v in c.values})) for c in comparisons.institutions}
    for figures in comparisons.figures:
        for article in dict.fromkeys(v.article for v in figures.values):
            by_article[article].figures.append(figures)
    for dates in comparisons.dates:
        for article in dict.fromkeys(v.article for v in dates.values):
            by_article[article].dates.append(dates)
    for quotes in comparisons.quotes:
        for article in quotes.articles:
            by_article[article].quotes.append(quotes)
    for group in comparisons.names:
        if group.spellings or group.roles_differ:
            for article in dict.fromkeys(v.article for v in group.values):
                by_article[article].names.append(group)
    for conflict in comparisons.institutions:
        for article in dict.fromkeys(v.article for v in conflict.values):
            by_article[article].institutions.append(conflict)
    for pair in comparisons.reuse:  # highest score first already
        by_article[pair.a].reuse.append(pair)
        by_article[pair.b].reuse.append(pair)
    for coverage in comparisons.unique:
        by_article[coverage.article].coverage = coverage
    for slip in comparisons.slips:
        by_article[slip.article].slips.append(slip)
    chosen = shown(comparisons)
    ids = {g.id for g in chosen.figures} | {g.id for g in chosen.events} | {g.id for g in chosen.quotes}
    ids |= {c.id for c in chosen.institutions} | {f"name-{n.entity}" for n in chosen.names}
    ids |= {pair_slug(p) for p in chosen.pair_pages}
    names = {e.id: e.name for e in story.knowledge.entities}
    _cache[:] = [_Index(comparisons, story, dict(by_article), sources_of(story.articles), chosen,
                        frozenset(ids), names, mine, entities)]
    return _cache[0]


def _conflicts_first(groups: list[_Grouped]) -> list[_Grouped]:
    return sorted(groups, key=lambda g: g.status != "conflict")


def _story_href(page: str, anchor: str, index: _Index) -> str:
    """A story page, at the item's anchor when the page shows that item."""
    return f"{ROOT}story/{page}/" + (f"#{anchor}" if anchor in index.shown_ids else "")


def _names(articles: tuple[str, ...], index: _Index, leave_out: str = "") -> str:
    """The first MAX_OTHERS of `articles` (but `leave_out`) by name, and how many more there are."""
    others = (a for a in articles if a != leave_out)
    named = [index.sources[a].label for a in islice(others, MAX_OTHERS) if a in index.sources]
    more = len(articles) - _has(articles, leave_out, index) - len(named)
    return ", ".join(named) + (f" and {more} more" if more > 0 else "")


def _has(articles: tuple[str, ...], article: str, index: _Index) -> bool:
    """`article in articles`, without reading through thousands of ids for each article page. The set is
    kept under the tuple's id, so `articles` must be a tuple of the comparisons (which the index keeps
    alive), never one made for the call."""
    if not article or len(articles) <= 16:
        return article in articles
    members = index.members.get(id(articles))
    if members is None:
        members = index.members[id(articles)] = frozenset(articles)
    return article in members


def _figure_item(article: str, group: FigureGroup, index: _Index) -> Item:
    mine: FigureValue = index.mine[(id(group), article)]
    values = _other_values(article, group.tally, lambda t: figure_number(t.value, t.qualifier, group.counts),
                           index)
    what = group.counts + (f" ({group.subject})" if group.subject else "")
    shown_value = figure_number(mine.value, mine.qualifier, group.counts)
    text = f"{group.counts} of {group.subject}: {shown_value}" if group.counts in (AGE, RACE_TIME) \
        and group.subject else \
        f"{shown_value} {what}"
    return Item(mine.paragraph + 1, _story_href("claims", group.id, index), _badge(group.status, values[1]),
                text, _others(values, "No other article gives it."), "Claims")


def _date_item(article: str, group: DateGroup, index: _Index) -> Item:
    mine = index.mine[(id(group), article)]
    values = _other_values(article, group.tally, lambda t: day_month_year(t.date, short=True), index)
    return Item(mine.paragraph + 1, _story_href("timeline", group.id, index), _badge(group.status, values[1]),
                f"{group.event}: {day_month_year(mine.date, short=True)}",
                _slip(mine) + _others(values, "No other article dates it."), "Timeline")


def _slip_item(slip: DateValue) -> Item:
    """A date this article writes with the wrong weekday, which no dated event holds."""
    return Item(slip.paragraph + 1, f"{ROOT}story/timeline/", "conflict", f"“{slip.text.rstrip('.,;')}”",
                _slip(slip).strip(), "Timeline")


def _slip(mine: DateValue) -> str:
    """A weekday the article gets wrong, said first: the reader should not take the day on trust."""
    named = weekday_slip(mine.text, mine.date)
    if named is None:
        return ""
    return f"This article calls it a {named}; {day_month_year(mine.date, short=True)} was a " \
           f"{WEEKDAYS[mine.date.weekday()]}. "


_Tally = TypeVar("_Tally", FigureTally, DateTally)


def _other_values(article: str, tally: tuple[_Tally, ...], shown: Callable[[_Tally], str],
                  index: _Index) -> tuple[list[str], int]:
    """'10: Ynetnews, TPS and 2 more' for each of the first MAX_VALUES values other articles give, and how
    many values other articles give in all: a claim of a big story has hundreds of values and articles,
    and only what is shown is read."""
    listed: list[str] = []
    for entry in tally:
        if len(listed) == MAX_VALUES:
            break
        if len(entry.articles) > _has(entry.articles, article, index):
            listed.append(f"{shown(entry)}: {_names(entry.articles, index, leave_out=article)}")
    return listed, len(tally) - _alone(tally, index)[article]


def _alone(tally: tuple[_Tally, ...], index: _Index) -> Counter[str]:
    """How many values of `tally` each article gives with no other article beside it."""
    found = index.alone.get(id(tally))
    if found is None:
        found = index.alone[id(tally)] = Counter(e.articles[0] for e in tally if len(e.articles) == 1)
    return found


def _badge(status: str, other_values: int) -> str:
    """No badge where no other article gives a value: agreeing with nobody is not agreement."""
    return status if other_values else ""


def _others(values: tuple[list[str], int], alone: str) -> str:
    """'Others: 10: TPS, Ynet; 9: JPost; and 4 other values' (at most MAX_VALUES listed)."""
    listed, total = values
    if not total:
        return alone
    more = total - len(listed)
    text = "; ".join(listed)
    if more > 0:
        text += f"; and {more} other value{'s' if more > 1 else ''}"
    return f"Others: {text}"


def _quote_item(article: str, group: QuoteGroup, index: _Index) -> Item:
    mine = index.mine[(id(group), article)]
    wording = "same words" if group.identical else "worded differently"
    said_by = mine.speaker if group.speakers_differ else group.speaker
    speaker = _entity_name(said_by, index) if said_by else "unattributed"
    detail = f"Also in {_names(group.articles, index, leave_out=article)} ({wording})"
    if group.speakers_differ:
        detail += f". The outlets name different speakers: {_attributions(group, index.names, index.sources)}"
    status = "conflict" if group.speakers_differ else ""
    return Item(mine.paragraph + 1, _story_href("quotes", group.id, index), status,
                f"{speaker}: “{shorten(mine.text, QUOTE_LENGTH)}”", detail, "Compare wordings")


def _attributions(group: QuoteGroup, names: dict[str, str], sources: dict[str, Source]) -> str:
    """'Rhiannon Faulds (ABS News, Graham Wetherall on LinkedIn); Maree Costigan (Byteline)': who says the
    words, by outlet, the group's speaker first."""
    by_speaker: dict[str, list[str]] = {}
    for wording in group.wordings:
        if wording.speaker is not None and wording.article in sources:
            outlets = by_speaker.setdefault(wording.speaker, [])
            label = sources[wording.article].label
            if label not in outlets:
                outlets.append(label)
    ordered = sorted(by_speaker, key=lambda s: (s != group.speaker, -len(by_speaker[s]), s))
    return "; ".join(f"{names.get(s, s)} ({', '.join(by_speaker[s][:MAX_OTHERS])})" for s in ordered)


def _name_item(article: str, group: NameGroup, index: _Index) -> Item:
    name = _entity_name(group.entity, index)
    first = index.mine.get((id(group), article), 0)
    parts = []
    # this article's own spellings first (a stable sort keeps the order of the rest)
    own_first = sorted(group.spellings, key=lambda spelling: not _has(spelling.articles, article, index))
    for spelling in own_first[:MAX_VALUES]:
        own = _has(spelling.articles, article, index)
        users = ["this article"] if own else []
        users += [_names(spelling.articles, index, leave_out=article)] if len(spelling.articles) > own else []
        parts.append(f"“{spelling.text}” ({' and '.join(users)})")
    if len(group.spellings) > MAX_VALUES:
        parts.append(f"and {len(group.spellings) - MAX_VALUES} other spellings")
    if group.roles_differ:
        parts.append("titles differ: " + "; ".join(f"“{r.role}” ({index.sources[r.article].label})"
                                                  for r in group.roles[:MAX_OTHERS + 1]))
    return Item(first + 1, _story_href("claims", f"name-{group.entity}", index), "", name, "; ".join(parts),
                "Claims")


def _naming_item(article: str, group: NameGroup | InstitutionConflict, index: _Index) -> Item:
    if isinstance(group, NameGroup):
        return _name_item(article, group, index)
    return _institution_item(article, group, index)


def _institution_item(article: str, conflict: InstitutionConflict, index: _Index) -> Item:
    mine = index.mine[(id(conflict), article)]
    others = [entity for entity in index.entities[id(conflict)] if entity != mine.entity]
    detail = "Others name " + " or ".join(_entity_name(e, index) for e in others)
    return Item(mine.paragraph + 1, _story_href("claims", conflict.id, index), "conflict",
                _entity_name(mine.entity, index), detail, "Claims")


def _reuse_item(article: str, pair: ReusePair, index: _Index) -> Item:
    other = pair.b if pair.a == article else pair.a
    passage = pair.passages[0] if pair.passages else None
    paragraphs = (passage.a_paragraphs if pair.a == article else passage.b_paragraphs) if passage else ()
    slug = pair_slug(pair)
    href = f"{ROOT}story/reuse/{slug}/" if slug in index.shown_ids else f"{ROOT}story/reuse/"
    longest = f"; longest shared passage {passage.words} words" if passage else ""
    return Item(paragraphs[0] + 1 if paragraphs else None, href, "",
                f"{round(pair.score * 100)}% shared with {index.sources[other].label}", longest.lstrip("; "),
                "Side by side" if slug in index.shown_ids else "Text reuse")


_COVERAGE_PAGES = {"figure": ("claims", "Claims"), "quote": ("quotes", "Quotes"),
                   "event": ("timeline", "Timeline")}


def _coverage_item(item: CoverageItem, index: _Index) -> Item:
    if item.kind == "entity":
        href, page, label = f"{ROOT}entities/{item.ref}/", "Entity page", item.label
    else:
        slug, page = _COVERAGE_PAGES[item.kind]
        href = _story_href(slug, item.ref, index)
        label = f"“{item.label}”" if item.kind == "quote" else item.label
    detail = "" if item.paragraph is not None else f"Reported by {item.reported_by} articles"
    paragraph = item.paragraph + 1 if item.paragraph is not None else None
    return Item(paragraph, href, "", f"{item.kind}: {label}", detail, page)


def _entity_name(entity: str | None, index: _Index) -> str:
    return index.names.get(entity or "", entity or "")
