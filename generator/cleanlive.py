"""A sports site's live page: what its match centre puts around the minute-by-minute commentary and the news
that follows it, whatever the match.

The commentary is the story: its entries, their times and minute marks ('90+4'', 'HT'), the score line
under a goal ('Riverton 1-2 Harbour City (Santos)'). Around it the page sets its data, which the commentary
says again in sentences: the score box (the two teams around the score, the match's status, the scorers
with their minutes, the venue and the referee), the match's statistics (a label over the two teams'
values: 'Possession' over '54% 46%'), the line-ups ('Team (4-3-3): Name; Name, …', 'Subs: …'), the league
table ('1. Team 64'), the labels of the commentary's events ('GOAL!') and the page's live controls
('Auto-update on/off', 'This live blog has now ended.'). Line rules (`generator.cleanrules` lists them
among its own, RULES) and one block rule (`match_data`, which `generator.clean` calls in its neighbours
stage). Each tests a cheap cue (a character, a length) before its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.cleanshapes import DIGIT, Line, caption_shaped, ends_sentence, rx, words

# --- line rules -------------------------------------------------------------------------------------

MINUTE = r"\d{1,3}(?:\+\d{1,2})?['′](?: \((?:pen|p|og|o\.g\.)\))?"
"""A minute mark, with added time and the kind of goal: '17'', '90+2'', '45+1' (pen)'."""
PLAYER = r"(?:[A-Z]\. ?)?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}"
"""A player as a score box names him: 'J. Moreno', 'Rui Santos', 'O'Neil'."""
SCORER = rf"{PLAYER} {MINUTE}(?:, {MINUTE})*"
SCORERS = re.compile(rf"{SCORER}(?:[,;] {SCORER})*")
"""A score box's scorers, each with the minutes of his goals: 'L. Reis 58', R. Santos 90+2''."""


def is_scorers(line: str) -> bool:
    """'J. Moreno 17'', 'L. Reis 58', R. Santos 90+2'': a score box's scorers, no sentence (the
    commentary's 'The referee blew the final whistle at 90+4 minutes.' is one)."""
    return len(line) <= 160 and line[-1:] in "'′)" and DIGIT.search(line) is not None \
        and SCORERS.fullmatch(line) is not None


OFFICIALS = rx(r"(?:^|[·|,]\s*)(?:referee|venue|attendance|stadium|kick-?off)\s*:\s*[A-Z0-9]")
"""A score box's line on the match's venue and officials: 'Mill Road Stadium, Riverton · Referee: Karl
Weiss'."""


def is_match_officials(line: str) -> bool:
    """'Mill Road Stadium, Riverton · Referee: Jane Doe', 'Attendance: 38,000': the score box's line under the
    scorers (a sentence that names a referee ends with its full stop)."""
    if len(line) > 160 or ends_sentence(line) or ":" not in line:
        return False
    lowered = line.lower()
    cued = "referee" in lowered or "venue" in lowered or "attendance" in lowered or "kick" in lowered
    return cued and OFFICIALS.search(line) is not None


FORMATION = re.compile(r"[A-Z][^():;]{1,50} \(\d(?:-\d){2,4}\)\s*:\s*")
"""A team's line-up, its formation in brackets: 'Riverton (4-3-3): Name; Name, …'."""
BENCH = rx(r"(?:subs|substitutes|bench|replacements|subs not used|unused subs(?:titutes)?)\s*:\s*")
"""A team's substitutes: 'Subs: Name, Name, …'."""
NAME_GLUE = frozenset("van von de der den da das dos du di la le bin el al".split())
"""Words inside players' names that are not capitalised ('Robin van Persie')."""
MARK = re.compile(r"\(\w{1,4}\)")
"""The captain's or the goalkeeper's mark after a name: '(c)', '(gk)'."""
LINE_UP = 3
"""Fewest names of a line-up."""


def is_line_up(line: str) -> bool:
    """'Riverton (4-3-3): Ana Reis; Bo Lind, Carl Mayer (c), …', 'Subs: Leo Hart, …': a team's players, names
    and nothing else ('Subs: the coach made three changes.' is a sentence)."""
    if len(line) > 600 or ":" not in line[:70]:
        return False
    lead = FORMATION.match(line) if "(" in line[:60] else None
    if lead is None and line[:1] in "SsBbRrUu":
        lead = BENCH.match(line)
    return lead is not None and _names(line[lead.end():])


def _names(text: str) -> bool:
    """A list of players' names, between commas and semicolons: each a few capitalised words, and the
    captain's or the goalkeeper's mark ('(c)', '(gk)')."""
    items = [item for item in re.split(r"[;,]\s*", text.rstrip(". ")) if item]
    return len(items) >= LINE_UP and all(_name(item) for item in items)


