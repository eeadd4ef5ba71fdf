"""A build keeps each article's annotations beside the docs folder, so that the next build annotates only
the articles whose inputs changed; the cache never changes what is built, and a damaged cache is ignored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from annotate_helpers import make_article

import generator.pipeline as pipeline
from generator.model import Story
from generator.pipeline import ANNOTATION_CACHE, build
from generator.prepare import prepare_story
from generator.read import read_story

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def story(tmp_path: Path) -> tuple[Path, Path]:
    seeds, docs = tmp_path / "seeds", tmp_path / "project" / "docs"
    shutil.copytree(SEEDS, seeds)
    return seeds, docs


@pytest.fixture
def annotated(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles the pipeline annotates (five articles: under the size that forks workers)."""
    calls: list[str] = []
    real = pipeline.annotate

    def counting(article, kb):  # type: ignore[no-untyped-def]
        calls.append(article.id)
        return real(article, kb)

    monkeypatch.setattr(pipeline, "annotate", counting)
    return calls


def files(docs: Path) -> dict[str, bytes]:
    return {str(p.relative_to(docs)): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def edit(seed: Path) -> None:
    seed.write_bytes(seed.read_bytes() + b"\nA closing paragraph added by an editor, who quoted nobody.\n")


def test_after_an_edit_only_the_edited_article_is_annotated_again(story, annotated) -> None:
    seeds, docs = story
    build(seeds, docs)
    assert len(annotated) == 5 and (docs.parent / ANNOTATION_CACHE).is_file()
    seed = sorted(seeds.glob("*.txt"))[2]
    edit(seed)
    annotated.clear()
    build(seeds, docs)
    assert annotated == [seed.stem]


def test_the_cache_changes_nothing_in_the_site(story, tmp_path) -> None:
    seeds, docs = story
    build(seeds, docs)
    edit(sorted(seeds.glob("*.txt"))[0])
    build(seeds, docs)  # three articles of four from the cache
    fresh = tmp_path / "fresh" / "docs"
    build(seeds, fresh)  # no cache beside this one
    assert files(docs) == files(fresh)


def test_an_edit_to_the_knowledge_base_annotates_every_article_again(story, annotated) -> None:
    seeds, docs = story
    build(seeds, docs)
    knowledge = seeds / "knowledge.yml"
    text = knowledge.read_text(encoding="utf-8")
    knowledge.write_text(text + "\n# A comment changes no annotation.\n", encoding="utf-8")
    annotated.clear()
    build(seeds, docs)
    assert annotated == []
    person = "  - id: nadia-example\n    name: Nadia Example\n    type: person\n    description: Nobody.\n"
    knowledge.write_text(text.replace("\nentities:\n", "\nentities:\n" + person, 1), encoding="utf-8")
    annotated.clear()
    result = build(seeds, docs)
    assert not result.errors, [d.format() for d in result.errors]
    assert sorted(annotated) == sorted(p.stem for p in seeds.glob("*.txt"))


DAMAGE = [b"", b"not a cache at all", b"generator annotation cache 1\nwrong-version\n", "truncated"]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_cache_is_ignored(story, annotated, damage) -> None:
    seeds, docs = story
    build(seeds, docs)
    cache = docs.parent / ANNOTATION_CACHE
    cache.write_bytes(cache.read_bytes()[:200] if damage == "truncated" else damage)
    edit(sorted(seeds.glob("*.txt"))[0])  # so that the build is not skipped
    annotated.clear()
    result = build(seeds, docs)
    assert not result.errors
    assert len(annotated) == 5
    assert pipeline.read_annotation_cache(cache)  # a good cache again


def test_a_cache_that_cannot_be_written_does_not_fail_the_build(story) -> None:
    seeds, docs = story
    (docs.parent / ANNOTATION_CACHE).parent.parent.mkdir(parents=True)
    (docs.parent / ANNOTATION_CACHE).parent.write_text("a file where the cache folder would be")
    result = build(seeds, docs)
    assert not result.errors and result.report.written


def test_equal_articles_have_equal_keys_whichever_strings_are_the_same_object() -> None:
    """An article prepared in a worker, or by a process whose caches are warm (a rebuild under `mkdocs
    serve`), holds equal strings as other objects than one prepared afresh here: its key must not change."""
    line = "The same sentence, twice."
    shared = make_article([line, line])
    separate = make_article([line, "".join([line[:3], line[3:]])])
    assert separate.text.paragraphs[1].text is not line and separate == shared
    changed = make_article([line, line + " Changed."])
    knowledge = prepare_story(read_story(SEEDS))[0].knowledge
    keys = [pipeline.annotation_keys(Story("T", "S", None, knowledge, (article,)))
            for article in (shared, separate, changed)]
    assert keys[0] == keys[1] != keys[2]
