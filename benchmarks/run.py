"""The benchmark: `python benchmarks/run.py --sizes 100,1000,2000,5000` (or `--quick` for N = 50, 200).

For each N, in a temporary folder: write the synthetic corpus (`benchmarks/corpus.py`), then measure
- the generator alone (`python -m generator --seeds DIR build --docs DOCS`): the median of `--repeat` cold
  runs, each in a fresh folder, which write every page; then the median of `--repeat` warm runs, which
  should write nothing; then one seed edited;
- the generator's stages (read, prepare, annotate, compare, render, write), one after another in one
  Python process that shares each stage's work with forked workers as the pipeline does: the median of
  `--repeat` runs for each stage;
- the whole `mkdocs build`, with the repository's mkdocs.yml made absolute (tests/sitebuild.py), then
  a second one in the same folder with nothing changed (the generator skips; MkDocs builds);
- the engine's floor: a plain Material site of the same N raw texts as pages, with a nav listing none;
  the floor and the two builds are run `--repeat` times in turn, each time in fresh folders, and each
  shown as its median: on a shared machine whose speed drifts, the ratios of medians taken in turn are
  steadier than those of single runs;
and print Markdown tables: times, peak memory, site size, bytes per page and the search payload a
browser downloads before its first result (for our site, Pagefind's, measured in Chromium with a one-word
query; for the floor, Material's whole index). A step that fails is reported, with the end of its error
output, and the run goes on. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import gzip
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import sitebuild  # noqa: E402  (tests/sitebuild.py: how the tests build the real site)

from benchmarks.corpus import make_corpus, write_corpus  # noqa: E402

TIMEOUT = 3600
STAGES = ("read", "prepare", "annotate", "compare", "render", "write")


@dataclass
class Step:
    """One measured command."""

    seconds: float | None = None
    peak_mb: float | None = None
    """Peak resident memory of the command's process tree (its rusage maxrss)."""
    error: str | None = None
    """The end of its error output, when it failed."""
    stdout: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None and self.seconds is not None


@dataclass
class Size:
    """Everything measured for one N."""

    n: int
    corpus_seconds: float = 0.0
    corpus_mb: float = 0.0
    cold: Step = field(default_factory=Step)
    """The median of the cold runs (`cold_runs`: each one's seconds)."""
    cold_runs: list[float] = field(default_factory=list)
    warm: list[Step] = field(default_factory=list)
    warm_written: list[int] = field(default_factory=list)
    edited: Step = field(default_factory=Step)
    edited_written: int | None = None
    stages: dict[str, float] = field(default_factory=dict)
    stages_error: str | None = None
    stages_peak_mb: float | None = None
    build: Step = field(default_factory=Step)
    """The median of the whole builds (`build_runs`), each in a fresh folder, taken in turn with the floor's
    so that a machine that slows down or speeds up weighs on both alike."""
    build_runs: list[float] = field(default_factory=list)
    build_again: Step = field(default_factory=Step)
    """A second `mkdocs build` in the same folder, inputs unchanged: the generator finds its output
    up to date and MkDocs (and the search indexer) do the rest. The median of one after each build."""
    build_again_runs: list[float] = field(default_factory=list)
    floor: Step = field(default_factory=Step)
    floor_runs: list[float] = field(default_factory=list)
    site: dict[str, float | None] = field(default_factory=dict)
    floor_site: dict[str, float | None] = field(default_factory=dict)


# --- running a command --------------------------------------------------------------------------


