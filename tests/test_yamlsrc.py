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
