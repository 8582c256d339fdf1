// The bulletin form without the mouse: Ctrl+Enter (⌘+Enter on a Mac) presses the primary button (Publish for
// editors, Send for review for reporters), Ctrl+S (⌘+S) saves. And a statement's role fills in from its speaker and
// the bulletin's date (the role the speaker held that day), unless an editor chose one.
"use strict";
(function () {
  function press(shortcut) {
    const button = document.querySelector('.bulletin-actions button[data-shortcut="' + shortcut + '"]');
    if (!button) return false;
    const form = button.form;
    if (form.requestSubmit) form.requestSubmit(button);
    else button.click();
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.key === "Enter" && press("enter")) event.preventDefault();
    else if ((event.key === "s" || event.key === "S") && press("s")) event.preventDefault();
  });

  // Role from the date.
  // The role endpoint sits beside the bulletin pages (/admin/timeline/event/role-on/, or under /en/).
  const roleUrl = (function () {
    const match = window.location.pathname.match(/^(.*\/admin\/timeline\/event\/)/);
    return match ? match[1] + "role-on/" : "";
  })();

  function bulletinDate() {
    const field = document.getElementById("id_date");
    return field ? field.value : "";
  }

  async function fillRole(prefix) {
    const speaker = document.getElementById(prefix + "speaker");
    const role = document.getElementById(prefix + "role");
    const said = document.getElementById(prefix + "said_on");
    if (!speaker || !role || !roleUrl) return;
    if (role.value && role.dataset.filled !== role.value) return; // an editor's own choice stays
    if (!speaker.value) return;
    const day = (said && said.value) || bulletinDate();
    const query = new URLSearchParams({ person: speaker.value, date: day });
    let answer;
    try {
      const response = await fetch(roleUrl + "?" + query, { credentials: "same-origin" });
      if (!response.ok) return;
      answer = await response.json();
    } catch (error) {
      return;
    }
    const $ = window.django && window.django.jQuery;
    if (!answer.role) {
      if (role.dataset.filled) {
        role.value = "";
        if ($) $(role).val(null).trigger("change");
        delete role.dataset.filled;
      }
      return;
    }
    let option = Array.from(role.options).find(function (o) { return o.value === String(answer.role.id); });
    if (!option) {
      option = new Option(answer.role.text, answer.role.id, true, true);
      role.appendChild(option);
    }
    role.value = String(answer.role.id);
    role.dataset.filled = role.value;
    if ($) $(role).trigger("change");
  }

  function prefixOf(element) {
    const match = element.id && element.id.match(/^(id_statements-\d+-)(speaker|said_on)$/);
    return match ? match[1] : null;
  }

  function onChange(event) {
    const target = event.target;
    if (target.id === "id_date") {
      document.querySelectorAll('select[id^="id_statements-"][id$="-speaker"]').forEach(function (speaker) {
        fillRole(prefixOf(speaker));
      });
      return;
    }
    const prefix = prefixOf(target);
    if (prefix) fillRole(prefix);
  }

  document.addEventListener("change", onChange);
  // Select2 (the admin's autocomplete) reports a choice through jQuery, not as a native event.
  window.addEventListener("load", function () {
    const $ = window.django && window.django.jQuery;
    if ($) $(document).on("select2:select select2:clear", "select", function (event) { onChange(event); });
  });
})();
