"""The benchmark corpus (`benchmarks/corpus.py`): deterministic, a story folder the generator reads, and
texts with every kind of thing the stages work on — boilerplate to clean, figures that disagree, quotes
reported by several outlets, relative dates, names spelled two ways and syndicated passages."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import Corpus, main, make_corpus  # noqa: E402
from benchmarks.corpus_article import straight  # noqa: E402
from generator.clean import clean, normalise  # noqa: E402
from generator.metadata import validate_yaml  # noqa: E402
from generator.read import SAFE_SLUG, read_story  # noqa: E402

N = 30


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus(N)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "story"
    assert main([str(N), str(path)]) == 0
    return path


def text(corpus: Corpus, slug: str) -> str:
    return corpus.files[f"{slug}.txt"].decode("utf-8")


def flat(raw: str) -> str:
    """Straight quotes and single spaces (an outlet may type a non-breaking space anywhere)."""
    return " ".join(straight(raw).split())


def test_the_same_seed_writes_a_byte_identical_folder(folder: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "again", tmp_path / "other"
    assert main([str(N), str(again)]) == 0
    assert main([str(N), str(other), "--seed", "7"]) == 0
    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted(p.name for p in again.iterdir())
    assert all((folder / name).read_bytes() == (again / name).read_bytes() for name in files)
    assert files != sorted(p.name for p in other.iterdir())


def test_it_refuses_a_folder_that_is_not_empty(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert main(["5", str(folder)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_it_writes_n_articles_each_with_metadata_the_reader_accepts(folder: Path) -> None:
    found = read_story(folder)
    assert found.diagnostics == ()
    assert len(found.seeds) == N
    for seed in found.seeds:
        assert SAFE_SLUG.match(seed.slug)
        assert seed.meta is not None, seed.meta_path
        assert set(seed.meta.data) == {"outlet", "published", "url", "language"}
        assert seed.meta.data["url"] is None and seed.meta.data["language"] == "en"
        assert validate_yaml(seed.meta, seed)[1] == ()
    assert found.story is not None and set(found.story.data) == {"title", "summary"}
    assert found.overview and found.knowledge is not None


def test_the_knowledge_base_lists_the_people_quoted_and_the_framing_words(corpus: Corpus) -> None:
    kb = yaml.safe_load(corpus.files["knowledge.yml"])
    ids = {entity["id"] for entity in kb["entities"]}
    assert len(ids) == len(kb["entities"])
    assert {p.id for p in corpus.world.people} <= ids
    assert all(entity["type"] in ("person", "organisation", "place", "event") for entity in kb["entities"])
    words = {term["label"] for group in kb["framing"] for term in group["terms"]}
    framed = [f for f in corpus.facts if any(term in text(corpus, f.slug) for term in words)]
    assert len(framed) >= 0.8 * N


def test_the_knowledge_base_is_valid(folder: Path) -> None:
    knowledge = pytest.importorskip("generator.knowledge", reason="no knowledge-base loader yet")
    doc = read_story(folder).knowledge
    assert doc is not None
    kb, problems = knowledge.load_knowledge(doc)
    assert problems == (), [p.format() for p in problems]
    assert kb.framing and len(kb.entities) > 40


def test_cleaning_keeps_every_paragraph_of_the_story_and_nothing_else(corpus: Corpus) -> None:
    reasons: set[str] = set()
    leads = 0
    for facts in corpus.facts:
        cleaned = clean(text(corpus, facts.slug), ())
        expected = [" ".join(normalise(p).split()) for p in facts.paragraphs]
        assert [p.text for p in cleaned.paragraphs if not p.lead] == expected, facts.slug
        reasons |= {r.reason for r in cleaned.removed}
        leads += bool(cleaned.paragraphs) and cleaned.paragraphs[0].lead
    # most articles have a dek (the corpus writes one in six of ten), read as the lead paragraph
    assert leads >= len(corpus.facts) // 3
    # the page furniture each outlet style adds is there to be removed
    assert {"photo caption", "photo credit", "cross-promotion link", "social-media prompt",
            "image gallery counter", "comment-policy text", "repeated line"} <= reasons


def test_the_texts_carry_page_furniture(corpus: Corpus) -> None:
    everything = "\n".join(text(corpus, f.slug) for f in corpus.facts)
    for sample in ("(photo credit: ", "(Photo: ", "2 View gallery", "Read\u00a0 ", "on Facebook and Twitter",
                   "The commenter agrees to the privacy policy", "By "):
        assert sample in everything, sample


NUMBER = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def tolls(article: str) -> set[int]:
    """The tolls an article states: 'nine Kaldarians were killed', 'killed 10 Kaldarians', 'Ten … dead'."""
    found = set()
    toll = (r"\b(\d+|[A-Za-z]+)\s+Kaldarian(?:s| people)\b[^.]{0,80}?\b(?:killed|dead)\b"
            r"|\bkilled\s+(\d+|[a-z]+)\s+Kaldarian")
    for match in re.finditer(toll, straight(article)):
        word = (match.group(1) or match.group(2)).lower()
        if word.isdigit() or word in NUMBER:
            found.add(int(word) if word.isdigit() else NUMBER[word])
    return found


def test_articles_on_the_same_event_disagree_on_the_death_toll(corpus: Corpus) -> None:
    by_event: dict[int, set[int]] = defaultdict(set)
    for facts in corpus.facts:
        assert facts.killed in tolls(text(corpus, facts.slug)), facts.slug
        by_event[facts.event].add(facts.killed)
    assert any(len(counts) > 1 for counts in by_event.values())


def test_some_articles_copy_passages_of_another_verbatim_or_nearly(corpus: Corpus) -> None:
    copies = [f for f in corpus.facts if f.copied_from]
    assert copies
    verbatim = 0
    for facts in copies:
        source = next(f for f in corpus.facts if f.slug == facts.copied_from)
        for paragraph in facts.shared:
            assert flat(paragraph) in flat(text(corpus, facts.slug))
            words, original = straight(paragraph).split(), " ".join(straight(p) for p in source.paragraphs)
            # a near copy changes a word or cuts a sentence: eight words in a row are still the source's
            assert any(" ".join(words[i:i + 8]) in original for i in range(max(1, len(words) - 7)))
            verbatim += paragraph in source.paragraphs
    assert verbatim


def test_statements_are_quoted_by_several_articles_in_every_attribution_style(corpus: Corpus) -> None:
    quoted: dict[str, set[str]] = defaultdict(set)
    for facts in corpus.facts:
        for statement in facts.quotes:
            quoted[statement].add(facts.slug)
    assert max(len(slugs) for slugs in quoted.values()) >= 3
    everything = straight("\n".join(text(corpus, f.slug) for f in corpus.facts))
    styles = (r'," [A-Z][\w\'-]+(?: [\w\'-]+)* said\.', r'," said [A-Z]', r'," (?:he|she) added\.',
              r"According to [A-Z]\w+ [\w' -]+, \"", r" told [\w ]+ that \"")
    for style in styles:
        assert re.search(style, everything), style


def test_dates_are_relative_to_the_publication_day_or_absolute(corpus: Corpus) -> None:
    everything = "\n".join(text(corpus, f.slug) for f in corpus.facts)
    weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    assert re.search(rf"\bon {weekday} (?:morning|evening)", everything)
    assert re.search(rf"\b(?:late|earlier) {weekday}\b", everything)
    assert re.search(r"\bon (?:January|February|March|April|May|June) \d{1,2}\b", everything)


def test_outlets_spell_the_same_name_differently(corpus: Corpus) -> None:
    everything = "\n".join(text(corpus, f.slug) for f in corpus.facts)
    spelled = [p for p in corpus.world.people
               if sum(" ".join(parts) in everything for parts in _spellings(p.parts)) >= 2]
    assert spelled


def _spellings(parts: tuple[tuple[str, ...], ...]) -> set[tuple[str, ...]]:
    return {tuple(part[i % len(part)] for part in parts) for i in range(3)}


def test_the_pipeline_analyses_the_corpus_without_errors(folder: Path, corpus: Corpus) -> None:
    pipeline = pytest.importorskip("generator.pipeline", reason="the pipeline is not complete yet")
    analysis = pipeline.analyse(folder)
    assert analysis.errors == (), "\n".join(d.format() for d in analysis.errors)
    assert len(analysis.story.articles) == N
    assert sum(len(a.figures) for a in analysis.annotations.values()) > 0
    assert sum(len(a.mentions) for a in analysis.annotations.values()) > 0
