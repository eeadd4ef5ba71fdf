import hashlib
import json
import os
import threading

import pytest

from generator.model import RenderedSite
from generator.write import MANIFEST, write_site


def site(**files):
    return RenderedSite({path.replace("__", "/"): data for path, data in files.items()})


def test_second_run_with_same_input_writes_nothing_and_keeps_mtimes(tmp_path):
    first = write_site(site(index_md=b"a", articles__x_md=b"b"), tmp_path)
    assert sorted(first.written) == ["articles/x_md", "index_md"]
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    second = write_site(site(index_md=b"a", articles__x_md=b"b"), tmp_path)
    assert second.written == () and second.unchanged == 2
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before


def test_only_changed_files_are_rewritten(tmp_path):
    write_site(site(a=b"1", b=b"2"), tmp_path)
    report = write_site(site(a=b"1", b=b"3"), tmp_path)
    assert report.written == ("b",)
    assert (tmp_path / "b").read_bytes() == b"3"


def test_refuses_to_overwrite_a_hand_written_file_and_writes_nothing(tmp_path):
    (tmp_path / "about.md").write_text("mine")
    report = write_site(site(**{"about.md": b"generated", "other.md": b"x"}), tmp_path)
    assert [r.file for r in report.refused] == [str(tmp_path / "about.md")]
    assert "did not write" in report.refused[0].message
    assert (tmp_path / "about.md").read_text() == "mine"
    assert not (tmp_path / "other.md").exists()


def test_refuses_to_overwrite_a_generated_file_edited_by_hand(tmp_path):
    write_site(site(a=b"1"), tmp_path)
    (tmp_path / "a").write_bytes(b"edited")
    report = write_site(site(a=b"2"), tmp_path)
    assert report.refused and "edited by hand" in report.refused[0].message
    assert (tmp_path / "a").read_bytes() == b"edited"


def test_stale_generated_files_are_deleted_but_hand_written_ones_stay(tmp_path):
    write_site(site(articles__old_md=b"1", keep=b"2"), tmp_path)
    (tmp_path / "notes.md").write_text("mine")
    report = write_site(site(keep=b"2"), tmp_path)
    assert report.deleted == ("articles/old_md",)
    assert not (tmp_path / "articles").exists()
    assert (tmp_path / "notes.md").read_text() == "mine"
    assert tmp_path.exists()


def test_manifest_lists_what_was_written(tmp_path):
    write_site(site(a=b"1"), tmp_path)
    manifest = json.loads((tmp_path / MANIFEST).read_text())
    assert list(manifest["files"]) == ["a"]


@pytest.mark.parametrize("garbage", ["not json", "[1, 2]"])
def test_a_broken_manifest_means_no_file_is_ours(tmp_path, garbage):
    (tmp_path / MANIFEST).write_text(garbage)
    (tmp_path / "a").write_bytes(b"mine")
    report = write_site(site(a=b"generated"), tmp_path)
    assert report.refused
    assert (tmp_path / "a").read_bytes() == b"mine"


def test_a_manifest_of_the_first_format_still_says_which_files_are_ours(tmp_path):
    (tmp_path / "a").write_bytes(b"old")
    (tmp_path / MANIFEST).write_text(json.dumps({"a": hashlib.sha256(b"old").hexdigest()}))
    report = write_site(site(a=b"new"), tmp_path)
    assert not report.refused and report.written == ("a",)
    assert list(json.loads((tmp_path / MANIFEST).read_text())["files"]) == ["a"]


@pytest.mark.parametrize("stop_after", [0, 1, 2])
def test_a_build_cut_short_while_writing_leaves_files_the_next_build_may_replace(tmp_path, monkeypatch,
                                                                                stop_after):
    """A full disk or Ctrl-C in the middle of writing: the next build, of other inputs, must not take the
    pages the cut-short build did write for pages edited by hand (and refuse to build)."""
    import generator.write as write

    write_site(site(a=b"1", b=b"1", c=b"1", old=b"1"), tmp_path)
    real_replace, done = write.os.replace, []

    def replace_then_fail(source, target):  # type: ignore[no-untyped-def]
        if len(done) == stop_after:
            raise OSError(28, "No space left on device")
        done.append(target)
        real_replace(source, target)

    monkeypatch.setattr(write.os, "replace", replace_then_fail)
    with pytest.raises(OSError):
        write_site(site(a=b"2", b=b"2", c=b"2"), tmp_path)
    assert not list(tmp_path.glob(".*.partial")), "the file being written when it failed is not left behind"
    monkeypatch.setattr(write.os, "replace", real_replace)
    report = write_site(site(a=b"3", b=b"3", c=b"3"), tmp_path)
    assert report.refused == ()
    assert {p: (tmp_path / p).read_bytes() for p in "abc"} == {"a": b"3", "b": b"3", "c": b"3"}
    assert report.deleted == ("old",) and not (tmp_path / "old").exists()


def test_a_folder_where_a_page_goes_is_refused_before_anything_is_written(tmp_path):
    write_site(site(a=b"1", b=b"1"), tmp_path)
    (tmp_path / "b").unlink()
    (tmp_path / "b").mkdir()
    report = write_site(site(a=b"2", b=b"2"), tmp_path)
    assert [(r.file, r.message) for r in report.refused] == [(str(tmp_path / "b"), "a folder is in the way")]
    assert (tmp_path / "a").read_bytes() == b"1" and (tmp_path / "b").is_dir()


def test_a_second_build_into_the_folder_waits_for_the_first(tmp_path):
    # `python -m generator build` beside `mkdocs serve`: each deleted files the other had just listed, and
    # one crashed on a file gone. Here the folder is held as a build holds it, and a write must wait.
    fcntl = pytest.importorskip("fcntl")
    write_site(site(a=b"1", b=b"2"), tmp_path)
    held = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)
    waiting = threading.Thread(target=write_site, args=(site(a=b"3"), tmp_path))
    try:
        waiting.start()
        waiting.join(timeout=1.0)
        assert waiting.is_alive(), "the second build wrote while the folder was held"
        assert (tmp_path / "a").read_bytes() == b"1" and (tmp_path / "b").exists()
    finally:
        os.close(held)
    waiting.join(timeout=10)
    assert not waiting.is_alive()
    assert (tmp_path / "a").read_bytes() == b"3" and not (tmp_path / "b").exists()
