// The site's search (Pagefind; see generator/searchindex.py and overrides/search.html).
// On every page: "/", "s" or "f" focuses the search box, as with Material's own search.
// On the search page: the query of the address (`?q=`, sent by the header's search box) is typed into
// Pagefind's box, and the address follows what the reader types, so that a search can be shared or reloaded.
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

  const query = new URLSearchParams(window.location.search).get("q") || "";
  box.value = query.trim();
  if (box.value) box.dispatchEvent(new Event("input", { bubbles: true }));
  box.focus();
})();