def _name(item: str) -> bool:
    names = item.split()
    return 1 <= len(names) <= 5 and all(w[:1].isupper() or w in NAME_GLUE or MARK.fullmatch(w) for w in names)


EVENT = rx(r"(?:go+a+l+|own goal|penalty|red card|yellow card|second yellow|substitution",
           r"|var(?: check| review)?|goal disallowed|disallowed goal|no goal|booking|offside)!*")
"""A commentary's label over an event: 'GOAL!', 'Red card!', 'VAR CHECK' (the entry under it is the
story's)."""


def is_event_label(line: str) -> bool:
    """'GOAL!', 'PENALTY!', 'Red card!': the label a commentary sets over an event, shouting (an exclamation
    mark or capitals); a story's subheading 'Penalty' says it in a sentence's case."""
    return len(line) <= 20 and (line.endswith("!") or line.isupper()) and EVENT.fullmatch(line) is not None


AUTO_UPDATE = rx(r"auto[- ]?(?:update|refresh|scroll)s?(?:\s*:)?(?:\s*(?:on|off)(?:\s*[/|]\s*(?:on|off))?)?")
"""A live page's switch: 'Auto-update on/off', 'Auto refresh: on'."""
PAGE_LINK = rx(r"(?:full|whole|see|view|show|all)(?: the| full| all)? (?:table|standings|results|fixtures",
               r"|scores|stats|statistics|line-?ups|match report|scoreboard|commentary)\s*[›»→>]?")
"""A match centre's links: 'Full table ›', 'View line-ups'."""


def is_live_control(line: str) -> bool:
    """'Auto-update on/off', 'Full table ›': a live page's switch, a match centre's link."""
    if len(line) > 40:
        return False
    lowered = line[:4].lower()
    if lowered == "auto":
        return AUTO_UPDATE.fullmatch(line) is not None
    return lowered[:1] in "fwsva" and PAGE_LINK.fullmatch(line) is not None


LIVE_END = rx(r"this live (?:blog|page|coverage|feed|report|thread|text)(?: has| is)? (?:now )?",
              r"(?:ended|closed|finished|over|paused)\b")
"""A live page's notice that it ended: 'This live blog has now ended. Follow our coverage …'."""


def is_live_end(line: str) -> bool:
    """'This live blog has now ended. Follow our continuing coverage of … ›': the page's notice, and its
    link (a story's 'The live blog ended at midnight.' says what, not this)."""
    return line[:1] in "Tt" and line[:10].lower() == "this live " and words(line) <= 40 \
        and LIVE_END.match(line) is not None


RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("score box", is_scorers),  # 'J. Moreno 17'', 'L. Reis 58', R. Santos 90+2''
    ("score box", is_match_officials),  # 'Mill Road Stadium, Riverton · Referee: Karl Weiss'
    ("line-ups", is_line_up),  # 'Riverton (4-3-3): Name; Name, …', 'Subs: Name, Name, …'
    ("match event label", is_event_label),  # 'GOAL!'
    ("page interface text", is_live_control),  # 'Auto-update on/off', 'Full table ›'
    ("live-page note", is_live_end),  # 'This live blog has now ended. …'
)
"""Line rules of a live sports page, as (reason, test), tried after the general rules of
`generator.cleanrules` (which appends them to its RULES)."""
LONG_KINDS = frozenset(("line-ups",))
"""The reasons of RULES that a line longer than `cleanshapes.SHORT` may have."""


# --- the match centre's blocks ------------------------------------------------------------------------

SCORE = re.compile(r"\d{1,2} ?[–—:-] ?\d{1,2}")
"""The score alone on its line, between the two teams: '1 – 2'."""
STATUS = rx(r"ft|ht|aet|full[- ]time|half[- ]time|live|postponed|abandoned|ft \(?(?:pens|aet)\)?",
            rf"|{MINUTE}")
"""The match's status under the score: 'FT', 'HT', '67''."""
TEAM_WORDS = 5
"""Most words of a team's name in a score box ('Bellamy Town Football Club')."""
STAT_VALUES = re.compile(r"\d{1,3}(?:[.,]\d)?%?(?: ?[-–|] ?| )\d{1,3}(?:[.,]\d)?%?")
"""The two teams' values of a statistic, on one line: '54% 46%', '14 9'."""
STAT_LABEL_WORDS = 4
STATS = 3
"""Fewest statistics in a row that make the match's statistics."""
STATS_HEADING = rx(r"(?:match |game |team |key |player )?stat(?:istic)?s")
"""The heading over a match's statistics: 'Match stats', 'Statistics'."""
TABLE_ROW = re.compile(r"(\d{1,2})[.)]?\s+[A-Z][^.!?:]{0,40}?\s+(-?\d{1,3})(?: ?pts)?")
"""A league table's row: its rank, the team and its points ('1. Harbour City FC 64')."""
TABLE_ROWS = 3
"""Fewest rows that make a league table."""
TABLE_HEADING = rx(r"[^.!?]{0,40}\b(?:table|standings|rankings?|leaderboard)")
"""The heading over a league table: 'Premier table', 'Standings'."""