def measure(command: list[str], env: dict[str, str], cwd: Path) -> Step:
    """Run `command`; its wall time, its peak memory (maxrss from wait4, the per-child figure that
    `resource.getrusage(RUSAGE_CHILDREN)` accumulates), and the end of its output when it fails."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err, text=True)
        timer = threading.Timer(TIMEOUT, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    step = Step(seconds=seconds, peak_mb=usage.ru_maxrss / 1024, stdout=stdout)
    if process.returncode != 0:
        step.error = f"exit status {process.returncode}: {last_error(stderr or stdout)}"
    return step


def last_error(output: str) -> str:
    """The line of `output` that says what went wrong: the exception or the first errors, else the last."""
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    for line in reversed(lines):
        if re.match(r"^[\w.]*(Error|Exception|Abort)\b", line) or re.search(r"found \d+ error", line):
            return line
    errors = [line for line in lines if line.startswith(("ERROR", "error:"))]
    return " ".join(errors[:3]) if errors else (lines[-1] if lines else "no output")


def generator_env(seeds: Path) -> dict[str, str]:
    return sitebuild.mkdocs_env(seeds)


def generator_command(seeds: Path, docs: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "--seeds", str(seeds), "build", "--docs", str(docs)]


def files_written(step: Step) -> int | None:
    """How many files a `generator build` says it wrote."""
    match = re.search(r"(\d+) files written", step.stdout)
    return int(match.group(1)) if match else None


# --- the steps ------------------------------------------------------------------------------------


def run_generator(size: Size, seeds: Path, work: Path, repeat: int) -> None:
    """`repeat` cold runs, each in a fresh folder (no output, no annotation cache), whose median is the cold
    time; `repeat` warm runs in the last one's folder; then one seed edited."""
    env = generator_env(seeds)
    colds: list[Step] = []
    for run in range(repeat):
        docs = work / f"generator-{run}" / "docs"  # the annotation cache goes beside it: a fresh one
        colds.append(measure(generator_command(seeds, docs), env, work))
        if not colds[-1].ok:
            break
    size.cold, size.cold_runs = median_step(colds), [step.seconds for step in colds if step.ok]
    if not size.cold.ok:
        return
    for _ in range(repeat):
        step = measure(generator_command(seeds, docs), env, work)
        size.warm.append(step)
        size.warm_written.append(files_written(step) or 0)
    edit_one_seed(seeds)
    size.edited = measure(generator_command(seeds, docs), env, work)
    size.edited_written = files_written(size.edited)


