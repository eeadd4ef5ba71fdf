"""The cleaning stage: what a story keeps, what goes and why, on texts from several kinds of outlet.

- `fixtures/clean/*.txt` + `.yml`: texts written for these tests (not the seeds), each with the header,
  the kept paragraphs and the reason for every removed line;
- `fixtures/clean/seeds/*.yml`: the five seeds, checked by reading them: the story sentences that must
  be kept (in order), the boilerplate that must not be;
- normalisation: a BOM, CRLF or CR line ends, tabs, non-breaking spaces, curly or straight quotes give
  the same cleaned text;
- properties (hypothesis): clean never fails, and every non-blank line is accounted for.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import cleangallery as gallery
from generator.clean import CITATION_MARKERS, FOOTNOTE_MARKS, STAGE_DIRECTIONS, clean, normalise
from generator.cleanrules import line_reason
from generator.cleanshapes import caption_shaped
from generator.model import CleanText, Paragraph

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "clean"
CASES = sorted(FIXTURES.glob("*.txt"))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def shown(cleaned: CleanText) -> dict[str, list[dict[str, object]]]:
    """The cleaned text in the fixtures' YAML shape."""
    return {
        "header": [{"line": h.line, "role": h.role, "text": h.text} for h in cleaned.header],
        "paragraphs": [{"line": p.line, "text": p.text, **({"lead": True} if p.lead else {})}
                       for p in cleaned.paragraphs],
        "removed": [{"line": r.line, "reason": r.reason} for r in cleaned.removed],
    }


def assert_accounted(text: str, cleaned: CleanText) -> None:
    """Every non-blank line is a header line, a removed line, or inside the paragraph it belongs to."""
    text = normalise(text)
    for marks in (CITATION_MARKERS, STAGE_DIRECTIONS, FOOTNOTE_MARKS):  # what cleaning cuts from a line
        text = marks.sub("", text)
    lines = text.split("\n")
    removed = {r.line: r for r in cleaned.removed}
    header = {h.line for h in cleaned.header}
    # The dek is both: a header line, and the lead paragraph the analysis reads.
    leads = [p for p in cleaned.paragraphs if p.lead]
    assert leads == list(cleaned.paragraphs[:len(leads)][:1]), "a lead paragraph that is not the first"
    assert all(any(h.role == "dek" and (h.line, h.text) == (p.line, p.text) for h in cleaned.header)
               for p in leads), "a lead paragraph that is not the dek"
    starts = [p.line for p in cleaned.paragraphs if not p.lead]
    assert starts == sorted(set(starts)), "paragraphs out of order or starting on the same line"
    assert len(removed) == len(cleaned.removed), "a line removed twice"
    assert not removed.keys() & header and not removed.keys() & set(starts) and not header & set(starts)
    for number, line in enumerate(lines, start=1):
        squashed = " ".join(line.split())
        core = re.sub(r"^[\W_]+", "", squashed) or squashed
        if not squashed:
            assert number not in removed.keys() | header | set(starts), f"blank line {number} used"
        elif number in removed:
            assert removed[number].text == squashed and removed[number].reason
        elif number in header:
            # A headline or a dek set on two lines is one header line (the second listed as removed): it
            # starts with this line's text (after a bullet, if any).
            assert all(h.text and (h.text in squashed or any(h.text.startswith(squashed[k:])
                                                             for k in range(len(squashed) - len(core) + 1)))
                       for h in cleaned.header if h.line == number)
        else:
            # The line continues the last paragraph that started at or before it.
            index = bisect_right(starts, number) - 1
            assert index >= 0, f"line {number} is nowhere: {squashed!r}"
            text = cleaned.paragraphs[index + len(leads)].text
            # A hyphen at the line's end that split a word is gone from the paragraph ('yester-' 'day').
            found = core in text or core.endswith("-") and core[:-1] in text
            assert found, f"line {number} lost: {squashed!r}"


# --- fixture texts ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fixture_text_is_cleaned_as_expected(case: Path) -> None:
    expected = load(case.with_suffix(".yml"))
    text = case.read_text(encoding="utf-8")
    cleaned = clean(text, expected.get("known_header", {}))
    got = shown(cleaned)
    for key in ("header", "paragraphs", "removed"):
        assert got[key] == expected.get(key, []), key
    assert_accounted(text, cleaned)


def test_there_are_enough_fixture_texts() -> None:
    assert len(CASES) >= 6
    assert all(c.with_suffix(".yml").exists() for c in CASES)


# --- the seeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem.split("-")[0] for s in SEEDS])
def test_seed_keeps_the_story_and_removes_the_rest(seed: Path) -> None:
    expected = load(FIXTURES / "seeds" / f"{seed.stem}.yml")
    text = seed.read_bytes().decode("utf-8")
    cleaned = clean(text)
    got = shown(cleaned)
    assert got["header"] == expected["header"]
    assert got["removed"] == (expected["removed"] or [])
    assert [p.line for p in cleaned.paragraphs] == expected["paragraph_lines"]
    body = " ".join(p.text for p in cleaned.paragraphs)
    position = 0
    for sentence in expected["sentences"]:
        found = body.find(sentence, position)
        assert found >= 0, f"missing or out of order: {sentence!r}"
        position = found + len(sentence)
    for boilerplate in expected["absent"]:
        assert all(boilerplate not in p.text for p in cleaned.paragraphs), boilerplate
    assert_accounted(text, cleaned)


def test_every_seed_has_its_expectations() -> None:
    assert SEEDS and all((FIXTURES / "seeds" / f"{s.stem}.yml").exists() for s in SEEDS)


# --- normalisation ------------------------------------------------------------------------------

CURLY_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def smarten(text: str) -> str:
    """Typographic quotes as a word processor would put them (opening after a space, else closing)."""
    text = re.sub(r'(^|[\s(\[—–-])"', "\\1“", text, flags=re.MULTILINE).replace('"', "”")
    return re.sub(r"(^|[\s(\[—–-])'", "\\1‘", text, flags=re.MULTILINE).replace("'", "’")


ALL_IDS = [p.stem.split("-")[0] for p in SEEDS] + [c.stem for c in CASES]
VARIANTS = {
    "bom": lambda t: "\ufeff" + t,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "tabs": lambda t: t.replace(" ", "\t"),
    "nbsp": lambda t: t.replace(" ", "\u00a0"),
    "mixed spaces": lambda t: t.replace(" ", " \u202f\u2009"),
    "straight quotes": lambda t: t.translate(CURLY_TO_STRAIGHT),
    "curly quotes": lambda t: smarten(t.translate(CURLY_TO_STRAIGHT)),
    "zero-width": lambda t: t.replace(" ", " \u200b"),
    "all at once": lambda t: "\ufeff" + smarten(t).replace(" ", "\t\u00a0").replace("\n", "\r\n"),
}


@pytest.mark.parametrize("variant", VARIANTS, ids=list(VARIANTS))
@pytest.mark.parametrize("path", SEEDS + CASES, ids=ALL_IDS)
def test_encoding_details_do_not_change_the_cleaned_text(path: Path, variant: str) -> None:
    text = path.read_text(encoding="utf-8")
    known = load(path.with_suffix(".yml")).get("known_header", {}) if path in CASES else {}
    assert without_shown(clean(VARIANTS[variant](text), known)) == without_shown(clean(text, known))


def without_shown(cleaned: CleanText) -> CleanText:
    """The cleaned text the analysis reads: the paragraphs' `shown` (quotes as typed) left out."""
    paragraphs = tuple(Paragraph(p.text, p.line) for p in cleaned.paragraphs)
    return dataclasses.replace(cleaned, paragraphs=paragraphs)


BODY = ("Officials met for three hours in the capital on Monday and agreed on nothing at all.\n\n"
        "The talks will resume next week, according to a statement issued after the meeting.\n\n")


def test_the_page_text_keeps_the_quotation_marks_as_typed() -> None:
    curly = "The minister said: \u201cWe will not return,\u201d adding that it\u2019s final."
    mixed = 'A second paragraph with "straight" quotes and \u2018single\u2019 ones.'
    paragraphs = clean(BODY + curly + "\n\n" + mixed + "\n").paragraphs
    talks, first, second = paragraphs[-3:]
    assert talks.text.startswith("The talks") and talks.shown is None  # no quotation mark: kept once
    assert first.text == "The minister said: \"We will not return,\" adding that it's final."
    assert first.shown == curly
    assert second.text == "A second paragraph with \"straight\" quotes and 'single' ones."
    assert second.shown == mixed


def test_shown_text_follows_bullets_joins_and_spaces_like_the_text() -> None:
    typed = BODY + ("\u2022 \u201cA quoted bullet\u2019s  text\u201d\n\ncontinued on a line of its own, "
                    "\u201cwith a quote\nbroken over lines\u201d and a hyphen-\nated word.\n")
    paragraphs = clean(typed).paragraphs
    # The bullet stripped, the lines joined (one starts lower-case), the double space made one:
    assert paragraphs[-1].shown == ("\u201cA quoted bullet\u2019s text\u201d continued on a line of its own, "
                                    "\u201cwith a quote broken over lines\u201d and a hyphen-ated word.")
    for paragraph in paragraphs:
        shown = paragraph.shown or paragraph.text
        assert len(shown) == len(paragraph.text)
        assert shown.translate(CURLY_TO_STRAIGHT) == paragraph.text


def test_normalise_makes_one_spelling_of_the_same_text() -> None:
    assert normalise("\ufeffA\tb\u00a0c\r\nd\re\u2003f") == "A  b c\nd\ne f"  # a tab marks a cell
    assert normalise("“Yes,” she said. ‘No’, it’s") == "\"Yes,\" she said. 'No', it's"
    assert normalise("Cafe\u0301 co\u00adop\u200b") == "Café coop"
    assert normalise("a\u2028b\x00c\x85d") == "a b c d"


def test_normalise_keeps_every_line_so_line_numbers_stay_those_of_the_file() -> None:
    assert normalise("a\r\n\r\nb\rc\n").split("\n") == ["a", "", "b", "c", ""]


def test_whitespace_inside_a_paragraph_collapses() -> None:
    cleaned = clean("Title\n\n  The   council\t met\u00a0on  Monday, officials said.  \n")
    assert [p.text for p in cleaned.paragraphs] == ["The council met on Monday, officials said."]


# --- behaviour on small texts ---------------------------------------------------------------------


def paragraphs(text: str, known: dict[str, str] | None = None) -> list[str]:
    return [p.text for p in clean(text, known).paragraphs]


def reasons(text: str) -> dict[int, str]:
    return {r.line: r.reason for r in clean(text).removed}


def test_empty_and_blank_texts_clean_to_nothing() -> None:
    for text in ("", "\n\n", " \t\r\n\u00a0\ufeff"):
        assert clean(text) == CleanText((), (), ())


def test_a_subheading_without_punctuation_is_kept() -> None:
    text = ("Port strike ends\n\nDockers returned to work on Monday, the union said.\n\nWhat comes next\n\n"
            "Talks on pay resume in March, both sides said.\n")
    assert paragraphs(text)[1] == "What comes next"


def test_a_story_line_above_a_credit_stays_when_it_reports_speech() -> None:
    text = ("Title\n\nThe bridge closed in May.\n\n"
            "The mayor said the bridge would reopen on Friday.\nGetty Images\n\nMore later, she said.\n")
    assert paragraphs(text)[1] == "The mayor said the bridge would reopen on Friday."
    assert reasons(text) == {6: "photo credit"}


