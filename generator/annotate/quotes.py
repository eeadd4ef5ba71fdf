"""Direct quotations and who said them, never a guessed speaker.

For each quotation (`quotemarks`), the speaker is looked for in this order:

1. after it, in its sentence: '"…," Abu Rudaineh said', '"…," said Leaf', '"…" must be held to
   account, he said', '"…," X, spokesperson for Y, said on Thursday';
2. before it, in its sentence: the nearest speech verb's subject ('Shtayyeh called for "…"',
   'X told Y that "…"', 'according to X, "…"', '…, accusing Israel of a "massacre"');
3. a sentence that opens with a quotation and has no speech verb continues the words of whoever
   spoke last, in the same or the previous paragraph ('"…," she said. "Obviously, …"');
4. a quotation running over several paragraphs (open at a paragraph's end, reopened at the next one's
   start) has one speaker.

'He'/'she' refer to the last person who spoke, 'it' to the last organisation (`speakers.Context`);
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
from generator.annotate.speakers import find_verbs
from generator.annotate.speech import Context, Mentioned, Sentence, Speaker, Verb, tokens
from generator.model import Article, KnowledgeBase, Mention, Quote, Span

LOOK = 8
"""How many speech verbs of a sentence are looked at on each side of a quotation."""
SCARE_WORDS = 2
"""A quotation of this many words or fewer, with no speaker, is a scare quote ('a "massacre"')."""
OPENING_SPACE = re.compile(r"\s*")
WORD = re.compile(r"\w+")
"""What `str.lstrip` cuts from the start of a sentence (`\\s` is the same set of characters)."""


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
def _speaker_facts(kb: KnowledgeBase) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Each person's pronoun, and the words that name or describe each organisation ('the faction' may
    refer to an organisation its knowledge-base entry calls a faction)."""
    pronouns = {e.id: e.pronoun for e in kb.entities if e.pronoun is not None}
    described = {e.id: frozenset(WORD.findall(" ".join((e.name, e.description, *e.aliases)).casefold()))
                 for e in kb.entities if e.type == "organisation"}
    return pronouns, described


def find_quotes(article: Article, mentions: tuple[Mention, ...], kb: KnowledgeBase) -> tuple[Quote, ...]:
    """Every direct quotation in the article, with its speaker's entity id or None, in text order."""
    types = {e.id: e.type for e in kb.entities}
    by_paragraph: dict[int, list[Mentioned]] = defaultdict(list)
    for m in mentions:
        by_paragraph[m.span.paragraph].append(
            Mentioned(m.span.start, m.span.end, m.entity, types.get(m.entity, "other"), m.span.text))
    context = Context(*_speaker_facts(kb))
    paragraphs = article.paragraphs
    spans = [find_spans(text) for text in paragraphs]
    found: list[_Found] = []
    # Who spoke is carried forward only to be read at a later quotation: after the last one, it is not.
    for number in range(_last_quoted(spans) + 1):
        found.extend(_paragraph(number, paragraphs[number], spans[number], by_paragraph[number], context))
    found = _chains(found, paragraphs)
    return tuple(
        Quote(id=f"{article.id}-q{n}", speaker=f.speaker, how=f.how,
              span=Span(article.id, f.paragraph, f.span.start, f.span.end,
                        paragraphs[f.paragraph][f.span.start:f.span.end]))
        for n, f in enumerate(found, start=1))


def _last_quoted(spans: list[list[QuoteSpan]]) -> int:
    """The number of the last paragraph with a quotation, -1 when there is none."""
    return max((number for number, found in enumerate(spans) if found), default=-1)


def _paragraph(number: int, text: str, spans: list[QuoteSpan], mentioned: list[Mentioned], context: Context
               ) -> list[_Found]:
    blank = masked(text, spans)
    found: list[_Found] = []
    mentioned = sorted(mentioned, key=lambda m: m.start)
    m_starts = [m.start for m in mentioned]
    lefts = [s.left for s in spans]
    for start, end in sentence_bounds(text, spans):
        inside = mentioned[bisect.bisect_left(m_starts, start):bisect.bisect_left(m_starts, end)]
        sentence = Sentence(blank, start, end, tokens(blank, start, end), inside)
        said = _said(sentence, find_verbs(sentence, context, number))
        for span in spans[bisect.bisect_left(lefts, start):bisect.bisect_left(lefts, end)]:
            found.append(_attribute(number, text, span, said, context))
        if not any(verb.speaker.kind == "person" for verb in said.verbs):
            # (a person named beside one who speaks, 'X, aide to Y, said', is part of X's description)
            context.named([m for m in inside if m.type == "person"])
    return found


def _said(sentence: Sentence, verbs: list[Verb]) -> _Said:
    """What every quotation of the sentence looks at, worked out once: a long sentence may have many."""
    blank = OPENING_SPACE.match(sentence.masked, sentence.start, sentence.end)
    opens = blank is not None and sentence.masked.startswith("\x00", blank.end(), sentence.end)
    return _Said(verbs, [v.start for v in verbs], [v.end for v in verbs], opens)


def _attribute(number: int, text: str, span: QuoteSpan, said: _Said, context: Context) -> _Found:
    verbs = said.verbs
    split = bisect.bisect_left(said.starts, span.right)
    after = next((v for v in verbs[split:split + LOOK] if v.subject_at >= span.right), None)
    if after is not None:
        return _by_verb(number, span, after, "after")
    before = bisect.bisect_right(said.ends, span.left)
    # A verb inside what another reports ('He added that the community must respond …') speaks for the
    # reported clause only when it names an entity; otherwise the reporting verb's speaker is the one.
    if before:
        near = reversed(verbs[max(0, before - LOOK):before])
        named = next((v for v in near if v.speaker.entity is not None), None)
        return _by_verb(number, span, named or verbs[0], "before")
    last = context.last
    if said.opens and not verbs and last is not None and context.paragraph >= number - 1:
        context.paragraph = number  # a run of quoted paragraphs goes on with the same speaker
        if last.entity is None:
            return _Found(number, span, None, f"continues the words of {last.text}, {_why_not(last)}", True)
        return _Found(number, span, last.entity, f"continues the words of {_shown(last)} before it", True)
    words = len(text[span.start:span.end].split())
    why = "a word or two in quotes with no speaker named (scare quotes)" if words <= SCARE_WORDS \
        else "no speaker is named in its sentence"
    return _Found(number, span, None, why, False)


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


def _continues(previous: _Found, item: _Found, paragraphs: tuple[str, ...]) -> bool:
    return (not previous.span.closed and previous.span.right == len(paragraphs[previous.paragraph])
            and item.paragraph == previous.paragraph + 1
            and not paragraphs[item.paragraph][:item.span.left].strip())
