"""What `python -m generator check` tells a contributor beyond the build's own errors (warnings):
names that look like entities but are not in the knowledge base, spelling variants of known names,
relative dates that could not be resolved, a weekday written beside a date it does not fall on, editorial
notes that cite a paragraph that does not exist, and an article file that is another's byte for byte.
"""

from __future__ import annotations

import re

from generator.annotate.dates import unresolved_dates
from generator.annotate.entities import find_candidates
from generator.datewords import WEEKDAYS, day_month_year, weekday_slip
from generator.model import Article, DateMention, Diagnostic
from generator.pipeline import Analysis


def contributor_warnings(analysis: Analysis) -> tuple[Diagnostic, ...]:
    found: list[Diagnostic] = []
    kb = analysis.story.knowledge
    for article in analysis.story.articles:
        notes = analysis.annotations[article.id]
        found.extend(_candidates(article, find_candidates(article, kb, notes.mentions)))
        found.extend(_variants(article, notes.mentions, {e.id: e.name for e in kb.entities}))
        found.extend(_unresolved(article, unresolved_dates(article)))
        found.extend(_wrong_weekdays(article, notes.dates))
        found.extend(_note_references(article))
    found.extend(_same_bytes(analysis.story.articles))
    return tuple(found)


def _same_bytes(articles: tuple[Article, ...]) -> list[Diagnostic]:
    """An article whose file is byte for byte an earlier one's: most often one article added twice under two
    names, which would count its every claim twice (as two outlets agreeing)."""
    first: dict[bytes, Article] = {}
    found = []
    for article in articles:
        earlier = first.setdefault(article.seed.raw, article)
        if earlier is not article:
            found.append(Diagnostic(
                article.seed.path, 0, "text", f"the file is byte for byte the same as {earlier.seed.name}",
                "if it is the same article added twice, delete one (its .txt and .yml); if two outlets "
                "published the same text, keep both and say so in an editorial note", severity="warning"))
    return found


def _line(article: Article, paragraph: int) -> int:
    return article.text.paragraphs[paragraph].line if paragraph < len(article.text.paragraphs) else 0


def _candidates(article: Article, spans) -> list[Diagnostic]:  # type: ignore[no-untyped-def]
    seen: set[str] = set()
    found = []
    for span in spans:
        if span.text in seen:
            continue
        seen.add(span.text)
        found.append(Diagnostic(
            article.seed.path, _line(article, span.paragraph), "name",
            f"“{span.text}” (¶{span.paragraph + 1}) looks like a name the knowledge base does not know",
            "add it to knowledge.yml as an entity or as an alias of one", severity="warning"))
    return found


def _variants(article: Article, mentions, names: dict[str, str]) -> list[Diagnostic]:  # type: ignore[no-untyped-def]
    seen: set[str] = set()
    found = []
    for mention in mentions:
        if not mention.variant or mention.span.text in seen:
            continue
        seen.add(mention.span.text)
        name = names.get(mention.entity, mention.entity)
        found.append(Diagnostic(
            article.seed.path, _line(article, mention.span.paragraph), "alias",
            f"“{mention.span.text}” (¶{mention.span.paragraph + 1}) was read as a spelling of {name}",
            f"add it to the aliases of `{mention.entity}` in knowledge.yml if that is right",
            severity="warning"))
    return found


def _wrong_weekdays(article: Article, dates: tuple[DateMention, ...]) -> list[Diagnostic]:
    """'Monday, 11 March 2025' where 11 March 2025 was a Tuesday: the date is read as written, but one of
    the two is the article's slip, which the editors may want to say in a note."""
    found = []
    for mention in dates:
        named = weekday_slip(mention.span.text, mention.date)
        if named is None or mention.relative or mention.precision != "day":
            continue
        actual = WEEKDAYS[mention.date.weekday()]
        found.append(Diagnostic(
            article.seed.path, _line(article, mention.span.paragraph), "date",
            f"“{mention.span.text}” (¶{mention.span.paragraph + 1}): {day_month_year(mention.date)} was a "
            f"{actual}, not a {named}",
            "check the text against the outlet's page; if the article has it wrong, say so in an editorial "
            "note", severity="warning"))
    return found


def _unresolved(article: Article, spans) -> list[Diagnostic]:  # type: ignore[no-untyped-def]
    return [Diagnostic(article.seed.path, _line(article, s.paragraph), "date",
                       f"“{s.text}” (¶{s.paragraph + 1}) could not be resolved to a calendar date",
                       "check the article's `published:` date, or add an editorial note", severity="warning")
            for s in spans]


def _note_references(article: Article) -> list[Diagnostic]:
    if not article.seed.note:
        return []
    found = []
    for number, line in enumerate(article.seed.note.splitlines(), start=1):
        for match in re.finditer(r"¶(\d+)", line):
            cited = int(match.group(1))
            if not 1 <= cited <= len(article.paragraphs):
                found.append(Diagnostic(
                    article.seed.note_path, number, "paragraph",
                    f"the note cites ¶{cited}, but the article has {len(article.paragraphs)} paragraphs",
                    "cite a paragraph number shown on the article page"))
    return found
