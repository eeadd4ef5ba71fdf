"""A social network's pages: a group's export (its tabs, posts' authors and badges, reactions, the comment
box) and a messaging channel's (each post's views and time, its reactions, its link, a forwarded post's
label), whatever the story.

Line rules (`generator.cleanrules` lists them among its own) and one block rule (`generator.clean` calls
it in its neighbours stage): a row of a page's tabs. A member's own words, short or with an emoji, are the
story's: only the page's marks around them go. Each rule tests a cheap cue (a character, a word) before
its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.cleanshapes import ICONS, Line, rx, words

COUNT = r"\d[\d.,]*[km]?"
ICON_RUN = f"(?:[{ICONS}][\ufe0f\u200d]*)+"
REACTION_ROW = re.compile(f"(?:{ICON_RUN} ?)?{COUNT}(?: ?{ICON_RUN} ?{COUNT}){{0,7}}", re.IGNORECASE)
"""Reactions counted ('👍❤️😢 214', '😢 640 🔥 212 👍 95'), also once the rules took its first icon off."""
VIEWS = rx(rf"^👁\ufe0f? ?{COUNT}(?: (?:edited|views?))? ?(?:\d{{1,2}}:\d{{2}})?$")
"""A channel's post: how many saw it, and when it was posted ('👁 9.8K 08:40', '👁 22.6K edited 21:34')."""
AUDIENCE = re.compile(f" · [{ICONS}]\ufe0f?$")
"""Who may see a post, as an icon behind its time: 'July 9 at 6:05 AM · 🔒'."""
FORWARDED = rx(r"^forwarded from (?-i:[A-Z@])[\w@.'&-]*(?: [\w@.'&-]+){0,5}$")
"""'Forwarded from Kamloops Scanner Chat': the label over another channel's post (a name, no sentence)."""
CHANNEL_SUPPORT = rx(r"^(?:support|boost|back) (?:the|this|our|my) (?:channel|group|page|blog)",
                     r"(?:\s*:\s*\S+|\s*[.!]?)$")
"""'Support the channel: buymeacoffee.example/x', 'Boost the channel': the channel asking for money."""
GROUP = rx(r"^(?:public|private|closed|secret|visible|hidden) (?:group|channel|community)",
           rf"(?: · {COUNT} (?:members|subscribers|followers))?$")
"""A group's kind and size under its name: 'Private group · 4.6K members'."""
BADGES = frozenset(("admin", "author", "moderator", "top contributor", "rising contributor", "group expert",
                    "top fan", "new member", "group admin", "edited", "most relevant", "all comments",
                    "top comments", "newest first", "write something...", "write something…",
                    "write a comment...", "write a comment…", "write a public comment...",
                    "write a public comment…", "pinned message", "pinned post", "+ invite", "invite",
                    "like", "join group", "join channel"))
"""What a group's or a channel's page writes around its posts, as the whole line (lower case)."""


def counter(line: str) -> str | None:
    """The reason of a line of counts behind icons: reactions ('👍❤️😢 214', '😢 640 🔥 212 👍 95') or a
    channel's views and time ('👁 9.8K 08:40'); None for any other line. Asked before the rules take a
    line's first icon off (without it, '9.8K 08:40' says nothing)."""
    if len(line) > 60 or line[:1] < "\u2190" or not line[-1:].isalnum():
        return None
    if line.startswith("👁"):
        return "view counter" if VIEWS.match(line) else None
    return "reaction counter" if REACTION_ROW.fullmatch(line) else None


def is_post_mark(line: str) -> bool:
    """A forwarded post's label, a channel's appeal for money, a group's or a channel's own labels and
    badges ('Admin', 'Top contributor', 'Edited', 'Write a comment…', 'Private group · 4.6K
    members')."""
    if len(line) > 80:
        return False
    if line.lower() in BADGES:
        return True
    lowered = line[:9].lower()
    if lowered.startswith("forwarded"):
        return FORWARDED.match(line) is not None
    if lowered.startswith(("support", "boost", "back")):
        return CHANNEL_SUPPORT.match(line) is not None
    return "·" in line and GROUP.match(line) is not None


