"""YAML mappings with the line of every key, so that each error can name its line.

PyYAML silently keeps the last of two duplicate keys; a contributor who writes `published:` twice
deserves to hear about it, so duplicates are diagnostics here.
"""

from __future__ import annotations

import yaml

from generator.model import Diagnostic, YamlDoc

# libyaml's parser (PyYAML's C extension, in its wheels) when present: five times faster than the pure
# Python one on a thousand metadata files, with the same nodes, marks and errors.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that leaves dates as text: `2023-02-30` must be an error with a line, not a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

FIX_SYNTAX = "fix the YAML syntax at that line (indentation, a missing colon, or quote the value)"


def load_yaml(text: str, path: str) -> tuple[YamlDoc | None, tuple[Diagnostic, ...]]:
    """Parse `text` as a YAML mapping; on failure return None and the diagnostics."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            alias_line = _alias_line(node)
            if alias_line:
                return None, (Diagnostic(path, alias_line, "yaml", "a YAML alias (`*name`) repeats an "
                                         "anchored value (`&name`) here", "write the value out in full: "
                                         "the story's files take no anchors or aliases"),)
            data = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        return None, (Diagnostic(path, line, "yaml", f"not valid YAML: {error.problem}", FIX_SYNTAX),)
    except yaml.YAMLError as error:
        return None, (Diagnostic(path, 1, "yaml", f"not valid YAML: {error}", FIX_SYNTAX),)
    if data is None:
        data, node = {}, None
    if not isinstance(data, dict):
        return None, (_not_a_mapping(path),)
    lines: dict[str, int] = {}
    duplicates: list[Diagnostic] = []
    if node is not None:
        _walk(node, "", path, lines, duplicates)
    return YamlDoc(path=path, data=data, lines=lines), tuple(duplicates)


def _alias_line(root: yaml.Node | None) -> int:
    """The line where a node appears a second time (an alias of an anchor), else 0.

    An alias makes the same node appear twice, and aliases of aliases nine deep (the "billion laughs") make
    a few lines stand for a structure of 9^9 items, which every walk over it took minutes to visit and
    every message about it megabytes to show. Each node is visited once here, so this check is linear."""
    seen: set[int] = set()
    pending: list[tuple[yaml.Node, int]] = [(root, 1)] if root is not None else []
    while pending:
        node, line = pending.pop()
        if id(node) in seen:
            return line
        seen.add(id(node))
        # children pushed last to first, so that they are visited in the file's order: the anchor first
        if isinstance(node, yaml.MappingNode):
            # the line of an alias is the line of its key: the node's own marks are those of the anchor
            for key, value in reversed(node.value):
                pending.extend([(value, key.start_mark.line + 1), (key, key.start_mark.line + 1)])
        elif isinstance(node, yaml.SequenceNode):
            pending.extend((item, _item_line(node, item)) for item in reversed(node.value))
    return 0


def _item_line(sequence: yaml.SequenceNode, item: yaml.Node) -> int:
    """The line of a sequence's item; for an alias, whose node starts at its anchor (always earlier in the
    file), the line where the sequence starts, which is the alias's own in a `[…]` list."""
    mark = item.start_mark if item.start_mark.index >= sequence.start_mark.index else sequence.start_mark
    return mark.line + 1


def _not_a_mapping(path: str) -> Diagnostic:
    return Diagnostic(path, 1, "yaml", "the file is not a mapping of `field: value` lines",
                      "write one `field: value` per line, as in the other metadata files")


def _walk(node: yaml.Node, prefix: str, path: str, lines: dict[str, int],
          duplicates: list[Diagnostic]) -> None:
    """Record the line of every key (dotted: `notes.published`, `entities.3.name`)."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            dotted = f"{prefix}{key}"
            line = key_node.start_mark.line + 1
            if key in seen:
                duplicates.append(Diagnostic(path, line, dotted, "this key appears twice",
                                             "keep one of the two lines; YAML would silently use the last"))
            seen.add(key)
            lines.setdefault(dotted, line)
            _walk(value_node, dotted + ".", path, lines, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            dotted = f"{prefix}{index}"
            lines.setdefault(dotted, item.start_mark.line + 1)
            _walk(item, dotted + ".", path, lines, duplicates)


def line_of(doc: YamlDoc, key: str) -> int:
    """The line of `key`, else of its nearest listed parent, else 1."""
    while key:
        if key in doc.lines:
            return doc.lines[key]
        key = key.rpartition(".")[0]
    return 1