def test_a_caption_with_a_full_stop_above_a_credit_goes() -> None:
    text = "Title\n\nBody text here, the agency said.\n\nDockers at the gate on Monday.\n(Photo: Jan Kowal)\n"
    assert reasons(text) == {5: "photo caption", 6: "photo credit"}


def test_a_repeated_line_is_kept_once() -> None:
    text = "Title\n\nThe vote was 7 to 2.\n\nThe council adjourned.\n\nThe vote was 7 to 2.\n"
    assert paragraphs(text) == ["The vote was 7 to 2.", "The council adjourned."]
    assert reasons(text) == {7: "repeated line"}


def test_a_dek_repeated_as_the_first_paragraph_stays_in_the_story() -> None:
    text = "Title\n\nThe lede sentence.\n\nBy Ann Lee\n\nThe lede sentence.\n\nMore story, she said.\n"
    cleaned = clean(text)
    assert [(h.role, h.text) for h in cleaned.header][1] == ("dek", "The lede sentence.")
    assert paragraphs(text) == ["The lede sentence.", "More story, she said."]


def test_an_article_in_another_script_keeps_its_own_lines() -> None:
    text = "כותרת הכתבה\n\nהממשלה החליטה אתמול על צעדים חדשים.\n\nהשר אמר כי ההחלטה סופית.\n"
    assert paragraphs(text) == ["הממשלה החליטה אתמול על צעדים חדשים.", "השר אמר כי ההחלטה סופית."]


def test_the_writer_s_own_sentence_above_a_picture_credit_is_no_caption() -> None:
    # a channel's post, then its picture's credit: the writer's sentence stays; a caption above it goes
    text = ("Fire update\n\nThe utility's line was down on Monday night.\n"
            "The company hasn't answered our questions.\nPhoto: subscriber\n\n"
            "Crews work on the line on Tuesday.\nPhoto: subscriber\n\nMore soon.\n")
    reasons = {r.text: r.reason for r in clean(text).removed}
    assert "The company hasn't answered our questions." not in reasons
    assert reasons["Crews work on the line on Tuesday."] == "photo caption"


def test_a_dek_is_the_lead_paragraph_unless_the_story_repeats_it() -> None:
    dek = "Dockers rejected the employers' offer of 4%, saying it does not cover the rise in prices."
    text = (f"Port strike enters second week\n\n{dek}\n\nBy Anna Berg\n\n"
            "Dockers at Europe's largest port voted on Monday to continue their strike.\n")
    assert [(p.line, p.lead) for p in clean(text).paragraphs] == [(3, True), (7, False)]
    repeated = text.replace("Dockers at Europe's", f"{dek}\n\nDockers at Europe's")
    assert [(p.line, p.lead) for p in clean(repeated).paragraphs] == [(7, False), (9, False)]


def test_a_list_of_authors_under_the_headline_is_the_byline_not_a_dek() -> None:
    text = ("Ukraine Conflict Update, November 26, 2025\n"
            "Nathaniel Brooks, Alina Sereda, Karl Weiss, and the EFI Russia Team\n"
            "November 27, 2025, 1:40 am ET\n\nRussian forces struck Odesa Oblast overnight.\n")
    assert [h.role for h in clean(text).header] == ["headline", "byline", "dateline"]


def test_a_known_byline_matches_its_by_line() -> None:
    cleaned = clean("Title\n\nBy Ann Lee, Harbour Gazette\n\nStory, she said.\n", {"byline": "Ann Lee"})
    assert [(h.line, h.role) for h in cleaned.header] == [(1, "headline"), (3, "byline")]


def test_everything_above_a_known_headline_is_the_page_s() -> None:
    # A masthead, a menu of more than five words and a market strip above the headline the contributor
    # named: none is the article's, and the headline stays the headline (not a dek under the menu).
    text = ("Sign in\nHARBOUR TIMES\nHome  World  Business  Markets  Climate  Opinion  Life & Arts\n"
            "FTSE 8,102.10 +0.4%  DAX 18,230.55 -0.1%\nShipping\n\nPort strike enters second week\n\n"
            "Dockers reject the latest offer\n\nAnna Berg in Rotterdam\n\n"
            "Dockers at Europe's largest port voted on Monday to continue their strike.\n")
    cleaned = clean(text, {"headline": "Port strike enters second week",
                           "dek": "Dockers reject the latest offer", "byline": "Anna Berg"})
    assert [(h.line, h.role) for h in cleaned.header] == [(7, "headline"), (9, "dek"), (11, "byline")]
    assert [(p.text, p.lead) for p in cleaned.paragraphs] == [
        ("Dockers reject the latest offer", True),
        ("Dockers at Europe's largest port voted on Monday to continue their strike.", False)]
    assert {r.line: r.reason for r in cleaned.removed} == {
        1: "page interface text", 2: "section label", 3: "navigation links", 4: "market data",
        5: "section label"}


def test_a_summary_box_goes_and_a_story_s_own_summary_stays() -> None:
    text = ("Harbour reopens after storm\n\nKey points\nShips sail again from Monday\n"
            "Two cranes were lost\n\n"
            "The port reopened on Monday after a week of repairs.\n\nSummary of the inspection\n"
            "- two cranes to be replaced;\n- the quay wall to be checked again.\n")
    assert reasons(text) == {3: "summary box", 4: "summary box", 5: "summary box"}
    assert paragraphs(text)[-3:] == ["Summary of the inspection", "two cranes to be replaced;",
                                     "the quay wall to be checked again."]


def test_a_press_release_ends_with_its_company_note_legal_notice_contacts_and_the_service_s_lines() -> None:
    text = ("Northwind Foods reports record harvest\n\n"
            "The group said on Tuesday that its harvest rose 12%.\n\n"
            "About Northwind Foods plc\n\nNorthwind Foods plc is a grower and packer of vegetables based in "
            "Lincolnshire, with 2,400 employees.\n\nForward-looking statements\n\nThis announcement may "
            "contain statements about future events that involve risks and uncertainties.\n\n"
            "Media enquiries:\nSarah Okafor\nHead of Communications\n+44 20 7946 0000 press@northwind.example"
            "\n\nSOURCE Northwind Foods plc\n\nGROW YOUR AUDIENCE WITH HARBOURWIRE?\n50k+ Journalists\n"
            "GET STARTED\n")
    assert paragraphs(text) == ["The group said on Tuesday that its harvest rose 12%."]
    assert reasons(text) == {
        5: "about the company", 7: "about the company", 9: "legal notice", 11: "legal notice",
        13: "contact details", 14: "contact details", 15: "contact details", 16: "contact details",
        18: "distributor line", 20: "page footer", 21: "page footer", 22: "page interface text"}


def test_the_author_s_box_and_the_footer_under_the_story_go() -> None:
    text = ("Harbour reopens after storm\n\nBy Ana Lima\n\n"
            "The port reopened on Monday after a week of repairs.\n\n"
            "Ana Lima\nAna Lima covers shipping and ports from Porto.\n\n© 2024 Harbour Radio\n"
            "Start here\nOur apps\n")
    assert paragraphs(text) == ["The port reopened on Monday after a week of repairs."]
    assert reasons(text) == {7: "about the author", 8: "about the author", 10: "copyright notice",
                             11: "page footer", 12: "page footer"}


def test_a_footer_never_takes_a_sentence_and_a_name_in_the_story_is_no_author_s_box() -> None:
    text = ("Harbour reopens after storm\n\nBy Ana Lima\n\nThe port reopened on Monday.\n\n"
            "Ana Lima, the harbour master, said the cranes would be replaced.\n\n© 2024 Harbour Radio\n"
            "Start here\nThe port will publish its accounts in May.\n")
    assert "Ana Lima, the harbour master, said the cranes would be replaced." in paragraphs(text)
    assert paragraphs(text)[-2:] == ["Start here", "The port will publish its accounts in May."]


def test_readers_comments_under_a_comments_heading_go_and_a_count_under_the_byline_stays_a_count() -> None:
    text = ("Harbour floods again\n\nBy Ana Lima\n\n12 comments\n\nThe quay flooded on Monday for the third "
            "time this year.\n\n12 comments on \"Harbour floods again\"\n\n"
            "João Reis\nMay 3, 2024 at 10:02 am\n"
            "The council knew about this in 2019.\nLog in to reply\n\nMaria Sousa\nMay 3, 2024 at 11:40 am\n"
            "Same every winter.\nLog in to reply\n")
    assert paragraphs(text) == ["The quay flooded on Monday for the third time this year."]
    assert reasons(text)[5] == "comment counter"
    assert {line: reason for line, reason in reasons(text).items() if line > 9} == {
        11: "readers' comment", 12: "timestamp", 13: "readers' comment", 14: "page interface text",
        16: "readers' comment", 17: "timestamp", 18: "readers' comment", 19: "page interface text"}


def test_a_journal_s_references_go_and_a_blog_s_footnotes_stay() -> None:
    text = ("Floods test the harbour\n\nThe quay flooded on Monday [1].\n\nReferences\n\n1. Port authority. "
            "Flood report 2024. Olhão: PA; 2024.\n\n"
            "2. Lima A. Quays and tides. Harbour Medicine. 2023;2:e7.\n\n"
            "Footnotes\n\n1 I asked the port authority for comment; it did not reply.\n")
    assert paragraphs(text) == ["The quay flooded on Monday [1].", "Footnotes",
                                "1 I asked the port authority for comment; it did not reply."]


def test_a_sign_up_box_goes_with_its_name_and_pitch() -> None:
    text = ("Harbour reopens after storm\n\nThe port reopened on Monday.\n\nTIDE TABLES\n"
            "Get the Harbour Times' Tide Tables newsletter\nThe week's shipping news, every Friday.\n"
            "Email address\nSign up\n\nThe quay will be checked again in May.\n")
    assert paragraphs(text) == ["The port reopened on Monday.", "The quay will be checked again in May."]
    # A sentence about someone's newsletter, above the prompts, is the story's.
    story = ("Harbour reopens\n\nThe mayor described the plan in her weekly newsletter, published on "
             "Friday.\nSign up for our newsletter\nSubscribe now\n")
    assert "The mayor described the plan in her weekly newsletter, published on Friday." in paragraphs(story)


def test_a_forum_s_sidebar_goes_on_a_forum_s_page_only() -> None:
    text = ("Layoffs at the port\n\nu/harbour_watcher\nThey told us on Monday.\n\nAbout Community\n"
            "Jobs and pay in shipping. Be kind.\n12.4k Members\n\nRules\n1. No spam\n2. No doxxing\n")
    assert paragraphs(text) == ["They told us on Monday."]
    story = "New port rules\n\nThe port set new rules on Monday.\n\nRules\n1. No fishing\n2. No swimming\n"
    assert paragraphs(story)[-3:] == ["Rules", "1. No fishing", "2. No swimming"]


def test_a_text_that_starts_with_the_story_has_no_headline() -> None:
    first = ("Officials in the northern province said on Tuesday that 14 villages had been cut off by the "
             "floods and that rescue teams were trying to reach them by boat.")
    cleaned = clean(first + "\n\nSecond paragraph, they said.\n")
    assert cleaned.header == ()
    assert [p.text for p in cleaned.paragraphs] == [first, "Second paragraph, they said."]


def test_bullets_go_but_their_sentences_stay() -> None:
    text = "Title\n\n• The first point, he said.\n* The second point.\n- The third point.\n"
    assert paragraphs(text) == ["The first point, he said.", "The second point.", "The third point."]


def test_a_network_name_alone_is_kept_when_no_button_is_next_to_it() -> None:
    text = ("Title\n\nThree platforms signed the code on Monday:\n• Facebook\n• X\n• TikTok\n\n"
            "Share\n\nWhatsApp\n\nThe code takes effect in June, the ministry said.\n")
    assert paragraphs(text)[1:5] == ["Facebook", "X", "TikTok", "WhatsApp"]
    assert reasons(text) == {8: "social-media prompt"}  # 'Share'; 'WhatsApp' is in another block


