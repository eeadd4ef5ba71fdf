"""The one Jinja environment every generated page is rendered with.

Every `{{ … }}` output is escaped (see `escape.finalize`); trusted fragments we build ourselves
are passed as Markup. Templates live in `generator/templates/`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from generator.datewords import day_month_year, weekday_date
from generator.render.escape import finalize, html_text, json_for_script, md_text, url_path, yaml_string
from generator.render.numbers import figure_number

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        finalize=finalize,
        autoescape=True,  # macros then return Markup; finalize does the escaping (Markdown, HTML, Jinja)
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(md=md_text, html=html_text, yaml=yaml_string, ld_json=json_for_script, path=url_path)
    env.globals.update(figure_number=figure_number, day_month_year=day_month_year, weekday_date=weekday_date)
    return env


def render_template(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)
