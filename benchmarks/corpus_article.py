"""One article of the synthetic story (`benchmarks/corpus.py`): its paragraphs, then its raw text as an
outlet's page would give it — header, story and boilerplate, in the outlet's house style."""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.corpus_words import (  # isort: skip
    ARABIC, BACKGROUND, CAPTIONS, COLOUR, COMMENT_POLICY, FAMILY, FEMALE, FIRST_HEADLINE, HEADLINES, LEDES,
    MALE, MEDIA, MONTHS, NBSP, NUMBER_WORDS, PLACES, PROMOS, SLOTS, STATEMENTS, SYNONYMS, TOLLS, VARIANTS,
    WEEKDAYS, WIRES,
)

TOKEN = re.compile(r"\{([^{}]*)\}")


def expand(template: str, rng: random.Random, values: dict[str, str],
           slot: Callable[[str], str] | None = None) -> str:
    """`{a|b}` replaced by one of the alternatives, `{name}` by `values[name]` (else `slot(name)`), the
    innermost braces first; spaces collapsed (an empty alternative leaves none behind)."""
    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        if "|" in key:
            return rng.choice(key.split("|"))
        return values[key] if key in values or slot is None else slot(key)
    while "{" in template:
        template = TOKEN.sub(one, template)
    return " ".join(template.split()).replace(" ,", ",").replace(".m..", ".m.")


REWORD = re.compile(r"\b(?:" + "|".join(SYNONYMS) + r")\b")
"""The words to reword, in lower case only: a capital may start a name ("International Criminal Court")."""


@functools.cache
def _house_pattern(house: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word, _ in house) + r")\b")


def reword(text: str, rng: random.Random) -> str:
    """`text` with some words replaced by synonyms (see SYNONYMS)."""
    def one(match: re.Match[str]) -> str:
        return rng.choice(SYNONYMS[match.group()])
    return REWORD.sub(one, text)


def first_choice(template: str) -> str:
    """The template with the first of each set of alternatives (for descriptions)."""
    while "{" in template:
        template = TOKEN.sub(lambda m: m.group(1).split("|")[0], template)
    return template


@dataclass(frozen=True)
class Outlet:
    name: str
    slug: str
    short: str
    quotes: tuple[str, str]
    byline: str
    """'person' (By X, SHORT), 'staff' (By NAME Staff) or 'none'."""
    layout: str
    """'blank' (paragraphs between blank lines) or 'lines' (one indented line each, no blank lines)."""
    captions: str
    """'credit' (caption, repeated, then a credit), 'gallery' (counter, names, caption, credit) or 'none'."""
    promo: str
    """How its "read this too" links start ('Read more: '), '' for none."""
    social: bool
    comments: bool
    digits: bool
    """Writes every number in digits (others spell out one to ten)."""
    translit: int
    """Which spelling of a name it uses when there are several."""
    terms: tuple[str, ...]
    """Its choice in each framing group."""
    dateline: bool
    """Writes the date in front of the headline."""
    house: tuple[tuple[str, str], ...] = ()
    """Its house style: words it always writes otherwise (see HOUSE)."""


@dataclass(frozen=True)
class Person:
    id: str
    parts: tuple[tuple[str, ...], ...]
    """Each part of the name (first, family) with its spellings, the canonical one first."""
    role: str
    kind: str
    """What kind of statement they make: a key of STATEMENTS."""
    pronoun: str

    @property
    def name(self) -> str:
        return " ".join(p[0] for p in self.parts)


@dataclass(frozen=True)
class Statement:
    id: str
    speaker: Person
    text: str


@dataclass(frozen=True)
class Event:
    index: int
    date: dt.date
    place: str
    killed: int
    militants: int
    injured: int
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class World:
    outlets: tuple[Outlet, ...]
    people: tuple[Person, ...]
    events: tuple[Event, ...]


@dataclass
class Facts:
    """What one article says, known by construction (for the tests, and to check the annotators with)."""

    slug: str
    event: int
    killed: int
    """The death toll its lede reports."""
    quotes: list[str] = field(default_factory=list)
    """Ids of the statements it quotes."""
    copied_from: str | None = None
    shared: list[str] = field(default_factory=list)
    """The paragraphs it copied from `copied_from`, as they are written here."""
    paragraphs: list[str] = field(default_factory=list)
    """Every paragraph of its story, in order: what cleaning must keep."""


