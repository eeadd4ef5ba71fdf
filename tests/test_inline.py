from annotate_helpers import SEEDS, make_article

from generator.annotate import annotate
from generator.prepare import prepare_story
from generator.read import read_story
from generator.render.inline import Mark, build_tree, marks_by_paragraph, number_tips, tree_html


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
    marks = [Mark(1, 22, "quote", "q"), Mark(1, 6, "entity", "e"), Mark(12, 16, "figure", "f")]
    tree = build_tree(text, marks)
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


def test_each_tip_describes_its_mark_and_is_left_out_of_the_search_index():
    text = "12 terrorists, said Abbas."
    marks = [Mark(0, 13, "figure", "f"), Mark(3, 13, "term", "t"), Mark(20, 25, "entity", "e", "../e/")]
    html = tree_html(number_tips(build_tree(text, marks), "t1"))
    assert html == ('<span class="ann ann-figure" tabindex="0" aria-describedby="t1-1">12 '
                    '<span class="ann ann-term" tabindex="0" aria-describedby="t1-2">terrorists'
                    '<span class="ann-tip" role="tooltip" id="t1-2" data-pagefind-ignore>t</span></span>'
                    '<span class="ann-tip" role="tooltip" id="t1-1" data-pagefind-ignore>f</span></span>'
                    ', said '
                    '<a class="ann ann-entity" href="../e/" aria-describedby="t1-3">Abbas'
                    '<span class="ann-tip" role="tooltip" id="t1-3" data-pagefind-ignore>e</span></a>.')


def test_a_date_tooltip_is_as_precise_as_the_text():
    import datetime as dt

    from generator.model import Annotations, DateMention, Span
    text = "In 2015, in March 2016 and on 3 May 2017."
    spans = [(3, 7, "year", dt.date(2015, 1, 1)), (12, 22, "month", dt.date(2016, 3, 1)),
             (30, 40, "day", dt.date(2017, 5, 3))]
    dates = tuple(DateMention(Span("a", 0, start, end, text[start:end]), day, "how", False, precision)
                  for start, end, precision, day in spans)
    tips = [m.tip for m in marks_by_paragraph(Annotations(article="a", dates=dates), {}, {})[0]]
    assert tips == ["Date: 2015. how", "Date: March 2016. how", "Date: Wed 3 May 2017. how"]


def test_a_figure_tooltip_writes_the_number_out_as_the_text_gives_it():
    # it used the float's notation: "2.5 million" showed as 2.5e+06 and 1,234,567 as 1.23457e+06
    text = "About 2.5 million people were displaced and 1,234,567 people were killed; 0.00001 percent."
    notes = annotate(make_article([text]), prepare_story(read_story(SEEDS))[0].knowledge)
    tips = [m.tip for m in marks_by_paragraph(notes, {}, {})[0] if m.kind == "figure"]
    assert tips == ["Figure: about 2,500,000 displaced (people)", "Figure: 1,234,567 killed (people)",
                    "Figure: 0.00001 percent"]


def test_each_annotation_is_marked_in_its_own_paragraph_and_only_there():
    knowledge = prepare_story(read_story(SEEDS))[0].knowledge
    paragraphs = ["Mahmoud Abbas said 9 people died on Thursday.", "No names here.",
                  "The PA said on 26 January 2023 that \"coordination is over\", Abbas said."]
    notes = annotate(make_article(paragraphs), knowledge)
    found = [n.span for n in (*notes.quotes, *notes.figures, *notes.dates, *notes.mentions, *notes.terms)]
    marks = marks_by_paragraph(notes, {}, {})
    assert {index for index, _ in enumerate(paragraphs) if marks.get(index)} == {0, 2}
    for index, text in enumerate(paragraphs):
        expected = sorted((s.start, s.end) for s in found if s.paragraph == index)
        assert sorted((m.start, m.end) for m in marks.get(index, [])) == expected
        assert all(0 <= m.start < m.end <= len(text) for m in marks.get(index, []))
