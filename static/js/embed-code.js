// "Copy the embed code" on a timeline page: selects the code and puts it on the clipboard. Without the script the
// code is still there to select by hand.
(function () {
  "use strict";
  var button = document.getElementById("embed-code-copy");
  var code = document.getElementById("embed-code");
  if (!button || !code) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    code.select();
    var done = function () { button.textContent = button.getAttribute("data-done"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(code.value).then(done, function () { document.execCommand("copy"); done(); });
    } else {
      document.execCommand("copy");
      done();
    }
  });
}());
