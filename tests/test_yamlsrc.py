from generator.yamlsrc import line_of, load_yaml


def test_lines_of_nested_keys_and_list_items():
    doc, problems = load_yaml("outlet: A\nnotes:\n  outlet: from the byline\nlist:\n  - x\n  - y\n", "m.yml")
    assert problems == ()
    assert doc is not None
    assert doc.lines == {"outlet": 1, "notes": 2, "notes.outlet": 3, "list": 4, "list.0": 5, "list.1": 6}
    assert line_of(doc, "notes.missing") == 2
    assert line_of(doc, "absent") == 1


def test_duplicate_keys_are_reported_with_their_line():
    doc, problems = load_yaml("published: 2023-01-01\nurl: null\npublished: 2023-01-02\n", "m.yml")
    assert doc is not None
    assert [(p.line, p.field) for p in problems] == [(3, "published")]
    assert "twice" in problems[0].message


def test_syntax_error_names_the_line():
    doc, problems = load_yaml("outlet: A\ntitle: [unclosed\nurl: x\n", "m.yml")
    assert doc is None
    assert problems[0].file == "m.yml" and problems[0].line >= 2
    assert "YAML" in problems[0].message


def test_a_list_is_not_a_mapping():
    doc, problems = load_yaml("- a\n- b\n", "m.yml")
    assert doc is None and problems[0].line == 1


def test_empty_file_is_an_empty_mapping():
    doc, problems = load_yaml("# only a comment\n", "m.yml")
    assert doc is not None and doc.data == {} and problems == ()


def test_an_alias_is_refused_with_its_line_before_anything_walks_the_expansion():
    # nine levels of nine aliases (the "billion laughs"): check ran for minutes and never answered
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    doc, problems = load_yaml("\n".join(lines + ["outlet: *i"]) + "\n", "m.yml")
    assert doc is None
    assert [(p.file, p.field) for p in problems] == [("m.yml", "yaml")]
    assert problems[0].line == 2 and "alias" in problems[0].message and "in full" in problems[0].fix


def test_an_alias_in_a_mapping_is_named_on_its_own_line():
    doc, problems = load_yaml("outlet: &o The Post\nbyline: Jane Doe\ntitle: *o\n", "m.yml")
    assert doc is None and [p.line for p in problems] == [3]
