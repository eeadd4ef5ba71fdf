"""Broken story folders: every problem is reported with its file and line, and the good articles still
build."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.pipeline import analyse, build

GOOD = "Storm closes harbour\n\nThe harbour closed on Monday, officials said.\n\nShips waited offshore.\n"


def story(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "story.yml").write_text("title: Test story\nsummary: A test.\n")
    (folder / "good.txt").write_text(GOOD)
    (folder / "good.yml").write_text("outlet: Good Outlet\npublished: 2024-01-01\n")
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return folder


@pytest.mark.parametrize("files, where, field", [
    ({"bad.txt": GOOD, "bad.yml": "outlet: X\npublished: [2024\n"}, "bad.yml", "yaml"),
    ({"bad.txt": GOOD, "bad.yml": "outlet: [1, 2]\npublished: 2024-01-01\n"}, "bad.yml:1", "outlet"),
    ({"bad.txt": GOOD, "bad.yml": "outlet: X\npublished: 2024-01-01\nauthor: Y\n"}, "bad.yml:3", "author"),
    ({"bad.txt": GOOD, "bad.yml": "outlet: X\noutlet: Y\npublished: 2024-01-01\n"}, "bad.yml:2", "outlet"),
    ({"bad.txt": GOOD, "bad.yml": "outlet: X\npublished: 2024-02-30\n"}, "bad.yml:2", "published"),
    ({"bad.txt": GOOD}, "bad.yml", "outlet"),
    ({"bad.txt": ""}, "bad.txt", "text"),
    ({"bad.txt": b"Caf\xe9 au lait\n"}, "bad.txt:1", "encoding"),
    ({"Bad Name.txt": GOOD}, "Bad Name.txt", "file name"),
    ({"b..d.txt": GOOD}, "b..d.txt", "file name"),
    ({"caf\u00e9.txt": GOOD}, "caf\u00e9.txt", "file name"),
    ({"orphan.yml": "outlet: X\n"}, "orphan.yml", "file name"),
    ({"bad.txt": GOOD, "bad.yml": "outlet: ''\npublished: 2024-01-01\n"}, "bad.yml:1", "outlet"),
])
def test_each_problem_names_file_line_and_field_and_the_rest_builds(tmp_path, files, where, field):
    analysis = analyse(story(tmp_path / "seeds", files))
    errors = [d for d in analysis.diagnostics if d.severity == "error"]
    assert any(where in d.format() and d.field == field for d in errors), [d.format() for d in errors]
    assert all(d.fix for d in errors)
    assert [a.id for a in analysis.story.articles] == ["good"]


def test_check_prints_every_error_and_exits_non_zero(tmp_path, capsys):
    seeds = story(tmp_path / "seeds", {"a.txt": GOOD, "a.yml": "outlet: 1\npublished: soon\n", "b.txt": GOOD,
                                       "b.yml": "outlet: B\npublished: 2024-13-01\nextra: x\n"})
    assert main(["--seeds", str(seeds), "check"]) == 1
    err = capsys.readouterr().err
    assert "a.yml:1: outlet:" in err and "a.yml:2: published:" in err
    assert "b.yml:2: published:" in err and "b.yml:3: extra:" in err
    assert all(" — " in line for line in err.splitlines() if line.strip())


def test_check_exits_zero_when_there_are_only_warnings(tmp_path, capsys):
    seeds = story(tmp_path / "seeds", {})
    (seeds / "story.yml").unlink()
    assert main(["--seeds", str(seeds), "check"]) == 0
    assert "warning: " in capsys.readouterr().err


def test_a_large_article_builds(tmp_path):
    paragraph = "The committee met again on Tuesday and said 12 people were hurt, officials said. " * 8
    big = "Long report\n\n" + "\n\n".join([paragraph] * 8000)
    assert len(big.encode()) > 5_000_000
    seeds = story(tmp_path / "seeds", {"big.txt": big, "big.yml": "outlet: Big\npublished: 2024-01-02\n"})
    result = build(seeds, tmp_path / "docs")
    assert result.errors == ()
    assert (tmp_path / "docs" / "articles" / "big.md").stat().st_size > 5_000_000


def test_a_broken_seed_never_loses_or_changes_a_file(tmp_path):
    seeds = story(tmp_path / "seeds", {"bad.txt": b"\xff\xfe broken", "bad.yml": "outlet: [\n"})
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    build(seeds, tmp_path / "docs")
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before


def test_an_article_with_only_a_headline_builds_with_a_warning(tmp_path):
    analysis = analyse(story(tmp_path / "seeds", {"short.txt": "Storm closes harbour\n",
                                                  "short.yml": "outlet: X\npublished: 2024-01-02\n"}))
    assert sorted(a.id for a in analysis.story.articles) == ["good", "short"]
    warned = [d for d in analysis.diagnostics if d.file.endswith("short.txt")]
    assert [(d.severity, d.field, d.message) for d in warned] == [
        ("warning", "text", "the article has no paragraph, only a header")]


def test_check_warns_of_an_article_added_twice(tmp_path, capsys):
    # the same file under two names counted each of its claims twice, as two outlets agreeing
    meta = "outlet: Good Outlet\npublished: 2024-01-01\n"
    seeds = story(tmp_path / "seeds", {"again.txt": GOOD, "again.yml": meta,
                                       "other.txt": GOOD + "\nOne more line.\n", "other.yml": meta})
    assert main(["--seeds", str(seeds), "check"]) == 0
    same = [line for line in capsys.readouterr().err.splitlines() if "byte for byte" in line]
    assert len(same) == 1 and "good.txt:0: text:" in same[0] and "same as again.txt" in same[0]


def test_check_warns_of_a_weekday_the_date_does_not_fall_on(tmp_path, capsys):
    # 'Monday, 11 March 2025' was a Tuesday: the article's slip, which the editors may note; a right one is
    # no warning
    text = ("Court rules on notes\n\nThe judgment delivered on Monday, 11 March 2025 was final.\n\n"
            "The appeal came on Tuesday, 18 March 2025.\n")
    seeds = story(tmp_path / "seeds", {"slip.txt": text, "slip.yml": "outlet: Slip\npublished: 2025-03-19\n"})
    assert main(["--seeds", str(seeds), "check"]) == 0
    weekdays = [line for line in capsys.readouterr().err.splitlines() if "was a" in line]
    assert weekdays == [
        f"warning: {seeds}/slip.txt:3: date: “Monday, 11 March 2025” (¶1): 11 March 2025 was a Tuesday, "
        "not a Monday — check the text against the outlet's page; if the article has it wrong, say so in an "
        "editorial note"]
