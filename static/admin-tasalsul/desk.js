// The desk's counts refresh by themselves: every 20 seconds (and when the tab comes back into view) the page asks
// the staff-only counts endpoint and updates each list's count; when one changed, a note offers to show the lists.
"use strict";
(function () {
  const desk = document.querySelector(".desk[data-counts-url]");
  if (!desk) return;
  const url = desk.dataset.countsUrl;
  const note = document.querySelector(".desk-refresh");
  const EVERY = 20000;

  async function refresh() {
    let counts;
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!response.ok) return;
      counts = await response.json();
    } catch (error) {
      return; // offline for a moment: the next round tries again
    }
    let changed = false;
    for (const element of desk.querySelectorAll("[data-count]")) {
      const value = counts[element.dataset.count];
      if (value === undefined || String(value) === element.textContent.trim()) continue;
      element.textContent = String(value);
      element.classList.add("desk-count--changed");
      changed = true;
    }
    if (changed && note) note.hidden = false;
  }

  let timer = window.setInterval(refresh, EVERY);
  document.addEventListener("visibilitychange", function () {
    window.clearInterval(timer);
    if (document.visibilityState === "visible") {
      refresh();
      timer = window.setInterval(refresh, EVERY);
    }
  });
  desk.refreshCounts = refresh; // for the browser test, which does not wait 20 seconds
})();
