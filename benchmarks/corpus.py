"""A synthetic story of N articles to measure the generator with: `python benchmarks/corpus.py N OUTDIR`.

The folder it writes has the layout of `seeds/` (`<slug>.txt` raw text and `<slug>.yml` metadata for each
article, `story.yml`, `overview.md`, `knowledge.yml`). The story is invented — a run of raids and
announcements in a fictional country — but its articles are written the way the seeds are: a headline, a
dek, a byline, paragraphs that report figures, relative dates and quotes, and the lines a copy-paste from a
news page carries (captions with credits, "Read …" promos, share prompts, gallery counters, comment policy).
So that every stage does real work, and work that grows with N as it would on a real story:

- 40 outlets, each with a house style (quotes, layout, captions, transliteration, framing words);
- people whose names are spelled differently by different outlets, most of them in the knowledge base;
- one event per ~30 articles; each article reports its event's dead and injured, and the counts disagree
  ("nine … were killed" here, "10 … were killed" there), with relative dates ("on Thursday evening");
- a pool of statements per event, quoted by several articles in slightly different words and attributed
  in every style ("X said", "said X", "according to X", "he added");
- syndication: some articles copy paragraphs of an earlier one verbatim or nearly, a few the whole text.

Deterministic: the same N and `--seed` give byte-identical folders.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_article import (  # noqa: E402  # isort: skip
    Event, Facts, Outlet, Person, Statement, World, Writer, article_text, body, expand, first_choice,
    headline, nearly, reword, straight,
)
from benchmarks.corpus_words import (  # noqa: E402  # isort: skip
    FAMILY, FEMALE, FIRST_STATEMENT, FRAMING, HOUSE, LEXICON, MALE, MONTHS, NBSP, ORGS, PLACES, ROLES, START,
    STATEMENTS, VELMORAN, WEEKDAYS, WESTERN,
)

OUTLETS = 40

# --- the world ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    files: dict[str, bytes]
    """File name -> bytes, for every file of the story folder."""
    facts: tuple[Facts, ...]
    """What each article says, in the order they were written."""
    world: World


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_world(n: int, rng: random.Random) -> World:
    """Outlets, people and events, more of them as the story grows."""
    outlets = tuple(_outlet(i, rng) for i in range(OUTLETS))
    people = _people(16 + n // 40, rng)
    events = tuple(_event(i, people, rng) for i in range(max(4, n // 30)))
    return World(outlets, people, events)


def _outlet(index: int, rng: random.Random) -> Outlet:
    regions = ("Northern", "Coastal", "Harbour", "Valley", "Capital", "Eastern", "Midland", "Riverside")
    region, kind = regions[index % 8], ("Ledger", "Herald", "Tribune", "Courier", "Post")[index // 8]
    name = f"The {region} {kind}" if index % 3 else f"{region} {kind}"
    short = "".join(w[0] for w in name.split() if w != "The")
    return Outlet(
        name=name, slug=slugify(name.removeprefix("The ")), short=short,
        quotes=("“", "”") if rng.random() < 0.6 else ('"', '"'),
        byline=rng.choice(("person", "person", "staff", "none")),
        layout="lines" if index % 7 == 3 else "blank",
        captions=rng.choice(("credit", "credit", "gallery", "none")),
        promo=rng.choice((f"Read{NBSP} ", "Read more: ", "Related: ", "")), social=rng.random() < 0.4,
        comments=rng.random() < 0.3, digits=rng.random() < 0.3, translit=rng.choice((0, 0, 0, 1, 1, 2)),
        terms=tuple(rng.choice(words) for words in FRAMING), dateline=index % 11 == 5,
        house=tuple(pair for pair in HOUSE if rng.random() < 0.5))


def _people(count: int, rng: random.Random) -> tuple[Person, ...]:
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < count:
        kind, role = ROLES[len(people)] if len(people) < len(ROLES) else rng.choice(ROLES[7:])
        female = rng.random() < 0.25
        if kind == "diplomat":
            parts = ((rng.choice(WESTERN[0]),), (rng.choice(WESTERN[1]),))
        elif kind == "military" and rng.random() < 0.7:
            parts = ((rng.choice(VELMORAN[0]),), tuple(rng.choice(VELMORAN[1])))
        else:
            parts = (tuple(rng.choice(FEMALE if female else MALE)), tuple(rng.choice(FAMILY)))
        name = " ".join(part[0] for part in parts)
        if name not in seen:
            seen.add(name)
            role = role.replace("{place}", rng.choice(PLACES))
            people.append(Person(slugify(name), parts, role, kind, "she" if female else "he"))
    return tuple(people)


def _event(index: int, people: tuple[Person, ...], rng: random.Random) -> Event:
    place = PLACES[index % len(PLACES)] if index < len(PLACES) else rng.choice(PLACES)
    killed = rng.randint(2, 14)
    speakers = [people[i] for i in (1, 4, 5)] if index == 0 else rng.sample(people, 4)
    specifics = {"place": place, "n": str(rng.randint(2, 9))}
    texts = [reword(expand(rng.choice(STATEMENTS[p.kind]), rng, specifics), rng) for p in speakers]
    if index == 0:
        texts[0] = FIRST_STATEMENT
    statements = tuple(Statement(f"s{index}-{i}", p, text)
                       for i, (p, text) in enumerate(zip(speakers, texts, strict=True)))
    return Event(index, START + dt.timedelta(days=index * 2 + rng.randint(0, 1)), place, killed,
                 rng.randint(1, killed), rng.randint(killed, 60), statements)


# --- the corpus --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    """An article already written, that a later one may syndicate."""

    slug: str
    outlet: Outlet
    published: dt.date
    title: str
    paragraphs: list[str]
    facts: Facts


def make_corpus(n: int, seed: int = 42) -> Corpus:
    """Every file of a story folder of `n` articles, and what each article says by construction."""
    rng = random.Random(seed)
    world = make_world(n, rng)
    files: dict[str, bytes] = {}
    by_event: dict[int, list[Written]] = {}
    facts = []
    for _ in range(n):
        written = _article(world, rng, by_event, files)
        by_event.setdefault(written.facts.event, []).append(written)
        facts.append(written.facts)
    files["story.yml"] = story_yaml(n, seed).encode()
    files["overview.md"] = overview(world).encode()
    files["knowledge.yml"] = knowledge_yaml(world).encode()
    return Corpus(dict(sorted(files.items())), tuple(facts), world)


def _article(world: World, rng: random.Random, by_event: dict[int, list[Written]],
             files: dict[str, bytes]) -> Written:
    """A random outlet's article on a random event; at times a copy of an earlier one, in part or whole."""
    event, outlet = rng.choice(world.events), rng.choice(world.outlets)
    earlier = by_event.get(event.index, [])
    source = rng.choice(earlier) if earlier and rng.random() < 0.23 else None
    whole = source if source and source.outlet != outlet and rng.random() < 0.15 else None
    published = event.date + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 8, 11)))
    if source:
        published = max(published, source.published + dt.timedelta(days=rng.choice((0, 0, 1))))
    toll = max(1, event.killed + rng.choice((0, 0, 0, 0, 0, 0, 1, 1, -1, -1)))
    w = Writer(rng, world, outlet, event, published, Facts("", event.index, toll))
    title, paragraphs = _republished(w, whole) if whole else (headline(w), body(w))
    if source and not whole and len(source.paragraphs) > 3:
        _syndicate(rng, w.facts, source, paragraphs)
    w.facts.paragraphs = paragraphs = _distinct(paragraphs)
    w.facts.shared = [p for p in w.facts.shared if p in paragraphs]  # a copy of its own paragraph is dropped
    slug = _unique(f"{outlet.slug}-{published.isoformat()}-{slugify(title)[:48].strip('-')}", files)
    w.facts.slug = slug
    files[f"{slug}.txt"] = article_text(w, title, paragraphs, whole.outlet.name if whole else None).encode()
    files[f"{slug}.yml"] = metadata_yaml(slug, outlet, published).encode()
    return Written(slug, outlet, published, title, paragraphs, w.facts)