@dataclass
class Writer:
    """One article being written: its outlet and event, who it has named, what it reports."""

    rng: random.Random
    world: World
    outlet: Outlet
    event: Event
    published: dt.date
    facts: Facts
    named: set[str] = field(default_factory=set)
    last: Person | None = None
    """The speaker of the previous paragraph's quote (for "he added")."""

    def num(self, n: int, start: bool = False) -> str:
        if self.outlet.digits or n > 10:
            return f"{n:,}"
        return NUMBER_WORDS[n].capitalize() if start else NUMBER_WORDS[n]

    def spell(self, person: Person) -> str:
        """Full name at the first mention, the family name after; in this outlet's transliteration."""
        parts = [p[self.outlet.translit % len(p)] for p in person.parts]
        first = person.id not in self.named
        self.named.add(person.id)
        return " ".join(parts) if first else parts[-1]

    def when(self, day: dt.date) -> str:
        """The day as this article would say it: relative within a week, else a calendar date."""
        delta, weekday = (self.published - day).days, WEEKDAYS[day.weekday()]
        if delta == 0:
            return self.rng.choice(("this morning", f"on {weekday}", f"on {weekday} evening",
                                    f"earlier {weekday}"))
        if delta < 7:
            return self.rng.choice((f"on {weekday}", f"late {weekday}", f"on {weekday} morning"))
        month = MONTHS[day.month - 1]
        year = f", {day.year}" if day.year != self.published.year else ""
        return self.rng.choice((f"on {month} {day.day}{year}", f"on {day.day} {month}{year}"))

    def house(self, text: str) -> str:
        """`text` reworded a little, in the outlet's house style."""
        text = reword(text, self.rng)
        if not self.outlet.house:
            return text
        words = dict(self.outlet.house)
        return _house_pattern(self.outlet.house).sub(lambda m: words[m.group()], text)

    def fill(self, template: str, **values: str) -> str:
        """A template with its `{a|b}` alternatives chosen and its `{slot}`s filled."""
        return expand(template, self.rng, values, self.slot)

    def slot(self, name: str) -> str:
        """A value for `{name}`: a number, a generated phrase, a fact of the event or one of its SLOTS."""
        if name in NUMBERS:
            value = self.rng.randint(*NUMBERS[name]) + (self.event.index * 3 if name == "attacks" else 0)
            return self.num(value) if name in ("months", "instances") else str(value)
        return GENERATED[name](self) if name in GENERATED else self.rng.choice(SLOTS[name])


NUMBERS = {"age": (19, 74), "hours": (2, 9), "p": (40, 80), "p2": (50, 90), "year": (1993, 2005),
           "year2": (2006, 2021), "months": (3, 8), "instances": (10, 40), "attacks": (100, 140)}
"""Template slots that are numbers: their range."""
GENERATED: dict[str, Callable[[Writer], str]] = {
    "Resident": lambda w: person_name(w.rng, any_spelling=True),
    "Analyst": lambda w: person_name(w.rng, any_spelling=True),
    "place": lambda w: w.event.place,
    "place2": lambda w: w.rng.choice(PLACES),
    "outlet": lambda w: w.rng.choice(MEDIA),
    "day": lambda w: w.when(w.event.date),
    "month": lambda w: MONTHS[w.published.month - 2],
    "weekday": lambda w: w.rng.choice(WEEKDAYS),
    "clock": lambda w: _clock(w.rng),
    "street": lambda w: w.fill(w.rng.choice(("{family} Street", "the {adjective} {spot}"))),
    "family": lambda w: w.rng.choice(FAMILY)[0],
    "institution": lambda w: w.fill("{{place2} University|the {Centre|Institute|Forum} for "
                                    "{Regional|Strategic|Security|Policy} {Studies|Affairs|Research}}"),
    "dollars": lambda w: f"{w.rng.randint(2, 90) * 10_000:,}",
    "arrests": lambda w: f"{1000 + w.event.index * 40 + w.rng.randint(0, 30) * 10:,}",
    "op": lambda w: w.outlet.terms[1],
    "dead": lambda w: w.outlet.terms[0],
    "territory": lambda w: w.outlet.terms[2],
    "a_op": lambda w: _a(w.outlet.terms[1]),
    "A_op": lambda w: _a(w.outlet.terms[1]).capitalize(),
}
"""Template slots whose value is made for each use."""


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randrange(0, 60, 5):02d} {rng.choice(('a.m.', 'p.m.'))}"


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def person_name(rng: random.Random, any_spelling: bool = False) -> str:
    """Someone who speaks once (a resident, an analyst): not in the knowledge base."""
    first, family = rng.choice(MALE + FEMALE), rng.choice(FAMILY)
    if any_spelling:
        return f"{rng.choice(first)} {rng.choice(family)}"
    return f"{first[0]} {family[0]}"