WELCOME = rx(r"^welcome to (?-i:[A-Z])[^.!?]{1,40}[.!]\s.{0,300}\b(?:channel|group|community)\b")
"""A channel's or a group's description of itself: 'Welcome to X. Independent news … Boost the channel: …'."""


def is_description(line: str) -> bool:
    """'Welcome to X. … Boost the channel: …': a channel or a group saying what it is (its pinned
    message), naming itself a channel, a group or a community."""
    return words(line) <= 60 and line.startswith("Welcome to ") and WELCOME.match(line) is not None


def post_time(line: str) -> str | None:
    """A post's time without the icon of who may see it ('1d · 🔒' → '1d'); None when there is no icon."""
    if len(line) > 60 or "·" not in line:
        return None
    icon = AUDIENCE.search(line)
    return line[:icon.start()] if icon else None


TABS = frozenset(("discussion", "featured", "members", "events", "media", "files", "about", "photos",
                  "videos", "people", "joined", "join", "+ invite", "invite", "share", "more", "posts",
                  "article", "talk", "read", "edit", "view history", "view source", "edit source", "history",
                  "tools", "reels", "mentions", "guides", "topics", "accessibility", "disclaimer", "privacy",
                  "privacy policy", "terms", "terms of use", "sitemap", "contact", "contact us"))
"""A page's tabs, one a line: a group's ('Discussion', 'Members', 'Events') or an encyclopedia's
('Article', 'Talk', 'Edit', 'View history'), or a site's links at its foot ('Accessibility', 'Privacy',
'Disclaimer')."""
TAB_REASONS = frozenset(("page interface text", "social-media prompt", "forum interface", "navigation links",
                         "repeated line", "subscription prompt", "copyright notice"))
TABS_IN_ROW = 3


def tab_rows(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Three or more tabs, one a line, in one block (no blank line between), among the page's other
    buttons: a tab alone ('Members', 'Talk') may be a subheading; in such a row it is a tab."""
    found: dict[int, str] = {}
    row: list[int] = []
    for i in range(len(lines) + 1):
        tab = i < len(lines) and lines[i].text.lower() in TABS
        button = i < len(lines) and (tab or reasons.get(i) in TAB_REASONS)
        if row and (i == len(lines) or lines[i].gap or not button):
            found.update(_tabs(lines, reasons, row))
            row = []
        if button:
            row.append(i)
    return found


def _tabs(lines: Sequence[Line], reasons: dict[int, str], row: list[int]) -> dict[int, str]:
    tabs = [i for i in row if lines[i].text.lower() in TABS]
    if len(tabs) < TABS_IN_ROW:
        return {}
    return {i: "navigation links" for i in tabs if i not in reasons}



AUTHOR = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")
"""A member's name as a group's page shows it over a post or a comment: 'Karen Doucette'."""
AROUND_POSTS = frozenset(("forum interface", "page interface text", "reaction counter", "comment counter",
                          "comments heading", "timestamp", "repeated line", "navigation links"))
"""Reasons of the page's marks around a post: its author's name comes right after them."""
MARKS = 6
"""Marks of a group's page (badges, 'Like', 'Reply') enough to tell that its lines are posts."""


def post_authors(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """On a group's page (where other lines are its marks), a member's name alone on a line, right after
    a mark (a 'Reply', a count, a badge) and over the post or the badge it introduces: its author, whose
    words follow."""
    if sum(reason == "forum interface" for reason in reasons.values()) < MARKS:
        return {}
    found: dict[int, str] = {}
    for i in range(1, len(lines) - 1):
        if i in reasons or lines[i + 1].gap or reasons.get(i - 1) not in AROUND_POSTS:
            continue
        if len(lines[i].text) <= 40 and AUTHOR.fullmatch(lines[i].text):
            found[i] = "post's author"
    return found
