// Bulletins, read on: "5 minutes ago" beside each recent bulletin's time, and "Link to this bulletin" copies the
// bulletin's address (or opens the phone's share sheet). Reading needs none of it: the times are written in full,
// with their zone, and the link leads to the bulletin's own page.
(function () {
  "use strict";
  var root = document.documentElement;
  var lang = root.lang || "ar";
  var digits = document.body.getAttribute("data-digits") === "arab" ? "arab" : "latn";
  var RECENT_DAYS = 7;

  function relative(date) {
    if (!window.Intl || !Intl.RelativeTimeFormat) { return ""; }
    var seconds = (date.getTime() - Date.now()) / 1000;
    if (seconds > 60 || -seconds > RECENT_DAYS * 86400) { return ""; }
    var format = new Intl.RelativeTimeFormat(lang + "-u-nu-" + digits, { numeric: "auto" });
    var steps = [[60, "second"], [3600, "minute"], [86400, "hour"], [Infinity, "day"]];
    var unit = 1;
    for (var i = 0; i < steps.length; i++) {
      if (Math.abs(seconds) < steps[i][0]) {
        if (steps[i][1] === "second") { return format.format(0, "minute"); }
        return format.format(Math.round(seconds / unit), steps[i][1]);
      }
      unit = steps[i][0];
    }
    return "";
  }

  function addRelativeTimes(scope) {
    var times = scope.querySelectorAll("time.event-moment[datetime*='T']");
    for (var i = 0; i < times.length; i++) {
      var time = times[i];
      var text = relative(new Date(time.getAttribute("datetime")));
      var next = time.nextElementSibling;
      var span = next && next.classList.contains("relative-time") ? next : null;
      if (!text) { if (span) { span.remove(); } continue; }
      if (!span) {
        span = document.createElement("span");
        span.className = "relative-time";
        span.lang = lang;
        time.after(span);
      }
      span.textContent = " · " + text;
    }
  }

  addRelativeTimes(document);
  window.setInterval(function () { addRelativeTimes(document); }, 60000);

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.share-link") : null;
    if (!link) { return; }
    var url = link.href;
    var article = link.closest("article");
    var heading = article ? article.querySelector("h1, h2") : null;
    var title = heading ? heading.textContent.trim() : document.title;
    var done = function () {
      link.textContent = link.getAttribute("data-copied");
      link.setAttribute("aria-live", "polite");
    };
    if (navigator.share && window.matchMedia("(pointer: coarse)").matches) {
      event.preventDefault();
      navigator.share({ title: title, url: url }).catch(function () { /* the reader closed the sheet */ });
    } else if (navigator.clipboard && navigator.clipboard.writeText) {
      event.preventDefault();
      navigator.clipboard.writeText(url).then(done, function () { window.location.assign(url); });
    }
  });
}());