def median_step(steps: list[Step]) -> Step:
    """The step of median time; a failed one, if any failed (its error is what the table must show)."""
    failed = [step for step in steps if not step.ok]
    if failed:
        return failed[0]
    return sorted(steps, key=lambda step: step.seconds or 0.0)[len(steps) // 2]


def edit_one_seed(seeds: Path) -> None:
    """Add a sentence to the last paragraph of one article, as a contributor fixing a typo would."""
    seed = sorted(seeds.glob("*.txt"))[len(list(seeds.glob("*.txt"))) // 2]
    text = seed.read_text(encoding="utf-8").rstrip("\n")
    seed.write_text(text + " The figures could not be independently verified.\n", encoding="utf-8")


def run_stages(size: Size, seeds: Path, work: Path, repeat: int) -> None:
    """Time each stage of the generator, as the pipeline runs it (`--stages` mode of this script), `repeat`
    times in fresh folders: each stage's median."""
    script = str(Path(__file__).resolve())
    runs: list[dict[str, float]] = []
    for run in range(repeat):
        command = [sys.executable, script, "--stages", str(seeds), str(work / f"stage-{run}" / "docs")]
        step = measure(command, generator_env(seeds), work)
        size.stages_peak_mb = max(size.stages_peak_mb or 0.0, step.peak_mb or 0.0) or None
        if not step.ok:
            size.stages_error = step.error
            return
        runs.append(json.loads(step.stdout.strip().splitlines()[-1]))
    size.stages = {stage: statistics.median(run[stage] for run in runs) for stage in runs[0]}


def stage_times(seeds: Path, docs: Path) -> dict[str, float]:
    """Seconds spent in each stage of the pipeline, run as `generator.pipeline.build` runs them: what each
    stage made is moved out of the garbage collector's sight before the next (`gc.freeze`), as there.
    One difference: text reuse is timed with the other comparisons (the pipeline finds it beside the
    annotations)."""
    from generator.compare import compare
    from generator.pipeline import Analysis, annotate_story, render_analysis
    from generator.prepare import prepare_story
    from generator.read import read_story
    from generator.write import write_site

    times: dict[str, float] = {}

    def timed(name: str, work):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = work()
        times[name] = round(time.perf_counter() - start, 3)
        return result

    found = timed("read", lambda: read_story(seeds))
    story, problems = timed("prepare", lambda: prepare_story(found))
    gc.freeze()  # this process ends with the timing: nothing needs unfreezing
    notes = timed("annotate", lambda: annotate_story(story))
    gc.freeze()
    comparisons = timed("compare", lambda: compare(story.articles, notes, story.knowledge))
    analysis = Analysis(found.seeds_dir, story, notes, comparisons, problems)
    gc.freeze()
    rendered = timed("render", lambda: render_analysis(analysis))
    timed("write", lambda: write_site(rendered, docs))
    return times


def run_builds(size: Size, seeds: Path, work: Path, repeat: int, clean: bool) -> None:
    """`repeat` times the floor then the whole build (then the build again), each in a fresh folder; the
    medians. The sizes of the sites and the search are those of the first run. `clean`: remove each folder
    once measured (a site of 5,000 articles is 400 MB)."""
    floors: list[Step] = []
    builds: list[Step] = []
    agains: list[Step] = []
    for run in range(repeat):
        floors.append(run_floor(size, seeds, work / f"floor-{run}", run == 0, clean))
        built, again = run_build(size, seeds, work / f"site-build-{run}", run == 0, clean)
        builds.append(built)
        agains += [again] if again is not None else []
        log(f"N={size.n}: run {run + 1}: Material floor {show(floors[-1])}, whole build {show(built)}, "
            f"build again {show(again) if again else '–'}")
        if not (built.ok and floors[-1].ok):
            break
    size.floor, size.floor_runs = median_step(floors), [step.seconds for step in floors if step.ok]
    size.build, size.build_runs = median_step(builds), [step.seconds for step in builds if step.ok]
    size.build_again = median_step(agains) if agains else Step()
    size.build_again_runs = [step.seconds for step in agains if step.ok]


def run_build(size: Size, seeds: Path, site_work: Path, measure_site: bool,
              clean: bool) -> tuple[Step, Step | None]:
    """The whole `mkdocs build` of the real site (generator included, through the hook), then the same
    build again."""
    site_work.mkdir()
    sitebuild.hand_written_docs(site_work / "docs")
    config = sitebuild.site_config(site_work)
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config)]
    built = measure(command, sitebuild.mkdocs_env(seeds), site_work)
    if measure_site:
        size.site = site_numbers(site_work / "site") if built.ok else {}
    again = measure(command, sitebuild.mkdocs_env(seeds), site_work) if built.ok else None
    if clean:
        shutil.rmtree(site_work, ignore_errors=True)
    return built, again


def run_floor(size: Size, seeds: Path, floor: Path, measure_site: bool, clean: bool) -> Step:
    """A plain Material site of the same raw texts, one page each, with a nav that lists none of them."""
    docs = floor / "docs" / "articles"
    docs.mkdir(parents=True)
    (floor / "docs" / "index.md").write_text("# Floor\n\nThe raw texts, one page each.\n", encoding="utf-8")
    for text in sorted(seeds.glob("*.txt")):
        shutil.copyfile(text, docs / f"{text.stem}.md")
    config = {"site_name": "Floor", "docs_dir": str(floor / "docs"), "site_dir": str(floor / "site"),
              "theme": {"name": "material"}, "plugins": ["search"], "nav": [{"Home": "index.md"}]}
    (floor / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(floor / "mkdocs.yml")]
    step = measure(command, sitebuild.mkdocs_env(seeds), floor)
    if measure_site:
        size.floor_site = site_numbers(floor / "site") if step.ok else {}
    if clean:
        shutil.rmtree(floor, ignore_errors=True)
    return step


