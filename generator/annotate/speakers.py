"""Who is speaking: the subject of each speech verb ('said', 'told', 'accused', 'according to') in a sentence.

Works on a paragraph whose quotations are blanked out (only the reporter's words remain), with the
entity mentions found before. A subject is an entity only when the words name it: a mention right
before the verb ('Shtayyeh said'), after it ('said Leaf'), before an apposition ('Rawhi Fattouh,
Chairman of …, accused'), the agent of a passive ('was announced by … Nabil Abu Rudeineh'), whoever
put out 'a statement saying', or a pronoun or a description referring to someone named before ('he',
'it', 'the company', 'the judge': `speech`). 'condemned X to eight years' is a sentence, not speech.
Anything else — 'a senior official', 'the source', a name the knowledge base does not know — is a
speaker without an entity: the quote is then unattributed, never given to someone else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.annotate.speech import (
    Context,
    Mentioned,
    Sentence,
    Speaker,
    Token,
    Verb,
    described_speaker,
    pronoun_speaker,
    role_speaker,
    tokens,
)
from generator.annotate.speechwords import (
    CONJUNCTIONS,
    DETERMINERS,
    INTRO,
    INVERTED,
    ORG_NOUNS,
    PASSIVE,
    PERSON_NOUNS,
    PREPOSITIONS,
    ROLE_WORDS,
    SENTENCES,
    SKIP,
    SPEECH,
    STATEMENTS,
)

NAME_STOP = frozenset("the a an".split())
PARTICIPLE_NEXT = frozenset("in by as at on during from".split())
"""Words after a participle that modifies a noun ('described in', 'reported by')."""
_NOT_NAMES = DETERMINERS | ROLE_WORDS
_NOT_A_THING = PERSON_NOUNS | ORG_NOUNS | SKIP | PASSIVE | frozenset(
    "he she it they we i you who which that".split())
"""Words before a verb that make it the verb of a speaker, not a participle after a thing."""
PHRASE_END = re.compile(r"[,.;:!?()\x00]")
COMMA = re.compile(",")
CLAUSE_REACH = 400
"""How far before its verb (in characters) a subject with its appositions may start."""
WALK = 12
"""How many words a description before a verb may have ('the ruling … faction')."""


def find_verbs(sentence: Sentence, context: Context, paragraph: int) -> list[Verb]:
    """Every speech verb of the sentence with its speaker, in order; the context follows along."""
    toks = sentence.tokens
    for k, token in enumerate(toks):
        word = token.text
        if word.casefold() == "according" and k + 1 < len(toks) and toks[k + 1].text == "to":
            speaker = _np_after(sentence, toks[k + 1].end, context)
        elif word not in SPEECH and not _put_it(sentence, k) or _noun_before_verb(sentence, k) \
                or _modifies_noun(sentence, k) or _sentencing(sentence, k) or _held_no_view(sentence, k):
            continue
        else:
            speaker = _subject(sentence, k, context)
        if speaker is None:
            continue
        if word.casefold() == "according" or _inverted(sentence, k) and not word.endswith("ing"):
            at = token.end
        elif word.endswith("ing") and sentence.verbs or _joined(sentence, k):
            at = sentence.verbs[-1].subject_at  # ', accusing …', '… and asks' share the verb's subject
        else:
            at = _subject_start(sentence, k)
        sentence.verbs.append(Verb(token.start, token.end, word, speaker, at))
        context.update(speaker, paragraph)
    return sentence.verbs


def _put_it(sentence: Sentence, k: int) -> bool:
    """'As Oliveira put it: "…"', 'X put it better: "…"': 'put it' reports speech when a colon brings
    the quotation or the clause opens with 'as' ('Sollara put it up for sale' does not)."""
    toks = sentence.tokens
    if toks[k].text not in ("put", "puts") or k + 1 >= len(toks) or toks[k + 1].text != "it":
        return False
    rest = sentence.masked[toks[k + 1].end:sentence.end]
    quoted = rest.find("\x00")
    if quoted > 0 and ":" in rest[:quoted]:
        return True
    return any(t.text.casefold() == "as" for t in toks[max(0, k - 4):k])


def _held_no_view(sentence: Sentence, k: int) -> bool:
    """'held a press conference', 'holds the record': 'held' reports speech only as a court's ruling, with
    'that' after it ('the panel held that …')."""
    toks = sentence.tokens
    return toks[k].text in ("held", "holds") and not (k + 1 < len(toks) and toks[k + 1].text == "that")


def _sentencing(sentence: Sentence, k: int) -> bool:
    """'condemned the businessman to eight years': a court's sentence, not words condemning someone
    ('condemned the decision to close it' is still speech)."""
    toks = sentence.tokens
    if not toks[k].text.casefold().startswith("condemn"):
        return False
    ahead = toks[k + 1:k + 7]
    return any(t.text == "to" and (n.text[:1].isdigit() or n.text.casefold() in SENTENCES)
               for t, n in zip(ahead, ahead[1:], strict=False))


def _joined(sentence: Sentence, k: int) -> bool:
    """'X argues … and asks': the verb after 'and' has the subject of the verb before it."""
    j = _previous(sentence, k)
    return bool(sentence.verbs) and j >= 0 and sentence.tokens[j].text in CONJUNCTIONS


def _modifies_noun(sentence: Sentence, k: int) -> bool:
    """'the type of failure described in the report': a participle after a thing, not a speaker's verb."""
    toks = sentence.tokens
    if not toks[k].text.endswith("ed") or k == 0 or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1].text, toks[k + 1].text
    return after in PARTICIPLE_NEXT and before.islower() and before not in _NOT_A_THING \
        and sentence.gap(toks[k - 1].end, toks[k].start) == " "


