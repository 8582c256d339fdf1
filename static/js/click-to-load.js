// Embedded videos and posts (YouTube, X, Facebook, Instagram) arrive as placeholders: nothing of the platform's is
// loaded until the reader asks for it with the button, which puts the platform's embed page in a frame. Without the
// script, the placeholder's link still opens the post on the platform.
(function () {
  "use strict";
  var PLATFORM_FRAME = /^https:\/\/(www\.youtube-nocookie\.com|platform\.twitter\.com|www\.facebook\.com|www\.instagram\.com)\//;

  function reveal(root) {
    var buttons = root.querySelectorAll(".embed-load[hidden]");
    for (var i = 0; i < buttons.length; i++) { buttons[i].hidden = false; }
  }

  function load(placeholder) {
    var src = placeholder.getAttribute("data-frame");
    if (!PLATFORM_FRAME.test(src)) { return; }
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = placeholder.getAttribute("data-title");
    frame.className = "embed-frame embed-frame--" + placeholder.getAttribute("data-provider");
    frame.setAttribute("allow", "encrypted-media; picture-in-picture; fullscreen");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
    placeholder.replaceWith(frame);
    frame.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".embed-load") : null;
    if (!button) { return; }
    load(button.closest(".embed-placeholder"));
  });
  reveal(document);
  // Bulletins that arrive later (live updates) bring their own placeholders.
  new MutationObserver(function () { reveal(document); }).observe(document.body, { childList: true, subtree: true });
}());
