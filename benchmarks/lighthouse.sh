#!/usr/bin/env bash
# Lighthouse scores of an article page and a story page, desktop and mobile, written as a table into
# LIGHTHOUSE.md. Not a CI gate: a figure to keep (targets: desktop 100 in all four categories, mobile >= 95).
#
#   bash benchmarks/lighthouse.sh            # builds the site from seeds/, serves it on 127.0.0.1, measures
#
# Needs Python with the package installed (`pip install -e '.[test]'`), npm (Lighthouse is fetched by
# `npm exec`, no browser download) and Chromium: CHROME_PATH, default /usr/bin/chromium.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
LIGHTHOUSE_VERSION="${LIGHTHOUSE_VERSION:-12.8.2}"  # 13.x needs Node 22; Debian 12 ships Node 18/20
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export NO_MKDOCS_2_WARNING=1
PYTHON="${PYTHON:-python3}"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"

work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "lighthouse.sh: building the site into $work" >&2
"$PYTHON" - "$work" <<'EOF'
import sys
from pathlib import Path
sys.path[:0] = ["tests", "tests/browser"]
from serving import built
built(Path(sys.argv[1]))
EOF

# Serve it the way the browser tests do: on a free port of 127.0.0.1, under the path of site_url.
"$PYTHON" - "$work/site" >"$work/url" <<'EOF' &
import sys, threading
from pathlib import Path
sys.path[:0] = ["tests", "tests/browser"]
from serving import serve
with serve(Path(sys.argv[1]), compress=True) as url:
    print(url, flush=True)
    threading.Event().wait()
EOF
server=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
base="$(cat "$work/url")"

article="$(cd "$work/site" && find articles -mindepth 2 -name index.html | sort | head -n 1 | xargs dirname)/"
story="story/overview/"
[ -f "$work/site/${story}index.html" ] || story="$(cd "$work/site" && find story -mindepth 2 -name index.html | sort | head -n 1 | xargs dirname)/"

run() {  # page form-factor
    local out="$work/$(echo "$1-$2" | tr '/' '_').json" preset=()
    if [ "$2" = desktop ]; then preset=(--preset=desktop); fi
    echo "lighthouse.sh: $2 $base$1" >&2
    npm exec --yes --package="lighthouse@$LIGHTHOUSE_VERSION" -- lighthouse "$base$1" "${preset[@]}" \
        --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$out" \
        --chrome-flags="$CHROME_FLAGS" --quiet
}
for page in "$article" "$story"; do
    for form in desktop mobile; do run "$page" "$form"; done
done

"$PYTHON" - "$work" "$article" "$story" "$LIGHTHOUSE_VERSION" "$("$CHROME_PATH" --version 2>/dev/null | awk '{print $1, $2}')" <<'EOF'
import json, sys, datetime
from pathlib import Path
work, article, story, version, chrome = sys.argv[1:]
categories = ["performance", "accessibility", "best-practices", "seo"]
rows = []
for page, label in ((article, "Article"), (story, "Story")):
    for form in ("desktop", "mobile"):
        report = json.loads((Path(work) / f"{page.replace('/', '_')}-{form}.json").read_text())
        scores = [round(report["categories"][c]["score"] * 100) for c in categories]
        rows.append(f"| {label} (`{page}`) | {form} | " + " | ".join(map(str, scores)) + " |")
Path("LIGHTHOUSE.md").write_text(f"""# Lighthouse scores

Measured by `bash benchmarks/lighthouse.sh` on {datetime.date.today().isoformat()} with Lighthouse {version} and
{chrome.strip()}, on the site built from `seeds/` and served on 127.0.0.1 (gzipped, as GitHub Pages serves
it). Targets: desktop 100 in all four categories, mobile at least 95. Not a CI gate: performance varies a
little from run to run.

| Page | Form factor | Performance | Accessibility | Best practices | SEO |
| --- | --- | ---: | ---: | ---: | ---: |
""" + "\n".join(rows) + "\n")
print(Path("LIGHTHOUSE.md").read_text())
EOF