def _noun_before_verb(sentence: Sentence, k: int) -> bool:
    """'reports said': the first word is a noun followed by the real verb."""
    toks = sentence.tokens
    return k + 1 < len(toks) and toks[k + 1].text in SPEECH \
        and sentence.gap(toks[k].end, toks[k + 1].start) == " "


def _previous(sentence: Sentence, k: int) -> int:
    """Index of the word before the verb, adverbs and auxiliaries skipped; -1 at the sentence's start."""
    toks = sentence.tokens
    j = k - 1
    while j >= 0 and (toks[j].text.casefold() in SKIP or _is_adverb(toks[j].text)) and \
            sentence.gap(toks[j].end, toks[j + 1].start).strip() == "":
        j -= 1
    return j


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and len(word) > 4


def _inverted(sentence: Sentence, k: int) -> bool:
    """'…," said X': nothing but a quotation (or the sentence's start) before the verb."""
    j = _previous(sentence, k)
    before = sentence.gap(sentence.tokens[j].end if j >= 0 else sentence.start, sentence.tokens[k].start)
    return j < 0 or "\x00" in before


def _subject_start(sentence: Sentence, k: int) -> int:
    j = _previous(sentence, k)
    return sentence.tokens[j].start if j >= 0 else sentence.start


def _subject(sentence: Sentence, k: int, context: Context) -> Speaker | None:
    """The speaker of the verb at token k, or None when the word is not a speech verb here."""
    toks, verb = sentence.tokens, sentence.tokens[k].text
    if verb.endswith("ing"):
        return _participle(sentence, k, context)
    if _inverted(sentence, k):
        return _np_after(sentence, toks[k].end, context) if verb in INVERTED else None
    j = _previous(sentence, k)
    before, gap = toks[j], sentence.gap(toks[j].end, toks[k].start)
    word = before.text.casefold()
    if "," in gap or ")" in gap:
        return _apposed(sentence, toks[k].start, context)
    if word in DETERMINERS | PREPOSITIONS:
        return None  # a noun ('the call', 'a claim') or an infinitive ('to urge'), not a reporting verb
    if word in PASSIVE:
        return _agent(sentence, k, context)
    if word in CONJUNCTIONS:
        if sentence.verbs:
            return sentence.verbs[-1].speaker
        # 'She suspended the licences and said …': the sentence's subject, a pronoun or a noun phrase
        first = toks[0].text.casefold() if toks[0].start == sentence.start else ""
        return pronoun_speaker(first, context) or _np_at(sentence, sentence.start, toks[k].start, context)
    if word in ("who", "which"):
        return _relative(sentence, j)
    return _named_before(sentence, j, context)