def test_an_authors_title_goes_only_right_under_the_byline() -> None:
    text = ("Title\n\nBy Ann Lee\nPolitical Editor\n\nThe story starts here, she said.\n\nFormer Editors\n\n"
            "Three former editors signed the letter.\n")
    assert reasons(text) == {4: "author's title"}
    assert "Former Editors" in paragraphs(text)


def test_a_comma_list_is_a_list_of_tags_only_under_a_tags_heading() -> None:
    text = ("Title\n\nBy Ann Lee\n\nThree countries asked for help:\nGreece, Italy, Spain\n\nRelated topics\n"
            "Europe, Migration\n\nMalta, Cyprus\n")
    assert reasons(text) == {8: "topic tags", 9: "topic tags"}  # the list a blank line below is not theirs
    assert paragraphs(text)[1:] == ["Greece, Italy, Spain", "Malta, Cyprus"]


def test_one_topic_a_line_may_be_a_name_of_several_words() -> None:
    text = ("Title\n\nBy Ann Lee\n\nThe port reopened on Monday, officials said.\n\nTopics\nShipping\n"
            "European Court of Human Rights\nPortugal\n")
    assert paragraphs(text) == ["The port reopened on Monday, officials said."]


def test_a_pdf_s_page_break_goes_with_its_running_header_and_footer() -> None:
    # The lines around the page number that are no sentence go; a sentence next to it stays.
    text = ("Harbour authority fines operator\n\nThe authority fined the operator on Monday.\n\n"
            "Harbour Authority | Porto | harbour.example\nPage 1 of 2\n"
            "HPA/2024/117 | Harbour authority fines operator\n\nBackground\n\n"
            "The operator has 30 days to appeal.\nPage 2 of 2\n")
    assert reasons(text) == {5: "page header or footer", 6: "page number", 7: "page header or footer",
                             12: "page number"}
    assert paragraphs(text)[-2:] == ["Background", "The operator has 30 days to appeal."]


def test_a_release_s_end_mark_notes_to_editors_and_about_section_go() -> None:
    text = ("Harbour authority fines operator\n\nThe authority fined the operator on Monday.\n\nENDS\n\n"
            "Notes to editors\n1. The decision is published at harbour.example/decisions.\n"
            "2. The authority does not comment on appeals.\n\nAbout the Harbour Authority\n"
            "The Harbour Authority regulates the port of Porto.\n")
    assert paragraphs(text) == ["The authority fined the operator on Monday."]
    assert reasons(text) == {5: "end of release", 7: "notes to editors", 8: "notes to editors",
                             9: "notes to editors", 11: "about the company", 12: "about the company"}


def test_a_fact_box_above_the_story_goes_and_a_list_inside_it_stays() -> None:
    box = "Operator: Tidewater Lines\nVessel: MV Gaivota\nFine: €40,000\n"
    text = f"Harbour authority fines operator\n{box}\nThe authority fined the operator on Monday.\n"
    assert reasons(text) == {2: "summary box", 3: "summary box", 4: "summary box"}
    story = ("Harbour authority fines operators\n\nThe authority fined three operators on Monday, it "
             "said.\n\nTidewater: €40,000\nGaivota Lines: €12,000\nNorte Ferries: €8,000\n")
    assert paragraphs(story)[-3:] == ["Tidewater: €40,000", "Gaivota Lines: €12,000", "Norte Ferries: €8,000"]


def test_an_infobox_copied_with_tabs_goes_as_a_box() -> None:
    box = "Location\tPorto, Portugal\nDate(s)\t3 March 2026 – present\nDeaths\t1\nArrests\t4\n"
    text = f"Porto dock strike\n{box}\nThe Porto dock strike is a strike by dockers in the port of Porto.\n"
    assert paragraphs(text) == ["The Porto dock strike is a strike by dockers in the port of Porto."]
    assert set(reasons(text)) == {2, 3, 4, 5}


def test_a_filing_s_superscript_footnote_number_leaves_the_sentence_and_a_power_stays() -> None:
    text = ("Class action complaint\n\n22. Vallora called the recall \"voluntary.\"³\n"
            "23. The plant covers 12,000 m² and tested ²³⁸U levels.\n")
    assert paragraphs(text) == ["22. Vallora called the recall \"voluntary.\"",
                                "23. The plant covers 12,000 m² and tested ²³⁸U levels."]


def test_a_record_s_note_inside_a_speech_leaves_it_and_a_line_of_its_own_is_removed() -> None:
    text = ("Questions to ministers\n\nThe Minister: The intake closed on Friday. [Interruption.] Yes, "
            "on Friday.\n[Interruption.]\nShe said [the minister] had known since Tuesday.\n")
    assert paragraphs(text) == ["The Minister: The intake closed on Friday. Yes, on Friday.",
                                "She said [the minister] had known since Tuesday."]


def test_an_encyclopedia_s_markers_leave_the_sentence_and_brackets_in_it_stay() -> None:
    text = ("Porto dock strike\n\nBackground[edit]\n\nThe strike began on 3 March.[1][4] Four dockers were "
            "arrested,[citation needed] police said.[a]\n\n\"He [the minister] knew,\" a docker said. "
            "The vote was 2 [sic] to 1.\n")
    assert paragraphs(text) == ["Background", "The strike began on 3 March. Four dockers were arrested, "
                                "police said.",
                                "\"He [the minister] knew,\" a docker said. The vote was 2 [sic] to 1."]


def test_a_show_s_chapters_go_under_their_heading_and_a_live_page_s_times_stay() -> None:
    text = ("The harbour strike\n\nChapters\n0:00 Intro\n4:12 The vote\n15:40 What comes next\n\n"
            "Ana Lima: The strike began on Monday.\n")
    assert paragraphs(text) == ["Ana Lima: The strike began on Monday."]
    live = "Harbour strike: live\n\n14:32 Dockers leave the gate\n\nThe strike began on Monday.\n"
    assert paragraphs(live) == ["14:32 Dockers leave the gate", "The strike began on Monday."]


def test_a_sponsor_s_box_goes_with_its_button_and_the_story_around_it_stays() -> None:
    text = ("Port Weekly\n\nThe strike ended on Friday, the union said.\n\nSPONSORED\n"
            "Port Weekly is supported by Tidewater. Readers get a month free with code PORTWEEK.\n"
            "Try Tidewater free →\n\nNew talks\n\nTalks resume in May, both sides said.\n")
    assert reasons(text) == {5: "advertisement label", 6: "sponsor message", 7: "sponsor message"}
    assert paragraphs(text)[-2:] == ["New talks", "Talks resume in May, both sides said."]


def test_a_newsletter_s_sign_off_goes_with_its_signature_and_a_quote_s_attribution_stays() -> None:
    text = ("Port Weekly\n\nThe strike ended on Friday, the union said.\n"
            "That's it for this week. See you on Friday.\n— Ana\n\n\"We won,\" the banner read.\n"
            "— Dock Union\n")
    assert reasons(text) == {4: "sign-off", 5: "sign-off"}
    assert paragraphs(text)[-1] == "— Dock Union"


def test_a_digest_s_items_on_other_stories_go_and_those_on_the_story_stay() -> None:
    text = ("Port Weekly\n\nDockers in Porto ended their strike on Friday, Tidewater Lines said.\n\n"
            "Quick hits\nTidewater Lines will rehire 40 dockers in June.\n"
            "Rotterdam: Maersk opened a new terminal on Monday.\nNobody was hurt.\n")
    assert reasons(text) == {7: "other news in brief"}
    assert paragraphs(text)[-2:] == ["Tidewater Lines will rehire 40 dockers in June.", "Nobody was hurt."]
    elsewhere = text.replace("Quick hits", "Elsewhere")  # a story's own 'Elsewhere' section stays
    assert "Rotterdam: Maersk opened a new terminal on Monday." in paragraphs(elsewhere)


def test_a_bilingual_page_s_labels_and_headlines_go() -> None:
    text = ("Title\n\nThe port reopened on Monday, officials said.\n\nPublicité / Advertisement\n\n"
            "Talks resume in May, both sides said.\n\nDernières nouvelles | Latest news\n"
            "Le port de Brest rouvre ses quais / The port of Brest reopens its quays after the storm of "
            "the week\n")
    assert reasons(text) == {5: "advertisement label", 9: "cross-promotion link", 10: "cross-promotion link"}


def test_a_forum_thread_keeps_its_comments_and_loses_their_chrome() -> None:
    text = ("Dockers end strike [Port Weekly]\n\nu/harbour_watcher · 3h\nThey told us on Monday.\n▲ 642\n"
            "Reply\nShare\n\n[deleted] · 2h\n[deleted]\n\nComment removed by moderator\n\n"
            "u/quay_side · OP · 1h\nShare it when the deal is published.\n▲ 12\nReply\n")
    assert paragraphs(text) == ["They told us on Monday.", "Share it when the deal is published."]


def test_a_newsletter_s_share_button_goes_only_among_other_buttons() -> None:
    text = ("Port Weekly\n\nBy Ana Lima\n\nThe strike ended on Friday, the union said.\n\n"
            "Enjoyed this issue? Forward it to a friend.\nShare Port Weekly\n\nShare Prices\n\n"
            "Shares rose 3% on Friday.\n")
    assert reasons(text) == {7: "social-media prompt", 8: "social-media prompt"}
    assert "Share Prices" in paragraphs(text)  # a subheading, in a block of its own


# --- a broadcaster's video page, an aggregator, a print view, an e-paper, a web archive, a report --------


def test_a_transcript_s_speaker_label_introduces_the_words_below_it() -> None:
    # The label joins the words it introduces (the quotes annotator reads 'NAME, ROLE: words' as theirs);
    # the reporter's label said again is no repeated line; the player's times go.
    text = ("Ferry capsizes on the lake\n\nTranscript\n00:00\nJANE DOE, ANCHOR:\n"
            "Good evening. A ferry capsized on the lake last night.\n00:21\nALI HASSAN, REPORTER:\n"
            "The ferry left at five.\n00:47\n"
            "ANA LIMA, SURVIVOR (translated from Kiswahili):\nWe were squeezed like fish.\n01:03\n"
            "ALI HASSAN, REPORTER:\nThe search resumes at dawn.\n")
    assert paragraphs(text) == ["JANE DOE, ANCHOR: Good evening. A ferry capsized on the lake last night.",
                                "ALI HASSAN, REPORTER: The ferry left at five.",
                                "ANA LIMA, SURVIVOR (translated from Kiswahili): We were squeezed like fish.",
                                "ALI HASSAN, REPORTER: The search resumes at dawn."]
    # A heading in capitals is no speaker: it stays a paragraph of its own.
    heading = "Ferry capsizes\n\nThe ferry sank on Saturday.\n\nWHAT WE KNOW:\nNine people died.\n"
    assert paragraphs(heading)[-2:] == ["WHAT WE KNOW:", "Nine people died."]


