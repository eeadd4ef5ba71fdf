// The site's search (Pagefind; see generator/searchindex.py and overrides/search.html).
// On every page: "/", "s" or "f" focuses the search box, as with Material's own search.
// On the search page: the query of the address (`?q=`, sent by the header's search box) is typed into
// Pagefind's box and run at once, and the address follows what the reader types, so that a search can be
// shared or reloaded. The results list shows the best `max-results` (search.html); "Show more results" adds
// as many again.
(() => {
  "use strict";

  const SHORTCUTS = new Set(["/", "s", "f"]);

  function visibleBox() {
    const boxes = document.querySelectorAll("pagefind-input input, .site-search__input");
    return [...boxes].find((box) => box.offsetParent !== null) || null;
  }

  document.addEventListener("keydown", (event) => {
    if (!SHORTCUTS.has(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable], pagefind-results")) return;
    const box = visibleBox();
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  const searchPage = document.querySelector(".site-search-page");
  const components = window.PagefindComponents;
  if (searchPage && !components) {  // pagefind/ is missing: the site was built by an engine without the hook
    searchPage.querySelector(".site-search-page__missing").hidden = false;
    return;
  }
  const box = document.querySelector("pagefind-input input");
  if (!components || !box) return;

  const search = components.getInstanceManager().getInstance("default");
  search.on("search", (term) => {
    const address = new URL(window.location.href);
    if (term) address.searchParams.set("q", term);
    else address.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", address);
  });

  const list = document.querySelector("pagefind-results");
  const more = searchPage.querySelector(".site-search-page__more");
  const moreButton = more.querySelector("button");
  const shownText = more.querySelector(".site-search-page__shown");
  const pageSize = parseInt(list.getAttribute("max-results"), 10);
  let shown = pageSize;
  let shownTerm = null;
  search.on("search", (term) => {
    if (term === shownTerm) return;  // "Show more results" runs the same query again
    shownTerm = term;
    shown = pageSize;  // a new query starts again from the best results
    list.setAttribute("max-results", String(shown));
  });
  search.on("results", (found) => {
    const total = found && found.results ? found.results.length : 0;
    more.hidden = total <= shown;
    shownText.textContent = `Showing the best ${Math.min(shown, total)} of ${total} results.`;
  });
  moreButton.addEventListener("click", () => {
    shown += pageSize;
    list.setAttribute("max-results", String(shown));
    search.triggerSearch(search.searchTerm);  // the same results, now laid out to `shown`
  });

  const query = new URLSearchParams(window.location.search).get("q") || "";
  box.value = query.trim();
  // Run at once: typing into the box would wait for its debounce (300 ms) first.
  if (box.value) search.triggerSearch(box.value);
  box.focus();
})();