# --- what a built site weighs ---------------------------------------------------------------------


def site_numbers(site: Path) -> dict[str, float | None]:
    """Site size, median article page, the search index on disk, and what a reader's browser downloads before
    the first search result (raw and as sent gzipped) and how long that takes: Pagefind's for our site,
    Material's whole index and worker for a site without Pagefind (the floor)."""
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    pages = sorted(p.stat().st_size for p in site.glob("articles/*/index.html"))
    numbers: dict[str, float | None] = {
        "bytes": total, "pages": sum(1 for _ in site.rglob("*.html")),
        "page": statistics.median(pages) if pages else None}
    search = pagefind_numbers if (site / "pagefind" / "pagefind-entry.json").is_file() else material_numbers
    return numbers | search(site)


def material_numbers(site: Path) -> dict[str, float | None]:
    """Material's search: the browser loads the whole index and its worker before any result."""
    index = site / "search" / "search_index.json"
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search*.js"))
    payload = [index, *workers] if index.is_file() else []
    return {"index": index.stat().st_size if index.is_file() else None,
            "payload": sum(p.stat().st_size for p in payload) or None,
            "payload_gzip": sum(len(gzip.compress(p.read_bytes(), 6)) for p in payload) or None,
            "first_result_ms": None}


FIRST_RESULT = "pagefind-results a.pf-result-link"


def pagefind_numbers(site: Path) -> dict[str, float | None]:
    """Pagefind: its folder on disk, and what Chromium fetches from it for a typical one-word query, from
    opening the search page with the query (as the header's search box does) to the first result shown, on a
    local server that gzips text as GitHub Pages does. The payload and time are None without Chromium."""
    numbers: dict[str, float | None] = {
        "index": sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()),
        "payload": None, "payload_gzip": None, "first_result_ms": None}
    try:
        numbers.update(first_result(site, typical_word(site)))
    except Exception as error:  # noqa: BLE001 (a measurement that cannot run is reported, not fatal)
        log(f"search payload not measured: {type(error).__name__}: {str(error).splitlines()[0][:200]}")
    return numbers


def typical_word(site: Path) -> str:
    """The longest word of the first article's headline: a word a reader would search for."""
    articles = json.loads((site / "data" / "story.json").read_text(encoding="utf-8"))["articles"]
    return max(re.findall(r"[^\W\d_]{3,}", articles[0]["title"]), key=len)


def first_result(site: Path, word: str) -> dict[str, float | None]:
    """Open `search/?q=word` in a fresh headless Chromium; the bytes of the /pagefind/ files fetched by the
    time the first result shows (as on disk, and as the server sends them: text gzipped, Pagefind's own
    files already compressed), and the milliseconds from opening the page to then."""
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    from browsing import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright
    from serving import COMPRESSED, serve

    if not CHROMIUM.exists():
        raise FileNotFoundError(f"{CHROMIUM} is missing")
    fetched: list[str] = []
    with serve(site, compress=True) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_context(service_workers="block").new_page()
        page.on("requestfinished", lambda request: fetched.append(urllib.parse.urlsplit(request.url).path))
        start = time.perf_counter()
        page.goto(f"{url}search/?q={urllib.parse.quote(word)}")
        page.wait_for_selector(FIRST_RESULT, timeout=60_000)
        seconds = time.perf_counter() - start
        shown = [path.split("/pagefind/", 1)[1] for path in fetched if "/pagefind/" in path]
        browser.close()
    files = [site / "pagefind" / name for name in shown]
    sent = [len(gzip.compress(f.read_bytes(), mtime=0)) if f.suffix in COMPRESSED else f.stat().st_size
            for f in files]
    return {"payload": sum(f.stat().st_size for f in files), "payload_gzip": sum(sent),
            "first_result_ms": round(seconds * 1000)}


