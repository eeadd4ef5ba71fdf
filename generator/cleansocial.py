"""A social network's pages: a group's export (its tabs, posts' authors and badges, reactions, the comment
box), a messaging channel's (each post's views and time, its reactions, its link, a forwarded post's
label), a thread's (its menu, each post's author, handle, time and counts, the replies of other accounts,
the sidebar; on a network that names its server in the handle, '@ana.bsky.social', the repost's label
and the content warnings too) and a professional network's post (its menu, its author's degree and job
line, its counts and buttons, the comments under it), whatever the story.

Line rules (`generator.cleanrules` lists them among its own) and two block rules (`generator.clean` calls
them in its neighbours stage): a row of a page's tabs, and the people around posts (`post_authors`, which
runs `POST_RULES`: an author's name over a post, a commenter's job line, others' replies and comments, a
sponsored post or box). A member's own words, short or with an emoji, are the story's, and so are a
group's members' comments: only the page's marks around them go; under a single author's post or
article, other people's replies and comments are not its story. Each rule tests a cheap cue (a
character, a word) before its pattern.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.cleanshapes import ICONS, REPORTING, Line, caption_shaped, ends_sentence, rx, words
from generator.cleansite import is_button

COUNT = r"\d[\d.,]*[km]?"
ICON_RUN = f"(?:[{ICONS}][\ufe0f\u200d]*)+"
REACTION_ROW = re.compile(f"(?:{ICON_RUN} ?)?{COUNT}(?: ?{ICON_RUN} ?{COUNT}){{0,7}}", re.IGNORECASE)
"""Reactions counted ('👍❤️😢 214', '😢 640 🔥 212 👍 95'), also once the rules took its first icon off."""
VIEWS = rx(rf"^👁\ufe0f? ?{COUNT}(?: (?:edited|views?))? ?(?:\d{{1,2}}:\d{{2}})?$")
"""A channel's post: how many saw it, and when it was posted ('👁 9.8K 08:40', '👁 22.6K edited 21:34')."""
AUDIENCE = re.compile(f"(?: [·•] edited)? [·•] [{ICONS}]\ufe0f?$", re.IGNORECASE)
"""Who may see a post, as an icon behind its time (and whether it was edited): 'July 9 at 6:05 AM · 🔒',
'1d • Edited • 🌐'."""
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
                    "like", "join group", "join channel",
                    # a network's: its buttons and labels around a post, a thread's, a feed's
                    "follow", "+ follow", "quote", "repost", "translate post", "see translation", "alt",
                    "write your reply", "write a reply",
                    "show more replies", "show probable spam", "post your reply", "views", "feed post",
                    "add a comment…", "add a comment...", "1st", "2nd", "3rd", "3rd+"))
"""What a group's, a channel's or a network's page writes around its posts, as the whole line (lower case):
its badges, its buttons, a member's degree of connection ('• 2nd')."""
SOURCED = rx(r"^sourced from across (?-i:[A-Z])\S*$")
"""'Sourced from across X': a network's label under a box of posts it picked."""
ACCOUNT = r"(?:@[\w.-]{1,60}|[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})"
REPOSTED = re.compile(rf"(?:[Rr]eposted|[Rr]etweeted|boosted) by {ACCOUNT}"
                      rf"|{ACCOUNT} (?:reposted|retweeted|boosted)")
"""Who shared another account's post into the feed: 'Reposted by Ben Okafor', '(🔁) boosted by Ben Okafor'
(the icon taken off), 'Ana Lima reposted' (a headline's 'Boosted by Tourism, …' goes on)."""


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
    if lowered.startswith("sourced"):
        return SOURCED.match(line) is not None
    if lowered.startswith("forwarded"):
        return FORWARDED.match(line) is not None
    if lowered.startswith(("support", "boost", "back")) and CHANNEL_SUPPORT.match(line) is not None:
        return True
    if "posted" in line or "boosted" in line or "tweeted" in line:
        return REPOSTED.fullmatch(line) is not None
    return "·" in line and GROUP.match(line) is not None


