"""Pages of posts written over several days: each post's relative dates count from the post's own day."""

from __future__ import annotations

import dataclasses
import datetime as dt

from annotate_helpers import make_article

from generator.annotate.dates import find_dates
from generator.annotate.postdays import post_days
from generator.clean import clean
from generator.model import Article

CHANNEL = """Harbour Watch
12,406 subscribers
July 11
The ferry operator said last night that the crossing would reopen once the inspectors had signed it off.
👁 9.8K  08:40
Two more crews arrived from the mainland this morning to help with the search along the northern shore.
👁 4.1K  12:10
July 12
Divers found the second engine last night, about 300 metres from the jetty, the coastguard said.
👁 16.3K  07:15
"""

FORUM = """Posted in t/Sailing
u/harbourmaster_jo · 1d
Ferry inspection results are out
The inspectors told the operator yesterday that the hull had passed, so the crossing reopens on Friday.
▲ 412
u/keelhauler · 5h
My cousin works at the yard and says the engine was only looked at this morning, not the hull.
▲ 31
"""

NEWS = """Ferry crossing to reopen after inspection
March 11, 2026 2:31 PM · Updated March 12, 2026 8:05 AM
The island's ferry crossing will reopen after inspectors passed the hull yesterday, the operator said.
Divers had recovered the second engine on Monday, about 300 metres from the jetty.
Updated: March 12, 2026, 8:05 AM
The operator said this morning that the first sailing would leave at 7 a.m.
"""


def _page(raw: str, published: str) -> Article:
    article = make_article([], published)
    return dataclasses.replace(article, text=clean(raw))


def _dates(article: Article) -> dict[tuple[int, str], dt.date]:
    return {(m.span.paragraph, m.span.text): m.date for m in find_dates(article, post_days(article))}


def test_a_channel_export_dates_each_post_from_its_date_separator() -> None:
    article = _page(CHANNEL, "2026-07-12")
    found = _dates(article)
    assert found[(0, "last night")] == dt.date(2026, 7, 10)
    assert found[(1, "this morning")] == dt.date(2026, 7, 11)
    assert found[(2, "last night")] == dt.date(2026, 7, 11)


def test_the_reasoning_names_the_post_not_the_publication() -> None:
    article = _page(CHANNEL, "2026-07-12")
    first = find_dates(article, post_days(article))[0]
    assert first.how == "“last night” → the day before the post's date: Fri 10 Jul 2026"


def test_ages_count_back_from_the_day_the_thread_was_saved() -> None:
    """The opening post, a day old when the thread was saved, is the article: its day is the published
    date, so the reply posted hours before saving is of the day after."""
    article = _page(FORUM, "2026-03-05")
    found = _dates(article)
    assert found[(0, "yesterday")] == dt.date(2026, 3, 4)
    assert found[(1, "this morning")] == dt.date(2026, 3, 6)


def test_a_page_of_one_day_counts_from_its_publication_date() -> None:
    """A dateline and an 'Updated' line date the page and its revisions, not posts of their own."""
    article = _page(NEWS, "2026-03-11")
    assert post_days(article) is None
    found = _dates(article)
    assert found[(0, "yesterday")] == dt.date(2026, 3, 10)
    assert found[(2, "this morning")] == dt.date(2026, 3, 11)


def test_without_post_days_every_paragraph_counts_from_the_publication_date() -> None:
    article = _page(CHANNEL, "2026-07-12")
    found = {(m.span.paragraph, m.span.text): m.date for m in find_dates(article)}
    assert found[(0, "last night")] == dt.date(2026, 7, 11)


CHAT = """Spring Babies '26
[12/05/2026, 11:52] Tom: Plant is shut since this morning. Nobody knows for how long
[12/05/2026, 11:55] Mark: Jesus. Sorry Tom
[14/05/2026, 21:07] Ann: The minister said last night that 14 batches are recalled
"""


def test_a_chat_s_messages_are_dated_by_the_stamps_they_keep() -> None:
    # a chat export keeps each message's stamp in its text (day first here: 14/05 is no month 14)
    article = _page(CHAT, "2026-05-20")
    found = _dates(article)
    stamps = [p.text[:12] for p in article.text.paragraphs][-3:]
    assert stamps == ["[12/05/2026,", "[12/05/2026,", "[14/05/2026,"]
    assert found[(len(article.text.paragraphs) - 3, "this morning")] == dt.date(2026, 5, 12)
    assert found[(len(article.text.paragraphs) - 1, "last night")] == dt.date(2026, 5, 13)