E_PAPER = ("ePaper | The Harbour Herald | Thursday, 12 March 2026 | Page 1\nTHE HARBOUR HERALD\n"
           "Ferry captain in court as\ntoll climbs to 41\nBY ANA LIMA\n\n"
           "The captain of the ferry was yester-\nday arraigned at the Lakeside Law Courts while the\n"
           "police com-\nplete their investigations into the sinking.\n\n"
           "Divers recovered three more bodies yesterday\nmorning. The navy said its divers would re-\n"
           "main on the lake until every passen-\nger is found. A well-\nknown lawyer, Tom Otieno, said the\n"
           "ex-\ngratia payment of the Bilhorod-\nDnistrovskyi Shipping Ser-\nvices came too late.\n\n"
           "Among the dead is an 18-month-\nold baby. Director-\nGeneral Ann Wanjiru spoke.\n\n"
           "Continued on Page 4\n\nSAFARI BANK\nSave a little, grow a lot.\n"
           "Dial *483# to start. T&Cs apply.\nSafari Bank is regulated by the Central Bank of Kenya.\n\n"
           "ePaper | The Harbour Herald | Thursday, 12 March 2026 | Page 4\n"
           "4 THE HARBOUR HERALD, Thursday, March 12, 2026\nNEWS\nFrom Page 1\nFERRY: Owner says\n"
           "boat was fit to sail\n\nThe navy, which is leading the search, has\n"
           "deployed 20 divers. Search opera-\n"
           "Navy divers prepare to search the waters\noff the island on Tuesday. PHOTO | JOHN MUTUA\n"
           "tions resumed at dawn.\n\nwww.harbourherald.example/epaper | Read the full edition on our app\n")


E_PAPER_HEADER = {"headline": "Ferry captain in court as toll climbs to 41", "byline": "Ana Lima"}


def test_a_newspaper_page_s_columns_join_and_lose_the_hyphens_that_split_words() -> None:
    # The page hyphenates (several lines end in a hyphen before a lower-case line, and 'yesterday' is
    # spelt whole elsewhere): a word's halves join without it; a compound keeps it ('well-known', an
    # 'ex-' or '18-month-' compound, a name or title whose second half has a capital).
    cleaned = clean(E_PAPER, E_PAPER_HEADER)
    assert [p.text for p in cleaned.paragraphs] == [
        "The captain of the ferry was yesterday arraigned at the Lakeside Law Courts while the police "
        "complete their investigations into the sinking.",
        "Divers recovered three more bodies yesterday morning. The navy said its divers would remain on the "
        "lake until every passenger is found. A well-known lawyer, Tom Otieno, said the ex-gratia payment "
        "of the Bilhorod-Dnistrovskyi Shipping Services came too late.",
        "Among the dead is an 18-month-old baby. Director-General Ann Wanjiru spoke.",
        "FERRY: Owner says boat was fit to sail",
        "The navy, which is leading the search, has deployed 20 divers. Search operations resumed at dawn."]
    assert [(h.line, h.role, h.text) for h in cleaned.header] == [
        (3, "headline", "Ferry captain in court as toll climbs to 41"), (5, "byline", "BY ANA LIMA")]


def test_an_e_paper_s_page_heads_jumps_advertisement_and_caption_go() -> None:
    # The masthead right under the first page's head goes with it; the jump's headline stays.
    assert {r.line: r.reason for r in clean(E_PAPER, E_PAPER_HEADER).removed} == {
        1: "page header or footer", 2: "page header or footer", 4: "headline, continued",
        26: "page-jump note", 28: "advertisement", 29: "advertisement", 30: "advertisement",
        31: "advertisement",
        33: "page header or footer", 34: "page header or footer", 35: "page header or footer",
        36: "page-jump note", 42: "photo caption", 43: "photo caption", 46: "cross-promotion link"}


def test_a_hyphen_at_a_line_s_end_stays_unless_the_page_hyphenates_or_the_word_is_spelt_whole() -> None:
    # One hyphen at a line's end in a text that does not hyphenate: a compound, kept ('hyphen-ated'
    # above); the same word spelt whole elsewhere in the article: its halves.
    text = ("Report on the port\n\nThe inspectors' re-\nport was published on Monday.\n\n"
            "The report found three faults, a long-\nstanding problem.\n")
    assert paragraphs(text) == ["The inspectors' report was published on Monday.",
                                "The report found three faults, a long-standing problem."]


def test_a_paragraph_of_short_lines_is_joined_only_in_a_text_wrapped_into_columns() -> None:
    # On a web page, short sentences on lines of their own (a table's rows, a list) stay apart.
    body = "The ferry capsized on Saturday evening with about 200 people on board. " * 4
    rows = ("Flash update\nBy Ana Lima\n\n" + body + "\n\nSector          Partners      Reached\n"
            "Shelter         TRN, KRCS     46 households\n"
            "Family tracing  KRCS, TRN     87 requests to the tracing desk at the pier\n"
            "Search          KCGS, Navy    n/a\n")
    assert paragraphs(rows)[1:] == ["Sector Partners Reached", "Shelter TRN, KRCS 46 households",
                                    "Family tracing KRCS, TRN 87 requests to the tracing desk at the pier",
                                    "Search KCGS, Navy n/a"]
    short = "Ferry capsizes\n\nThe ferry sank.\nNine people died.\nThe search goes on.\n"
    assert paragraphs(short) == ["The ferry sank.", "Nine people died.", "The search goes on."]


def test_a_drop_cap_joins_the_word_it_begins() -> None:
    text = "The last crossing\n\nT\nhe first thing she remembers is the cement.\n\nI\n\nThe second part.\n"
    assert paragraphs(text) == ["The first thing she remembers is the cement.", "I", "The second part."]


def test_a_pull_quote_goes_and_the_sentence_it_repeats_stays() -> None:
    text = ("The last crossing\n\n\"We were packed like fish,\" she says. \"Then the water came in.\"\n\n"
            "\u201cWe were packed like fish.\u201d\n\nThe manifest listed 152.\n\n"
            "\"Nobody counted the people.\"\n")
    assert paragraphs(text) == ["\"We were packed like fish,\" she says. \"Then the water came in.\"",
                                "The manifest listed 152.", "\"Nobody counted the people.\""]
    assert reasons(text) == {5: "pull quote"}


def test_a_web_archive_s_banner_and_toolbar_go() -> None:
    text = ("The Wayback Machine - https://web.archive.org/web/20260316093512/https://weekly.example/story/\n"
            "INTERNET ARCHIVE\nWayback Machine\nhttps://weekly.example/story/\nGo\n4 captures\n"
            "14 Mar 2026 - 21 Mar 2026\nFEB\nMAR\n16\n2026\nsuccess\nfail\nAbout this capture\nCOLLECTED BY\n"
            "Organization: Internet Archive\nThese crawls are part of an effort to archive pages as they are "
            "created.\nTIMESTAMPS\nThe last crossing of the ferry\n\nThe ferry left the pier at 5.40pm.\n")
    cleaned = clean(text)
    assert [(h.line, h.role) for h in cleaned.header] == [(19, "headline")]
    assert {r.reason for r in cleaned.removed} <= {"web archive banner", "web address", "stray character"}
    assert paragraphs(text) == ["The ferry left the pier at 5.40pm."]


def test_a_print_view_s_page_break_and_reading_tool_go_and_both_paragraphs_stay() -> None:
    text = ("Print this page\nFund announced for the families\nBy Times Reporter, with agency reports\n"
            "Listen to this article 4 min\n▶ Play\nSpeed 1x\nVoice: Amani (English, Kenya)\n"
            "Powered by SautiReader\n\nThe minister announced a fund on Tuesday.\n\n"
            "https://times.example/amp/news/fund-announced-for-the-families 1/2\n"
            "10/03/2026, 17:26 Fund announced for the families | Times\n\n"
            "The ferry sank on Saturday, officials said.\n\nBack to article\n"
            "Printed from times.example on 10/03/2026, 17:26\n")
    cleaned = clean(text)
    assert [(h.line, h.role) for h in cleaned.header] == [(2, "headline"), (3, "byline")]
    assert [p.text for p in cleaned.paragraphs] == ["The minister announced a fund on Tuesday.",
                                                    "The ferry sank on Saturday, officials said."]
    assert {r.line: r.reason for r in cleaned.removed if r.line > 5} == {
        6: "page interface text", 7: "page interface text", 8: "page interface text",
        12: "page header or footer", 13: "page header or footer", 17: "page interface text",
        18: "page header or footer"}


def test_a_video_page_s_player_and_its_cards_go() -> None:
    text = ("Ferry capsizes on the lake\nPlay\nMute\n00:00 / 02:41\nCC\nFullscreen\nAutoplay next\n"
            "Up next: Divers join the search\nBy Ali Hassan\n"
            "Published: Sunday, 8 March 2026 | 9:07 PM EAT\n\n"
            "At least 14 people died when a ferry capsized on the lake.\n\n"
            "Watch the full report in the player above.\n\nShow less\nWatch more\n02:13\n"
            "Divers join the search\n04:55\nWhy overloading keeps killing on our lakes\n"
            "Tags: Lake, Ferry\n")
    cleaned = clean(text)
    assert [(h.line, h.role) for h in cleaned.header] == [(1, "headline"), (9, "byline"), (10, "dateline")]
    assert paragraphs(text) == ["At least 14 people died when a ferry capsized on the lake."]


def test_an_aggregator_s_cards_and_disclaimer_go_and_a_comment_under_a_name_stays() -> None:
    text = ("Toll rises to 23\nBy Ann Lee\n6 hours ago · March 9, 2026, 14:32 EAT\nOpen at wire.example\n\n"
            "The toll rose to 23 on Monday, officials said.\n\nLake TV · Yesterday\n"
            "Ferry capsizes on the lake, 14 dead\nThe Herald · Opinion · 9 hours ago\n"
            "Our lakes are graveyards of negligence\n\n"
            "Newsbridge displays this story as published by the source. Newsbridge did not write or edit "
            "it.\n")
    assert paragraphs(text) == ["The toll rose to 23 on Monday, officials said."]
    assert reasons(text) == {4: "page interface text", 8: "cross-promotion link", 9: "cross-promotion link",
                             10: "cross-promotion link", 11: "cross-promotion link",
                             13: "disclosure or notice"}
    comments = ("Toll rises to 23\n\nThe toll rose to 23 on Monday, officials said.\n\n"
                "Ann Lee · 2 hours ago\nSo sad\nTom Roe · 1 hour ago\nThoughts with the families\n")
    assert "Thoughts with the families" in paragraphs(comments)


def test_an_advertisement_needs_two_lines_of_small_print_in_its_block() -> None:
    story = ("Bank fined\n\nThe bank is regulated by the Central Bank of Kenya.\n\n"
             "Its terms and conditions apply to every account, the court said.\n")
    assert paragraphs(story) == ["The bank is regulated by the Central Bank of Kenya.",
                                 "Its terms and conditions apply to every account, the court said."]
    listed = ("Bank fined\n\nThe ruling lists two rules:\n• Terms and conditions apply to every account.\n"
              "• The bank is regulated by the Central Bank.\n")
    assert len(paragraphs(listed)) == 3


def test_a_headline_and_a_dek_wrapped_over_two_lines_are_one_each() -> None:
    text = ("Ferry captain in court as\ntoll climbs to 41\nPolice get 14 days to hold skipper; bereaved\n"
            "families to get KSh 500,000 each\nBY ANA LIMA\n\nThe captain was arraigned on Wednesday.\n")
    cleaned = clean(text)
    assert [(h.line, h.role, h.text) for h in cleaned.header] == [
        (1, "headline", "Ferry captain in court as toll climbs to 41"),
        (3, "dek", "Police get 14 days to hold skipper; bereaved families to get KSh 500,000 each"),
        (5, "byline", "BY ANA LIMA")]
    assert reasons(text) == {2: "headline, continued", 4: "dek, continued"}
    assert [p.text for p in cleaned.paragraphs][0].startswith("Police get 14 days")  # the dek as the lead
    # A long first line over one in lower case is a wrapped text's first sentence, not a headline's halves.
    wrapped = ("The city council voted 27 to 12 on Monday evening to build a tram line\n"
               "between the central station and the university campus, ending a\ndebate.\n")
    assert 2 not in reasons(wrapped)



