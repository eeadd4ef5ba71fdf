"""The lines an outlet puts on its every page, found across the story (`generator.cleanoutlet`)."""

from __future__ import annotations

from compare_helpers import make_article

from generator.cleanoutlet import REASON, without_outlet_furniture
from generator.model import Article

BACKGROUND = "The port, which handles a third of the country's grain, has been closed twice since 2019."
NO_REPLY = "The port authority did not reply to our questions."


def harbour_radio(n: int, story: str) -> Article:
    lines = ["Tap to follow Harbour Radio", story, BACKGROUND, "Listen live 24/7"]
    return make_article(f"harbour-{n}", lines, outlet="Harbour Radio")


def test_short_lines_most_of_an_outlet_s_articles_carry_are_the_outlet_s() -> None:
    stories = ["Dockers voted to strike on Monday.", "The strike went into a second day on Tuesday.",
               "Talks resumed on Wednesday and the cranes moved again."]
    other = make_article("gazette-1", ["Tap to follow Harbour Radio", "The port reopened."], outlet="Gazette")
    cleaned = without_outlet_furniture([harbour_radio(n, s) for n, s in enumerate(stories)] + [other])
    for article, story in zip(cleaned, stories, strict=False):
        assert list(article.paragraphs) == [story, BACKGROUND]  # the background sentence stays
        assert [(r.text, r.reason) for r in article.text.removed] == [
            ("Tap to follow Harbour Radio", REASON), ("Listen live 24/7", REASON)]
    assert list(cleaned[3].paragraphs) == ["Tap to follow Harbour Radio", "The port reopened."]


def test_an_outlet_with_two_articles_or_a_line_in_few_of_them_keeps_it() -> None:
    two = [harbour_radio(n, f"Story number {n}.") for n in range(2)]
    assert without_outlet_furniture(two) == two
    five = [harbour_radio(n, f"Story number {n}.") for n in range(2)] + [
        make_article(f"harbour-{n}", [NO_REPLY, f"Story number {n}."], outlet="Harbour Radio")
        for n in range(2, 5)]
    cleaned = without_outlet_furniture(five)
    assert all(NO_REPLY in a.paragraphs for a in cleaned[2:])  # in three of five, but a sentence
    assert all("Tap to follow Harbour Radio" in a.paragraphs for a in cleaned[:2])  # in two of five
