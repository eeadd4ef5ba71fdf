"""The generator's own command line: `python -m generator build|check|add|search-index`. No MkDocs needed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.add import AddError, NewArticle, add_article
from generator.checks import contributor_warnings
from generator.model import Diagnostic
from generator.pipeline import analyse, build
from generator.read import seeds_dir_from_env
from generator.searchindex import SearchIndexError, index_site

DEFAULT_DOCS = Path("docs")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    seeds = Path(args.seeds) if args.seeds else seeds_dir_from_env()
    return int(args.run(args, seeds))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--seeds", help="the story folder (default: $SEEDS_DIR, else seeds/)")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    build_cmd = commands.add_parser("build", help="generate the site's pages into docs/")
    build_cmd.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="the docs folder (default: docs/)")
    build_cmd.add_argument("--site-url", default="", help="the site's address, for the Atom feed (feed.xml)")
    build_cmd.set_defaults(run=_build)
    check_cmd = commands.add_parser("check", help="validate every seed, metadata, knowledge and note file")
    check_cmd.set_defaults(run=_check)
    add_cmd = commands.add_parser("add", help="copy an article into the story folder and write its metadata")
    add_cmd.add_argument("path", type=Path)
    add_cmd.add_argument("--outlet", required=True)
    add_cmd.add_argument("--published", required=True, metavar="YYYY-MM-DD")
    add_cmd.add_argument("--url")
    add_cmd.add_argument("--byline")
    add_cmd.add_argument("--title")
    add_cmd.add_argument("--language", default="en", help="the article's language code (default: en)")
    add_cmd.set_defaults(run=_add)
    index_cmd = commands.add_parser("search-index", help="index a built site for search with Pagefind (the "
                                    "MkDocs hook does it; run it after an engine that runs no hooks)")
    index_cmd.add_argument("site", type=Path, metavar="SITE_DIR", help="the built site (e.g. site/)")
    index_cmd.set_defaults(run=_search_index)
    return parser


def print_diagnostics(diagnostics: tuple[Diagnostic, ...]) -> None:
    for diagnostic in sorted(diagnostics, key=lambda d: (d.file, d.line, d.field, d.message)):
        prefix = "" if diagnostic.severity == "error" else "warning: "
        print(prefix + diagnostic.format(), file=sys.stderr)


def _build(args: argparse.Namespace, seeds: Path) -> int:
    result = build(seeds, args.docs, args.site_url)
    print_diagnostics(result.diagnostics + result.report.refused)
    report = result.report
    print(f"{result.articles} articles: {len(report.written)} files written, "
          f"{report.unchanged} unchanged, {len(report.deleted)} deleted, in {args.docs}"
          + (" (inputs unchanged since the last build: nothing analysed)" if result.skipped else ""))
    return 1 if result.errors else 0


def _check(args: argparse.Namespace, seeds: Path) -> int:
    analysis = analyse(seeds)
    found = analysis.diagnostics + contributor_warnings(analysis)
    print_diagnostics(found)
    errors = sum(d.severity == "error" for d in found)
    print(f"{len(analysis.story.articles)} articles checked: {_count(errors, 'error')}, "
          f"{_count(len(found) - errors, 'warning')}")
    return 1 if errors else 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _add(args: argparse.Namespace, seeds: Path) -> int:
    new = NewArticle(args.path, args.outlet, args.published, args.url, args.byline, args.title, args.language)
    try:
        target = add_article(new, seeds)
    except AddError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"added {target} and {target.with_suffix('.yml')}; run `python -m generator check` next")
    return 0


def _search_index(args: argparse.Namespace, seeds: Path) -> int:
    try:
        index = index_site(args.site)
    except SearchIndexError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"Pagefind indexed {index.pages} pages ({index.words} words) into {index.folder}")
    return 0
