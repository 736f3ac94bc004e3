// Progressive enhancement only: every page works without this file.
// "/" jumps to the search box, as on many search sites.
document.addEventListener("keydown", (event) => {
  const box = document.getElementById("q");
  const typing = event.target.closest("input, textarea, select, [contenteditable]");
  if (event.key === "/" && box && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});


// "Tentang apa pemberitaan ini": the words most distinctive of the results, fetched after the
// page (the page without script links to itself with kata=1, which draws them on the server).
const about = document.querySelector("section.about[data-src]");
if (about) {
  const params = new URLSearchParams(location.search);
  for (const key of ["page", "banding", "kata"]) params.delete(key);
  const searchWith = (change) => {
    const next = new URLSearchParams(params);
    change(next);
    return "/?" + next.toString();
  };
  const column = (grid, title, items, link, kind) => {
    if (!items || !items.length) return;
    const box = document.createElement("div");
    box.className = kind;
    const heading = document.createElement("h4");
    heading.textContent = title;
    const list = document.createElement("ol");
    if (kind === "about-words") list.className = "word-list";
    for (const item of items) {
      const entry = document.createElement("li");
      const anchor = document.createElement("a");
      anchor.href = link(item);
      anchor.textContent = item.word || item.value;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = item.count.toLocaleString("id-ID");
      entry.append(anchor, " ", count);
      list.append(entry);
    }
    box.append(heading, list);
    grid.append(box);
  };
  const filterLink = (key) => (item) => searchWith((p) => {
    if (!p.getAll(key).includes(item.value)) p.append(key, item.value);
  });
  fetch(about.dataset.src, { headers: { Accept: "application/json" } })
    .then((reply) => (reply.ok ? reply.json() : null))
    .then((data) => {
      if (!data) return;
      const grid = about.querySelector(".about-grid");
      const q = params.get("q") || "";
      column(grid, "Kata khas", data.words, (item) => searchWith((p) => {
        p.set("q", `${q} ${item.word.includes(" ") ? `"${item.word}"` : item.word}`.trim());
      }), "about-words");
      column(grid, "Sumber teratas", data.sources, filterLink("source"), "about-top");
      column(grid, "Pejabat teratas", data.officials, filterLink("official"), "about-top");
      column(grid, "Wilayah teratas", data.regions, filterLink("region"), "about-top");
      const load = about.querySelector(".about-load");
      if (load) load.remove();
      about.classList.add("loaded");
    })
    .catch(() => {});
}