def straight(text: str) -> str:
    """`text` with straight quotes and plain spaces, as cleaning will see it."""
    return text.replace("“", '"').replace("”", '"').replace(NBSP, " ")


def say(w: Writer, statement: Statement) -> str:
    """A statement quoted the way articles do it, in this outlet's quote marks and with small rewordings."""
    text = statement.text
    for old, new in VARIANTS:
        if old in text and w.rng.random() < 0.35:
            text = text.replace(old, new, 1)
    w.facts.quotes.append(statement.id)
    o, c = w.outlet.quotes
    person, again = statement.speaker, statement.speaker.id in w.named
    name = w.spell(person)
    low = text[0].lower() + text[1:] if text[1:2].islower() else text
    if again and w.last is person:
        return f"{o}{text},{c} {person.pronoun} added."
    w.last = person
    forms = [f"{o}{text},{c} {name} said.", f"{o}{text},{c} said {name}.",
             f"According to {name}, {o}{low}.{c}", f"{name} told {w.rng.choice(MEDIA)} that {o}{low}.{c}"]
    if not again:
        role = w.fill(person.role)
        forms += [f"{o}{text},{c} {name}, {role}, said {w.when(w.event.date)}.",
                  w.fill(f"{name}, {role}, {{said|stated|noted}} in a {{statement|press release|televised "
                         f"address|radio interview}} that {o}{low}.{c}")]
    return w.rng.choice(forms)


