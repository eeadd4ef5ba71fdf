"""The comparison stage on a story written for the tests (tests/fixtures/compare/explosion.yml) and on
small cases built by hand: agreement, conflict, shared quotes, reuse, dates, names, framing, coverage."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from compare_helpers import Annotate, entity, knowledge, lexicon, load_corpus, make_article

from generator.annotate.terms import find_headline_terms
from generator.compare import Comparisons, compare
from generator.compare.dates import MAX_SPREAD, event_kinds
from generator.compare.figures import compatible, figure_event, normal_subject
from generator.compare.names import roles_differ, title_before
from generator.model import Annotations, Figure, KnowledgeBase, Span


@pytest.fixture(scope="module")
def story() -> Comparisons:
    corpus = load_corpus("explosion")
    return compare(corpus.articles, corpus.annotations, corpus.kb)


WIRE, RIVER = "wire-agency-explosion", "river-daily-blast"
HARBOUR, VALLEY = "harbour-times-factory", "valley-post-fire"


# --- figures ------------------------------------------------------------------------------------


def test_the_dead_conflict_with_every_value_and_its_articles(story: Comparisons) -> None:
    dead = next(g for g in story.figures if g.counts == "killed")
    assert dead.status == "conflict"
    assert dead.subject == "worker"  # 'Fourteen people' joined the group of '12 workers'
    assert dead.event == "attack"
    assert [(t.value, set(t.articles)) for t in dead.tally] == [(12, {WIRE, RIVER, VALLEY}), (14, {HARBOUR})]
    assert {v.figure for v in dead.values} == {f"{a}-f1" for a in (WIRE, RIVER, HARBOUR, VALLEY)}


def test_parts_conflict_is_found_apart_from_the_total(story: Comparisons) -> None:
    dead = next(g for g in story.figures if g.counts == "killed")
    assert dead.parts_status == "conflict"  # nine contractors and three engineers, against eleven and three


def test_compatible_qualified_values_agree(story: Comparisons) -> None:
    injured = next(g for g in story.figures if g.counts == "injured")
    assert injured.status == "agree"  # 30 is 'at least 25'
    assert {v.article for v in injured.values} == {WIRE, RIVER, HARBOUR}


def test_equal_values_agree_and_parts_without_a_rival_are_none() -> None:
    a = make_article("north-gazette", ["Floods in the valley killed 7 villagers on Sunday."])
    b = make_article("south-herald", ["Seven villagers died in the floods."])
    annotations = {"north-gazette": Annotate(a).figure("killed 7 villagers", 7, "killed", "villagers")
                                               .build(),
                   "south-herald": Annotate(b).figure("Seven villagers died", 7, "dead", "villagers").build()}
    (group,) = compare((a, b), annotations, knowledge()).figures
    assert (group.status, group.parts_status, group.event) == ("agree", "none", "disaster")


def test_a_count_over_a_period_is_not_the_count_of_the_incident() -> None:
    a = make_article("east-news", ["The raid killed 5 fighters.",
                                   "More than 40 fighters have been killed since May."])
    b = make_article("west-news", ["Five fighters were killed in the raid."])
    annotations = {
        "east-news": Annotate(a).figure("killed 5 fighters", 5, "killed", "fighters")
                                .figure("More than 40 fighters", 40, "killed", "fighters", "more than")
                                .build(),
        "west-news": Annotate(b).figure("Five fighters were killed", 5, "killed", "fighters").build()}
    groups = compare((a, b), annotations, knowledge()).figures
    by_event = {g.event: g for g in groups}
    assert by_event["operation"].status == "agree"
    assert [v.value for v in by_event["cumulative"].values] == [40]


def test_a_step_of_a_tally_is_not_set_against_the_tally() -> None:
    a = make_article("wire-desk", ["The death toll rose to 14 on Tuesday after divers recovered two more "
                                   "bodies from the river."])
    b = make_article("daily-sheet", ["Fifteen people were killed when the bridge fell into the river."])
    annotations = {
        "wire-desk": Annotate(a).figure("rose to 14", 14, "killed").figure("two more bodies", 2, "killed")
                                .build(),
        "daily-sheet": Annotate(b).figure("Fifteen people were killed", 15, "killed", "people").build()}
    (dead,) = compare((a, b), annotations, knowledge()).figures
    assert sorted((t.value, t.articles) for t in dead.tally) == [(14, ("wire-desk",)), (15, ("daily-sheet",))]


def test_more_people_of_another_kind_are_still_counted() -> None:
    # 'more' here counts other people than the dead: not a step of the same tally
    a = make_article("east-post", ["Nine people were killed and 20 more were injured in the raid."])
    annotations = {"east-post": Annotate(a).figure("Nine people were killed", 9, "killed", "people")
                                           .figure("20 more were injured", 20, "injured").build()}
    groups = compare((a,), annotations, knowledge()).figures
    assert sorted((g.counts, g.values[0].value) for g in groups) == [("injured", 20), ("killed", 9)]


def test_the_dead_of_an_earlier_year_are_another_incident() -> None:
    a = make_article("rail-news", ["The collapse killed 15 people on Sunday.",
                                   "A similar bridge in Genoa collapsed in 2018, killing 43 people."],
                     published="2024-10-16")
    b = make_article("city-paper", ["Fifteen people died when the bridge collapsed, a toll close to that "
                                    "of the 2018 Genoa disaster."], published="2024-10-17")
    annotations = {
        "rail-news": Annotate(a).figure("killed 15 people", 15, "killed", "people")
                                .figure("killing 43 people", 43, "killed", "people")
                                .date("2018", "2018-01-01", paragraph=1).build(),
        "city-paper": Annotate(b).figure("Fifteen people died", 15, "dead", "people")
                                 .date("2018", "2018-01-01").build()}
    groups = {g.event: g for g in compare((a, b), annotations, knowledge()).figures}
    assert sorted(groups) == ["", "in 2018"]
    assert groups[""].status == "agree"
    assert {v.article for v in groups[""].values} == {"rail-news", "city-paper"}
    assert [v.value for v in groups["in 2018"].values] == [43]  # 'the 2018 disaster' is compared with


def test_spans_of_time_are_compared_only_when_they_measure_the_same_thing() -> None:
    a = make_article("town-gazette", ["The driver had driven the route for 18 years.",
                                      "She had gone to Greece every autumn for twenty years."])
    b = make_article("city-beacon", ["She went to Greece every single autumn for 20 years.",
                                     "The driver had driven the route for 15 years."])
    annotations = {
        "town-gazette": Annotate(a).figure("18 years", 18, "years").figure("twenty years", 20, "years")
                                   .build(),
        "city-beacon": Annotate(b).figure("20 years", 20, "years").figure("15 years", 15, "years").build()}
    groups = {g.subject: g for g in compare((a, b), annotations, knowledge()).figures}
    assert sorted(groups) == ["autumn", "route"]
    assert groups["autumn"].status == "agree" and len(groups["autumn"].values) == 2
    assert groups["route"].status == "conflict"  # 18 against 15 years on the route


def test_people_to_whom_nothing_happened_are_compared_only_in_the_same_words() -> None:
    a = make_article("hill-news", ["Kastel is a town of 11,000 people.", "About 60 people were treated."])
    b = make_article("vale-post", ["Some 20,000 people marched on Friday.", "Some 45 people were treated."])
    annotations = {
        "hill-news": Annotate(a).figure("11,000 people", 11000, "people", "people")
                                .figure("About 60 people", 60, "people", "people", "about").build(),
        "vale-post": Annotate(b).figure("20,000 people", 20000, "people", "people", "about")
                                .figure("45 people", 45, "people", "people", "about").build()}
    groups = {g.subject: g for g in compare((a, b), annotations, knowledge()).figures}
    assert sorted(groups) == ["marched", "town", "treated"]
    assert groups["treated"].status == "conflict"  # about 60 against about 45, both 'treated'


def test_counts_of_things_are_claims_told_apart_by_their_words() -> None:
    # 'votes' counts a margin in some sentences and the votes a recount moved in others
    texts = {
        "wire-one": ["The mayor was declared the winner of the run-off by 312 votes.",
                     "The recount moved 25 votes in two districts."],
        "city-two": ["The mayor was declared the winner of the run-off by 312 votes on Monday."],
        "daily-three": ["The mayor was declared the winner of the run-off by 321 votes.",
                        "In all, 25 votes moved when the recount was done."],
        "radio-four": ["The recount in two districts moved 25 votes."],
    }
    articles = tuple(make_article(a, ps) for a, ps in texts.items())
    annotations = {}
    for article in articles:
        build = Annotate(article)
        for number in ("312", "321", "25"):
            for index, text in enumerate(article.paragraphs):
                if f"{number} votes" in text:
                    build = build.figure(f"{number} votes", int(number), "votes", "votes", paragraph=index)
        annotations[article.id] = build.build()
    groups = [g for g in compare(articles, annotations, knowledge()).figures if g.counts == "votes"]
    claims = sorted(sorted({t.value for t in g.tally}) for g in groups)
    assert claims == [[25], [312, 321]]
    margin = next(g for g in groups if len(g.tally) == 2)
    assert margin.status == "conflict"


def test_amounts_of_money_are_claims_told_apart_by_their_clauses() -> None:
    # One sentence may give two amounts (a fine and a forfeiture): each is read with its own clause. An
    # article's second amount is another claim, and amounts far apart are never one.
    texts = {
        "gulf-wire": ["The firm was fined 1.2 million euros for fraud, and the court seized assets worth "
                      "23 million euros.", "A pensioner said she lost 60,000 euros."],
        "bay-daily": ["The firm was fined €1.5m for fraud.", "The court seized assets worth €25m, "
                      "including a yacht."],
        "cape-post": ["The firm was fined 1.2 million euros for fraud."],
    }
    amounts = {"1.2 million euros": 1.2e6, "23 million euros": 23e6, "60,000 euros": 6e4, "€1.5m": 1.5e6,
               "€25m": 25e6}
    articles = tuple(make_article(a, ps) for a, ps in texts.items())
    annotations = {}
    for article in articles:
        build = Annotate(article)
        for index, text in enumerate(article.paragraphs):
            for written, value in amounts.items():
                if written in text:
                    build = build.figure(written, value, "euros", paragraph=index)
        annotations[article.id] = build.build()
    groups = [g for g in compare(articles, annotations, knowledge()).figures if g.counts == "euros"]
    claims = sorted(sorted({t.value for t in g.tally}) for g in groups)
    assert claims == [[6e4], [1.2e6, 1.5e6], [23e6, 25e6]]
    assert all(g.status == "conflict" for g in groups if len(g.tally) == 2)


def test_prison_terms_are_one_claim_per_person_sentenced() -> None:
    a = make_article("gulf-wire", ["The court sentenced the founder to nine years in prison for fraud.",
                                   "His deputy was given a suspended sentence of four years and six months."])
    b = make_article("bay-daily", ["The founder was sentenced to eight and a half years in prison for fraud.",
                                   "His deputy received a suspended sentence of four years and six months."])
    annotations = {
        "gulf-wire": Annotate(a).figure("nine years", 9, "years")
                                .figure("four years and six months", 4.5, "years", paragraph=1).build(),
        "bay-daily": Annotate(b).figure("eight and a half years", 8.5, "years")
                                .figure("four years and six months", 4.5, "years", paragraph=1).build()}
    groups = [g for g in compare((a, b), annotations, knowledge()).figures if g.subject == "prison term"]
    assert sorted(sorted({t.value for t in g.tally}) for g in groups) == [[4.5], [8.5, 9]]


def test_counts_of_things_the_lexicon_names_two_ways_are_one_claim() -> None:
    # the knowledge base says 'savers' and 'investors' name the same people: their counts are one claim
    a = make_article("gulf-wire", ["The scheme took money from some 9,400 investors, the court found."])
    b = make_article("bay-letter", ["The scheme took money from nearly 10,000 savers, the court found."])
    annotations = {"gulf-wire": Annotate(a).figure("9,400 investors", 9400, "investors", "investors").build(),
                   "bay-letter": Annotate(b).figure("10,000 savers", 10000, "savers", "savers").build()}
    kb = knowledge(framing=(lexicon("the-investors", "How the people who lost money are named",
                                    "investors", "savers"),))
    (claim,) = compare((a, b), annotations, kb).figures
    assert claim.counts == "investors" and {t.value for t in claim.tally} == {9400, 10000}
    assert len(compare((a, b), annotations, knowledge()).figures) == 2  # without the lexicon, two counts


def test_jobs_roles_and_positions_cut_are_one_count() -> None:
    a = make_article("tech-site", ["The company will cut about 1,200 roles worldwide."])
    b = make_article("terminal", ["The company will cut up to 1,250 positions worldwide."])
    annotations = {"tech-site": Annotate(a).figure("1,200 roles", 1200, "roles", "roles", "about").build(),
                   "terminal": Annotate(b).figure("1,250 positions", 1250, "positions", "positions",
                                                  "at most").build()}
    (claim,) = compare((a, b), annotations, knowledge()).figures
    assert claim.counts == "jobs" and claim.subject == ""
    assert {t.value for t in claim.tally} == {1200, 1250}


def test_the_comparison_knows_every_currency_the_annotator_counts() -> None:
    # the two stages keep their own lists (compare imports no annotator): they must not drift apart
    from generator.annotate.counted import CURRENCIES
    from generator.compare.figures import MONEY

    assert set(CURRENCIES.values()) <= MONEY


def test_a_share_and_the_turnout_beside_it_are_two_claims() -> None:
    a = make_article("east-wire", ["He won with 58.7% of the vote on a turnout of 46%."])
    b = make_article("west-paper", ["He won with 58.7 per cent of the vote."])
    annotations = {
        "east-wire": Annotate(a).figure("58.7% of the vote", 58.7, "percent", "vote")
                                .figure("46%", 46, "percent").build(),
        "west-paper": Annotate(b).figure("58.7 per cent of the vote", 58.7, "percent", "vote").build()}
    groups = {g.subject: g for g in compare((a, b), annotations, knowledge()).figures}
    assert sorted(groups) == ["turnout", "vote"]
    assert groups["vote"].status == "agree" and len(groups["vote"].values) == 2


def test_a_year_that_opens_the_sentence_dates_any_count() -> None:
    a = make_article("east-wire", ["In 2018, he won with 58.7% of the vote.",
                                   "The bridge, built in 1978, carried 9,000 vehicles a day."],
                     published="2024-04-24")
    annotations = {"east-wire": Annotate(a).figure("58.7% of the vote", 58.7, "percent", "vote")
                                           .figure("9,000 vehicles", 9000, "vehicles", "vehicles")
                                           .date("2018", "2018-01-01").date("1978", "1978-01-01").build()}
    events = {g.counts: g.event for g in compare((a,), annotations, knowledge()).figures}
    assert events == {"percent": "in 2018", "vehicles": ""}  # the building's year dates no traffic


def test_different_subjects_are_not_compared() -> None:
    a = make_article("one-paper", ["The storm killed 3 fishermen and 9 cattle."])
    annotations = {"one-paper": Annotate(a).figure("3 fishermen", 3, "killed", "fishermen")
                                           .figure("9 cattle", 9, "killed", "cattle").build()}
    groups = compare((a,), annotations, knowledge()).figures
    assert sorted(g.subject for g in groups) == ["cattle", "fishermen"]
    assert all(g.status == "agree" for g in groups)


def test_shares_answering_different_questions_are_not_compared() -> None:
    """Two questions of one poll: 72% and 87% of the same people are not a conflict; the same answer
    given differently by two outlets is."""
    a = make_article("poll-daily", ["A survey found that 72 percent of Palestinians said they support armed "
                                    "groups; 87% said the PA had no right to arrest their members."])
    b = make_article("poll-weekly", ["In the survey, 70 percent of Palestinians said they support armed "
                                     "groups."])
    annotations = {
        "poll-daily": Annotate(a).figure("72 percent of Palestinians", 72, "percent", "Palestinians")
                                 .figure("87%", 87, "percent").build(),
        "poll-weekly": Annotate(b).figure("70 percent of Palestinians", 70, "percent", "Palestinians")
                                  .build()}
    groups = {g.subject: g for g in compare((a, b), annotations, knowledge()).figures}
    assert sorted(groups) == ["pa right arrest", "palestinian: support armed groups"]
    assert [v.value for v in groups["pa right arrest"].values] == [87]
    support = groups["palestinian: support armed groups"]
    assert support.status == "conflict" and sorted(v.value for v in support.values) == [70, 72]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((9, "exact"), (10, "exact"), False),
    ((9, "exact"), (9, "exact"), True),
    ((25, "at least"), (30, "exact"), True),
    ((30, "more than"), (30, "exact"), False),
    ((100, "about"), (105, "exact"), True),
    ((100, "about"), (150, "exact"), False),
    ((10, "fewer than"), (12, "at least"), False),
])
def test_qualified_values(a: tuple[float, str], b: tuple[float, str], expected: bool) -> None:
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


def test_subject_and_event_normalisation() -> None:
    assert normal_subject("armed militants") == "militant"
    assert normal_subject("others") == ""
    assert normal_subject("casualties") == ""
    assert normal_subject("Palestinian suspects") == "suspect"
    text = "Police said the shooting left 4 dead. Separately, 2 people died in a crash."
    assert figure_event(text, text.index("4 dead"), text.index("4 dead") + 6) == "attack"
    assert figure_event(text, text.index("2 people"), text.index("2 people") + 8) == "disaster"
    text = "Fire service officials said 3 people died."
    assert figure_event(text, text.index("3 people"), text.index("3 people") + 8) == ""  # no fire
    text = "The toll rose to 15 on Tuesday, when divers found a farmer who had been missing since Sunday."
    assert figure_event(text, text.index("15"), text.index("15") + 2) == ""  # 'since' of another clause
    text = "Since the raid this morning, there have been at least six attacks with firebombs."
    assert figure_event(text, text.index("six"), text.index("six") + 10) == "cumulative"


# --- quotes -------------------------------------------------------------------------------------


def test_shared_quote_with_different_wording_is_grouped_with_a_word_diff(story: Comparisons) -> None:
    (group,) = story.quotes
    assert group.speaker == "dana-whitfield"
    assert set(group.articles) == {WIRE, RIVER}
    assert not group.identical
    river = next(w for w in group.wordings if w.article == RIVER)
    changes = [(d.kind, d.text) for d in river.diff if d.kind != "same"]
    assert changes == [("removed", "we"), ("added", "the")]
    assert 0.8 < river.similarity < 1


SPEAKERS = knowledge(entity("minister-lee", "Ana Lee", "person"),
                     entity("mayor-ortiz", "Luis Ortiz", "person"),
                     entity("roads-agency", "Roads Agency", "organisation"))


def _two_quotes(first: tuple[str, str | None], second: tuple[str, str | None],
                kb: KnowledgeBase | None = None) -> tuple[Comparisons, str]:
    a = make_article("left-paper", [f"“{first[0]},” an official said."])
    b = make_article("right-paper", [f"“{second[0]},” an official said."])
    annotations = {"left-paper": Annotate(a).quote(first[0], first[1]).build(),
                   "right-paper": Annotate(b).quote(second[0], second[1]).build()}
    return compare((a, b), annotations, kb or knowledge()), a.id


def test_the_same_words_given_to_two_people_are_one_group_whose_speakers_differ() -> None:
    words = "The bridge will reopen to traffic next month after repairs"
    result, _ = _two_quotes((words, "minister-lee"), (words, "mayor-ortiz"), SPEAKERS)
    (group,) = result.quotes
    assert group.speakers_differ and {w.speaker for w in group.wordings} == {"minister-lee", "mayor-ortiz"}


@pytest.mark.parametrize(("first", "second"), [
    # two people's words on one theme, in another order: 'respect whatever the court decides'
    (("We will respect whatever the court decides", "minister-lee"),
     ("I will respect the court, whatever it decides, but we will appeal", "mayor-ortiz")),
    # a spokesman and the body he speaks for are no disagreement
    (("The bridge will reopen to traffic next month after repairs", "minister-lee"),
     ("The bridge will reopen to traffic next month after repairs", "roads-agency")),
])
def test_near_misses_of_one_utterance_given_to_two_speakers(first: tuple[str, str],
                                                             second: tuple[str, str]) -> None:
    result, _ = _two_quotes(first, second, SPEAKERS)
    assert not any(g.speakers_differ for g in result.quotes)


def test_speakers_the_knowledge_base_does_not_know_are_not_set_against_each_other() -> None:
    words = "The bridge will reopen to traffic next month after repairs"
    result, _ = _two_quotes((words, "minister-lee"), (words, "mayor-ortiz"))
    assert result.quotes == ()


def test_a_paraphrase_by_the_same_speaker_is_grouped() -> None:
    result, _ = _two_quotes(("Cooperation with the ministry no longer exists from today", "union-chief"),
                            ("Cooperation with the ministry is no longer existent as of today",
                             "union-chief"))
    (group,) = result.quotes
    assert group.speaker == "union-chief" and len(group.wordings) == 2


def test_an_unattributed_quote_joins_only_when_close() -> None:
    close, _ = _two_quotes(("The bridge will reopen to traffic next month after repairs", "minister-lee"),
                           ("The bridge will reopen to traffic next month", None))
    assert len(close.quotes) == 1 and close.quotes[0].speaker == "minister-lee"
    far, _ = _two_quotes(("The bridge will reopen to traffic next month after repairs", "minister-lee"),
                         ("Traffic chaos will continue until the new tunnel opens next year", None))
    assert far.quotes == ()


# --- reuse --------------------------------------------------------------------------------------


def test_the_reprint_shares_most_of_the_wire_story(story: Comparisons) -> None:
    pair = next(p for p in story.reuse if {p.a, p.b} == {WIRE, RIVER})
    assert pair.a < pair.b
    assert pair.score > 0.6
    longest = pair.passages[0]
    assert longest.words >= 30
    assert "Regional Labour Court" in longest.a_text and "Regional Labour Court" in longest.b_text
    assert 3 in longest.a_paragraphs and 3 in longest.b_paragraphs


def test_unrelated_articles_share_nothing(story: Comparisons) -> None:
    pairs = {frozenset((p.a, p.b)) for p in story.reuse}
    assert frozenset((HARBOUR, VALLEY)) not in pairs
    assert frozenset((WIRE, VALLEY)) not in pairs



def test_a_wire_story_reprinted_everywhere_keeps_each_article_its_closest_copies() -> None:
    from generator.compare.reuse import MAX_PARTNERS, compare_reuse

    wire = ("Security forces raided the northern district before dawn on Monday, officials said, and the "
            "operation lasted several hours according to witnesses who spoke to reporters at the scene.")
    closing = "The ministry promised an inquiry into the deaths and the damage to the hospital's east wing."
    articles = tuple(make_article(f"outlet{n:03d}-report", [f"Report number {n} from the district.", wire]
                                  + ([closing] if n % 2 else [])) for n in range(3 * MAX_PARTNERS))
    pairs = compare_reuse(articles)
    partners: dict[str, set[str]] = {a.id: set() for a in articles}
    for pair in pairs:
        partners[pair.a].add(pair.b)
        partners[pair.b].add(pair.a)
    # Everyone shares the wire paragraph with everyone, yet the pairs stay linear in the articles...
    assert len(pairs) <= len(articles) * MAX_PARTNERS
    assert all(len(found) >= MAX_PARTNERS for found in partners.values())
    # ...and the closest copies are kept: an article with the closing paragraph keeps those that have it too.
    odd = {a.id for n, a in enumerate(articles) if n % 2}
    assert all(len(partners[article] & odd) >= MAX_PARTNERS for article in odd)



def test_a_passage_carried_by_very_many_articles_is_still_found_and_traced_to_the_earliest() -> None:
    from generator.compare.reuse import MAX_PARTNERS, WIDELY_SHARED, compare_reuse

    wire = ("The interior ministry said in a statement that the curfew across the eastern districts would be "
            "lifted at noon on Thursday after a night without incidents.")
    # Five times WIDELY_SHARED and more than a hundred: before, a run in over a hundred articles was ignored.
    count = max(5 * WIDELY_SHARED, 101)
    articles = tuple(make_article(f"outlet{n:03d}-report", [f"Dispatch {n}.", wire],
                                  published=(dt.date(2024, 3, 1) + dt.timedelta(days=n // 10)).isoformat())
                     for n in range(count))
    pairs = compare_reuse(articles)
    earliest = {a.id for a in articles[:WIDELY_SHARED]}
    partners: dict[str, set[str]] = {a.id: set() for a in articles}
    for pair in pairs:
        partners[pair.a].add(pair.b)
        partners[pair.b].add(pair.a)
        # The whole paragraph, words only (the passage ends on its last word, not the full stop).
        assert pair.passages[0].a_text == wire[:-1] == pair.passages[0].b_text
    assert all(partners[a.id] & earliest for a in articles)
    assert all(partners[a.id] <= earliest for a in articles[WIDELY_SHARED:])
    assert len(pairs) <= len(articles) * MAX_PARTNERS

# --- dates --------------------------------------------------------------------------------------


def test_the_same_announcement_on_another_day_is_a_conflict(story: Comparisons) -> None:
    announcement = next(g for g in story.dates if g.kind == "announcement")
    assert announcement.status == "conflict"
    assert [(str(t.date), set(t.articles)) for t in announcement.tally] == [
        ("2024-03-06", {WIRE, RIVER}), ("2024-03-05", {HARBOUR})]
    assert "mourning" in announcement.event


@pytest.mark.parametrize(("text", "date", "kinds"), [
    # a date that opens its sentence dates the sentence's event, however long its subject
    ("On 17 October, the Union of Public Works Engineers (EMDE) held a 24-hour national strike.",
     "17 October", ["strike"]),
    ("The union, on 17 October, held what its leaders described as a long-planned, widely supported and "
     "entirely peaceful national strike.", "17 October", [None]),
    ("Prosecutors opened a criminal investigation on Monday.", "Monday", ["investigation"]),
    ("The families filed a lawsuit on 21 October.", "21 October", ["lawsuit"]),
    ("The driver will be buried in Veroia on Thursday.", "Thursday", ["funeral"]),
    ("The court will hear the case on 9 May.", "9 May", ["hearing"]),
    ("Officials began recounting ballots on Wednesday.", "Wednesday", ["count"]),
    ("Her lawyers filed a complaint on Monday.", "Monday", ["lawsuit"]),
    ("The sample, taken on 22 February 2025 in Seville, contained the drug.", "22 February 2025", ["test"]),
    ("A passenger ferry capsized on Lake Nyasoro on Saturday evening.", "Saturday", ["disaster"]),
    ("A memorial service was held at Kaseni Stadium on Friday.", "Friday", ["funeral"]),
    # the words of other disasters and attacks: a spill, a dam that burst, an outage, a cyberattack
    ("The tailings dam burst early on Tuesday, releasing cyanide.", "Tuesday", ["disaster"]),
    ("The hospital group's systems were hit by a ransomware attack on Sunday.", "Sunday", ["attack"]),
    ("The regulator fined the company on Wednesday.", "Wednesday", ["decision"]),
    # a breach of the peace or of a contract is no incident of its own
    ("They were charged on Friday with breach of the peace.", "Friday", [None]),
    # a semicolon ends the clause a date belongs to (a dek strings clauses so)
    ("Body of missing farmer recovered late Tuesday; prosecutor takes charge of inquiry", "Tuesday", [None]),
])
def test_the_event_a_date_belongs_to(text: str, date: str, kinds: list[str | None]) -> None:
    start = text.index(date)
    assert event_kinds(text, [(start, start + len(date))]) == kinds


def test_a_strike_dated_a_day_apart_by_two_outlets_is_a_conflict() -> None:
    a = make_article("trade-weekly", ["On 17 October, the engineers' union held a 24-hour national strike "
                                      "and thousands marched in Thessaloniki."], published="2024-10-23")
    b = make_article("world-radio", ["Thousands marched in Thessaloniki on Friday as engineers staged a "
                                     "24-hour national strike."], published="2024-10-19")
    annotations = {"trade-weekly": Annotate(a).date("17 October", "2024-10-17").build(),
                   "world-radio": Annotate(b).date("Friday", "2024-10-18").build()}
    (strike,) = compare((a, b), annotations, knowledge()).dates
    assert strike.kind == "strike" and strike.status == "conflict"


def test_a_hearing_and_the_day_a_judge_will_hear_it_are_one_event_dated_twice() -> None:
    # 'hearing' and 'hear' are one word to the comparison ('heari' and 'hear' were two)
    a = make_article("tagus-daily", ["The hearing to decide the request is scheduled for 25 March."],
                     published="2025-03-18")
    b = make_article("small-letter", ["A judge will hear that request next Wednesday."],
                     published="2025-03-21")
    annotations = {"tagus-daily": Annotate(a).date("25 March", "2025-03-25").build(),
                   "small-letter": Annotate(b).date("next Wednesday", "2025-03-26").build()}
    (hearing,) = compare((a, b), annotations, knowledge()).dates
    assert hearing.kind == "hearing" and hearing.status == "conflict"


def test_a_court_s_verdict_is_a_dated_decision() -> None:
    a = make_article("tagus-wire", ["A Lisbon court on Tuesday sentenced the founder to nine years."],
                     published="2025-03-11")
    annotations = {"tagus-wire": Annotate(a).date("Tuesday", "2025-03-11").build()}
    (verdict,) = compare((a,), annotations, knowledge()).dates
    assert verdict.kind == "decision"


def test_a_second_date_in_the_sentence_is_not_the_announcement_date(story: Comparisons) -> None:
    for group in story.dates:
        assert all(v.text != "Friday" for v in group.values), group


def test_the_explosion_day_agrees_across_all_four(story: Comparisons) -> None:
    blast = next(g for g in story.dates if g.kind == "attack")
    assert blast.status == "agree"
    assert {v.article for v in blast.values} == {WIRE, RIVER, HARBOUR, VALLEY}


def test_events_far_apart_or_unrelated_are_not_conflicts() -> None:
    a = make_article("city-news", ["The council met on Monday to approve the budget.",
                                   "The mayor announced on Friday a new bus line."], published="2024-05-11")
    b = make_article("town-news", ["Officials met on Tuesday to discuss flood defences for the harbour."],
                     published="2024-05-11")
    annotations = {"city-news": Annotate(a).date("Monday", "2024-05-06").date("Friday", "2024-05-10").build(),
                   "town-news": Annotate(b).date("Tuesday", "2024-05-07").build()}
    groups = compare((a, b), annotations, knowledge()).dates
    assert [g.kind for g in groups] == ["meeting", "meeting", "announcement"]
    assert all(g.status == "agree" for g in groups)  # the two meetings share no words: two events


def test_an_event_is_labelled_by_names_as_written_and_the_words_its_reports_share() -> None:
    articles, annotations = [], {}
    for outlet, day in (("north-news", "Monday"), ("south-news", "Monday"), ("east-news", "Tuesday")):
        article = make_article(outlet, [f"The army announced on {day} a curfew in Beit Anun after the "
                                        f"clashes, the Kaldarian Authority said."], published="2024-05-08")
        articles.append(article)
        date = "2024-05-06" if day == "Monday" else "2024-05-07"
        annotations[article.id] = Annotate(article).date(day, date).build()
    (group,) = compare(tuple(articles), annotations, knowledge()).dates
    assert group.event == "announcement: Beit Anun, Kaldarian Authority, army"


def test_a_run_of_similar_events_every_other_day_is_not_one_event() -> None:
    """A long story: the army announces a raid on the 1st, 3rd, 5th and 7th, each reported by two
    outlets. Dates two days apart may be one event dated differently, but a chain of such dates is not:
    no event may span more than MAX_SPREAD days (it was one event of four dates, 1st to 7th)."""
    articles, annotations = [], {}
    for day in (1, 3, 5, 7):
        for outlet in ("north-news", "south-news"):
            article = make_article(f"{outlet}-{day}", [f"The army said it carried out a raid in the city on "
                                                       f"May {day}, its spokesman announced."],
                                   published=f"2024-05-0{day}")
            articles.append(article)
            annotations[article.id] = Annotate(article).date(f"May {day}", f"2024-05-0{day}").build()
    groups = compare(tuple(articles), annotations, knowledge()).dates
    spans = [(max(t.date for t in g.tally) - min(t.date for t in g.tally)).days for g in groups]
    assert len(groups) >= 2 and max(spans) <= MAX_SPREAD


# --- names, roles, institutions -----------------------------------------------------------------


def test_spelling_variants_of_a_name(story: Comparisons) -> None:
    mayor = next(n for n in story.names if n.entity == "ingrid-kovalenko")
    assert [(s.text, set(s.articles)) for s in mayor.spellings] == [
        ("Ingrid Kovalenko", {WIRE, RIVER, VALLEY}), ("Ingrid Kowalenko", {HARBOUR})]
    spokeswoman = next(n for n in story.names if n.entity == "dana-whitfield")
    assert spokeswoman.spellings == ()


def test_roles_per_article_and_whether_they_differ(story: Comparisons) -> None:
    spokeswoman = next(n for n in story.names if n.entity == "dana-whitfield")
    assert {(r.article, r.role) for r in spokeswoman.roles} == {
        (WIRE, "company spokeswoman"), (RIVER, "Keller spokeswoman"),
        (HARBOUR, "a spokeswoman for Keller Chemicals")}
    assert not spokeswoman.roles_differ
    a = make_article("first-post", ["The plan was announced by deputy chief of staff Omar Haddad on Monday."])
    b = make_article("second-post", ["“We will not wait,” said presidential spokesman Omar Hadad."])
    annotations = {"first-post": Annotate(a).mention("Omar Haddad", "omar-haddad").build(),
                   "second-post": Annotate(b).mention("Omar Hadad", "omar-haddad", variant=True).build()}
    (group,) = compare((a, b), annotations, knowledge(entity("omar-haddad", "Omar Haddad"))).names
    assert [r.role for r in group.roles] == ["deputy chief of staff", "presidential spokesman"]
    assert group.roles_differ
    assert {s.text for s in group.spellings} == {"Omar Haddad", "Omar Hadad"}


@pytest.mark.parametrize(("roles", "differ"), [
    # one role written two ways: a synonym, a word order, a rank added to the same role
    (["CEO of Brenmark A/S", "Chief Executive"], False),
    (["Chief Fire Officer", "Fire chief"], False),
    (["company spokeswoman", "a spokesperson for Keller"], False),
    (["Central Java police chief", "Central Java police chief Inspector General"], False),
    # a generic word for the role: the PA's President is its leader
    (["PA President", "PA leader"], False),
    # two roles: another job, a deputy for the minister
    (["Purwasari police chief", "police spokesman"], True),
    (["Energy Minister", "Ukrainian Deputy Energy Minister"], True),
    (["Gudari's chief avalanche forecaster", "the resort's head of ski patrol"], True),
])
def test_titles_name_one_role_or_two(roles: list[str], differ: bool) -> None:
    assert roles_differ(roles) is differ


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # the title of the name, not of the person whose title it follows
    ("said the spokesperson for PA President Mahmoud Abbas on Monday.", "Mahmoud", "PA President"),
    ("the deputy chief of staff Omar Haddad spoke.", "Omar", "deputy chief of staff"),
    # not a verb after another name, nor a count before the title
    ("Secretary of State Antony Blinken pressured PA leader Mahmoud Abbas.", "Mahmoud", "PA leader"),
    ("👍 12 Fire chief Henrik Mølgaard spoke at 16:00.", "Henrik", "Fire chief"),
])
def test_the_title_written_before_a_name(sentence: str, name: str, title: str) -> None:
    assert title_before(sentence, sentence.index(name)) == title


def test_a_name_whose_first_letter_is_written_with_another_accent_is_a_spelling_variant() -> None:
    # the cedilla Ţ, the comma-below Ț and a plain T: one letter, three ways to type it
    a = make_article("wire", ["The site manager, Mihai Turcanu, was detained."])
    b = make_article("blog", ["Mihai Ţurcanu, the site manager, was detained."])
    annotations = {"wire": Annotate(a).mention("Mihai Turcanu", "mihai-turcanu", variant=True).build(),
                   "blog": Annotate(b).mention("Mihai Ţurcanu", "mihai-turcanu", variant=True).build()}
    (group,) = compare((a, b), annotations, knowledge(entity("mihai-turcanu", "Mihai Țurcanu"))).names
    assert {s.text for s in group.spellings} == {"Mihai Turcanu", "Mihai Ţurcanu"}


def test_an_inflection_is_not_a_spelling_variant() -> None:
    a = make_article("one-desk", ["Norway said Norwegian troops will stay."])
    annotations = {"one-desk": Annotate(a).mention("Norway", "norway").mention("Norwegian", "norway").build()}
    (group,) = compare((a,), annotations, knowledge(entity("norway", "Norway", "place"))).names
    assert group.spellings == ()


def test_one_court_against_another_in_the_same_context(story: Comparisons) -> None:
    (conflict,) = story.institutions
    assert conflict.kind == "court"
    assert conflict.context == "safety-inspectorate"
    assert {(v.article, v.entity) for v in conflict.values} == {
        (WIRE, "regional-labour-court"), (RIVER, "regional-labour-court"), (HARBOUR, "supreme-labour-court")}


# --- framing and coverage -----------------------------------------------------------------------


def test_framing_counts_per_article(story: Comparisons) -> None:
    (group,) = story.framing
    assert group.terms == ("explosion", "blast", "accident", "disaster")
    uses = {u.article: {t.term: t.count for t in u.terms} for u in group.uses}
    assert uses[WIRE] == {"explosion": 2, "blast": 1, "disaster": 1}
    assert uses[HARBOUR] == {"blast": 1}
    totals = {t.term: t.count for t in group.totals}
    assert totals == {"explosion": 5, "blast": 3, "accident": 1, "disaster": 1}


def test_framing_counts_the_headline_and_names_its_words() -> None:
    a = make_article("red-top-bridge", ["The collapse killed 15."], title="BRIDGE OF DEATH: the tragedy")
    b = make_article("wire-bridge", ["The collapse killed 15."], title="Bridge collapse kills 15")
    kb = knowledge(framing=(lexicon("event", "The event", "bridge of death", "tragedy", "collapse"),))
    annotations = {x.id: dataclasses.replace(Annotate(x).term("collapse", "event", "collapse").build(),
                                             headline_terms=find_headline_terms(x, kb)) for x in (a, b)}
    (group,) = compare((a, b), annotations, kb).framing
    uses = {u.article: ({t.term: t.count for t in u.terms}, u.headline) for u in group.uses}
    assert uses["red-top-bridge"] == ({"bridge of death": 1, "tragedy": 1, "collapse": 1},
                                      ("bridge of death", "tragedy"))
    assert uses["wire-bridge"] == ({"collapse": 2}, ("collapse",))


def test_unique_and_missing(story: Comparisons) -> None:
    coverage = {c.article: c for c in story.unique}
    valley = coverage[VALLEY]
    assert ("quote", f"{VALLEY}-q1", 1) in {(i.kind, i.ref, i.paragraph) for i in valley.unique}
    assert ("entity", "tomas-brandt") in {(i.kind, i.ref) for i in valley.unique}
    missing = {(i.kind, i.ref) for i in valley.missing}
    assert ("figure", "fig-injured-attack-all") in missing  # three of the three others give the injured
    assert any(kind == "event" and "announcement" in ref for kind, ref in missing)
    assert all(i.paragraph is None and i.reported_by >= 2 for i in valley.missing)
    assert coverage[WIRE].unique == () and coverage[WIRE].missing == ()


# --- determinism and robustness -----------------------------------------------------------------


def test_output_does_not_depend_on_dict_order_and_ids_are_unique() -> None:
    corpus = load_corpus("explosion")
    shuffled = list(corpus.annotations.items())
    random.Random(7).shuffle(shuffled)
    first = compare(corpus.articles, corpus.annotations, corpus.kb)
    assert compare(corpus.articles, dict(shuffled), corpus.kb) == first
    for kind in (first.figures, first.quotes, first.dates, first.institutions):
        ids = [g.id for g in kind]
        assert len(ids) == len(set(ids))


def test_empty_and_single_article_corpora() -> None:
    assert compare((), {}, knowledge()) == Comparisons()
    a = make_article("lonely-paper", ["Nothing happened on Monday, officials announced."])
    result = compare((a,), {}, knowledge())
    assert result.reuse == () and result.unique[0].unique == ()


def test_annotations_pointing_outside_the_text_do_not_break_the_stage() -> None:
    a = make_article("odd-paper", ["Three people were hurt."])
    stray = Figure("odd-paper-f1", Span("odd-paper", 7, 0, 5, "Three"), 3, "exact", "injured", "people")
    result = compare((a,), {"odd-paper": Annotations("odd-paper", figures=(stray,))}, knowledge())
    assert result.figures[0].values[0].figure == "odd-paper-f1"


# --- a toll that rose ---------------------------------------------------------------------------


def _tolls(reports: list[tuple[str, str, int]], verb: str = "killed") -> Comparisons:
    """One article per (id, published day, count), each saying '<count> people were <verb> on the lake.'"""
    articles, notes = [], {}
    for article_id, day, count in reports:
        article = make_article(article_id, [f"{count} people were {verb} on the lake."], day)
        notes[article.id] = Annotate(article).figure(f"{count} people were {verb}", count, verb).build()
        articles.append(article)
    return compare(tuple(articles), notes, knowledge())


@pytest.mark.parametrize(("reports", "status"), [
    # each day's reports higher than the day before's: the toll rose, no conflict
    ([("a", "2026-03-08", 14), ("b", "2026-03-09", 23), ("c", "2026-03-12", 41)], "updated"),
    # two reports of one day that differ conflict, whatever came after
    ([("a", "2023-01-26", 9), ("b", "2023-01-26", 10), ("c", "2023-02-05", 11)], "conflict"),
    # a later report with a lower toll (a stale reprint) conflicts
    ([("a", "2026-03-08", 14), ("b", "2026-03-10", 31), ("c", "2026-03-12", 23)], "conflict"),
])
def test_a_toll_that_rose_day_by_day_is_no_conflict(reports: list[tuple[str, str, int]], status: str) -> None:
    (group,) = _tolls(reports).figures
    assert group.status == status


@pytest.mark.parametrize(("reports", "status"), [
    # the missing, found day after day: fewer each day, no conflict
    ([("a", "2026-02-21", 13), ("b", "2026-02-22", 4), ("c", "2026-02-23", 2)], "fell"),
    # a later report with more missing than the day before's (a stale reprint) conflicts
    ([("a", "2026-02-21", 4), ("b", "2026-02-22", 2), ("c", "2026-02-23", 4)], "conflict"),
    # two reports of one day that differ conflict
    ([("a", "2026-02-22", 4), ("b", "2026-02-22", 2)], "conflict"),
])
def test_the_missing_who_fell_day_by_day_are_no_conflict(reports: list[tuple[str, str, int]],
                                                          status: str) -> None:
    (group,) = _tolls(reports, verb="missing").figures
    assert group.status == status


def test_arrests_that_differ_on_later_days_still_conflict() -> None:
    # two sources' counts of one night's arrests: a later, higher count is not an update
    (group,) = _tolls([("a", "2024-04-29", 14), ("b", "2024-05-04", 17)], verb="arrested").figures
    assert group.status == "conflict"


def test_a_wire_s_dateline_dates_no_event() -> None:
    # 'March 9' in the dateline is the day the wire filed, not the day of the capsizing it names
    wire = make_article("wire", ["KASENI, Kenya, March 9 (Savanna Press) - The death toll from the capsizing "
                                 "of a ferry rose to 23, after it capsized on Saturday."], "2026-03-09")
    notes = Annotate(wire).date("March 9", "2026-03-09").date("Saturday", "2026-03-07").build()
    (event,) = compare((wire,), {wire.id: notes}, knowledge()).dates
    assert [t.date.isoformat() for t in event.tally] == ["2026-03-07"]


def test_a_count_of_things_is_one_claim_whatever_incident_its_sentence_names() -> None:
    # '1.4 million records' beside 'the outage' and '1.2 million records … so far' are one claim told
    # two ways (the incident a sentence names tells apart only counts of what befell people)
    a = make_article("tech-site", ["About 1.4 million patient records were exposed in the outage."])
    b = make_article("broadcaster", ["About 1.2 million patient records have been exposed so far."])
    annotations = {"tech-site": Annotate(a).figure("1.4 million patient records", 1_400_000, "records",
                                                   "patient records").build(),
                   "broadcaster": Annotate(b).figure("1.2 million patient records", 1_200_000, "records",
                                                     "patient records").build()}
    (records,) = compare((a, b), annotations, knowledge()).figures
    assert records.status == "conflict" and records.event == ""


def test_bitcoin_written_as_a_ticker_is_bitcoin() -> None:
    # 'BTC' and 'bitcoin' count one currency: the ransom's 48 against 38 is a conflict
    a = make_article("broadcaster", ["The listing set a deadline and a price of 48 bitcoin."])
    b = make_article("tech-site", ["The gang demanded a price of roughly 38 BTC when the listing went up."])
    annotations = {"broadcaster": Annotate(a).figure("48 bitcoin", 48, "bitcoin").build(),
                   "tech-site": Annotate(b).figure("38 BTC", 38, "BTC", qualifier="about").build()}
    (ransom,) = compare((a, b), annotations, knowledge()).figures
    assert ransom.counts == "bitcoin" and ransom.status == "conflict"


def test_a_date_written_with_the_wrong_weekday_is_a_slip_whatever_its_event() -> None:
    # 10 March 2026 was a Tuesday; no other article dates the breach, so no event group holds it
    a = make_article("mobile-paper", ["Serbia had two weeks to prepare after the dam broke on Wednesday, "
                                      "March 10."], published="2026-03-24")
    b = make_article("wire", ["The minister spoke on Tuesday, March 10, in Budapest."],
                     published="2026-03-14")
    annotations = {"mobile-paper": Annotate(a).date("Wednesday, March 10", "2026-03-10").build(),
                   "wire": Annotate(b).date("Tuesday, March 10", "2026-03-10").build()}
    (slip,) = compare((a, b), annotations, knowledge()).slips
    assert (slip.article, slip.text) == ("mobile-paper", "Wednesday, March 10")


def test_a_slip_behind_an_article_s_first_date_of_an_event_is_listed_on_its_own() -> None:
    # the sidebar shows an article's first date of an event (and its slip); a later slip of the same
    # article in that event would go unseen, so it is listed among the slips
    a = make_article("court", ["The sample was taken on May 12, 2026.",
                               "It was tested on Wednesday, May 12."], published="2026-05-19")
    b = make_article("ministry", ["The sample was tested on 12 May."], published="2026-05-14")
    annotations = {"court": Annotate(a).date("May 12, 2026", "2026-05-12")
                   .date("Wednesday, May 12", "2026-05-12").build(),
                   "ministry": Annotate(b).date("12 May", "2026-05-12").build()}
    result = compare((a, b), annotations, knowledge())
    assert [g.kind for g in result.dates] == ["test"]
    assert [(s.article, s.text) for s in result.slips] == [("court", "Wednesday, May 12")]
