from generator.render.inline import Mark, build_tree, number_tips


def flatten(node, depth=0):
    out = []
    for child in node.children:
        if child.mark is None:
            out.append((depth, child.text))
        else:
            out.append((depth, f"<{child.mark.kind}>"))
            out.extend(flatten(child, depth + 1))
    return out


def test_nested_marks_keep_all_text_in_order():
    text = '"Abbas said nine died," he said.'
    tree = build_tree(text, [Mark(1, 22, "quote", "q"), Mark(1, 6, "entity", "e"), Mark(12, 16, "figure", "f")])
    assert flatten(tree) == [(0, '"'), (0, "<quote>"), (1, "<entity>"), (2, "Abbas"), (1, " said "),
                             (1, "<figure>"), (2, "nine"), (1, " died,"), (0, '" he said.')]


def test_crossing_marks_are_dropped_and_text_is_kept():
    text = "abcdefghij"
    tree = build_tree(text, [Mark(0, 5, "quote", ""), Mark(3, 8, "entity", "")])
    texts = "".join(t for _, t in flatten(tree) if not t.startswith("<"))
    assert texts == text
    assert sum(1 for _, t in flatten(tree) if t.startswith("<")) == 1


def test_tip_ids_are_unique():
    tree = number_tips(build_tree("ab cd", [Mark(0, 2, "date", ""), Mark(3, 5, "date", "")]), "t1")
    assert [c.tip_id for c in tree.children if c.mark] == ["t1-1", "t1-2"]
