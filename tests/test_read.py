from generator.read import decode_utf8, read_story


def test_invalid_utf8_names_the_byte_offset_and_line():
    text, problem = decode_utf8(b"line one\nab\xffcd\n", "seeds/x.txt")
    assert text is None
    assert problem is not None
    assert problem.line == 2 and "byte offset 11" in problem.message
    assert problem.format().startswith("seeds/x.txt:2: encoding: ")


def test_bom_is_accepted():
    text, problem = decode_utf8("\ufeffHello".encode("utf-8"), "x")
    assert text == "Hello" and problem is None


def test_reads_seeds_with_metadata_and_notes(tmp_path):
    (tmp_path / "b-article.txt").write_bytes(b"Headline\n\nBody.\n")
    (tmp_path / "b-article.yml").write_text("outlet: B\n")
    (tmp_path / "b-article.note.md").write_text("See ¶1.")
    (tmp_path / "a-article.txt").write_bytes(b"Other\n")
    story = read_story(tmp_path)
    assert [s.slug for s in story.seeds] == ["a-article", "b-article"]
    b = story.seeds[1]
    assert b.raw == b"Headline\n\nBody.\n" and b.meta is not None and b.meta.data == {"outlet": "B"}
    assert b.note == "See ¶1."
    assert story.seeds[0].meta is None


def test_unsafe_file_names_are_reported_not_read(tmp_path):
    (tmp_path / "Has Spaces.txt").write_text("x")
    (tmp_path / "ünïcode.txt").write_text("x")
    story = read_story(tmp_path)
    assert story.seeds == ()
    assert sorted(d.field for d in story.diagnostics) == ["file name", "file name"]
    assert all("rename" in d.fix for d in story.diagnostics)


def test_an_article_named_like_a_page_of_the_article_list_is_refused(tmp_path):
    # articles/index.md and articles/page-2.md list the articles: an article of that name wrote its page
    # over the list, and the list's links led to it
    for name in ("index", "page-2", "page-12", "index-of-prices", "page-two"):
        (tmp_path / f"{name}.txt").write_text("Headline\n\nBody.\n")
    story = read_story(tmp_path)
    assert [s.slug for s in story.seeds] == ["index-of-prices", "page-two"]
    refused = sorted((d.file.rsplit("/", 1)[-1], d.field) for d in story.diagnostics)
    assert refused == [("index.txt", "file name"), ("page-12.txt", "file name"), ("page-2.txt", "file name")]
    assert all("rename" in d.fix for d in story.diagnostics)


def test_metadata_without_article_is_reported(tmp_path):
    (tmp_path / "orphan.yml").write_text("outlet: X\n")
    (tmp_path / "story.yml").write_text("title: T\nsummary: S\n")
    story = read_story(tmp_path)
    assert [d.file.endswith("orphan.yml") for d in story.diagnostics] == [True]


def test_missing_folder_is_a_diagnostic(tmp_path):
    story = read_story(tmp_path / "nope")
    assert story.diagnostics and "SEEDS_DIR" in story.diagnostics[0].fix


def test_a_file_saved_as_utf16_is_named_so():
    text, problem = decode_utf8("Headline\n".encode("utf-16"), "seeds/x.txt")
    assert text is None and problem is not None
    assert problem.format().startswith("seeds/x.txt:1: encoding: saved as UTF-16")


def test_links_are_reported_and_never_followed(tmp_path):
    """A link committed in the story folder would publish what it points to (the build machine's files)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("outlet: SECRET\ntitle: SECRET\n")
    story_dir = tmp_path / "story"
    story_dir.mkdir()
    (story_dir / "real.txt").write_text("Headline\n\nBody.\n")
    links = ["linked.txt", "real.yml", "real.note.md", "overview.md", "knowledge.yml", "story.yml"]
    for name in links:
        (story_dir / name).symlink_to(secret)
    story = read_story(story_dir)
    assert [s.slug for s in story.seeds] == ["real"]
    real = story.seeds[0]
    assert (real.meta, real.note, story.overview, story.knowledge, story.story) == (None,) * 5
    reported = sorted(d.file.rsplit("/", 1)[-1] for d in story.diagnostics)
    assert reported == sorted(links)
    assert all(d.field == "file" and "plain copy" in d.fix for d in story.diagnostics)


def test_a_file_the_story_does_not_read_is_named_with_the_name_it_may_have_meant(tmp_path):
    # an article saved as .TXT or metadata as .yaml was left out of the site without a word
    (tmp_path / "good.txt").write_text("Headline\n\nBody.\n")
    (tmp_path / "overview.md").write_text("The story.")
    (tmp_path / "good.note.md").write_text("A note.")
    (tmp_path / "images").mkdir()
    for name in ("upper.TXT", "good.yaml", "draft.md", "scan.pdf"):
        (tmp_path / name).write_text("x")
    story = read_story(tmp_path)
    stray = {d.file.rsplit("/", 1)[-1]: d for d in story.diagnostics}
    assert sorted(stray) == ["draft.md", "good.yaml", "scan.pdf", "upper.TXT"]
    assert all(d.severity == "warning" and d.field == "file name" for d in stray.values())
    assert "`upper.txt`" in stray["upper.TXT"].fix and "`good.yml`" in stray["good.yaml"].fix
    assert "`draft.txt`" in stray["draft.md"].fix and "move it out" in stray["scan.pdf"].fix
    assert [s.slug for s in story.seeds] == ["good"]