# --- one size, then the tables --------------------------------------------------------------------


PARTS = ("all", "generator", "stages")
"""What `--only` can restrict a run to: everything, the generator without MkDocs, or its stages alone."""


def run_size(n: int, seed: int, repeat: int, only: str, keep: Path | None) -> Size:
    """Every measurement for one N (those `only` allows), in a temporary folder removed afterwards."""
    size = Size(n)
    work = Path(tempfile.mkdtemp(prefix=f"bench-{n}-", dir=keep))
    try:
        seeds = work / "seeds"
        start = time.perf_counter()
        write_corpus(make_corpus(n, seed), seeds)
        size.corpus_seconds = time.perf_counter() - start
        size.corpus_mb = sum(p.stat().st_size for p in seeds.iterdir()) / 1e6
        log(f"N={n}: corpus {size.corpus_seconds:.1f} s; load average {os.getloadavg()[0]:.1f}")
        if only == "all":
            run_builds(size, seeds, work, repeat, clean=keep is None)
        run_stages(size, seeds, work, repeat)
        log(f"N={n}: stages {size.stages or size.stages_error}")
        if only != "stages":
            run_generator(size, seeds, work, repeat)
            log(f"N={n}: generator cold {show(size.cold)}, warm {cell(warm(size), '{:.1f} s')}")
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return size


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def show(step: Step) -> str:
    return f"{step.seconds:.1f} s" if step.ok and step.seconds is not None else "failed"


def median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def secs(step: Step) -> float | None:
    return step.seconds if step.ok else None


def warm(size: Size) -> float | None:
    return median([secs(step) for step in size.warm])


class Notes:
    """Footnotes for failed steps, numbered in the order the tables cite them."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def cite(self, label: str, error: str | None) -> str:
        self.items.append(f"{label}: {error or 'not run'}")
        return f"failed [{len(self.items)}]"


def cell(value: float | None, fmt: str = "{:.1f}") -> str:
    return "–" if value is None else fmt.format(value)


def mb(value: float | None) -> str:
    return cell(None if value is None else value / 1e6, "{:.2f}")


def mb3(value: float | None) -> str:
    """Megabytes to the kilobyte: Pagefind's download is a few hundred kilobytes."""
    return cell(None if value is None else value / 1e6, "{:.3f}")


def kb(value: float | None) -> str:
    return cell(None if value is None else value / 1e3, "{:.1f}")


def ratio(a: float | None, b: float | None) -> str:
    return "–" if a is None or not b else f"{a / b:.2f}"


def time_cell(step: Step, label: str, notes: Notes) -> str:
    if step.ok:
        return cell(step.seconds, "{:.2f}")
    return notes.cite(label, step.error) if step.error else "–"


TIME_HEAD = ("| N | corpus s | generator cold s (median) | generator warm s (median) | warm runs wrote | "
             "one seed edited s (files written) | whole build s | Material floor s | build / floor | "
             "generator cold / build | build again, inputs unchanged s | build again / floor |")


def time_table(sizes: list[Size], notes: Notes) -> list[str]:
    rows = [TIME_HEAD, "|" + "---|" * 12]
    for s in sizes:
        label = f"N={s.n:,}"
        edited = f"{time_cell(s.edited, f'{label} one seed edited', notes)} ({cell(s.edited_written, '{}')})"
        cells = [f"{s.n:,}", f"{s.corpus_seconds:.1f}", time_cell(s.cold, f"{label} generator", notes),
                 cell(warm(s), "{:.2f}"), ", ".join(map(str, s.warm_written)) or "–", edited,
                 time_cell(s.build, f"{label} whole build", notes),
                 time_cell(s.floor, f"{label} floor", notes),
                 ratio(secs(s.build), secs(s.floor)), ratio(secs(s.cold), secs(s.build)),
                 time_cell(s.build_again, f"{label} build again", notes),
                 ratio(secs(s.build_again), secs(s.floor))]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