# --- a group's and a channel's export, an encyclopedia's entry, an authority's emergency page ----------


def test_a_group_s_tabs_badges_and_authors_go_and_its_members_words_stay() -> None:
    text = ("Riverton Neighbours\nPrivate group · 2.1K members\nJoined\n+ Invite\nShare\nDiscussion\n"
            "Members\nEvents\nWrite something...\n\nAna Lima\nAdmin\nJuly 9 at 6:05 AM · 🔒\nEdited\n"
            "The river is over the bank on Mill Road. Move your cars.\n👍❤️😢 214\n18 comments\nLike\n"
            "Comment\nMost relevant\nJohn Doe\nTop contributor\nIs the bridge open?\n2d\nLike\nReply\n"
            "Mary Roe\nRIP to the two volunteers 💔🙏\n1d\nLike\nReply\nWrite a comment…\n")
    assert paragraphs(text, {"headline": "Riverton Neighbours"}) == [
        "The river is over the bank on Mill Road. Move your cars.", "Is the bridge open?",
        "RIP to the two volunteers 💔🙏"]
    # A name over a sentence, a tab's word alone, on a page with no group's marks: the story's.
    story = "Flood in Riverton\n\nMembers\nThe club met on Monday.\nAna Lima\nShe chairs the club.\n"
    assert paragraphs(story) == ["Members", "The club met on Monday.", "Ana Lima", "She chairs the club."]


def test_a_channel_s_views_reactions_links_and_forwards_go() -> None:
    text = ("River Watch 🌊\n18,406 subscribers\n📌 Pinned message\nWelcome to River Watch. News from the "
            "banks, not press releases. Boost the channel: t.me/riverwatch?boost\nJuly 11\n"
            "The river rose 2 metres overnight.\n👁 9.8K  08:40\n😢 640  🔥 212  👍 95\nt.me/riverwatch/1187\n"
            "Forwarded from Valley Scanner Chat\nThe bridge on Mill Road is closed.\n👁 22.6K  edited 21:34\n"
            "☕ Support the channel: buymeacoffee.example/riverwatch\n")
    assert paragraphs(text, {"headline": "River Watch 🌊"}) == [
        "The river rose 2 metres overnight.", "The bridge on Mill Road is closed."]


def test_an_encyclopedia_s_tabs_notes_contents_and_references_go_and_its_sections_stay() -> None:
    text = ("2026 Riverton flood\nFrom Examplepedia, the free encyclopedia\nJump to navigation\n"
            "Jump to search\nArticle\nTalk\nEdit\nView history\nThis article is about the 2026 flood. For "
            "the 1998 flood, see Riverton flood of 1998.\n\nThe 2026 Riverton flood is a flood on the River "
            "Ex in Riverton, which began on 7 July 2026.[1]\n\nContents\n1 Background\n2 Response\n"
            "3 References\n\nBackground[edit]\nRiverton is a town of 3,450 people.[2]\n\nSee also[edit]\n"
            "List of floods in Exland\nReferences[edit]\n^ a b \"River levels\". Riverton Council. 7 July "
            "2026. Retrieved 14 July 2026.\nThis page was last edited on 15 July 2026, at 08:12 (UTC).\n"
            "Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional "
            "terms may apply.\nAbout Examplepedia\nMobile view\n")
    assert paragraphs(text, {"headline": "2026 Riverton flood"}) == [
        "The 2026 Riverton flood is a flood on the River Ex in Riverton, which began on 7 July 2026.",
        "Background", "Riverton is a town of 3,450 people."]
    # A numbered list under another heading is the story's.
    story = "Flood\n\nThe council met on Monday.\n\nSteps\n1 Leave\n2 Register\n"
    assert paragraphs(story)[-3:] == ["Steps", "1 Leave", "2 Register"]


def test_an_authority_s_alert_boxes_legend_hotlines_and_feedback_go_and_its_updates_stay() -> None:
    text = ("River Ex flood (F2026)\nStatus: Active – Evacuation Order in effect\nEVACUATION ORDER\n"
            "Riverton – 1,417 properties\nIssued: July 8, 2026, 9:40 p.m.\nYou must leave the area "
            "immediately.\nView interactive map\nMap legend\nRed area – Evacuation Order\n"
            "Black line – Flood extent (as of July 10, 11:00 a.m.)\nMap data © Province of Exland\n\n"
            "The Evacuation Order for Riverton remains in effect. Residents must leave now.\n\n"
            "This page will be updated as new information becomes available.\n"
            "Emergency information line: 1-866-555-0143 (8 a.m. to 8 p.m. daily)\n"
            "In an emergency, always call 9-1-1.\nWas this page helpful?\nYes\nNo\n"
            "Report a problem with this page\nAccessibility\nPrivacy\nDisclaimer\n© 2026 Riverton\n")
    assert paragraphs(text, {"headline": "River Ex flood (F2026)"}) == [
        "The Evacuation Order for Riverton remains in effect. Residents must leave now."]
    # A heading in capitals over the story's own lines (no time it was issued) stays.
    story = ("Flood in Riverton\n\nBy Ana Lima\n\nThe council met on Monday to discuss the flood.\n\n"
             "EVACUATION ORDER\nThe order covers 1,417 homes.\nIt was lifted on Friday.\n")
    assert paragraphs(story)[-3:] == ["EVACUATION ORDER", "The order covers 1,417 homes.",
                                      "It was lifted on Friday."]


STORY_LIKE = [
    "More than 30 Palestinians have been killed since the beginning of January.",
    "By Thursday evening, the Palestinian Authority had announced the suspension.",
    "Share prices fell 3% on the news, the exchange said.",
    "Get the app working again, the minister said.",
    "Follow-up talks are scheduled for next week.",
    "Photos taken by residents showed smoke over the camp.",
    "Comments by the minister drew criticism from the opposition, which said they broke the rules.",
    "Published in 1993, the accords set up the Palestinian Authority.",
    "How did the Palestinians react?",
    "Reuters reported that the talks had stalled.",
    "Advertisements for the concert were removed from buses.",
    "Read the full statement below:",
    "Like many on Facebook, she posted a photo of the queue.",
    "Pictures of the destruction spread quickly.",
    "In 2020, the PA took a similar decision, but backtracked after five months.",
    "He said he would email the minister on Friday.",
    "Updated figures from the ministry showed 14 dead.",
    "Shares rose 3% on Facebook's results.",
    "Got a story? Everyone in the village seemed to have one.",
    "Do you have a story about the floods? Readers sent us theirs.",
    "Our standards have slipped, the head teacher admitted.",
    "Topics ranged from pensions to housing.",
    "The newsletter, which had 40,000 readers, closed in May.",
    "Join the march in your town this Saturday, organisers urged.",
    "Get ready: scammers will send fake invoices to your inbox, police warned.",
    "Skip the queue, the app promised its users.",
    "The union and/or the ministry must act, he said.",
    "The AP/Ipsos poll found most voters undecided.",
    "Updated on Monday, the figures showed 14 dead.",
    # Near the site's furniture of a third story (cookie banners, paywalls, calls for photos, menus):
    "Police said cookies and drinks were handed out to the marchers.",
    "The subscription to the recount observers' list closed on Friday.",
    "Readers of the Courier have followed the count since April.",
    "Our volunteers use cookies and tea to keep the marchers warm.",
    "The council will charge 40 zł a month to subscribe to the new parking scheme.",
    "Subscribers pay 19 zł a month for the paper, the publisher said.",
    "The union's message was simple: subscribe for €5 a month or lose the service.",
    "The banner read »Nie wieder« in red letters.",
    "Members get a vote on the board, which costs 15 zł a month to join.",
    "This article is free to read for students, the university said.",
    "Never miss a chance to vote, the poster said.",
    "Residents should switch on alerts on their phones, officials said.",
    "Police asked residents to send their photos and videos to investigators.",
    "Were you at the march? Many residents were, and police say they sent videos to investigators.",
    "Send your photos to the newsroom, the editor told readers on Sunday.",
    "Temperatures reached 41°C in Seville on Tuesday.",
    "The city was 11°C and rainy when the march began.",
    "Language: the ballot papers were printed in Polish and English.",
    "Audio recordings from the count were released on Friday.",
    "News, sport and weather are all on the new channel.",
    "The print edition of the Courier was delayed by the strike.",
    "Hashtags such as #StolenVote spread quickly on social media.",
    "Pass it on, she told her neighbours.",
    "92 responses were received by the commission.",
    "ADVERTISING revenue fell sharply, the paper said.",
    "Filed on Monday, the protest asks for a full recount.",
    "Last refreshed figures show a 287-vote margin.",
    "Further reading of the electoral code suggests the court can annul the vote.",
    "Explainer videos on the electoral code were posted by the commission.",
    "Also from our newsroom came reports of arrests in Ostrava.",
    "Police and protesters outside city hall on April 27 clashed for two hours.",
    "Keep us going, the marchers chanted.",
    "You have read the letter, the judge told the official.",
    "Manage the count carefully, the commissioner told the officials.",
    "Daniel Horák reported from Prague.",
    "Three things must now happen:",
    # Near the furniture of a fourth story's pages (offers, tickers, contacts, legal notices):
    "The index closed at 8,102.10, up 0.4%, while the pound fell 0.2%.",
    "Shares swung between +3% and -2% during the session, traders said.",
    "Only €1 a month separates the two tariffs, the regulator said.",
    "The company promised investors they could cancel any time, prosecutors told the court.",
    "The mayor described the plan in her weekly newsletter, published on Friday.",
    "The fund was worth $1 = 0.92 euros at the time, he joked.",
    "She translated the letters from Portuguese herself, she said.",
    "Write to the commission at info@example.org before Friday, the notice said.",
    "About 200 people attended the hearing.",
    "Media contacts were told nothing until Monday.",
    # Near the furniture of a fifth story's pages (a charity's report, a journal, a live page):
    "Funding: the appeal is 38% funded, leaving a gap of $2.1m.",
    "Competing demands on the same nurses are a recurring concern, the ministry said.",
    "Log on to any radio station in the city and you will hear the jingle.",
    "Residents who need help can contact volunteers, who have visited 6,000 homes.",
    "All times of the ferries have changed since Monday, the operator said.",
    "Your gift of a bicycle was the best thing, she told the children.",
    "Figure skating resumes on Saturday in the rebuilt rink.",
    # Near the furniture of a sixth and a seventh story's pages:
    "Members get a vote on the board, which costs 15 zł a month to join.",
    "Analysts were less convinced.",
    "Share price went down like 10% on Tuesday and the leadership is still calling it a good week.",
    "The strike lasted about three hours.",
    "Subscribers to the paper's print edition were told the same on Friday.",
    "She wrote on Telegram that the plant would be repaired by spring.",
    "Please consider the families, the mayor said.",
    "The updates came every hour through the night.",
    "Rules for the evacuation were posted at every school.",
    "Advertisement boards for the hiring drive were still up at two colleges this week, students said.",
    # Near the furniture of an eighth story's pages (betting ads, a PDF release, a bilingual edition, a forum
    # thread, a podcast's page, a newsletter):
    "Bookmakers offered odds of 11/4 on her winning, the paper said.",
    "Gambling charities such as GamCare said the adverts targeted people under 18.",
    "Free bets for new customers only were banned in Spain, the regulator noted.",
    "Bet on yourself, her coach told her when she was 16.",
    "Page 3 of the report lists the sanctions.",
    "Ends of the course were marked with flags.",
    "The release is also available in Spanish, the federation said.",
    "Seville, 23 February 2025, was the day she won.",
    "Listen on Spotify, she urged her fans.",
    "Host: Dan Whitlow asked whether she would appeal.",
    "This episode is supported by listeners, the host said.",
    "The study was supported by the Wellcome Trust.",
    "Police said victims were told to use code ALPHA20 for 20% off.",
    "The sponsor, Nimbra, wants its money back.",
    "Good morning, and welcome to the trial of the century, the prosecutor began.",
    "Welcome to issue 88 of the rule book, the lawyer joked.",
    "That's all for now, the minister joked.",
    "See you next year, she shouted from the podium.",
    "Forward it to a friend, the scammers urged.",
    "41 Harbour Street, Leith, was evacuated on Tuesday.",
    "The comment was removed by moderators within an hour.",
    "This comment was deleted by the author, she said.",
    "u/tempo_tantrum wrote that the paper got it wrong.",
    "Have you seen an error in the count? Officials say no.",
    "Support for the athlete on Patreon grew after the ban.",
    "Get the best out of every day, the coach says.",
    "Books mentioned in the judgment include two manuals.",
    "Transcript of the hearing was not released.",
    # Near the furniture of a ninth story's pages (a video page, an aggregator, a print view, an e-paper, a
    # web archive, an aid group's report):
    "Relatives were told to watch the noticeboard at the pier, where the names are posted.",
    "Watch the full video of the hearing, the lawyer urged.",
    "Print and broadcast journalists were kept behind a police cordon.",
    "Back at the pier, relatives waited in silence.",
    "Powered by diesel, the ferry could carry 120 passengers.",
    "The ferry is powered by Yanmar engines, the owner said.",
    "Voice of the lake: fishermen say nobody listens to them.",
    "From Port Kaseni, the crossing to Ruwe Island takes about two hours.",
    "From page 1 of the report, the problems are clear.",
    "See page 12 of the ruling for the list of victims.",
    "Continued pressure on the operators is expected.",
    "Up next for the council is a vote on the budget.",
    "More coverage of the trial will follow, the editor said.",
    "Open at dawn, the market drew thousands.",
    "Printed on recycled paper, the leaflets were handed out at the pier.",
    "The group is registered in Kenya as an NGO and has operated since 2009.",
    "The boundaries drawn by the commission do not imply a change of sovereignty, the minister said.",
    "This article appears to contradict the minister's statement.",
    "Users can unsubscribe at any time, the company said.",
    "The paper said it would read the full edition of the report on air.",
    "The bank is regulated by the Central Bank of Kenya.",
    "Dial 999 in an emergency, police said.",
    "Show less mercy, the crowd chanted.",
    # Near a group's, a channel's, an encyclopedia's and an emergency page's furniture (a tenth story):
    "Forwarded from the minister's office, the memo reached reporters on Friday.",
    "Support the channel's reporters, the editor urged readers.",
    "Welcome to Harlan Lake. The sign still stands at the town's entrance.",
    "Stay tuned to the council's website for updates, the mayor said.",
    "In an emergency, residents should call 9-1-1 first, the chief said.",
    "Was this the right decision? The council thinks so.",
    "Report a problem with a power line to the utility, the district said.",
    "This article is about the people who stayed behind.",
    "From Kamloops, the free shuttle runs every hour.",
    "This page of the report was updated twice.",
    "Edited to add: the Legion is full for dogs now.",
    "Several of you asked in the comments whether Highway 64 is open. It is not.",
    "Status: the fire is out of control, officials said.",
    "The evacuation order remains in effect.",
    "Evacuees who have left the region can register online or at any reception centre.",
    # Near the furniture of a thread, a post, a tech site and a release forwarded by e-mail:
    "The hospital said it had not been sent from any of its devices.",
    "Please find below the list of schools that will close.",
    "Police | Fire | Ambulance crews were at the scene.",
    "The council acknowledged the traditional owners' objections to the mine.",
    "Nadia Kovac covers ransomware for Tidewall Security, she said.",
    "The post had 88K views.",
    "8,214 posts were deleted by the platform.",
    "He said the views were his own.",
    "Learn more about the scheme at the library.",
    "The council met on Tuesday (Labor: 12 seats).",
    "Read that again: the listing claims the gang was inside for 19 days.",
    "More when I know more.",
    "And to the Kouvaras family: I am so sorry.",
]
STORY_LABELS = ["Seville 44°C", "#StolenVote", "CULTURE / HERITAGE", "Poland · Czechia · Slovakia",
                "Talks resume", "Share Prices", "Politics / Economy", "Quick hits", "Notes to editors",
                "NEWS", "Press", "FERRY: Owner says", "LAKE NYASORO TRAGEDY", "Kenya · Uganda · Tanzania",
                "Members", "Talk", "Events", "EVACUATION ORDER", "Background[edit]", "Response[edit]",
                "Karen Doucette", "RIP to the two firefighters 💔🙏"]
