"""A build of unchanged inputs into an untouched docs folder is skipped; any change to an input, to the
output or to the generator itself makes a real build, with the same diagnostics as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import read
from generator.pipeline import build
from generator.write import MANIFEST

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def story(tmp_path: Path) -> tuple[Path, Path]:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(SEEDS, seeds)
    return seeds, docs


def mtimes(folder: Path) -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in sorted(folder.rglob("*"))}


def first_seed(seeds: Path) -> Path:
    return sorted(seeds.glob("*.txt"))[0]


def test_a_second_build_of_the_same_inputs_is_skipped_and_touches_nothing(story: tuple[Path, Path]) -> None:
    seeds, docs = story
    first = build(seeds, docs)
    assert not first.skipped and first.report.written
    before = mtimes(docs)
    second = build(seeds, docs)
    assert second.skipped
    assert second.report.written == () and second.report.unchanged == len(first.report.written)
    assert second.articles == first.articles == 5
    assert second.diagnostics == first.diagnostics
    assert mtimes(docs) == before


def test_an_edited_seed_is_rebuilt_and_only_changed_pages_are_written(story: tuple[Path, Path]) -> None:
    seeds, docs = story
    build(seeds, docs)
    seed = first_seed(seeds)
    seed.write_bytes(seed.read_bytes() + b"\nA new closing paragraph, added by an editor.\n")
    result = build(seeds, docs)
    assert not result.skipped
    assert f"articles/{seed.stem}.md" in result.report.written
    assert 0 < len(result.report.written) < result.report.unchanged  # not the whole site


def test_a_new_file_in_the_story_folder_is_an_input(story: tuple[Path, Path]) -> None:
    seeds, docs = story
    build(seeds, docs)
    (seeds / "orphan.yml").write_text("title: no article beside me\n")
    result = build(seeds, docs)
    assert not result.skipped
    assert any(d.file.endswith("orphan.yml") for d in result.diagnostics)


def test_a_deleted_or_hand_edited_page_makes_a_real_build(story: tuple[Path, Path]) -> None:
    seeds, docs = story
    build(seeds, docs)
    page = docs / "articles" / f"{first_seed(seeds).stem}.md"
    page.unlink()
    restored = build(seeds, docs)
    assert not restored.skipped and restored.report.written == (f"articles/{page.name}",)
    page.write_text(page.read_text() + "\nmy edit\n")
    edited = build(seeds, docs)
    assert not edited.skipped and edited.errors  # refused: the hand edit is kept, and said so
    assert page.read_text().endswith("my edit\n")


def test_a_change_in_the_generator_makes_a_real_build(story: tuple[Path, Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, docs = story
    build(seeds, docs)
    monkeypatch.setattr(read, "_code_versions", ["another version of the generator"])
    assert not build(seeds, docs).skipped


def test_errors_are_reported_again_by_a_skipped_build(story: tuple[Path, Path]) -> None:
    seeds, docs = story
    meta = first_seed(seeds).with_suffix(".yml")
    meta.write_text(meta.read_text() + "\nunknown_field: 1\n")
    first = build(seeds, docs)
    assert first.errors
    second = build(seeds, docs)
    assert second.skipped and second.errors == first.errors


def test_a_broken_manifest_means_a_real_build(story: tuple[Path, Path]) -> None:
    seeds, docs = story
    build(seeds, docs)
    (docs / MANIFEST).write_text('{"files": {}, "build": {"input_key": 1}}')
    result = build(seeds, docs)
    assert not result.skipped


def test_a_story_folder_that_does_not_exist_leaves_the_docs_folder_alone(story: tuple[Path, Path]) -> None:
    seeds, docs = story
    build(seeds, docs)
    before = {path: path.read_bytes() for path in sorted(docs.rglob("*")) if path.is_file()}
    result = build(seeds.parent / "mistyped", docs)
    assert [d.field for d in result.errors] == ["SEEDS_DIR"]
    assert result.report.written == () and result.report.deleted == ()
    assert {path: path.read_bytes() for path in sorted(docs.rglob("*")) if path.is_file()} == before