def _participle(sentence: Sentence, k: int, context: Context) -> Speaker | None:
    """', accusing Israel of …' and 'and saying …': the speaker of the verb before it in the sentence;
    'put out a statement saying …': whoever put it out."""
    j = _previous(sentence, k)
    gap = sentence.gap(sentence.tokens[j].end, sentence.tokens[k].start) if j >= 0 else ""
    if gap == " " and sentence.tokens[j].text.casefold() in STATEMENTS:
        return _issuer(sentence, j, context)
    joined = "," in gap or "\x00" in gap or j >= 0 and sentence.tokens[j].text in CONJUNCTIONS
    return sentence.verbs[-1].speaker if joined and sentence.verbs else None


def _issuer(sentence: Sentence, j: int, context: Context) -> Speaker | None:
    """Who put out the statement at token j: the named person or organisation opening its clause ('And on
    verdict day, the Bank of Portugal put out a statement'); None when no one named did."""
    commas = list(COMMA.finditer(sentence.masked, sentence.start, sentence.tokens[j].start))
    start = commas[-1].end() if commas else sentence.start
    speaker = _np_at(sentence, start, sentence.tokens[j].start, context)
    return speaker if speaker is not None and speaker.kind in ("person", "organisation") else None


def _named_before(sentence: Sentence, j: int, context: Context) -> Speaker | None:
    """The subject ending at token j: a pronoun, a mention, a name or a description."""
    toks, word = sentence.tokens, sentence.tokens[j].text
    pronoun = pronoun_speaker(word.casefold(), context)
    if pronoun is not None:
        return pronoun
    mention = sentence.mention_ending(toks[j].end)
    if mention is not None:
        first = sentence.first_token(mention.start)
        head = _head_before_preposition(sentence, first)
        if head is not None:
            return _described(sentence, head, context)
        return entity_speaker(mention)
    if word[:1].isupper():
        return Speaker(None, _capitalised_run(sentence, j), "unknown")
    return _described(sentence, j, context)


def entity_speaker(mention: Mentioned) -> Speaker:
    kind = mention.type if mention.type in ("person", "organisation") else "other"
    return Speaker(mention.entity if kind != "other" else None, mention.text, kind)


def _head_before_preposition(sentence: Sentence, first: int) -> int | None:
    """'an official in the Palestinian Authority': the index of 'official' (the mention follows 'in')."""
    toks = sentence.tokens
    i = first - 1
    while i >= 0 and toks[i].text.casefold() in DETERMINERS:
        i -= 1
    if i >= 1 and toks[i].text.casefold() in PREPOSITIONS - {"by"} and toks[i].text.islower():
        return i - 1
    return None


def _described(sentence: Sentence, j: int, context: Context) -> Speaker | None:
    """A subject that is a description ending at token j: 'the source', 'the faction', 'a PA official'."""
    toks = sentence.tokens
    i = j
    while i > max(0, j - WALK) and sentence.gap(toks[i - 1].end, toks[i].start) == " " \
            and _np_word(toks[i - 1].text):
        i -= 1
    return _np_result(sentence, toks[i:j + 1], context)


CLAUSE_OPENERS = frozenset("as while when where whereas because although though if unless until whether"
                           .split())
"""Words that open a clause: the subject of its verb starts after them ('… prize money as lawyer cries')."""
_NOT_NOUN_PHRASE = PREPOSITIONS | CONJUNCTIONS | SPEECH | SKIP | PASSIVE | CLAUSE_OPENERS
"""Words that end a noun phrase, made once (the union of hundreds of words was made at every word asked)."""


def _np_word(word: str) -> bool:
    folded = word.casefold()
    return word[:1].isupper() or folded in DETERMINERS or folded in ROLE_WORDS or \
        folded not in _NOT_NOUN_PHRASE and not folded.endswith("ly")


def _capitalised_run(sentence: Sentence, j: int) -> str:
    toks = sentence.tokens
    i = j
    while i > max(0, j - WALK) and toks[i - 1].text[:1].isupper() \
            and sentence.gap(toks[i - 1].end, toks[i].start) == " ":
        i -= 1
    return sentence.masked[toks[i].start:toks[j].end]