"""Short lines of a story (an item of a list, a subheading, a member's post) that a line rule must not take
either (kept out of the property tests below: a short line right above a credit, or said twice in a row,
is a picture's caption)."""


def test_the_property_tests_story_sentences_are_sentences() -> None:
    # the property test below may draw a line twice in a row: a caption-shaped line said twice is a
    # picture's alt text and caption, so such lines belong in STORY_LABELS, or the test fails at random
    assert [line for line in STORY_LIKE if caption_shaped(line)] == []


def test_one_picture_s_caption_copied_three_times_makes_no_gallery() -> None:
    caption = "A column of smoke over the ridge on Wednesday. (Photo submitted by listener Ana Lima)"
    story = "More than 30 Palestinians have been killed since the beginning of January."
    text = f"A headline for the test\n\n{caption}\n\n{story}\n{story}\n{story}\n{caption}\n{caption}\n"
    assert paragraphs(text) == [story]


def test_the_property_tests_boilerplate_cannot_make_a_gallery() -> None:
    # three distinct captions with their credits that say more than the story make a gallery page, whose
    # captions are its text: the property test below must not be able to draw one, or it fails at random
    assert len([line for line in BOILERPLATE if gallery._told(line)]) < gallery.GALLERY_CAPTIONS


@pytest.mark.parametrize("line", STORY_LIKE + STORY_LABELS)
def test_story_lines_that_look_like_boilerplate_are_not_removed(line: str) -> None:
    assert line_reason(normalise(line)) is None


