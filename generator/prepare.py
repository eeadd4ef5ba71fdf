"""From what was read to a Story: decode, validate metadata, clean, merge metadata, load the knowledge base.

A broken article is reported and left out; the others go on (as Pelican does), and the run fails
once at the end with every problem listed.
"""

from __future__ import annotations

from generator.clean import clean, normalise
from generator.cleanoutlet import without_outlet_furniture
from generator.knowledge import load_knowledge
from generator.metadata import build_meta, known_header, validate_yaml
from generator.model import Article, Diagnostic, KnowledgeBase, SeedFile, Story, StoryInput, YamlDoc
from generator.parallel import map_in_order
from generator.read import decode_utf8
from generator.yamlsrc import line_of

STORY_FIELDS = ("title", "summary")


def prepare_story(found: StoryInput) -> tuple[Story, tuple[Diagnostic, ...]]:
    """Turn every readable seed into an Article; collect every problem on the way."""
    problems: list[Diagnostic] = list(found.diagnostics)
    # A seed whose files the read stage already found broken (duplicate keys, bad YAML) is left out.
    broken = {d.file for d in found.diagnostics if d.severity == "error"}
    seeds = [seed for seed in found.seeds if not {seed.path, seed.meta_path} & broken]
    articles = []
    # Each seed on its own, on every core there is (generator/parallel.py): cleaning is a tenth of the
    # generator's time.
    for article, seed_problems in map_in_order(prepare_article, seeds):
        problems.extend(seed_problems)
        if article is not None:
            articles.append(article)
    knowledge = KnowledgeBase()
    if found.knowledge is not None:
        knowledge, kb_problems = load_knowledge(found.knowledge)
        problems.extend(kb_problems)
    title, summary = _story_fields(found.story, found.seeds_dir, problems)
    # Only now can a line that most of an outlet's articles carry be told for the outlet's own.
    articles = without_outlet_furniture(articles)
    story = Story(title=title, summary=summary, overview=found.overview, knowledge=knowledge,
                  articles=tuple(sorted(articles, key=lambda a: (a.meta.published, a.id))))
    return story, tuple(problems)


def prepare_article(seed: SeedFile) -> tuple[Article | None, tuple[Diagnostic, ...]]:
    """Decode, clean and describe one seed."""
    text, problem = decode_utf8(seed.raw, seed.path)
    if text is None:
        return None, (problem,) if problem else ()
    if not normalise(text).strip():
        return None, (Diagnostic(seed.path, 0, "text", "the article is empty",
                                 "paste the article's text into the file, or delete it"),)
    problems: list[Diagnostic] = []
    if seed.meta is None:
        problems.append(Diagnostic(seed.meta_path, 0, "file", "the metadata file is missing",
                                   "create it with at least `outlet:` and `published:` (see CONTRIBUTING.md)",
                                   severity="warning"))
    given, meta_problems = validate_yaml(seed.meta, seed)
    problems.extend(meta_problems)
    cleaned = clean(text, known_header(given))
    if not cleaned.paragraphs:
        problems.append(Diagnostic(seed.path, 0, "text", "the article has no paragraph, only a header",
                                   "paste the article's body below its headline (a blank line between "
                                   "paragraphs)", severity="warning"))
    meta, merge_problems = build_meta(seed, given, cleaned)
    problems.extend(merge_problems)
    if meta is None or any(p.severity == "error" for p in problems):
        return None, tuple(problems)
    return Article(id=seed.slug, seed=seed, meta=meta, text=cleaned), tuple(problems)


def _story_fields(doc: YamlDoc | None, seeds_dir: str, problems: list[Diagnostic]) -> tuple[str, str]:
    if doc is None:
        problems.append(Diagnostic(f"{seeds_dir}/story.yml", 0, "file", "the story has no story.yml",
                                   "create it with `title:` and `summary:`", severity="warning"))
        return "Untitled story", ""
    values = []
    for key in STORY_FIELDS:
        value = doc.data.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(Diagnostic(doc.path, line_of(doc, key), key, "missing or not text",
                                       f"write `{key}: …` as one line of text"))
            value = ""
        values.append(" ".join(str(value).split()))
    for key in doc.data:
        if key not in STORY_FIELDS:
            problems.append(Diagnostic(doc.path, line_of(doc, str(key)), str(key), "unknown field",
                                       f"use only: {', '.join(STORY_FIELDS)}"))
    return values[0] or "Untitled story", values[1]
