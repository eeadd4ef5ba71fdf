import datetime as dt

import pytest

from generator.metadata import build_meta, parse_header, validate_yaml
from generator.model import CleanText, HeaderLine, SeedFile
from generator.yamlsrc import load_yaml


def seed_with(yaml_text: str | None) -> SeedFile:
    doc = load_yaml(yaml_text, "seeds/a.yml")[0] if yaml_text is not None else None
    return SeedFile("a", "seeds/a.txt", "a.txt", b"", doc, "seeds/a.yml", None, "seeds/a.note.md")


def header(*lines: tuple[str, str]) -> CleanText:
    return CleanText((), (), tuple(HeaderLine(text, n, role) for n, (role, text) in enumerate(lines, 1)))


def test_the_text_gives_title_byline_outlet_and_date():
    parsed = parse_header(header(("dateline", "date 2024-03-02"), ("headline", "Floods in the north"),
                                 ("dek", "Rivers burst their banks"),
                                 ("byline", "By Ana Lima, Example Wire")))
    assert parsed == {"published": dt.date(2024, 3, 2), "title": "Floods in the north",
                      "dek": "Rivers burst their banks", "byline": "Ana Lima", "outlet": "Example Wire"}


def test_staff_byline_names_the_outlet_not_a_person():
    assert parse_header(header(("byline", "By Harbour Gazette Staff"))) == {"outlet": "Harbour Gazette"}


def test_yaml_overrides_what_was_parsed_and_notes_are_kept():
    seed = seed_with("outlet: Real Outlet\ntitle: Better title\npublished: 2024-03-03\n"
                     "notes:\n  published: from the wire's timestamp\n")
    given, problems = validate_yaml(seed.meta, seed)
    assert problems == ()
    meta, problems = build_meta(seed, given, header(("headline", "Parsed title"), ("dateline", "2024-03-02"),
                                                    ("byline", "By Someone, Parsed Outlet")))
    assert problems == () and meta is not None
    assert (meta.title, meta.outlet, meta.published, meta.byline) == (
        "Better title", "Real Outlet", dt.date(2024, 3, 3), "Someone")
    assert meta.notes == {"published": "from the wire's timestamp"}
    assert meta.parsed == ("byline",)


@pytest.mark.parametrize("yaml_text, line, field, words", [
    ("outlet: A\npublished: 2023-02-30\n", 2, "published", "not a date"),
    ("outlet: A\npublished: yesterday\n", 2, "published", "not a date"),
    ("outlet: A\npublished: 2023-01-01\nauthor: X\n", 3, "author", "unknown field"),
    ("outlet: 42\npublished: 2023-01-01\n", 1, "outlet", "must be text"),
    ("outlet: A\npublished: 2023-01-01\nurl: ftp://x\n", 3, "url", "not a web address"),
    ("outlet: '  '\npublished: 2023-01-01\nbyline: ''\n", 1, "outlet", "must not be empty"),
    ("outlet: A\npublished: 2023-01-01\nurl: https://x.org/a b\n", 3, "url", "not a web address"),
    ("outlet: A\npublished: 2023-01-01\nurl: 'https://x.org/a\"b'\n", 3, "url", "not a web address"),
    ("outlet: A\npublished: 2023-01-01\nlanguage: English\n", 3, "language", "not a language code"),
    ("outlet: A\npublished: 2023-01-01\nnotes:\n  colour: red\n", 4, "notes.colour", "must name a metadata"),
])
def test_every_bad_field_names_its_line_and_a_fix(yaml_text, line, field, words):
    seed = seed_with(yaml_text)
    _, problems = validate_yaml(seed.meta, seed)
    assert [(p.line, p.field) for p in problems] == [(line, field)]
    assert words in problems[0].message and problems[0].fix


def test_all_problems_are_reported_not_just_the_first():
    seed = seed_with("outlet: 1\npublished: nope\nwhat: x\n")
    _, problems = validate_yaml(seed.meta, seed)
    assert [p.line for p in problems] == [1, 2, 3]


def test_missing_required_fields_point_at_the_metadata_file():
    seed = seed_with("url: null\n")
    given, _ = validate_yaml(seed.meta, seed)
    meta, problems = build_meta(seed, given, header(("headline", "T")))
    assert meta is None
    assert sorted(p.field for p in problems) == ["outlet", "published"]
    assert all(p.file == "seeds/a.yml" for p in problems)


def test_without_a_metadata_file_the_text_alone_can_suffice():
    seed = seed_with(None)
    given, _ = validate_yaml(seed.meta, seed)
    meta, problems = build_meta(seed, given, header(("dateline", "2024-01-05"), ("headline", "T"),
                                                    ("byline", "By Wire Staff")))
    assert problems == () and meta is not None and meta.outlet == "Wire"


def test_a_field_written_wrong_is_reported_once_not_also_as_missing():
    seed = seed_with("outlet: 42\npublished: 2023-02-30\n")
    given, problems = validate_yaml(seed.meta, seed)
    meta, missing = build_meta(seed, given, header(("headline", "T")))
    assert meta is None and missing == ()
    assert [(p.line, p.field, p.message.split(":")[0]) for p in problems] == [
        (1, "outlet", "must be text, not int"), (2, "published", "not a date")]