SIZE_HEAD = ("| N | corpus MB | peak MB: generator / build / floor | HTML pages (floor) | site MB (floor) | "
             "article page KB, median (floor) | search index on disk MB: Pagefind (floor: Material) | "
             "search download before the first result MB, raw, gzip (floor) | first result ms |")


def size_table(sizes: list[Size]) -> list[str]:
    rows = [SIZE_HEAD, "|" + "---|" * 9]
    for s in sizes:
        site, floor = s.site, s.floor_site
        steps = (s.cold, s.build, s.floor)
        peaks = " / ".join(cell(step.peak_mb, "{:.0f}") if step.ok else "–" for step in steps)
        cells = [f"{s.n:,}", f"{s.corpus_mb:.1f}", peaks,
                 f"{cell(site.get('pages'), '{:,}')} ({cell(floor.get('pages'), '{:,}')})",
                 f"{mb(site.get('bytes'))} ({mb(floor.get('bytes'))})",
                 f"{kb(site.get('page'))} ({kb(floor.get('page'))})",
                 f"{mb(site.get('index'))} ({mb(floor.get('index'))})",
                 f"{mb3(site.get('payload'))}, {mb3(site.get('payload_gzip'))} "
                 f"({mb3(floor.get('payload'))}, {mb3(floor.get('payload_gzip'))})",
                 cell(site.get("first_result_ms"), "{:,.0f}")]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def stage_table(sizes: list[Size], notes: Notes) -> list[str]:
    rows = ["| N | " + " | ".join(STAGES) + " | total | peak MB |", "|" + "---|" * (len(STAGES) + 3)]
    for s in sizes:
        if s.stages_error:
            failed = notes.cite(f"N={s.n:,} stages", s.stages_error)
            rows.append(f"| {s.n:,} | {failed} |" + " |" * (len(STAGES) + 1))
        elif s.stages:
            times = [cell(s.stages.get(k), "{:.2f}") for k in STAGES]
            total = f"{sum(s.stages.values()):.2f}"
            peak = cell(s.stages_peak_mb, "{:.0f}")
            rows.append(f"| {s.n:,} | " + " | ".join([*times, total, peak]) + " |")
    return rows


def per_doubling(n1: int, t1: float | None, n2: int, t2: float | None) -> str:
    """How much the time grows each time N doubles between two sizes: (t2 / t1) ** (1 / log2(n2 / n1))."""
    if t1 is None or t2 is None or t1 <= 0 or n2 <= n1:
        return "–"
    return f"{(t2 / t1) ** (1 / math.log2(n2 / n1)):.2f}×"


def growth_table(sizes: list[Size]) -> list[str]:
    """Per doubling of N between consecutive sizes, for each timing measured at both (others left out)."""
    timings: dict[str, Callable[[Size], float | None]] = {
        "generator cold": lambda s: secs(s.cold), "generator warm": warm,
        "whole build": lambda s: secs(s.build), "build again": lambda s: secs(s.build_again),
        "Material floor": lambda s: secs(s.floor),
        **{f"stage {stage}": (lambda s, k=stage: s.stages.get(k)) for stage in STAGES}}
    pairs = list(zip(sizes, sizes[1:], strict=False))
    columns = {name: [per_doubling(a.n, get(a), b.n, get(b)) for a, b in pairs]
               for name, get in timings.items()}
    columns = {name: cells for name, cells in columns.items() if any(c != "–" for c in cells)}
    rows = ["| from N to N | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for index, (a, b) in enumerate(pairs):
        rows.append(f"| {a.n:,} → {b.n:,} | " + " | ".join(cells[index] for cells in columns.values()) + " |")
    return rows


def machine() -> str:
    """When and on what the numbers were measured."""
    cpuinfo = Path("/proc/cpuinfo")
    models = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
              if line.startswith("model name")] if cpuinfo.exists() else []
    versions = []
    for package in ("mkdocs", "mkdocs-material"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} not installed")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {os.cpu_count()} cores "
            f"({models[0] if models else platform.processor()}); Python {platform.python_version()}; "
            f"{', '.join(versions)}; load average at the end {load}")


