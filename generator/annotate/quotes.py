"""Direct quotations and who said them, never a guessed speaker.

For each quotation (`quotemarks`; a name a document defines for itself, '("Sollara" or the "Company")',
is none), the speaker is looked for in this order:

0. a speaker label opening the paragraph, right before it, when its sentence has no speech verb
   ('JOAO GONCALVES, defence lawyer: "…"', 'Judge Conceicao, reading the ruling: "…"'); a transcript
   line with a label in capitals and no quote marks ('TERESA BRAGA: There is …') is all quotation;
1. after it, in its sentence: '"…," Abu Rudaineh said', '"…," said Leaf', '"…" must be held to
   account, he said', '"…," X, spokesperson for Y, said on Thursday';
2. before it, in its sentence: the nearest speech verb's subject ('Shtayyeh called for "…"',
   'X told Y that "…"', 'according to X, "…"', '…, accusing Israel of a "massacre"', 'As X put it: "…"',
   'X put out a statement saying "…"'); a verb right before another quotation is that one's only;
3. a sentence that opens with a quotation and has no speech verb continues the words of whoever
   spoke last, in the same or the previous paragraph ('"…," she said. "Obviously, …"');
4. a quotation running over several paragraphs (open at a paragraph's end, reopened at the next one's
   start) has one speaker;
5. a quotation no words attribute, or that stands alone as its paragraph, that repeats words the article
   attributes elsewhere (a dek or a pull quote of at least REPEAT_WORDS words) is that speaker's.

'He'/'she' refer to the last person who spoke, or to the one person named since (of several, the one the
sentence before was about); 'it' to the last organisation, 'the company' or 'the judge' to the one
named so described (`speech`);
a speaker the words do not name as an entity ('a senior official', a name the knowledge base lacks)
leaves the quote unattributed, and its `how` says why.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import NamedTuple

from generator.annotate.perkb import per_knowledge_base
from generator.annotate.quotemarks import QuoteSpan, find_spans, masked, sentence_bounds
from generator.annotate.speakers import find_verbs, sentence_subject
from generator.annotate.speech import Context, Mentioned, Sentence, Speaker, Verb, tokens
from generator.annotate.speechwords import SPEECH
from generator.model import Article, KnowledgeBase, Mention, Quote, Span

LOOK = 8
"""How many speech verbs of a sentence are looked at on each side of a quotation."""
SCARE_WORDS = 2
"""A quotation of this many words or fewer, with no speaker, is a scare quote ('a "massacre"')."""
OPENING_SPACE = re.compile(r"\s*")
"""What `str.lstrip` cuts from the start of a sentence (`\\s` is the same set of characters)."""
WORD = re.compile(r"\w+")
ROLE_END = re.compile(r"[,;.(]|\s(?:of|at|in|from|for|to|with|on|by|since|who|whose|which)\s")
"""Where the role that opens a person's description ends ('Presiding judge| of the panel …')."""
TERM_LENGTH = 4
"""How many words a defined term may have ('the "Green Notes Programme"')."""
TERM_WORDS = frozenset("the a an or and together collectively hereinafter each".split())
"""The only words beside a defined term in its parentheses ('("Sollara" or the "Company")')."""
REPEAT_WORDS = 5
"""Fewest words of an unattributed quotation that, said again elsewhere in the article by someone named,
are that person's words too: fewer ('a "massacre"') are words anyone may use."""
QUOTE_NEXT = re.compile(r"[ \t]*[\"“‘„']")
HEADING_WORDS = 12
"""Longest quotation that can stand alone as an entry's title or a pull quote."""
LABEL_REACH = 160
"""How far into a paragraph the colon of a speaker label may be ('JOAO GONCALVES, defence lawyer:')."""
LABEL_SPACE = re.compile(r"[ \t]*")
SENTENCE_END = re.compile(r"[.!?]\s")
HONORIFIC_STOP = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Sen|Rep|Gen|Col|Capt|Lt|Sgt|St)\.$")
"""A title's full stop, which ends no sentence ('Mr. Bence Horváth (Fidesz-KDNP):')."""
JOURNALIST = re.compile(r"\b(?:anchor|presenter|reporter|correspondent|host|narrator|newsreader"
                        r"|interviewer)s?\b", re.IGNORECASE)
"""A transcript's label for the outlet's own journalist, whose lines are the report, not a quotation."""
CAPITALS = re.compile(r"[^\W\d_]{2,}(?: [^\W\d_]{2,})+")