BOILERPLATE = {
    "(AP Photo/Majdi Mohammed)": "photo credit",
    "Getty Images": "photo credit",
    "Image: Reuters": "photo credit",
    "Photo by Jane Doe/AFP via Getty Images": "photo credit",
    "REUTERS/Mohamad Torokman": "photo credit",
    "(Flash90)": "photo credit",
    "Illustrative photo": "photo credit",
    "Protesters gather in Nablus on Friday. (AP Photo/Majdi Mohammed)": "photo caption",
    "Smoke over the port at dawn. Photograph: Ali Jadallah/Anadolu": "photo caption",
    "Firefighters at the port in Gdynia, Poland, May 2, 2024. BALTPRESS/Anna Nowak": "photo caption",
    "Crowds at the court, March 3, 2024. REUTERS/Jane Doe Purchase Licensing Rights": "photo caption",
    "BALTPRESS/Anna Nowak": "photo credit",
    "Share this article": "social-media prompt",
    "Follow us on Telegram": "social-media prompt",
    "Join our WhatsApp channel for breaking news": "social-media prompt",
    "Facebook | X | Email": "social-media prompt",
    "Sign up for our newsletter": "subscription prompt",
    "Click here to subscribe": "subscription prompt",
    "Get the Morning Briefing newsletter in your inbox": "subscription prompt",
    "NEWSLETTER": "subscription prompt",
    "Get the top Harbour stories straight to your inbox every Friday. Sign up here": "subscription prompt",
    "Join Port Daily: the trade's news and analysis in your inbox every weekday": "subscription prompt",
    "Got a story? Email tips@example.org or WhatsApp us on 07700 900 123": "news-tip prompt",
    "Do you have a story for the Courier? Email news@example.org or call 01632 960 000.": "news-tip prompt",
    "Have you got a news tip? Get in touch with our newsdesk": "news-tip prompt",
    "Our Standards: The Thomson Reuters Trust Principles.": "standards notice",
    "Learn more about our editorial standards": "standards notice",
    "READ MORE: Floods close schools in the north": "cross-promotion link",
    "Read\u00a0 Storm closes ports along the coast": "cross-promotion link",
    "Related: Ceasefire talks resume in Cairo": "cross-promotion link",
    "Also read: The long road to the accords": "cross-promotion link",
    "Advertisement": "advertisement label",
    "ADVERTISEMENT": "advertisement label",
    "Story continues below advertisement": "advertisement label",
    "1 of 5": "image gallery counter",
    "Photo 3/12": "image gallery counter",
    "2 View gallery": "image gallery counter",
    "View all 8 photos": "image gallery counter",
    "Published: 12:04 PM": "timestamp",
    "Updated Jan 26, 2023 10:15 IST": "timestamp",
    "Updated 4:10 PM GMT+2": "timestamp",
    "Updated 10:15 UTC-05:00": "timestamp",
    "2025-03-05 16:04:51.207 GMT": "timestamp",  # a terminal's stamp, to the millisecond
    "Published: 09:12, 3 Mar 2024 | Updated: 11:40, 3 Mar 2024": "timestamp",
    "2 hours ago": "timestamp",
    "26/01/2023": "timestamp",
    "5 min read": "reading-time estimate",
    "12 comments": "comment counter",
    "Comments (3)": "comment counter",
    "Comments": "comments heading",
    "Leave a comment": "comments heading",
    "We reserve the right to remove comments that break our guidelines.": "comment-policy text",
    "Reprinted with permission from the Example Gazette": "reprint notice",
    "This story was originally published by Example Review.": "reprint notice",
    "© 2024 Example Media. All rights reserved.": "copyright notice",
    "Jane Roe in Cairo contributed to this report.": "contributor line",
    "Additional reporting by Ali Hassan": "contributor line",
    "Tags: Gaza, Ceasefire, Egypt": "topic tags",
    "Related topics": "topic tags",
    "kb/rs (AFP, dpa)": "contributor line",
    "Source: Ministry of Health": "source label",
    "Example Wire|": "source label",
    ">": "stray character",
    '""': "stray character",
    "***": "stray character",
    "2": "stray character",
    "Print": "page interface text",
    "Back to top": "page interface text",
    "Skip next section Explore more": "page interface text",
    "Send us your feedback": "page interface text",
    "Purchase Licensing Rights": "page interface text",
    "WATCH: Crowds gather outside the court": "video link",
    # Kinds found on a third story's pages, written here for other places and outlets:
    "Filed 3 Jun 2024 08:05 CEST · Last refreshed 09:40 CEST": "timestamp",
    "14-03-2024 09:40": "timestamp",
    "Dockers at the gate, Gdansk, May 2, 2024. BALTPRESS/Anna Nowak License this image": "photo caption",
    "Crowds on the square on Sunday. Fot. Jan Kowalski / Gazeta": "photo caption",
    "Fot. Jan Kowalski / Gazeta": "photo credit",
    "Foto: Petr Novák": "photo credit",
    "Zdjęcie: PAP/Łukasz Nowak": "photo credit",
    "© Petar Kolev / BALKANPIX": "photo credit",
    "License this image": "page interface text",
    "FURTHER READING ON EXAMPLEWIRE": "cross-promotion link",
    "Also from our newsroom": "cross-promotion link",
    "Explainer ▸ How a recount works, step by step": "cross-promotion link",
    "Home › World › Europe": "breadcrumb trail",
    "Podcasts · Newsletters · Schedule & frequencies": "navigation links",
    "Gdynia 11°C, light rain": "weather widget",
    "Choose language: EN · FR · DE": "page interface text",
    "▶ Audio version (3:12)": "page interface text",
    "★ This article is free to read. Members get the e-paper from 4.99 € a month.": "subscription prompt",
    "You have read 3 of your 5 free articles this month. Subscribe from £1 a week.": "subscription prompt",
    "❤ The Example Ledger takes no money from parties. Keep us going: become a patron from 5 € a month.":
        "subscription prompt",
    "🔔 Never miss a post: switch on notifications": "notification prompt",
    "ADVERTISEMENT · the article continues below": "advertisement label",
    "Were you at the fire? Send us your photos and videos: newsroom@example.org": "news-tip prompt",
    "We and our partners use cookies to measure traffic. Manage preferences | Accept all": "cookie notice",
    "By staying on this site you accept our use of cookies. [OK]": "cookie notice",
    "Hashtags for this post: #Floods #Storm": "topic tags",
    "#Floods #Storm": "topic tags",
    "Pass it on: Telegram · X · Facebook · Copy link": "social-media prompt",
    "48 responses → join the discussion (members only)": "comment counter",
    "Print edition: Friday 3 May 2024, page 6": "print-edition note",
    # Kinds found on a fourth story's pages (a wire, a paywalled daily, a press release, a live page, a
    # newsletter), written here for other places and outlets:
    "June 4, 2024 9:12 AM EDT · Updated 2 hours ago": "timestamp",
    "Storm damage in Porto, Portugal, June 3, 2024. Ana Lima/Lusa": "photo caption",
    "Ana Lima/Lusa": "photo credit",
    "Firefighters in Faro, June 3, 2024. MERIDIAN/Ana Lima Acquire Licensing Rights, opens new tab":
        "photo caption",
    "Reuse this content (opens in new window)": "page interface text",
    "NIKKEI 38,102.10 +0.4%  HANG SENG 17,230.55 -1.2%  EUR/USD 1.0831 -0.12%": "market data",
    "1.2k Likes · 87 Restacks": "reaction counter",
    "Enter your email address": "subscription prompt",
    "Start your free trial of unlimited digital access": "subscription prompt",
    "Just $2 a week for 6 months": "subscription prompt",
    "Then $29 a month. Cancel anytime.": "subscription prompt",
    "Unlock the Morning Briefing for free": "subscription prompt",
    "Our economics editor picks the week's best reads in this free newsletter.": "subscription prompt",
    "Thanks for reading The Weekly Ledger! Subscribe for free to support my work.": "subscription prompt",
    "(£1 = $1.27)": "exchange-rate note",
    "This interview was translated from Spanish by our newsroom.": "translation note",
    "NEWS PROVIDED BY": "distributor line",
    "SOURCE Northwind Foods plc": "distributor line",
    "This press release contains information that constitutes inside information for the purposes of the "
    "Market Abuse Regulation.": "legal notice",
    "Media enquiries:": "contact details",
    "+44 20 7946 0000 press@northwind.example": "contact details",
    "Comment guidelines": "comments heading",
    "Discussion about this article": "comments heading",
    "Suggested Topics:": "topic tags",
    "Follow the topics in this article": "topic tags",
    "More from Harbour Radio News": "cross-promotion link",
    "Harbour Radio © 2024": "copyright notice",
    "Privacy ∙ Terms ∙ Accessibility": "navigation links",
    "Share toFacebook": "social-media prompt",
    "Auto-refresh ON": "page interface text",
    "Load earlier posts": "page interface text",
    "Sort by": "page interface text",
    # Kinds found on a fifth story's pages (a national daily, a blog with comments, a live page, a charity's
    # situation report, a journal), written here for other places and outlets:
    "Kindly share this article:": "social-media prompt",
    "Download the Harbour Times app on Google Play and the App Store": "subscription prompt",
    "All rights reserved. This material may not be reproduced, published, broadcast or rewritten without "
    "prior written permission from HARBOUR TIMES.": "copyright notice",
    "June 4, 2024 9:12 AM GMT+2 Updated 2 hours ago": "timestamp",
    "May 3, 2024 · 5 min read": "timestamp",
    "Next update: 12 June 2024": "timestamp",
    "[1/3]Fishermen mend nets in Olhão, Portugal, June 3, 2024. MERIDIAN/Ana Lima Acquire Image Rights":
        "photo caption",
    "Image caption, Rescuers search the rubble on Sunday": "photo caption",
    "This post is free for all readers. Please consider becoming a paid subscriber.": "subscription prompt",
    "Like Loading...": "page interface text",
    "Log in to reply": "page interface text",
    '7 comments on "Why the harbour keeps flooding"': "comments heading",
    "You must be logged in to post a comment.": "comments heading",
    "Edited by Jan Kowal and Ewa Nowak": "contributor line",
    "All times are Central European Time (CET)": "live-page note",
    "Get involved: #HarbourFloods": "live-page note",
    "Jump to latest updates": "page interface text",
    "Skip Instagram post by harbourcity": "embedded post frame",
    "Allow Instagram content?": "embedded post frame",
    "End of Instagram post by harbourcity": "embedded post frame",
    "The Herald is not responsible for the content of external sites.": "embedded post frame",
    "Your donation can provide blankets and food to families in the camps.": "donation appeal",
    "€30 could buy a week of clean water for a family.": "donation appeal",
    "Give monthly | Give once": "donation appeal",
    "Related news stories": "cross-promotion link",
    "Harbour Aid is a registered charity in Scotland (charity no. SC012345).": "legal notice",
    "Harbour Medicine 2024;3:e41 | https://doi.org/10.12345/hm.2024.e41": "journal apparatus",
    "Figure 2: Admissions by week, Olhão district, 2024. Source: ministry of health.": "journal apparatus",
    "Conflicts of interest: None declared.": "journal apparatus",
    "2,310 Accesses": "journal apparatus",
    "PDF | Cite this article | Share": "page interface text",
    "Sign up for the Harbour Weekly": "subscription prompt",
    "Enter your email Sign up": "subscription prompt",
    # Kinds found on a sixth and a seventh story's pages (a tech site, a terminal brief, a forum, a company
    # newsroom, a union's bulletin, a live blog, state media, a think tank, a reader-funded site, a trade
    # site behind a paywall), written here for other places and outlets:
    "Disclosure: The Ledger's owner holds shares in the company.": "disclosure or notice",
    "We may earn a commission when you buy through links on our site.": "disclosure or notice",
    "By signing up, you agree to our Terms of Use and Privacy Policy.": "disclosure or notice",
    "You are receiving this newsletter because you subscribed. Unsubscribe": "disclosure or notice",
    "X: @anna_lima · Bluesky: @annalima.bsky.social": "social-media prompt",
    "Email address": "subscription prompt",
    "--With assistance from Jan Kowal.": "contributor line",
    "(Reporting by Ana Lima in Porto; Editing by Jan Kowal)": "contributor line",
    "(With inputs from Reuters)": "contributor line",
    "To contact the reporter on this story:": "contact details",
    "(Updates with minister's comment in fourth paragraph.)": "update note",
    "Helpline: +44 20 7946 0000 (weekdays, 9:00–17:00)": "contact details",
    "Questions about your job? Contact our member helpdesk.": "contact details",
    "Harbour Union · PO Box 21 · 1000 AB Amsterdam · www.example.org": "contact details",
    "r/worldnews": "forum interface",
    "u/harbour_watcher": "forum interface",
    "12.4k Members": "forum interface",
    "Sort by: Top": "forum interface",
    "r/ports · Why do cranes fail in winter? · 88 comments": "forum interface",
    "Vote": "page interface text",
    "More posts you may like": "cross-promotion link",
    "Also in this issue": "cross-promotion link",
    "Related analysis": "cross-promotion link",
    "Key events": "cross-promotion link",
    "Please enable JavaScript to see the live updates.": "page interface text",
    "Show key events only": "page interface text",
    "35m ago": "timestamp",
    "Hello and welcome to our live coverage of the storm. I'm Jan Kowal.": "live-page note",
    "That's all from us for today.": "live-page note",
    "Ana Lima (now) and Jan Kowal (earlier)": "byline",
    "Author: Ana Lima": "byline",
    "ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.": "photo caption",
    "Map caption: Areas without power as of 3 pm.": "photo caption",
    "Meridian Pictures | Request licence": "photo credit",
    "Meridian journalism follows the Meridian Editorial Code.": "standards notice",
    "[4] https://example.org/report; https://example.org/annex": "reference list",
    "Our newsroom is funded by readers like you. Please consider supporting us.": "subscription prompt",
    "You've reached the end of the free preview": "subscription prompt",
    "Team licences from €990 a year": "subscription prompt",
    "Grid Summit | Vienna, 4–5 May 2026 | Register now": "event promotion",
    # Kinds found on an eighth story's pages (a sports daily with betting ads, a press release pasted from its
    # PDF, a paper's bilingual English edition, a forum thread, a podcast's page, a newsletter), written here
    # for other places and outlets:
    "Bet £5 Get £20 in Free Bets": "betting advertisement",
    "New customers only. Min odds 1/2. Free bets expire in 30 days. 18+ | BeGambleAware.org | T&Cs apply":
        "betting advertisement",
    "Bet on the Lisbon Half: Ana Lima to win – 9/2": "betting advertisement",
    "18+ | GambleAware | Please gamble responsibly": "betting advertisement",
    "Friday 3 May 2024 09:12, UK": "timestamp",
    "Porto - 4 JUN 2024 - 10:20 CET": "timestamp",
    "Lisbon, 4 June 2024": "timestamp",
    "Page 2 of 5": "page number",
    "Ref: HPA/2024/117": "press-release label",
    "For immediate release": "press-release label",
    "-ENDS-": "end of release",
    "Este comunicado también está disponible en inglés.": "translation note",
    "This press release is also available in German.": "translation note",
    "Publicité / Advertisement": "advertisement label",
    "Lire aussi | Read also: The harbour's busiest week": "cross-promotion link",
    "Thèmes / Topics: Ports, Strikes": "topic tags",
    "Commentaires (12)": "comment counter",
    "Voir les commentaires / See comments": "comments heading",
    "Vous avez vu une erreur ? / Spotted an error? Let us know": "page interface text",
    "Recevez l'essentiel chaque matin / Get the best of the day's news every morning": "subscription prompt",
    "Dockers at the gate in Leixões, 2024. PORTO DIÁRIO / A. LIMA": "photo caption",
    "▲ 2.4k": "reaction counter",
    "♥ 57": "reaction counter",
    "u/harbour_watcher · 3h": "forum interface",
    "u/harbour_watcher · OP · 2h": "forum interface",
    "[deleted] · 5h": "forum interface",
    "Comment removed by moderator": "forum interface",
    "1.4k members · 212 online": "forum interface",
    "Listen on Apple Podcasts": "podcast app link",
    "Share this episode": "social-media prompt",
    "Show notes": "page interface text",
    "Transcript (auto-generated, may contain errors)": "page interface text",
    "Episode 12 · 38 min · Jun 4, 2024": "episode details",
    "Issue #12 · Friday 3 May 2024": "episode details",
    "00:12:30 The verdict": "chapter list",
    "Guest: Ana Lima (@analima), shipping correspondent": "contributor line",
    "Links mentioned in this episode": "cross-promotion link",
    "More episodes": "cross-promotion link",
    "This episode is supported by Harbour Bank. Open an account at harbourbank.example.": "sponsor message",
    "Port Weekly is supported by Tidewater. Readers get a month free with code PORTWEEK.": "sponsor message",
    "Ana Lima: Today's show is brought to you by Tidewater. Use code TIDE15 for 15% off your first order.":
        "sponsor message",
    "Support Harbour Talk on Patreon and get ad-free episodes": "subscription prompt",
    "Good morning, and welcome to issue 12. It was a busy week at the port.": "newsletter greeting",
    "That's all for this week. See you on Friday.": "sign-off",
    "Enjoyed this issue? Forward it to a friend who works at the port.": "social-media prompt",
    "Forwarded this email? Subscribe here": "subscription prompt",
    "You are receiving this because you signed up for Port Weekly.": "disclosure or notice",
    "Port Weekly, 12 Quay Street, Leith, Edinburgh EH6 7AB, United Kingdom": "contact details",
    "View in browser": "page interface text",
    "www.harbourunion.example": "web address",
    "Have you spotted a mistake? Tell us": "page interface text",
    # a video page, an aggregator, a print view, an e-paper, a web archive, an aid group's report:
    "CC": "page interface text",
    "Fullscreen": "page interface text",
    "Autoplay next": "page interface text",
    "Show less": "page interface text",
    "Back to article": "page interface text",
    "Up next: Divers join the search on the lake": "cross-promotion link",
    "Watch more": "cross-promotion link",
    "More coverage": "cross-promotion link",
    "Watch the full report in the player above.": "page interface text",
    "Speed 1.5x": "page interface text",
    "Voice: Amani (English, Kenya)": "page interface text",
    "Powered by SautiReader": "page interface text",
    "Open at wire.example": "page interface text",
    "Newsbridge displays this story as published by the source. Newsbridge did not write or edit it.":
        "disclosure or notice",
    "6 hours ago · March 9, 2026, 14:32 EAT": "timestamp",
    "Published: Sunday, 8 March 2026 | 9:07 PM EAT": "timestamp",
    "https://times.example/amp/news/fund-announced 1/2": "page header or footer",
    "Printed from times.example on 10/03/2026, 17:26": "page header or footer",
    "ePaper | The Harbour Herald | Thursday, 12 March 2026 | Page 4": "page header or footer",
    "Thursday, March 12, 2026 | No. 22,418 | KSh 80": "page header or footer",
    "4 THE HARBOUR HERALD, Thursday, March 12, 2026": "page header or footer",
    "THE NATION, Thursday, March 12, 2026 7": "page header or footer",
    "INSIDE: Treasury sets budget ceiling PAGE 12": "cross-promotion link",
    "www.harbourherald.example/epaper | Read the full edition on our app": "cross-promotion link",
    "Continued on Page 4": "page-jump note",
    "From Page 1": "page-jump note",
    "(Continued from page A1)": "page-jump note",
    "The Wayback Machine - https://web.archive.org/web/20260316093512/https://weekly.example/story/":
        "web archive banner",
    "Image: Map of the lake showing the port, the island and the approximate location of the capsizing":
        "photo caption",
    "The boundaries and names shown and the designations used on this map do not imply official endorsement "
    "or acceptance by the United Nations.": "disclosure or notice",
    "Lake Aid is registered in Kenya as a non-governmental organisation (OP.218/051/2009/0412).":
        "legal notice",
    "This article appears in issue 312 of Example Weekly.": "print-edition note",
    "You can unsubscribe at any time.": "subscription prompt",
    "Divers search the waters off the island on Tuesday. PHOTO | JOHN MUTUA": "photo caption",
    # a group's and a channel's export
    "👁 9.8K  08:40": "view counter",
    "👁 22.6K  edited 21:34": "view counter",
    "😢 640  🔥 212  👍 95": "reaction counter",
    "👍❤️😢 214": "reaction counter",
    "t.me/riverwatch/1187": "web address",
    "Forwarded from Valley Scanner Chat": "forum interface",
    "☕ Support the channel: buymeacoffee.example/riverwatch": "forum interface",
    "Private group · 4.6K members": "forum interface",
    "Top contributor": "forum interface",
    "Write a comment…": "forum interface",
    "July 9 at 6:05 AM · 🔒": "timestamp",
    "1d · 🔒": "timestamp",
    "Welcome to River Watch. News from the banks. Boost the channel: t.me/riverwatch?boost":
        "channel's description",
    # an encyclopedia's entry
    "From Examplepedia, the free encyclopedia": "encyclopedia's note",
    "This article is about the 2026 flood in Riverton. For the 1998 flood, see Riverton flood of 1998.":
        "encyclopedia's note",
    "This article documents a current event. Information may change rapidly as the event progresses.":
        "encyclopedia's note",
    '^ a b "River levels (update 3)". Riverton Council. 7 July 2026. Retrieved 14 July 2026.':
        "reference list",
    "References[edit]": "reference list",
    "See also[edit]": "cross-promotion link",
    "This page was last edited on 15 July 2026, at 08:12 (UTC).": "timestamp",
    "Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may "
    "apply.": "copyright notice",
    "Jump to navigation": "page interface text",
    # an authority's emergency page, a broadcaster's page, a newspaper's captions
    "Emergency information line: 1-866-555-0143 (8 a.m. to 8 p.m. daily)": "contact details",
    "In an emergency, always call 9-1-1.": "contact details",
    "Was this page helpful?": "page interface text",
    "Report a problem with this page": "page interface text",
    "View interactive map": "page interface text",
    "This page will be updated as new information becomes available.": "page interface text",
    "Status: Active – Evacuation Order in effect": "alert box",
    "FLOOD WARNING IN EFFECT – Riverton. Move to higher ground.": "alert box",
    "Map data © Province of Exland, Exland Survey": "copyright notice",
    "Issued: July 8, 2026, 9:40 p.m.": "timestamp",
    "Stay tuned to 99.1 The River for flood updates at the top of every hour.": "cross-promotion link",
    "A column of smoke over the ridge on Wednesday. (Photo submitted by listener Ana Lima)": "photo caption",
    "Ana Lima outside the hall, where she has slept since Thursday. JOHN DOE/THE DAILY STANDARD":
        "photo caption",
    # Kinds found on a sixth story's pages (a release forwarded by e-mail, a thread, a professional
    # network's post, a tech site, a broadcaster's explainer):
    "From: Ana Lima <ana.lima@riverton.example>": "e-mail header",
    "Sent: Monday, 13 July 2026 6:02 PM": "e-mail header",
    "-----Original Message-----": "e-mail header",
    "Sent from my iPhone": "e-mail signature",
    "Please consider the environment before printing this email.": "e-mail notice",
    "FYI – second statement from the council, landed last night.": "covering note",
    "John Doe | Rivers Reporter | The Riverpost": "job title",
    "M: 0408 555 716 | T: (02) 5550 3381": "contact details",
    "Riverton Council acknowledges the Traditional Custodians of the lands on which we work, and pays "
    "respect to Elders past and present.": "acknowledgement of Country",
    "About the author": "about the author",
    "We care about your privacy": "cookie notice",
    "Your information is being handled in accordance with the RBC Privacy Collection Statement.":
        "disclosure or notice",
    "Topic:Floods": "topic tags",
    "Posted 3h ago3 hours ago, updated 1h ago1 hours ago": "timestamp",
    "The old bridge has been closed since Monday.(RBC Upper Valley: John Doe)": "photo caption",
    "212.4K": "reaction counter",
    "1,204": "stray character",
    "8,214 posts": "reaction counter",
    "Learn more": "page interface text",
    "Sign me up": "subscription prompt",
    "Newsletters": "navigation links",
    "Translate post": "forum interface",
    "Sourced from across X": "forum interface",
    "River reporter. Views my own.": "profile description",
    "Trending in Exland": "cross-promotion link",
    "2d • Edited • 🌐": "timestamp",
}


