// Bowsprit deck: progressive enhancement only. Every page works without this script.
(function () {
  "use strict";
  function ready(fn) { if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); } }
  ready(function () {
    // Filter selects apply on change; the Filter button still works for keyboard users.
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () { if (select.form) { select.form.requestSubmit(); } });
    });
    // Times show in the reader's own zone.
    document.querySelectorAll("time[datetime]").forEach(function (t) {
      var d = new Date(t.getAttribute("datetime"));
      if (!isNaN(d)) { t.title = t.textContent; t.textContent = d.toLocaleString(); }
    });
    // Rerun and abort: confirm, post with the CSRF token, and report the answer in place.
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        if (!window.confirm(form.getAttribute("data-confirm"))) { return; }
        var button = form.querySelector("button");
        if (button) { button.disabled = true; }
        fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { "Accept": "text/plain" } })
          .then(function (r) { return r.text().then(function (text) { flash(text, r.ok); }); })
          .catch(function (err) { flash(String(err), false); })
          .finally(function () { if (button) { button.disabled = false; } });
      });
    });
  });
  function flash(text, ok) {
    var box = document.getElementById("deck-flash");
    if (!box) {
      box = document.createElement("div");
      box.id = "deck-flash";
      box.setAttribute("role", "status");
      box.setAttribute("aria-live", "polite");
      document.body.appendChild(box);
    }
    box.textContent = text;
    box.className = ok ? "ok" : "error";
  }
})();