class _Said(NamedTuple):
    """A sentence's speech verbs, where they start and where they end (in order), and whether the sentence
    opens with a quotation."""

    verbs: list[Verb]
    starts: list[int]
    ends: list[int]
    opens: bool


@dataclass(frozen=True)
class _Found:
    paragraph: int
    span: QuoteSpan
    speaker: str | None
    how: str
    named: bool
    """Whether any words named a speaker (an entity or not): a chain does not override them."""


@per_knowledge_base
def _speaker_facts(kb: KnowledgeBase
                   ) -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each person's pronoun, the words that name or describe each organisation ('the faction' may
    refer to an organisation its knowledge-base entry calls a faction), and each person's role ('the
    judge' may refer to a person whose entry opens 'Presiding judge of …')."""
    pronouns = {e.id: e.pronoun for e in kb.entities if e.pronoun is not None}
    described = {e.id: frozenset(WORD.findall(" ".join((e.name, e.description, *e.aliases)).casefold()))
                 for e in kb.entities if e.type == "organisation"}
    roles = {e.id: frozenset(WORD.findall(ROLE_END.split(e.description, 1)[0].casefold()))
             for e in kb.entities if e.type == "person"}
    return pronouns, described, roles


def find_quotes(article: Article, mentions: tuple[Mention, ...], kb: KnowledgeBase) -> tuple[Quote, ...]:
    """Every direct quotation in the article, with its speaker's entity id or None, in text order."""
    types = {e.id: e.type for e in kb.entities}
    by_paragraph: dict[int, list[Mentioned]] = defaultdict(list)
    for m in mentions:
        by_paragraph[m.span.paragraph].append(
            Mentioned(m.span.start, m.span.end, m.entity, types.get(m.entity, "other"), m.span.text))
    context = Context(*_speaker_facts(kb))
    paragraphs = article.paragraphs
    spans = [_without_defined_terms(text, find_spans(text)) for text in paragraphs]
    byline = article.meta.byline or ""
    labels = [_speaker_label(text, spans[n], by_paragraph[n], byline) for n, text in enumerate(paragraphs)]
    for number, label in enumerate(labels):
        if label is not None and label.unmarked:
            spans[number] = [QuoteSpan(label.end, len(paragraphs[number].rstrip()), label.end,
                                       len(paragraphs[number]))]
    found: list[_Found] = []
    # Who spoke is carried forward only to be read at a later quotation: after the last one, it is not.
    for number in range(_last_quoted(spans) + 1):
        found.extend(_paragraph(number, paragraphs[number], spans[number], by_paragraph[number], context,
                                labels[number]))
    found = _repeats(_chains(found, paragraphs), paragraphs)
    return tuple(
        Quote(id=f"{article.id}-q{n}", speaker=f.speaker, how=f.how,
              span=Span(article.id, f.paragraph, f.span.start, f.span.end,
                        paragraphs[f.paragraph][f.span.start:f.span.end]))
        for n, f in enumerate(found, start=1))


def _last_quoted(spans: list[list[QuoteSpan]]) -> int:
    """The number of the last paragraph with a quotation, -1 when there is none."""
    return max((number for number, found in enumerate(spans) if found), default=-1)


def _paragraph(number: int, text: str, spans: list[QuoteSpan], mentioned: list[Mentioned], context: Context,
               label: _Label | None) -> list[_Found]:
    blank = masked(text, spans)
    found: list[_Found] = []
    mentioned = sorted(mentioned, key=lambda m: m.start)
    m_starts = [m.start for m in mentioned]
    lefts = [s.left for s in spans]
    bounds = sentence_bounds(text, spans)
    if label is not None:
        # the label is no part of what is said: the first sentence starts after it
        context.update(label.speaker, number)
        bounds[0] = (min(label.end, bounds[0][1]), bounds[0][1])
    for start, end in bounds:
        inside = mentioned[bisect.bisect_left(m_starts, start):bisect.bisect_left(m_starts, end)]
        sentence = Sentence(blank, start, end, tokens(blank, start, end), inside)
        said = _said(sentence, find_verbs(sentence, context, number))
        for span in spans[bisect.bisect_left(lefts, start):bisect.bisect_left(lefts, end)]:
            # a verb in the sentence ('NEW YORK (AP): "…," said X') names the speaker before a label does
            if label is not None and label.end == span.left and not said.verbs:
                found.append(_labelled(number, span, label))
            else:
                found.append(_attribute(number, text, span, said, context))
        _remember(sentence, said.verbs, context)
    return found


