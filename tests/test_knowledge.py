"""The knowledge-base loader: the story's `knowledge.yml` is valid, and every fault in one is reported.

- `fixtures/knowledge/*.yml`: broken knowledge bases, each line that must be reported marked with a
  comment `# error: <field>` (or `# warning: <field>`); no unmarked line may be reported;
- the seeds' knowledge base loads without a problem and holds what the annotators need.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.knowledge import alias_key, load_knowledge, slugify
from generator.model import YamlDoc
from generator.yamlsrc import load_yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "knowledge"
MARK = re.compile(r"#\s*(error|warning):\s*([a-z][\w.]*)")


def _load(text: str, path: str = "seeds/knowledge.yml"):  # type: ignore[no-untyped-def]
    doc, problems = load_yaml(text, path)
    assert doc is not None and problems == ()
    return load_knowledge(doc)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.yml")), ids=lambda p: p.stem)
def test_every_fault_is_reported_on_its_line_with_its_field(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = {(number, match.group(2), match.group(1))
                for number, line in enumerate(text.splitlines(), start=1)
                for match in MARK.finditer(line)}
    _, problems = _load(text, f"stories/x/{path.name}")
    assert {(p.line, p.field, p.severity) for p in problems} == expected
    for problem in problems:
        assert problem.file == f"stories/x/{path.name}"
        assert problem.message and problem.fix
        assert problem.format().startswith(f"stories/x/{path.name}:{problem.line}: {problem.field}: ")


def test_valid_entities_survive_the_broken_ones() -> None:
    kb, _ = _load((FIXTURES / "broken-entities.yml").read_text(encoding="utf-8"))
    by_id = {e.id: e for e in kb.entities}
    assert sorted(by_id) == ["dover", "ellen-okafor", "port-of-dover"]
    assert by_id["ellen-okafor"].aliases == ("Okafor", "E. Okafor")
    # the alias of another entity and the number are dropped
    assert by_id["port-of-dover"].aliases == ("The Port",)
    assert by_id["port-of-dover"].line == 31


def test_framing_groups_survive_the_broken_ones() -> None:
    kb, _ = _load((FIXTURES / "broken-framing.yml").read_text(encoding="utf-8"))
    assert [g.id for g in kb.framing] == ["the-dead", "extra"]
    dead = kb.framing[0]
    assert [(t.label, t.patterns) for t in dead.terms][-1] == ("civilians", ("civilians",))
    assert [t.label for t in kb.framing[1].terms] == ["raid"]


def test_a_hint_for_the_american_spelling_and_a_suggested_id() -> None:
    _, problems = _load("entities:\n  - name: Ellen Okafor\n    type: organization\n    description: x\n")
    fixes = {p.field: p.fix for p in problems}
    assert "`id: ellen-okafor`" in fixes["entities.0.id"]
    assert "organisation" in fixes["entities.0.type"]


def test_lines_fall_back_to_the_nearest_known_parent() -> None:
    data = {"entities": [{"id": "a", "name": "A", "type": "person", "description": "x", "aliases": [7]}]}
    doc = YamlDoc("k.yml", data, {"entities": 2, "entities.0": 3})
    _, problems = load_knowledge(doc)
    assert [(p.line, p.field) for p in problems] == [(3, "entities.0.aliases.0")]
    _, problems = load_knowledge(YamlDoc("k.yml", data, {}))
    assert [p.line for p in problems] == [1]


def test_an_empty_knowledge_base_is_valid() -> None:
    kb, problems = _load("# nothing yet\n")
    assert problems == () and kb.entities == () and kb.framing == ()


def test_the_story_knowledge_base_is_valid_and_complete() -> None:
    kb, problems = _load((ROOT / "seeds" / "knowledge.yml").read_text(encoding="utf-8"))
    assert problems == (), [p.format() for p in problems]
    ids = {e.id for e in kb.entities}
    assert {"palestinian-authority", "mahmoud-abbas", "nabil-abu-rudeineh", "barbara-leaf", "idf",
            "palestinian-islamic-jihad", "jenin", "jenin-refugee-camp", "west-bank", "jenin-raid"} <= ids
    assert {e.type for e in kb.entities} == {"person", "organisation", "place", "event"}
    assert all(e.description and e.line > 0 for e in kb.entities)
    aliases = {a for e in kb.entities for a in e.aliases}
    assert {"PA", "PIJ", "IDF", "Abbas", "Shtayyeh", "Leaf"} <= aliases
    groups = {g.id: {t.label for t in g.terms} for g in kb.framing}
    dead = {"terrorists", "militants", "armed militants", "Palestinians", "civilians", "gunmen"}
    assert dead <= groups["the-dead"]
    assert {"raid", "counter-terrorism raid", "counterterrorism raid", "counter-terror raid",
            "military operation",
            "massacre", "operation"} <= groups["the-operation"]
    assert {"West Bank", "Judea and Samaria"} <= groups["the-territory"]
    assert {"end", "halt", "suspension", "sever ties", "stop"} <= groups["the-pa-decision"]
    government = {"occupation government", "Israeli government", "occupying state"}
    assert government <= groups["the-israeli-government"]


def test_helpers() -> None:
    assert slugify("Nabil Abu Rudeineh") == "nabil-abu-rudeineh"
    assert slugify("Ça va?") == "a-va" and slugify("!!") == "entity"
    assert alias_key("Israel’s  Army") == alias_key("israel's army")


def test_a_persons_pronoun_is_kept_and_a_wrong_one_dropped() -> None:
    kb, _ = _load((FIXTURES / "broken-pronouns.yml").read_text(encoding="utf-8"))
    assert {e.id: e.pronoun for e in kb.entities} == {"amira-haddad": "she", "jonas-berg": None,
                                                      "river-authority": None, "sam-ortiz": None}


def test_an_empty_alias_and_an_alias_of_no_word_are_named_as_such() -> None:
    _, problems = _load("entities:\n  - {id: pa, name: PA, type: organisation, description: x,\n"
                        "     aliases: ['', '***']}\n")
    assert [(p.field, p.severity, p.message) for p in problems] == [
        ("entities.0.aliases.0", "error", "alias 1 must be a name, not empty"),
        ("entities.0.aliases.1", "warning", "the alias '***' has no letter or digit: it never matches")]


def test_a_section_that_is_not_a_list_names_one_item() -> None:
    _, problems = _load("entities: {a: 1}\nframing: text\n")
    assert [(p.field, p.message, p.fix) for p in problems] == [
        ("entities", "`entities` must be a list, one item per entity",
         "write each entity as a `- ` item under `entities:`"),
        ("framing", "`framing` must be a list, one item per group",
         "write each group as a `- ` item under `framing:`")]