def values(w: Writer) -> dict[str, str]:
    """The figures of this article's event, as it reports them."""
    n, event = w.facts.killed, w.event
    militants = min(event.militants, n)
    civilians = n - militants
    injured = event.injured + w.rng.choice((0, 0, 1, 2, -1))
    return {"n": w.num(n), "N": w.num(n, start=True), "militants": w.num(militants),
            "injured": w.num(injured),
            "serious": w.num(max(1, injured // w.rng.randint(4, 9))), "when": w.when(event.date),
            "parts": f"{w.num(militants)} {w.outlet.terms[0]} and {w.num(civilians)} "
                     f"civilian{'s' * (civilians != 1)}"}


def headline(w: Writer) -> str:
    forms = HEADLINES + ((FIRST_HEADLINE,) if w.event.index == 0 else ())
    title = w.fill(w.rng.choice(forms), **values(w))
    return title[0].upper() + title[1:]


def body(w: Writer) -> list[str]:
    """The article's own paragraphs, in order: the lede, then quotes, toll, background and colour, mixed."""
    rng = w.rng
    plan = ["quote"] * rng.randint(1, 3) + ["toll"] * (rng.random() < 0.7) + ["colour"] * rng.randint(5, 12)
    plan += ["background"] * (w.event.index > 0 and rng.random() < 0.15)
    rng.shuffle(plan)
    statements = rng.sample(w.event.statements, k=min(len(w.event.statements), plan.count("quote")))
    mixed = 0 < w.event.militants < w.facts.killed  # the dead were both fighters and civilians
    paragraphs = [w.house(w.fill(rng.choice(LEDES if mixed else LEDES[::2]), **values(w)))]
    for kind in plan:
        if kind == "quote" and statements:
            paragraphs += quotes(w, statements.pop())
            continue
        if kind == "toll":
            paragraphs.append(w.house(w.fill(rng.choice(TOLLS), **values(w))))
        elif kind == "background":
            paragraphs.append(background(w))
        else:  # one or two sentences of colour
            sentences = [w.fill(rng.choice(COLOUR)) for _ in range(1 + (rng.random() < 0.4))]
            paragraphs.append(w.house(" ".join(sentences)))
        w.last = None
    return paragraphs


def quotes(w: Writer, statement: Statement) -> list[str]:
    """A paragraph quoting `statement`, sometimes followed by more from the same speaker ("…,” he added)."""
    found = [say(w, statement)]
    text = reword(w.fill(w.rng.choice(STATEMENTS[statement.speaker.kind]), n=str(w.rng.randint(2, 9))), w.rng)
    if w.rng.random() < 0.25 and text != statement.text:
        found.append(say(w, Statement(statement.id + "+", statement.speaker, text)))
    return found


def background(w: Writer) -> str:
    """The story's first event, recalled with its calendar date (and sometimes its famous statement)."""
    first = w.world.events[0]
    date = f"{MONTHS[first.date.month - 1]} {first.date.day}"
    date += f", {first.date.year}" if first.date.year != w.published.year else ""
    text = w.house(w.fill(BACKGROUND, date=date, place0=first.place, n0=w.num(first.killed)))
    return text + " " + say(w, first.statements[0]) if w.rng.random() < 0.5 else text


def nearly(paragraph: str, rng: random.Random) -> str:
    """A syndicated paragraph as a copy editor leaves it: a word changed, or a sentence cut."""
    edits = [(" said", " stated"), ("announced", "declared"), ("Kaldarian Authority", "KA"),
             ("Kaldarian Health Ministry", "Health Ministry")]
    old, new = rng.choice([e for e in edits if e[0] in paragraph] or [("", "")])
    if old:
        return paragraph.replace(old, new, 1)
    sentences = paragraph.split(". ")
    return ". ".join(sentences[:-1]) + "." if len(sentences) > 1 else paragraph


# --- the page around the story ----------------------------------------------------------------------


def caption_lines(w: Writer) -> list[str]:
    """A photo block: caption and credit, the caption repeated; or a gallery counter, names and credit."""
    rng, e = w.rng, w.event
    caption = w.fill(rng.choice(CAPTIONS), date=f"{MONTHS[e.date.month - 1]} {e.date.day}, {e.date.year}")
    wire = rng.choice(WIRES)
    if w.outlet.captions == "gallery":
        name = rng.choice(ARABIC) if rng.random() < 0.3 else rng.choice(e.statements).speaker.name
        return ["2 View gallery", name, name, caption, f"(Photo: {wire})"]
    if rng.random() < 0.5:
        credit = f"(photo credit: {wire.upper()})"
        return [f" {caption}. {credit}", f"{caption}.", credit]
    credit = f"(credit: {wire.upper()}/{person_name(rng).upper()})"
    return [f" {caption}.  {credit}", f"{caption}. {credit}"]


def header_lines(w: Writer, title: str) -> list[str]:
    rng, o = w.rng, w.outlet
    lines = [f" date {w.published.isoformat()} {title}" if o.dateline else title]
    if rng.random() < 0.6:  # a dek: a pull quote, or a sentence (only above a byline, or it reads as text)
        statement = rng.choice(w.event.statements)
        sentence = w.fill("Kaldarian leaders call for sanctions on Velmora after the {op} in {place}.")
        lines.append(sentence if o.byline != "none" and rng.random() < 0.5 else
                     f"{o.quotes[0]}{statement.text}.{o.quotes[1]}")
    if o.byline == "person":
        lines.append(f"By {person_name(rng)}, {o.short}")
    elif o.byline == "staff":
        lines.append(f"By {o.name.removeprefix('The ')} Staff" + NBSP * (rng.random() < 0.3))
    return lines


def tail_lines(w: Writer, reprint: str | None) -> list[str]:
    rng, o = w.rng, w.outlet
    lines = [f"Reprinted with permission from {reprint}"] if reprint else []
    if o.byline == "none" and rng.random() < 0.5:
        city = rng.choice(("Ramlat", "Arvel", "Washington"))
        lines.append(f"{person_name(rng)} in {city} contributed to this report.")
    if o.comments:
        lines += ["Comments", COMMENT_POLICY.format(outlet=o.name)]
    return lines + ([rng.choice((">", '""'))] if rng.random() < 0.2 else [])


def article_text(w: Writer, title: str, paragraphs: list[str], reprint: str | None) -> str:
    """The raw text: header, paragraphs and the page's boilerplate, in the outlet's layout."""
    rng, o = w.rng, w.outlet
    blocks: list[list[str]] = [[p] for p in paragraphs]
    extras = [caption_lines(w) for _ in range(rng.randint(1, 2) if o.captions != "none" else 0)]
    extras += [[o.promo + w.fill(rng.choice(PROMOS))]] if o.promo else []
    extras += [[f"  • Follow {o.name} on Facebook and Twitter"]] if o.social else []
    for extra in extras:
        blocks.insert(rng.randint(2, len(blocks)), extra)  # not under the lede: it would read as a dek
    if rng.random() < 0.1:  # a non-breaking space typed inside a sentence
        blocks[0] = [blocks[0][0].replace(" ", NBSP + " ", 1)]
    head = "\n\n".join(header_lines(w, title))
    tail = tail_lines(w, reprint)
    if o.layout == "lines":
        lines = [line if line.startswith(" ") else "    " + line for block in blocks for line in block]
        text = f"{head}\n\n{o.short}|\n" + "\n".join(lines)
        text += "\n\n" + "\n".join("    " + t for t in tail) if tail else ""
    else:
        text = head + "\n\n" + "\n\n".join("\n".join(b) for b in blocks) + "".join("\n\n" + t for t in tail)
    return text if rng.random() < 0.3 else text + "\n"
