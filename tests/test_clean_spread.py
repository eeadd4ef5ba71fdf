"""Short lines that touch the page's furniture go with it (`generator.cleanspread`): the buttons and labels
of a kind of page no rule knows, next to the ones the rules do know; and the story's short lines that
must stay beside them."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.cleanspread import REASON

HEADLINE = {"headline": "Skier dies in avalanche at Gudari"}
STORY = ("Skier dies in avalanche at Gudari\n\n"
         "Davit Tsiklauri, 34, died on Saturday in an avalanche at the Gudari ski resort in Georgia.\n\n"
         "Rescuers searched all night.\n\n")


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in clean(STORY + text, HEADLINE).paragraphs]


def _reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean(STORY + text, HEADLINE).removed}


def test_a_memorial_page_s_buttons_go_with_the_share_row_beside_them() -> None:
    # 'Facebook' and 'Email' are buttons the rules know; the candle, the guestbook and the flowers are
    # this page's own, each on a line that touches the next
    page = ("🕯 Light a candle\n✎ Sign the guestbook\n💐 Send flowers\nShare this obituary\nFacebook\n"
            "Email\n\nHe is survived by his parents, Gela and Manana, and his brother Luka.\n")
    found = _reasons(page)
    buttons = ("🕯 Light a candle", "✎ Sign the guestbook", "💐 Send flowers", "Share this obituary")
    assert {found[line] for line in buttons} == {REASON}
    assert _paragraphs(page)[-1] == "He is survived by his parents, Gela and Manana, and his brother Luka."


def test_a_form_s_labels_go_up_to_the_button_under_them() -> None:
    thanks = "The family thanks the rescuers who searched for two days in the snow and the cold."
    form = f"{thanks}\n\nLoad more entries\nYour name\nYour email (not published)\nMessage\nAdd a photo\n" \
           "Post\n"
    assert _paragraphs(form)[-1] == thanks
    assert all(line in _reasons(form) for line in ("Load more entries", "Your name", "Add a photo"))


@pytest.mark.parametrize(("text", "kept"), [
    # a subheading: the story's sentence follows it (past a time stamp)
    ("Share\nWhat we know\n09:12\nThe lift's lower station was buried under six metres of snow, rescuers "
     "said.\n", "What we know"),
    # an automatic transcript's words in lower case between its time stamps
    ("Share\n0:03\nthe lift station was buried\n0:07\n", "the lift station was buried"),
    ("Share\n0:03\nabout 480 kilometres of river\n0:07\n", "about 480 kilometres of river"),
    # a value a label names: a minute mark, a score
    ("Share\n90+2'\n", "90+2'"),
    # a form's field with its value, and a table's row
    ("Share\nPersons caught: 23\n", "Persons caught: 23"),
    # a list's item
    ("Share\n• Seven dead\n", "Seven dead"),
    # a sentence, however short
    ("Share\nNobody moved.\n", "Nobody moved."),
    # a line cut by the copy, whose sentence goes on below it
    ("Share\nKenya Maritime Authority Director-\nGeneral Rashid Saleem suspended the licence.\n",
     "Kenya Maritime Authority Director-General Rashid Saleem suspended the licence."),
    # the story's last short lines above the copyright line
    ("What comes next\nTalks resume\n© 2026 Example Wire.\n", "Talks resume"),
])
def test_the_story_s_short_lines_beside_the_furniture_stay(text: str, kept: str) -> None:
    assert kept in _paragraphs(text)


# --- a line the page says twice ---------------------------------------------------------------------


BETWEEN = "".join(f"The crews worked through the night to stop the fire from reaching tank {n}.\n\n"
                  for n in range(1, 5))
"""Paragraphs between two copies of a line: copies close together are an image's alt text and caption."""


def test_a_label_the_page_says_twice_goes_both_times() -> None:
    # the paywall's teaser above and below the story: the second copy is a repeat, the first its twin
    teaser = "Read the whole article with a subscription"
    page = f"{teaser}\n\n{BETWEEN}{teaser}\n"
    assert teaser not in _paragraphs(page)


@pytest.mark.parametrize("line", [
    "The fire burned for two days.",  # a sentence: a pull quote repeats the story's
    "Mayor: 'The city has not slept'",  # a live page's headline that quotes someone, listed above its entry
])
def test_the_first_copy_of_a_story_s_line_said_twice_stays(line: str) -> None:
    page = f"{line}\n\n{BETWEEN}{line}\n"
    assert line in _paragraphs(page)