def _remember(sentence: Sentence, verbs: list[Verb], context: Context) -> None:
    """Who the sentence named, as no speaker, and whom it was about, for the sentences after it."""
    kinds = {verb.speaker.kind for verb in verbs}
    if "person" not in kinds:
        # (a person named beside one who speaks, 'X, aide to Y, said', is part of X's description)
        context.named([m for m in sentence.mentions if m.type == "person"],
                      {m.entity for m in sentence.mentions if _passive_agent(sentence, m)})
    if "organisation" not in kinds:
        context.named_organisations([m for m in sentence.mentions if m.type == "organisation"])
    named = any(m.type in ("person", "organisation") for m in sentence.mentions)
    context.subject = sentence_subject(sentence, context) if named and not verbs else None


PASSIVE_AGENT = re.compile(r"\bby\s+(?:(?!(?:that|who|and|when|as|said|says)\b)[\w'’.-]+\s+){0,3}$")
"""'by' and at most three words of description before a name: 'chaired by maritime lawyer …'."""


def _passive_agent(sentence: Sentence, mention: Mentioned) -> bool:
    """Whether the sentence names the person only as the agent of a passive ('The board will be chaired
    by Mary Kemunto'): not someone the sentence is about, so not whom a 'she said' after it means."""
    window = max(sentence.start, mention.start - 60)
    return PASSIVE_AGENT.search(sentence.masked, window, mention.start) is not None


@dataclass(frozen=True)
class _Label:
    """A speaker label opening a paragraph: 'JOAO GONCALVES, defence lawyer: "…"', 'TERESA BRAGA: …'."""

    speaker: Speaker
    text: str
    """The label as written, without its colon."""
    end: int
    """Where the labelled words begin, after the colon."""
    unmarked: bool
    """A transcript line without quote marks: all the words after the label are the quotation."""


def _speaker_label(text: str, spans: list[QuoteSpan], mentioned: list[Mentioned], byline: str = ""
                   ) -> _Label | None:
    """The label at the start of `text`, when one names who speaks: a person's name (after at most two
    titles, 'Judge Conceicao'), alone or with a role after a comma or in brackets, then a colon; either a
    quotation starts right after the colon, or the name is in capitals as in a transcript. 'Oliveira: nine
    years.' (a list of sentences) or 'Breaking: …' is none."""
    colon = text.find(":", 0, LABEL_REACH)
    if colon <= 0 or spans and spans[0].left < colon or _sentence_ends(text, colon):
        return None
    spaces = LABEL_SPACE.match(text, colon + 1)
    end = spaces.end() if spaces else colon + 1
    quoted = bool(spans) and spans[0].left == end
    speaker = _label_name(text[:colon], mentioned, quoted)
    # a name in capitals, or a known person's full name over words with no quotation marks in them (a
    # verbatim record's 'Mr. Bence Horváth (Fidesz-KDNP): Thank you, Mr. Speaker. …')
    if speaker is None or not quoted and not speaker.text.isupper() \
            and (spans or speaker.entity is None or len(speaker.text.split()) < 2):
        return None
    unmarked = not spans and speaker.entity is not None and end < len(text.rstrip())
    if unmarked and (JOURNALIST.search(text, 0, colon) or _by_the_author(speaker.text, byline)):
        return None  # 'BRIAN OMONDI, REPORTER: Linda, the ferry left …': the outlet's own narration
    return _Label(speaker, text[:colon], end, unmarked)


def _sentence_ends(text: str, colon: int) -> bool:
    """Whether a sentence ends before the colon, but for an honorific's full stop ('Mr. Horváth:')."""
    return any(not HONORIFIC_STOP.search(text, 0, match.start() + 1)
               for match in SENTENCE_END.finditer(text, 0, colon))


def _by_the_author(name: str, byline: str) -> bool:
    """Whether a transcript's speaker is the article's own author (a podcast's host, named in the byline):
    their lines are the report, not a quotation."""
    return bool(byline) and name.casefold() in byline.casefold()