def _republished(w: Writer, source: Written) -> tuple[str, list[str]]:
    """Another outlet's article reprinted whole (a word changed here and there), under its title or not."""
    title = source.title if w.rng.random() < 0.5 else headline(w)
    paragraphs = [nearly(p, w.rng) if w.rng.random() < 0.2 else p for p in source.paragraphs]
    w.facts.killed, w.facts.quotes = source.facts.killed, list(source.facts.quotes)
    _copied(w.facts, source, paragraphs)
    return title, paragraphs


def _distinct(paragraphs: list[str]) -> list[str]:
    """Each paragraph once: a paragraph twice, even in other quote marks, would read as a repeated line."""
    seen: dict[str, str] = {}
    for paragraph in paragraphs:
        seen.setdefault(straight(paragraph), paragraph)
    return list(seen.values())


def _syndicate(rng: random.Random, facts: Facts, source: Written, paragraphs: list[str]) -> None:
    """Copy a run of `source`'s paragraphs into `paragraphs`, verbatim or nearly."""
    count = rng.randint(2, min(4, len(source.paragraphs) - 1))
    start = rng.randint(1, len(source.paragraphs) - count)
    copied = [nearly(p, rng) if rng.random() < 0.4 else p for p in source.paragraphs[start:start + count]]
    at = rng.randint(1, len(paragraphs))
    paragraphs[at:at] = copied
    _copied(facts, source, copied)