WARNING = rx(r"(?:cw|tw|cn|content warning|trigger warning|content note|sensitive content)",
             r"\s*:\s*[^.!?]{1,60}")
"""A post's warning label over what it shows: 'CW: death, violence', 'Content warning: Graphic media'."""
WARNING_WORDS = 8


def is_content_warning(line: str) -> bool:
    """'CW: death, violence', '(⚠) Content warning: Graphic media': the label a network or a writer sets
    over a post (a story's 'Content warning: the footage shows the crush.' is a sentence)."""
    return line[:1] in "CcTtSs" and ":" in line[:20] and words(line) <= WARNING_WORDS \
        and not ends_sentence(line) and WARNING.fullmatch(line) is not None


COUNT_ALONE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?[KkMm]")
"""A network's count alone on its line, rounded as it shows it: '212.4K', '88K' (views, likes, reposts)."""


def is_count(line: str) -> bool:
    """'212.4K', '2.9K': a post's count of views or likes under it, its icon lost in the copy."""
    return len(line) <= 7 and line[:1].isdigit() and COUNT_ALONE.fullmatch(line) is not None


OWN_VIEWS = rx(r"\b(?:views|opinions|thoughts|tweets|posts) (?:are )?(?:my own|mine|personal)\b",
               r"|\b(?:rts?|retweets|reposts|likes)(?: are)? (?:≠|!=|not|aren'?t) endorsements?\b")
"""What an account's description says of its posts: 'Views my own.', 'RTs ≠ endorsements'."""


def is_profile_note(line: str) -> bool:
    """An account's description of itself, shown beside its name ('Threat intel lead @TidewallSec. …
    Views my own.'); a story's 'He said the views were his own.' reports them."""
    if words(line) > 60:
        return False
    lowered = line.lower()
    cued = "own" in lowered or "mine" in lowered or "personal" in lowered or "endorse" in lowered
    return cued and OWN_VIEWS.search(line) is not None and REPORTING.search(line) is None


WELCOME = rx(r"^welcome to (?-i:[A-Z])[^.!?]{1,40}[.!]\s.{0,300}\b(?:channel|group|community)\b")
"""A channel's or a group's description of itself: 'Welcome to X. Independent news … Boost the channel: …'."""


def is_description(line: str) -> bool:
    """'Welcome to X. … Boost the channel: …': a channel or a group saying what it is (its pinned
    message), naming itself a channel, a group or a community."""
    return words(line) <= 60 and line.startswith("Welcome to ") and WELCOME.match(line) is not None


def post_time(line: str) -> str | None:
    """A post's time without the icon of who may see it ('1d · 🔒' → '1d', '1d • Edited • 🌐' → '1d'); None
    when there is no icon."""
    if len(line) > 60 or "·" not in line and "•" not in line:
        return None
    icon = AUDIENCE.search(line)
    return line[:icon.start()] if icon else None


TABS = frozenset(("discussion", "featured", "members", "events", "media", "files", "about", "photos",
                  "videos", "people", "joined", "join", "+ invite", "invite", "share", "more", "posts",
                  "article", "talk", "read", "edit", "view history", "view source", "edit source", "history",
                  "tools", "reels", "mentions", "guides", "topics", "accessibility", "disclaimer", "privacy",
                  "privacy policy", "terms", "terms of use", "sitemap", "contact", "contact us",
                  "careers", "terms of service", "cookie policy", "user agreement",
                  # a network's menu: X's, a professional network's
                  "explore", "notifications", "messages", "messaging", "bookmarks", "communities", "premium",
                  "profile", "lists", "grok", "conversation", "my network", "jobs", "me", "for business",
                  "feedback", "help",
                  # a match centre's: a sports site's live page
                  "commentary", "stats", "statistics", "line-ups", "lineups", "table", "standings"))
"""A page's tabs, one a line: a group's ('Discussion', 'Members', 'Events'), an encyclopedia's ('Article',
'Talk', 'Edit', 'View history') or a network's ('Explore', 'Notifications', 'My Network'), or a site's
links at its foot ('Accessibility', 'Privacy', 'Disclaimer', 'Careers')."""
TAB_REASONS = frozenset(("page interface text", "social-media prompt", "forum interface", "navigation links",
                         "repeated line", "subscription prompt", "copyright notice", "stray character",
                         "contact details"))