def _relative(sentence: Sentence, j: int) -> Speaker | None:
    """', who said': the mention just before the comma."""
    if j == 0:
        return None
    mention = sentence.mention_ending(sentence.tokens[j - 1].end)
    if mention is not None:
        return entity_speaker(mention)
    word = sentence.tokens[j - 1].text
    kind = "unknown" if word[:1].isupper() else "unnamed"
    return Speaker(None, word, kind)


def _agent(sentence: Sentence, k: int, context: Context) -> Speaker | None:
    """'was announced by X': X; a passive without 'by' names no speaker."""
    toks = sentence.tokens
    if k + 1 < len(toks) and toks[k + 1].text == "by":
        return _np_after(sentence, toks[k + 1].end, context)
    return None


def _np_after(sentence: Sentence, start: int, context: Context) -> Speaker | None:
    """The noun phrase from `start` to the next punctuation ('said a senior official in …')."""
    stop = PHRASE_END.search(sentence.masked, start, sentence.end)
    end = stop.start() if stop else sentence.end
    speaker = _np_at(sentence, start, end, context)
    if stop is not None and stop.group() == "," and (speaker is None or speaker.entity is None):
        return _named_in_apposition(sentence, stop.end()) or speaker
    return speaker


def _named_in_apposition(sentence: Sentence, start: int) -> Speaker | None:
    """'said her daughter, Claire Hollis-Ward.': a person's name alone after the comma names the speaker."""
    stop = PHRASE_END.search(sentence.masked, start, sentence.end)
    words = list(_tokens_from(sentence, start, stop.start() if stop else sentence.end))
    alone = sentence.mention_at(words[0]) if words else None
    if alone is None or alone.type != "person" or (alone.start, alone.end) != (words[0].start, words[-1].end):
        return None
    return entity_speaker(alone)


def _np_at(sentence: Sentence, start: int, end: int, context: Context) -> Speaker | None:
    """The speaker named by the noun phrase at the start of masked[start:end]."""
    phrase: list[Token] = []
    loose = 0
    words = list(_tokens_from(sentence, start, end))
    for i, token in enumerate(words):
        folded = token.text.casefold()
        capital = token.text[:1].isupper() or sentence.mention_at(token) is not None
        if capital or folded in DETERMINERS or folded in ROLE_WORDS or folded in ("of", "for") and phrase \
                or _inside_title(sentence, words, i, phrase) or phrase and _owns(sentence, phrase[-1]):
            phrase.append(token)
        elif not any(_named(t) for t in phrase) and loose < 2 and _np_word(token.text) \
                and not folded.endswith("ed"):
            phrase.append(token)
            loose += 1
        else:
            break
    while phrase and phrase[-1].text.casefold() in ("of", "for"):
        phrase.pop()
    return _np_result(sentence, phrase, context) if phrase else None


def _inside_title(sentence: Sentence, words: list[Token], i: int, phrase: list[Token]) -> bool:
    """'Minister of Infrastructure and Transport Christos Dimitriadis': an 'and' between capitalised words
    of a title goes on with it. Not after a person's name: 'said Leaf and Berg' names two speakers."""
    if words[i].text not in ("and", "&") or not phrase or not phrase[-1].text[:1].isupper():
        return False
    if i + 1 >= len(words) or not words[i + 1].text[:1].isupper():
        return False
    return not any(m.type == "person" for m in _mentions_in(sentence, phrase))


def _tokens_from(sentence: Sentence, start: int, end: int) -> Iterator[Token]:
    for i in range(sentence.first_token(start), len(sentence.tokens)):
        if sentence.tokens[i].end > end:
            return
        yield sentence.tokens[i]


def _named(token: Token) -> bool:
    """A word of a name: capitalised, and not a title or article that opens a sentence ('Former pupil …')."""
    return token.text[:1].isupper() and token.text.casefold() not in _NOT_NAMES