def _label_name(head: str, mentioned: list[Mentioned], quoted: bool) -> Speaker | None:
    words = WORD.findall(head)
    if any(w in SPEECH for w in words):
        return None  # 'Oliveira, who said nothing, wrote:': the verb names the speaker
    starts = [m.start() for m in WORD.finditer(head)]
    person = min(mentioned, key=lambda m: m.start, default=None)
    if person is not None and person.type == "person" and person.start in starts[:3] \
            and all(w[:1].isupper() for w in words[:starts.index(person.start)]):  # titles: 'Judge X'
        speaker, rest = Speaker(person.entity, person.text, "person"), head[person.end:]
    else:
        capitals = CAPITALS.match(head)  # 'MARIA SILVA', a name the knowledge base lacks
        if capitals is None or not capitals.group().isupper() or not quoted:
            return None
        speaker, rest = Speaker(None, capitals.group(), "unknown"), head[capitals.end():]
    # after the name, nothing or a role: 'X, defence lawyer', 'X (correspondent)'
    return speaker if not rest.strip() or rest.lstrip()[0] in ",(" else None


def _labelled(number: int, span: QuoteSpan, label: _Label) -> _Found:
    speaker, how = label.speaker, f"the speaker label “{label.text}:” before the quote"
    if speaker.entity is None:
        return _Found(number, span, None, f"{how}, but {_why_not(speaker)}", True)
    return _Found(number, span, speaker.entity, how, True)


def _quoted_heading(text: str, span: QuoteSpan) -> bool:
    """A paragraph that is one short quotation without a sentence's end: a live page's entry title or a
    pull quote (''Serious but under control''), the editors' pick, not the next words of the last
    speaker."""
    quoted = text[span.start:span.end].rstrip()
    whole = text[:span.left].strip() == "" and text[span.right:].strip() == ""
    return whole and len(quoted.split()) <= HEADING_WORDS and not quoted.endswith((".", "!", "?", ","))