def match_data(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A match centre's blocks: the score box (the teams around the score and the status under it), three
    statistics or more in a row (each a label over the two teams' values, under their heading), and a
    league table's rows (three or more, ranked one after the other, under their heading). A story's list
    is made of sentences; these are a page's figures, which the commentary says in its own words."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        text = line.text
        if i in reasons or i in found or not text[:1].isdigit():
            continue
        if len(text) <= 7 and SCORE.fullmatch(text):
            found.update(_score_box(lines, reasons, i))
        elif len(text) <= 80 and text[-1:].isdigit() and (row := TABLE_ROW.fullmatch(text)):
            found.update(_table(lines, reasons, i, row))
    found.update(_statistics(lines, reasons))
    return found


def _free(lines: Sequence[Line], reasons: dict[int, str], i: int) -> bool:
    """Line `i` exists, no rule took it, and no blank line stands above it."""
    return 0 <= i < len(lines) and i not in reasons and not lines[i].gap


def _team(lines: Sequence[Line], reasons: dict[int, str], i: int) -> bool:
    """Line `i` can be a team's name beside the score: a few words, a capital, no sentence, no number."""
    text = lines[i].text if 0 <= i < len(lines) else ""
    return _free(lines, reasons, i) and words(text) <= TEAM_WORDS and caption_shaped(text) \
        and text[:1].isupper() and DIGIT.search(text) is None


def _score_box(lines: Sequence[Line], reasons: dict[int, str], score: int) -> dict[int, str]:
    """The score between the two teams' names (no blank line between), and the status under them."""
    if lines[score].gap or not _team(lines, reasons, score - 1) or not _team(lines, reasons, score + 1):
        return {}
    box = [score - 1, score, score + 1]
    j = score + 2
    while _free(lines, reasons, j) and len(lines[j].text) <= 20 and STATUS.fullmatch(lines[j].text):
        box.append(j)
        j += 1
    return dict.fromkeys(box, "score box")


def _table(lines: Sequence[Line], reasons: dict[int, str], first: int, top: re.Match[str]) -> dict[int, str]:
    """From a table's row, the rows under it ranked one after the other, their points going down (a list of
    'Article 3', 'Article 6', 'Article 13' goes up), and their heading above."""
    rows = [first]
    rank, points = int(top.group(1)), int(top.group(2))
    while _free(lines, reasons, rows[-1] + 1):
        row = TABLE_ROW.fullmatch(lines[rows[-1] + 1].text)
        if row is None or int(row.group(1)) != rank + len(rows) or int(row.group(2)) > points:
            break
        points = int(row.group(2))
        rows.append(rows[-1] + 1)
    if len(rows) < TABLE_ROWS:
        return {}
    heading = first - 1
    if not lines[first].gap and heading >= 0 and heading not in reasons and words(lines[heading].text) <= 5 \
            and TABLE_HEADING.fullmatch(lines[heading].text):
        rows.insert(0, heading)
    return dict.fromkeys(rows, "league table")


def _statistics(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Runs of three statistics or more: a short label ('Shots on target') over the two values ('5 4'),
    pair after pair, and the heading above the run ('Match stats')."""
    runs: list[list[int]] = []
    for i in (i for i in range(1, len(lines)) if _statistic(lines, reasons, i)):
        if runs and runs[-1][-1] == i - 2:
            runs[-1].append(i)
        else:
            runs.append([i])
    found: dict[int, str] = {}
    for run in (run for run in runs if len(run) >= STATS):
        heading = run[0] - 2
        if heading >= 0 and _free(lines, reasons, run[0] - 1) and heading not in reasons \
                and STATS_HEADING.fullmatch(lines[heading].text):
            found[heading] = "match statistics"
        found.update(dict.fromkeys([j for i in run for j in (i - 1, i)], "match statistics"))
    return found


def _statistic(lines: Sequence[Line], reasons: dict[int, str], i: int) -> bool:
    """Line `i` gives two values and the line above it is their label."""
    text = lines[i].text
    if len(text) > 15 or not text[:1].isdigit():
        return False  # the cheap test first: most lines start with a letter
    label = lines[i - 1].text
    return (_free(lines, reasons, i) and i - 1 not in reasons
            and STAT_VALUES.fullmatch(text) is not None and words(label) <= STAT_LABEL_WORDS
            and caption_shaped(label) and label[:1].isupper() and DIGIT.search(label) is None)