def _np_result(sentence: Sentence, phrase: list[Token], context: Context) -> Speaker | None:
    """Who a noun phrase names: a person in it, else an organisation it is headed by, else no entity."""
    if not phrase:
        return None
    text = sentence.masked[phrase[0].start:phrase[-1].end]
    mentions = _mentions_in(sentence, phrase)
    people = [m for m in mentions if m.type == "person" and not _possessor(sentence, m)]
    if people:
        return entity_speaker(people[-1])
    head = phrase[-1].text.casefold() if sentence.mention_at(phrase[-1]) is None else None
    orgs = [m for m in mentions if m.type == "organisation"]
    if head is not None and not mentions and phrase[0].text.casefold() == "the":
        role = role_speaker(text, [t.text.casefold() for t in phrase[1:]], context)
        if role is not None:
            return role
    if head in PERSON_NOUNS:
        return Speaker(None, text, "unnamed")
    if orgs and (head is None or head in ORG_NOUNS):
        return entity_speaker(orgs[-1])
    if head in ORG_NOUNS and len(phrase) == 2 and phrase[0].text.casefold() in DETERMINERS:
        return described_speaker(text, context)
    names = [t.text for t in phrase if t.text[:1].isupper() and sentence.mention_at(t) is None
             and t.text.casefold() not in NAME_STOP]
    if names and not mentions:
        return Speaker(None, text, "unknown")
    owners = all(_possessor(sentence, m) for m in mentions)  # 'Oliveira's lawyer' names no one
    return Speaker(None, text, "unnamed" if owners else "other")


def _possessor(sentence: Sentence, mention: Mentioned) -> bool:
    """'Wróblewska's lawyer': the person the phrase belongs to, not the one it names."""
    return sentence.masked[mention.end:mention.end + 2] in ("'s", "’s") or \
        sentence.masked[mention.end:mention.end + 1] in ("'", "’") and mention.text.endswith("s")


def _owns(sentence: Sentence, token: Token) -> bool:
    """'said Oliveira's lawyer João Gonçalves': after a possessive the phrase goes on to what is owned."""
    return sentence.masked[token.end:token.end + 2] in ("'s", "’s")


def _mentions_in(sentence: Sentence, phrase: list[Token]) -> list[Mentioned]:
    return sentence.mentions_within(phrase[0].start, phrase[-1].end)


def _apposed(sentence: Sentence, verb_start: int, context: Context) -> Speaker | None:
    """'X, chairman of Y, accused': the clause's first noun phrase, or a name alone between commas."""
    segments = _segments(sentence, verb_start)
    if not segments:
        return None
    first = _np_at(sentence, *segments[0], context)
    if first is not None and first.kind == "person" and not first.note:
        return first  # ('the association's president, X, said': a name apposed beats a role looked up)
    for start, end in segments[1:]:
        words = list(_tokens_from(sentence, start, end))
        alone = sentence.mention_at(words[0]) if words else None
        whole = alone is not None and (alone.start, alone.end) == (words[0].start, words[-1].end)
        if alone is not None and whole and alone.type == "person":
            return entity_speaker(alone)
    return first


def sentence_subject(sentence: Sentence, context: Context) -> Speaker | None:
    """The person or organisation a sentence with no speech verb opens with ('Leonor Magalhães, lawyer of
    Inês Brandão, considered …': Magalhães), looked for up to its first colon."""
    reach = min(sentence.end, sentence.start + CLAUSE_REACH)  # (the clause's start, not its end)
    colon = sentence.masked.find(":", sentence.start, reach)
    subject = _apposed(sentence, colon if colon >= 0 else reach, context)
    return subject if subject is not None and subject.kind in ("person", "organisation") else None


def _segments(sentence: Sentence, verb_start: int) -> list[tuple[int, int]]:
    """The comma-separated parts of the clause before the verb, an opening adverbial left out."""
    parts: list[tuple[int, int]] = []
    start = max(sentence.start, verb_start - CLAUSE_REACH)
    for match in COMMA.finditer(sentence.masked, start, verb_start):
        parts.append((start, match.start()))
        start = match.end()
    parts.append((start, verb_start))
    kept = [(s, e) for s, e in parts if re.search(r"\w", sentence.masked[s:e])]
    while len(kept) > 1 and _introductory(sentence, kept[0]):
        kept = kept[1:]
    return kept


def _introductory(sentence: Sentence, part: tuple[int, int]) -> bool:
    words = tokens(sentence.masked, *part)
    return bool(words) and words[0].text.casefold() in INTRO