def report(sizes: list[Size], repeat: int, measured: list[str]) -> str:
    """The Markdown tables of one run or more (`measured`: when and on what, for each)."""
    notes = Notes()
    lines = [*(f"Measured {m}." for m in measured), ""]
    if any(s.cold.seconds is not None or s.build.seconds is not None for s in sizes):
        lines += [f"**Time** (seconds; generator cold, whole build, build again and floor: each the median "
                  f"of {repeat} runs, each in a fresh folder, the builds and floors taken in turn; generator "
                  f"warm: the median of {repeat} runs after the cold ones, which should write nothing)", "",
                  *time_table(sizes, notes), "", "**Memory and size**", "", *size_table(sizes), ""]
    lines += [f"**Generator stages** (cold, seconds, each the median of {repeat} runs; each stage on every "
              "core, as the pipeline runs it)", "",
              *stage_table(sizes, notes), ""]
    if len(sizes) > 1:
        lines += ["**Growth**: time factor per doubling of N (1.0× constant, 2.0× linear)", "",
                  *growth_table(sizes), ""]
    if notes.items:
        lines += ["**Failed steps**", ""]
        lines += [f"{i}. `{item}`" for i, item in enumerate(notes.items, 1)] + [""]
    return "\n".join(lines)


def save(path: Path, sizes: list[Size], repeat: int, measured: str) -> None:
    data = {"measured": measured, "repeat": repeat, "sizes": [asdict(s) for s in sizes]}
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")


def load(path: Path) -> tuple[list[Size], int, str]:
    """The measurements a run saved with `--json`: sizes, warm repeats, when and where."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sizes = []
    for item in data["sizes"]:
        steps = {k: Step(**item[k]) for k in ("cold", "edited", "build", "build_again", "floor") if k in item}
        sizes.append(Size(**{**item, **steps, "warm": [Step(**w) for w in item["warm"]]}))
    return sizes, data["repeat"], data["measured"]


def print_saved(paths: list[Path]) -> None:
    runs = [load(path) for path in paths]
    sizes = sorted((s for run in runs for s in run[0]), key=lambda s: s.n)
    print(report(sizes, max(run[1] for run in runs), [run[2] for run in runs]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,2000,5000", help="comma-separated numbers of articles")
    parser.add_argument("--quick", action="store_true", help="a smoke run: N = 50, 200")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each timing; the median is shown (default 3)")
    parser.add_argument("--seed", type=int, default=42, help="the corpus seed")
    parser.add_argument("--only", choices=PARTS, default="all",
                        help="generator: leave MkDocs out; stages: time the generator's stages only")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the files (default: temp)")
    parser.add_argument("--report", type=Path, nargs="+", metavar="JSON",
                        help="print the tables of saved runs (their --json files) instead of running")
    parser.add_argument("--stages", nargs=2, metavar=("SEEDS", "DOCS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stages:
        print(json.dumps(stage_times(Path(args.stages[0]), Path(args.stages[1]))))
        return 0
    if args.report:
        print_saved(args.report)
        return 0
    numbers = [50, 200] if args.quick else [int(n.replace("_", "")) for n in args.sizes.split(",")]
    sizes = [run_size(n, args.seed, args.repeat, args.only, args.keep) for n in numbers]
    measured = machine()
    print(report(sizes, args.repeat, [measured]))
    if args.json:
        save(args.json, sizes, args.repeat, measured)
    return 0


if __name__ == "__main__":
    sys.exit(main())