@pytest.mark.parametrize(("line", "reason"), BOILERPLATE.items(), ids=list(BOILERPLATE))
def test_boilerplate_lines_are_recognised_by_their_shape(line: str, reason: str) -> None:
    assert line_reason(" ".join(normalise(line).split())) == reason


# --- properties ---------------------------------------------------------------------------------

ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n \t\n"])
POOL = sorted(BOILERPLATE) + STORY_LIKE + ["Title of a story", "• A bullet, said Ann.", "  indented  line"]


@st.composite
def article_like(draw: st.DrawFn) -> str:
    """Lines from the tables above and random ones, with any line ends and leading whitespace."""
    line = st.one_of(st.sampled_from(POOL), st.text(max_size=60), st.from_regex(r"[A-Z][a-z ,]{0,40}[.?]?"))
    parts = draw(st.lists(st.tuples(st.sampled_from(["", " ", "\t", "\ufeff"]), line, ENDINGS), max_size=25))
    return "".join(indent + text + end for indent, text, end in parts)


PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.text())
def test_any_text_cleans_and_every_line_is_accounted_for(text: str) -> None:
    cleaned = clean(text)
    assert_accounted(text, cleaned)
    assert_shown_is_the_text_with_quotes_as_typed(cleaned)


def assert_shown_is_the_text_with_quotes_as_typed(cleaned: CleanText) -> None:
    for paragraph in cleaned.paragraphs:
        if paragraph.shown is not None:
            assert len(paragraph.shown) == len(paragraph.text)
            assert normalise(paragraph.shown) == paragraph.text


@PROPERTY
@given(article_like(), st.dictionaries(st.sampled_from(["headline", "dek", "byline"]), st.sampled_from(POOL)))
def test_article_like_text_cleans_and_every_line_is_accounted_for(text: str, known: dict[str, str]) -> None:
    cleaned = clean(text, known)
    assert_accounted(text, cleaned)
    assert without_shown(clean(normalise(text), known)) == without_shown(cleaned)
    assert_shown_is_the_text_with_quotes_as_typed(cleaned)


@PROPERTY
@given(st.lists(st.tuples(st.sampled_from(STORY_LIKE + sorted(BOILERPLATE)), ENDINGS), min_size=1,
                max_size=20))
def test_story_sentences_are_never_lost_and_boilerplate_never_kept(parts: list[tuple[str, str]]) -> None:
    text = "A headline for the test\n\n" + "".join(line + end for line, end in parts)
    cleaned = clean(text)
    kept = [p.text for p in cleaned.paragraphs] + [h.text for h in cleaned.header]
    for (line, end), after in zip(parts, [*parts[1:], ("", "")], strict=True):
        # A sentence right above a credit (no blank line between) is taken for that picture's
        # caption unless it reports speech: the one place where the rules may take story for caption.
        above_credit = "\n\n" not in end and BOILERPLATE.get(after[0]) == "photo credit"
        if line in STORY_LIKE:
            assert above_credit or any(line in k for k in kept), line
        elif BOILERPLATE[line] != "timestamp":  # a publication time may be the dateline
            assert not any(" ".join(normalise(line).split()) == k for k in kept), line


@PROPERTY
@given(st.text())
def test_normalise_is_idempotent_and_keeps_the_lines(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert once.count("\n") == len(re.findall(r"\r\n|\r|\n", text))


def test_large_texts_clean_without_blowing_up() -> None:
    # Shapes that make careless regular expressions slow: long lines of brackets, slashes, bullets.
    story = "The council met on Monday, officials said. " * 40 + "\n\n"
    text = story * 300 + "(a " * 100_000 + "\n\n" + "Photo / Reuters " * 20_000 + "\n\n" + "• " * 100_000
    cleaned = clean(text)
    assert len(cleaned.paragraphs) == 3  # one story paragraph (its repeats removed) and two long lines
    assert len(cleaned.removed) == 299 + 1
