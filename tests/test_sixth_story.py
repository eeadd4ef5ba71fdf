"""A sixth story, end to end: a software company's layoffs, measured blind before it was fixed for.

`fixtures/stories/halvard-layoffs/` and its key (`halvard-layoffs-answers.md`) were written by someone who
did not know how the analysis works: a tech news site (with the leaked memo), a terminal's brief, a forum
thread, an Indian business daily reprinting the brief, the company's newsroom (its correction) and a
Dutch union's bulletin. Run after the fifth story's fixes, the site still showed 80 of the 207 furniture
lines the key lists (some of them single words the check finds inside the story), lost none of the 30
story lines that look like furniture, and counted the jobs cut under six nouns in six rows.
"""

from __future__ import annotations

import pytest
from storycheck import shown_with, story_fixture, tally

from generator.pipeline import Analysis

TECH = "stackline-2025-03-04-halvard-to-cut-1200-jobs-and-close-hyderabad-office"
TERMINAL = "northgate-markets-2025-03-05-halvard-ceo-defends-ai-job-cuts-at-town-hall"
FORUM = "threadhouse-2025-03-06-halvard-shutting-hyderabad-office-megathread"
DAILY = "deccan-ledger-2025-03-07-telangana-labour-dept-issues-notice-to-halvard"
COMPANY = "halvard-2025-03-12-halvard-provides-update-on-workforce-transition"
UNION = "ict-bond-2025-03-13-halvard-correction-changes-nothing"


story = story_fixture("halvard-layoffs")


@pytest.mark.parametrize("furniture", [
    # answer key §9: a tech site, a terminal, a forum, a daily, a newsroom, a union's bulletin
    "may earn a commission", "Disclosure:", "@jordanpike", "By submitting your email", "Email address",
    "WORK SHIFT", "every Thursday", "With assistance from", "To contact the reporters", "(Updates with",
    "t/IndiaTechJobs", "u/manju_blr", "Sort by", "More posts you may like", "214k Members", "No doxxing",
    "(With inputs from PTI)", "Disclaimer:", "Related posts", "in your inbox", "Pricing · Security",
    "Contact our member helpdesk", "Member helpdesk:", "Not a member yet?", "Also in this bulletin",
    "You receive this bulletin", "Postbus 2150",
])
def test_no_page_furniture_is_left_in_the_text(story: Analysis, furniture: str) -> None:
    assert shown_with(story, furniture) == []


@pytest.mark.parametrize("line", [
    # §9 'Story sentences that look like furniture but MUST stay'
    "Subject: Building the Halvard of the next decade", "Analysts were less convinced.",
    "Share price went down like 10% on Tuesday", "Timeline for people who missed it:",
    "Edit 2: Stop DMing me for referrals", "Advertisement boards for Halvard's campus hiring drive",
    "Updated figures, by location:", "India: approximately 660 roles",
    "Print shop, canteen and cleaning staff at the Zuidas office",
])
def test_story_lines_that_look_like_furniture_stay(story: Analysis, line: str) -> None:
    assert shown_with(story, line)


def test_the_jobs_cut_are_one_count_whatever_the_noun(story: Analysis) -> None:
    # §1.1: '1,200 jobs', 'approximately 1,200 roles', '1,200 layoffs', '1,200 dismissals'
    (cut,) = [g for g in story.comparisons.figures if g.counts == "jobs" and 1200 in tally(g)]
    assert tally(cut)[1200] == {TERMINAL, DAILY, COMPANY, UNION}