def _without_defined_terms(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotations but the names a document defines for itself ('("Sollara" or the "Company")'):
    words no one said."""
    if "(" not in text:
        return spans
    blank = masked(text, spans)
    return [s for s in spans if not _defined_term(text, blank, s)]


def _defined_term(text: str, blank: str, span: QuoteSpan) -> bool:
    opened, closed = text.rfind("(", 0, span.left), text.find(")", span.right)
    inside = opened >= 0 and closed >= 0 and ")" not in text[opened:span.left]
    if not inside or len(text[span.start:span.end].split()) > TERM_LENGTH:
        return False
    words = WORD.findall(blank[opened + 1:closed])
    # a lone lowercase quotation in brackets may be words said ('his reaction ("a travesty")')
    return all(w.casefold() in TERM_WORDS for w in words) and (bool(words) or text[span.start].isupper())


def _said(sentence: Sentence, verbs: list[Verb]) -> _Said:
    """What every quotation of the sentence looks at, worked out once: a long sentence may have many."""
    blank = OPENING_SPACE.match(sentence.masked, sentence.start, sentence.end)
    opens = blank is not None and sentence.masked.startswith("\x00", blank.end(), sentence.end)
    return _Said(verbs, [v.start for v in verbs], [v.end for v in verbs], opens)


def _attribute(number: int, text: str, span: QuoteSpan, said: _Said, context: Context) -> _Found:
    verbs = said.verbs
    split = bisect.bisect_left(said.starts, span.right)
    # a verb right before another quotation ('what the Ministry called "a pyramid"') brings that one
    after = next((v for v in verbs[split:split + LOOK]
                  if v.subject_at >= span.right and not QUOTE_NEXT.match(text, v.end)), None)
    if after is not None:
        return _by_verb(number, span, after, "after")
    before = bisect.bisect_right(said.ends, span.left)
    # A verb inside what another reports ('He added that the community must respond …') speaks for the
    # reported clause only when it names an entity; otherwise the reporting verb's speaker is the one.
    if before:
        nearest = verbs[before - 1]
        if INTRODUCES.fullmatch(text, nearest.end, span.left):
            # ('She said that when the charges were put to him, he replied: "The signal was green."': the
            # verb right before the quotation, a colon or a comma between, says it, named or not)
            return _by_verb(number, span, nearest, "before")
        near = reversed(verbs[max(0, before - LOOK):before])
        named = next((v for v in near if v.speaker.entity is not None), None)
        return _by_verb(number, span, named or verbs[0], "before")
    last = context.last
    if said.opens and not verbs and last is not None and context.paragraph >= number - 1 \
            and not _quoted_heading(text, span):
        context.paragraph = number  # a run of quoted paragraphs goes on with the same speaker
        if last.entity is None:
            return _Found(number, span, None, f"continues the words of {last.text}, {_why_not(last)}", True)
        return _Found(number, span, last.entity, f"continues the words of {_shown(last)} before it", True)
    words = len(text[span.start:span.end].split())
    why = "a word or two in quotes with no speaker named (scare quotes)" if words <= SCARE_WORDS \
        else "no speaker is named in its sentence"
    return _Found(number, span, None, why, False)


INTRODUCES = re.compile(r"\s*[:,]\s*")
"""What stands between a verb and the quotation it introduces: 'he replied: "…"', 'she said, "…"'."""


def _by_verb(number: int, span: QuoteSpan, verb: Verb, where: str) -> _Found:
    speaker = verb.speaker
    inverted = verb.subject_at >= verb.end
    phrase = f"{verb.word} {speaker.text}" if inverted else f"{speaker.text} … {verb.word}"
    if verb.word.casefold() == "according":
        phrase = f"according to {speaker.text}"
    if speaker.entity is None:
        return _Found(number, span, None, f"“{phrase}” {where} the quote, but {_why_not(speaker)}", True)
    note = f" ({speaker.note})" if speaker.note else ""
    return _Found(number, span, speaker.entity, f"“{phrase}” {where} the quote{note}", True)


def _shown(speaker: Speaker) -> str:
    return speaker.note.split(" = ", 1)[1].split(",")[0] if " = " in speaker.note else speaker.text


def _why_not(speaker: Speaker) -> str:
    """Why a speaker's words name no entity, for a reader."""
    if speaker.kind == "unknown":
        return f"“{speaker.text}” is not in the knowledge base"
    if speaker.kind == "unresolved":
        return f"“{speaker.text}” refers to no one for certain ({speaker.note})"
    if speaker.kind == "other":
        return f"“{speaker.text}” is not a person or an organisation"
    return f"“{speaker.text}” is not named"


def _chains(found: list[_Found], paragraphs: tuple[str, ...]) -> list[_Found]:
    """One speaker for a quotation that runs over paragraphs (left open, reopened at the next start)."""
    chains: list[list[int]] = []
    for i, item in enumerate(found):
        previous = found[i - 1] if i else None
        if previous is not None and chains and _continues(previous, item, paragraphs):
            chains[-1].append(i)
        else:
            chains.append([i])
    result = list(found)
    for chain in (c for c in chains if len(c) > 1):
        source = next((found[i] for i in chain if found[i].speaker is not None), None)
        if source is None:
            continue
        first, last = found[chain[0]].paragraph + 1, found[chain[-1]].paragraph + 1
        for i in chain:
            if not found[i].named:
                result[i] = replace(found[i], speaker=source.speaker, named=True,
                                    how=f"part of a quotation over ¶{first}–¶{last}: {source.how}")
    return result


def _repeats(found: list[_Found], paragraphs: tuple[str, ...]) -> list[_Found]:
    """An unattributed quotation gets the speaker of an attributed one of the article holding its words:
    the dek and the pull quote repeat what the story attributes (step 5)."""
    said = [(_words_of(item, paragraphs), item) for item in found if item.speaker is not None]
    result = list(found)
    for i, item in enumerate(found):
        words = _words_of(item, paragraphs)
        # (a pull quote, a paragraph of its own, is not continued from the quotation before it either)
        if item.named and not _alone(item, paragraphs) or len(words.split()) < REPEAT_WORDS:
            continue
        source = next((other for other_words, other in said
                       if other is not item and not _alone(other, paragraphs) and words in other_words), None)
        if source is not None:
            result[i] = replace(item, speaker=source.speaker,
                                how=f"the words of the quotation in ¶{source.paragraph + 1}: {source.how}")
    return result


def _alone(item: _Found, paragraphs: tuple[str, ...]) -> bool:
    """Whether the quotation is its paragraph's only words (a pull quote, a dek): nothing around its marks."""
    text = paragraphs[item.paragraph]
    return not text[:item.span.left].strip() and not text[item.span.right:].strip(" .")


def _words_of(item: _Found, paragraphs: tuple[str, ...]) -> str:
    """The quotation's words in lower case, one space apart and padded with one, to find them whole."""
    text = paragraphs[item.paragraph][item.span.start:item.span.end]
    return " " + " ".join(WORD.findall(text.casefold())) + " "


def _continues(previous: _Found, item: _Found, paragraphs: tuple[str, ...]) -> bool:
    return (not previous.span.closed and previous.span.right == len(paragraphs[previous.paragraph])
            and item.paragraph == previous.paragraph + 1
            and not paragraphs[item.paragraph][:item.span.left].strip())