def _copied(facts: Facts, source: Written, paragraphs: list[str]) -> None:
    facts.copied_from = source.slug
    facts.shared = list(paragraphs)


def _unique(slug: str, files: dict[str, bytes]) -> str:
    candidate, number = slug, 1
    while f"{candidate}.txt" in files:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def _yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def metadata_yaml(slug: str, outlet: Outlet, published: dt.date) -> str:
    return (f"# Metadata for {slug}.txt, a synthetic article (benchmarks/corpus.py).\n"
            f"outlet: {_yaml_text(outlet.name)}\npublished: {published.isoformat()}\n"
            "url: null\nlanguage: en\n")


def story_yaml(n: int, seed: int) -> str:
    return ("# A synthetic story written by benchmarks/corpus.py to measure the generator.\n"
            "title: The Kaldarian Authority and the raids (a synthetic story)\n"
            f"summary: >-\n  An invented story told by {n} articles from {OUTLETS} invented outlets,\n"
            f"  written by benchmarks/corpus.py with seed {seed}. Every name, place and figure in it is\n"
            "  made up.\n")


def overview(world: World) -> str:
    first = world.events[0]
    date = first.date
    day = f"{WEEKDAYS[date.weekday()]} {date.day} {MONTHS[date.month - 1]} {date.year}"
    return (f"On {day} a Velmoran raid in {first.place} killed {first.killed} Kaldarians, and the Kaldarian "
            "Authority ended its security coordination with Velmora.\nOver the following months "
            f"{len(world.events) - 1} more raids were reported.\n\n"
            "*This story is synthetic: `benchmarks/corpus.py` generated it to measure the generator.*\n")


def knowledge_yaml(world: World) -> str:
    """The knowledge base, in the format of seeds/knowledge.yml: the organisations, the places, the people
    with some of their spellings, and the framing lexicon. Some spellings are left out on purpose, so that
    the variant finder has work to do."""
    lines = ["# The knowledge base of the synthetic story (benchmarks/corpus.py).", "entities:"]
    for key, name, aliases, kind, description in ORGS:
        lines += _entity(key, name, kind, description, aliases)
    for place in PLACES:
        lines += _entity(slugify(place), place, "place", "A town in the Kaldarian areas.", ())
    surnames = Counter(part for person in world.people for part in person.parts[-1])
    for index, person in enumerate(world.people):
        aliases = [" ".join(p[min(1, len(p) - 1)] for p in person.parts)] if index % 2 else []
        family = person.parts[-1][0]
        if index < 8 and surnames[family] == 1:  # the principals are also called by their family name
            aliases.append(family)
        description = _sentence(first_choice(person.role))
        aliases = [alias for alias in aliases if alias != person.name]
        lines += _entity(person.id, person.name, "person", description, tuple(aliases))
    lines.append("framing:")
    for key, label, terms in LEXICON:
        lines += [f"  - id: {key}", f"    label: {_yaml_text(label)}", "    terms:"]
        for forms in terms:
            lines += [f"      - label: {_yaml_text(forms[0])}",
                      f"        patterns: [{', '.join(_yaml_text(form) for form in forms)}]"]
    return "\n".join(lines) + "\n"


def _entity(key: str, name: str, kind: str, description: str, aliases: tuple[str, ...]) -> list[str]:
    lines = [f"  - id: {key}", f"    name: {_yaml_text(name)}", f"    type: {kind}",
             f"    description: {_yaml_text(description)}"]
    return lines + ([f"    aliases: [{', '.join(_yaml_text(a) for a in aliases)}]"] if aliases else [])


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def write_corpus(corpus: Corpus, outdir: Path) -> None:
    """Write the story folder; `outdir` must be empty or not exist (nothing is overwritten)."""
    outdir.mkdir(parents=True, exist_ok=True)
    if any(outdir.iterdir()):
        raise FileExistsError(f"{outdir} is not empty: give a new or empty folder")
    for name, data in corpus.files.items():
        (outdir / name).write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("outdir", type=Path, help="the story folder to write (new or empty)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    try:
        write_corpus(make_corpus(args.n, args.seed), args.outdir)
    except FileExistsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{args.n} articles written to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
