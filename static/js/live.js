// A live timeline asks, every few seconds, whether bulletins were published since the page was made, and offers
// to show them. The page is complete without this script.
(function () {
  "use strict";
  var box = document.getElementById("live-updates");
  if (!box || !window.fetch) { return; }
  var link = document.getElementById("live-updates-link");
  var endpoint = box.getAttribute("data-endpoint");
  var after = box.getAttribute("data-after");
  var seconds = parseInt(box.getAttribute("data-seconds"), 10) || 15;
  var lang = document.documentElement.lang;
  function label(count) {
    if (lang === "ar") { return count === 1 ? "نشرة جديدة واحدة — اضغط للعرض" : count + " نشرات جديدة — اضغط للعرض"; }
    return count === 1 ? "1 new bulletin — show it" : count + " new bulletins — show them";
  }
  function check() {
    fetch(endpoint + "?after=" + encodeURIComponent(after), { headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && data.count > 0) {
          link.textContent = label(data.count);
          box.hidden = false;
        }
      })
      .catch(function () { /* offline for a moment: ask again next time */ });
  }
  link.addEventListener("click", function (event) {
    event.preventDefault();
    window.location.assign(link.getAttribute("href"));
  });
  window.setInterval(check, seconds * 1000);
  check();
}());