"""What may stand between a page's tabs: its other buttons, a '|' between two links, the site's number."""
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
    """Who wrote each post, and what others wrote under it (`POST_RULES`, each seeing what the ones before
    it found): a member's name over a post, an account's name over its handle, a member's degree and job
    line, the replies of other accounts to a thread, the readers' comments under a post or an article,
    and a sponsored post or box. `generator.clean` calls this in its neighbours stage."""
    found: dict[int, str] = {}
    for rule in POST_RULES:
        found.update(rule(lines, {**reasons, **found}))
    return found


def group_authors(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
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


HANDLE = re.compile(r"@\w{1,30}(?:(?:\.[\w-]{1,30}){1,4}|@[\w-]{1,30}(?:\.[\w-]{1,30}){1,4})?")
"""An account's handle alone on its line, under its name: '@nkovac_cti', and a network's that names its
server ('@ana.bsky.social', '@ana@example.social')."""
NAME_WORDS = 6
POST_MARKS = AROUND_POSTS | {"stray character", "social-media prompt"}
"""What follows an account's handle over a post: '·', its time, 'Follow'."""


def account_names(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """An account's name over its handle, and the post's marks under them ('Nadia Kovač 🛡️', '@nkovac_cti',
    '·', 'Oct 15'), or over the same handle again and again (a thread's author over each post): who wrote
    the post, not the post. A line above a handle that the page's marks do not follow ('Follow the council'
    above '@rivertoncouncil' and a sentence, once) is the story's."""
    found: dict[int, str] = {}
    handles = [i for i in range(1, len(lines) - 1) if lines[i].text[:1] == "@"]
    pairs = Counter((lines[i - 1].text, lines[i].text) for i in handles)
    for i in (h - 1 for h in handles):
        handle = lines[i + 1]
        if handle.gap or lines[i + 2].gap or i in reasons:
            continue
        marked = reasons.get(i + 2) in POST_MARKS or pairs[lines[i].text, handle.text] > 1
        if marked and HANDLE.fullmatch(handle.text) and words(lines[i].text) <= NAME_WORDS \
                and caption_shaped(lines[i].text):
            found[i] = "post's author"
    return found


DEGREES = frozenset(("1st", "2nd", "3rd", "3rd+"))
"""A member's degree of connection, beside the name on a professional network ('• 2nd')."""
JOB_LINE_WORDS = 25


def member_lines(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Around a member's degree of connection ('• 2nd'), in its block: the member's name above it and
    the job line under it ('Registered Nurse at Port Bellamy Base Hospital'), who the post's or the
    comment's writer is."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.text.lower() not in DEGREES or reasons.get(i) != "forum interface":
            continue
        above, below = i - 1, i + 1
        if above >= 0 and above not in reasons and not line.gap and AUTHOR.fullmatch(lines[above].text):
            found[above] = "post's author"
        if below < len(lines) and below not in reasons and not lines[below].gap \
                and words(lines[below].text) <= JOB_LINE_WORDS and not ends_sentence(lines[below].text):
            found[below] = "job title"
    return found


REPLYING = re.compile(r"Replying to (@\w{1,30})(?:(?:,| and)? @\w{1,30})*", re.IGNORECASE)
"""What a network writes over a reply: 'Replying to @nkovac_cti'."""
HANDLE_REACH = 4
"""Lines above 'Replying to …' within which the reply's own handle is (its name, handle, '·' and time)."""


def replies(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under 'Replying to @author', the words of a reply by another account (its handle, a few lines up,
    is not the one it replies to): a reader's comment on the thread, not the thread. The author's own
    posts in the thread (replying to their own handle) are the story."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        match = REPLYING.fullmatch(line.text) if line.text[:9].lower() == "replying " else None
        if match is None:
            continue
        handle = next((lines[j].text for j in range(i - 1, max(i - 1 - HANDLE_REACH, -1), -1)
                       if HANDLE.fullmatch(lines[j].text)), None)
        if handle is None or handle.lower() == match.group(1).lower():
            continue
        j = i + 1
        while j < len(lines) and not lines[j].gap and j not in reasons:
            found[j] = "readers' comment"
            j += 1
    return found


COMMENT_HEADS = frozenset(("comments heading", "comment counter"))
THREAD_REACH = 20
"""Lines under a comments heading within which its first comment's reply button comes."""
BEFORE_STAMP = 2
"""Free lines a comment has above its age: its writer's name, a badge or a job line."""


def comment_threads(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under the first comments heading (or count) that a comment follows in the same block (no blank
    line): a writer, an age ('14h') and a reply button ('Reply') within a few lines. Every free line from
    there to the section's last reply button, count or heading ('Load more comments') is a reader's:
    names, job lines and comments. A count under the byline is followed by the story, not by a
    comment's age and reply button; and on a group's page (its badges: 'Admin', 'Top contributor') the
    members' comments are the story."""
    if any(_group_mark(lines[i].text) for i, reason in reasons.items() if reason == "forum interface"):
        return {}
    for i in range(len(lines)):
        if reasons.get(i) in COMMENT_HEADS and _comment_below(lines, reasons, i):
            end = max(j for j in range(i, len(lines))
                      if reasons.get(j) in COMMENT_HEADS or _reply(lines, reasons, j))
            return {j: "readers' comment" for j in range(i + 1, end) if j not in reasons}
    return {}


GROUP_MARKS = frozenset(("admin", "moderator", "group admin", "group expert", "top contributor",
                         "rising contributor", "top fan", "new member", "join group"))
"""A group's badges: on a group's page the members' comments are the story (its members' own words)."""


def _group_mark(text: str) -> bool:
    """A group's badge, or its kind and size ('Private group · 4.6K members')."""
    return text.lower() in GROUP_MARKS or "·" in text and GROUP.match(text) is not None


def _comment_below(lines: Sequence[Line], reasons: dict[int, str], heading: int) -> bool:
    """In the heading's block, a comment's age stamp under its writer's name (no more than BEFORE_STAMP
    free lines, none a sentence: the comment comes after its stamp), then a reply button."""
    free, stamped = 0, False
    for j in range(heading + 1, min(heading + 1 + THREAD_REACH, len(lines))):
        if lines[j].gap:
            return False
        if _reply(lines, reasons, j):
            return stamped
        if reasons.get(j) == "timestamp" and words(lines[j].text) <= 3:
            stamped = stamped or free <= BEFORE_STAMP
        elif j not in reasons:
            if not stamped and not caption_shaped(lines[j].text):
                return False  # a comment above its stamp: a group's page, whose comments are the story
            free += 1
    return False


def _reply(lines: Sequence[Line], reasons: dict[int, str], i: int) -> bool:
    return reasons.get(i) == "page interface text" and lines[i].text.lower() == "reply"


SPONSORED = frozenset(("sponsored", "promoted", "sponsored content", "sponsored post", "partner content",
                       "paid content", "paid post", "paid partnership"))
"""The labels of a sponsor's box or post (an 'Advertisement' label may stand over the story's next lines)."""
BOX_LINES = 4


def sponsored_posts(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A sponsored post or box: under its label ('Sponsored', 'Promoted'), in its block, the few lines
    down to its button ('Learn more', 'Download the report'). Without a button under them, the lines
    after a label may be the story's (a copy that lost the blank line after the box)."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if reasons.get(i) != "advertisement label" or line.text.lower() not in SPONSORED:
            continue
        box: list[int] = []
        for j in range(i + 1, min(i + 2 + BOX_LINES, len(lines))):
            if lines[j].gap:
                break
            if reasons.get(j) == "page interface text" and is_button(lines[j].text):
                found.update(dict.fromkeys(box, "advertisement"))
                break
            if j in reasons:
                break
            box.append(j)
    return found


POST_RULES = (group_authors, account_names, member_lines, replies, comment_threads, sponsored_posts)
"""The rules `post_authors` runs, in order: the authors' names first, so that a comment's block sees them."""
