"""Capitalised names that match no entity: candidates `python -m generator check` offers the editors.

A run of capitalised words ('Port Authority of Kent') is a candidate once what makes capitals
without naming anyone is taken off: a sentence's first word when the article also writes it in
lowercase, stop words, weekdays and months, titles ('Prime Minister', 'Secretary of State for'),
and runs made only of nationality words ('Israeli and Palestinian'). A title stays when it is what
shows a lone word to be a name ('Ambassador Nides').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.annotate.namewords import CONNECTORS, NAME_OR_CONNECTOR, Word
from generator.annotate.namewords import words as scan_words

LOWER_WORD = re.compile(r"(?<!\w)[^\W\d_A-Z]\w*")

STOP = frozenset("""
a an the this that these those it its he she they we i you his her their our my your him them us
in on at of for to from by with as and or but nor if when while after before since until then there here
what who whom whose which how why where yes no not all some several many most more much each every both
either neither another other such only also even just still yet so meanwhile however although though
because despite during earlier later today tonight tomorrow yesterday now once again indeed according
last next first second third new one two three four five six seven eight nine ten eleven twelve twenty
thirty forty fifty hundred hundreds thousand thousands million dozens read watch photo credit
""".split())
"""Words that start sentences and headings without naming anything."""
TITLES = frozenset("""
president presidential vice prime premier minister ministers deputy assistant secretary undersecretary
chairman chairwoman chair chief spokesperson spokesman spokeswoman ambassador envoy general gen lt col
colonel major maj captain capt sgt sergeant commander cmdr director head king queen prince princess
sheikh rabbi imam mufti pope bishop cardinal senator sen rep representative congressman congresswoman
governor gov mayor judge justice mr mrs ms miss dr prof professor former acting foreign defense defence
interior finance senior sir dame lord lady
""".split())
"""Words of a title before a name: a title alone is not a name."""
DEMONYMS = frozenset("""
israeli israelis palestinian palestinians arab arabs jewish jews jew muslim muslims christian christians
american americans egyptian egyptians jordanian jordanians syrian syrians lebanese iranian iranians iraqi
iraqis saudi saudis emirati emiratis qatari turkish turk turks british briton britons english french german
germans russian russians ukrainian ukrainians chinese european europeans african africans asian asians
western eastern northern southern western israeli-palestinian arab-israeli
""".split())
"""Adjectives of nationality and faith: capitalised, yet not names ('Palestinian officials')."""
CALENDAR = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december
""".split())




def candidates_in(text: str, taken: list[tuple[int, int]], lowercase: frozenset[str]
                   ) -> Iterator[tuple[int, int]]:
    for run in _capital_runs(text, taken):
        initial = _sentence_initial(text, run[0].start)
        words, titled = _after_inner_title(*_trim(run, initial, lowercase))
        if words and not _shouted(words) and not _portfolio(run, words) \
                and _is_name(words, titled, initial and words[0] is run[0]):
            # A title stays only when it is what shows a single word to be a name ('Ambassador Nides').
            alone = sum(1 for w in words if w.text[:1].isupper()) == 1
            yield (titled[0].start if titled and alone else words[0].start), words[-1].end


def _portfolio(run: list[Word], words: list[Word]) -> bool:
    """'Minister of Infrastructure and Transport', 'Infrastructure Minister': what a title is of, not a
    name (a title before a name stays: 'Ambassador Nides', 'Secretary of State Antony Blinken')."""
    before = run[:next(i for i, w in enumerate(run) if w is words[0])]
    after_of = len(before) >= 2 and before[-1].text.casefold() in ("of", "for") \
        and before[-2].text.casefold() in TITLES
    return after_of or words[-1].text.casefold() in TITLES


def _after_inner_title(words: list[Word], titled: list[Word]) -> tuple[list[Word], list[Word]]:
    """'Harbour Minister Jan Roos': the name after a title that its portfolio precedes."""
    inner = [i for i, w in enumerate(words[:-1]) if w.text.casefold() in TITLES]
    if not inner or not words[inner[-1] + 1].text[:1].isupper():
        return words, titled
    return words[inner[-1] + 1:], words[:inner[-1] + 1]


def _shouted(words: list[Word]) -> bool:
    """'warned FIVE YEARS AGO': words in capitals for emphasis, as tabloids write them, not a name. (Two
    or more words of three letters or more each: 'UN OCHA' is still a candidate.)"""
    return len(words) >= 2 and all(w.text.isupper() and len(w.text) >= 3 for w in words)


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence or a quotation (its capital says nothing)."""
    i = start
    while i > 0 and text[i - 1] in " \"“‘'(":
        if text[i - 1] in "\"“‘'":
            return True
        i -= 1
    while i > 0 and text[i - 1] in "\"'”’)]":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;"


def _capital_runs(text: str, taken: list[tuple[int, int]]) -> list[list[Word]]:
    """Runs of capitalised words and the connectors between them, split at known mentions."""
    runs: list[list[Word]] = [[]]
    taken = sorted(taken)
    i = 0
    for word in scan_words(text, NAME_OR_CONNECTOR):
        while i < len(taken) and taken[i][1] <= word.start:
            i += 1
        free = not (i < len(taken) and taken[i][0] < word.end)
        capital = word.text[:1].isupper()
        if not free:
            runs.append([])
        elif runs[-1] and text[runs[-1][-1].end:word.start] == " ":
            runs[-1].append(word)
        elif capital:
            runs.append([word])
    return [r for r in runs if r]


def _trim(run: list[Word], initial: bool, lowercase: frozenset[str]) -> tuple[list[Word], list[Word]]:
    """The run without leading ordinary words and titles, nor trailing connectors; and the titles.

    Trimmed by moving two indexes and slicing once: a long run ('The The The …') is not copied per word.
    """
    start, end = 0, len(run)
    if initial and run and run[0].text.casefold() in lowercase:
        start = 1  # a capital only because the sentence starts there
    while start < end and _ordinary(run[start].text):
        start += 1
    titles: list[Word] = []
    while start < end and _title_word(run[start].text, titles):
        titles.append(run[start])
        start += 1
    while end > start and (_ordinary(run[end - 1].text) or run[end - 1].text.casefold() in CONNECTORS):
        end -= 1
    if titles and titles[-1].text.casefold() in CONNECTORS:
        titles = []
    return run[start:end], titles


def _ordinary(word: str) -> bool:
    return word.casefold() in STOP or word.casefold() in CALENDAR or word.casefold() in CONNECTORS


def _title_word(word: str, before: list[Word]) -> bool:
    """A title word, or 'of'/'for' inside a title ('Secretary of State for …')."""
    folded = word.casefold()
    if folded in TITLES:
        return True
    if before and folded in ("of", "for", "the"):
        return True
    return bool(before) and before[-1].text.casefold() == "of" and folded == "state"


def _is_name(words: list[Word], titled: list[Word], first_is_initial: bool) -> bool:
    capitals = [w for w in words if w.text[:1].isupper()]
    names = [w for w in capitals if w.text.casefold() not in DEMONYMS and w.text.casefold() not in TITLES]
    if not names:
        return False
    if titled:
        return True
    if len(capitals) < 2:
        return False
    return not (first_is_initial and names == [words[0]])



def lowercase_words(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """Words the article writes in lowercase: a capital at a sentence's start does not make them names."""
    return frozenset(w for text in paragraphs for w in set(LOWER_WORD.findall(text)) if w[:1].islower())
