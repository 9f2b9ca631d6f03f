// The repeat editor's enhancements (cms/events/repeat_editor.py): the form works without them.
// - shows only the controls that apply to the chosen frequency;
// - adds "add a date" buttons to the extra/excluded dates;
// - says the rule in words as the editor edits, asking the server (one way to say a rule).
(function () {
  "use strict";

  function setUp(root) {
    const name = root.dataset.name;
    const frequency = root.querySelector(`[name="${name}-freq"]`);
    const summary = root.querySelector("[data-repeat-summary]");
    if (!frequency) return; // the "advanced" text box: nothing to show or hide

    function showControls() {
      root.querySelectorAll("[data-repeat-for]").forEach((section) => {
        section.hidden = !section.dataset.repeatFor.split(" ").includes(frequency.value);
      });
    }

    let timer = null;
    let latest = 0;
    function summarise() {
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const params = new URLSearchParams({ field: name });
        root.querySelectorAll("input, select, textarea").forEach((input) => {
          if (!input.name || input.disabled) return;
          if ((input.type === "checkbox" || input.type === "radio") && !input.checked) return;
          params.append(input.name, input.value);
        });
        const request = ++latest;
        try {
          const response = await fetch(`${root.dataset.summaryUrl}?${params}`, {
            credentials: "same-origin",
            headers: { Accept: "application/json" },
          });
          const answer = await response.json();
          if (request !== latest) return; // an older answer arriving late
          const text = response.ok ? answer.text : answer.error;
          summary.textContent = text.charAt(0).toUpperCase() + text.slice(1);
          summary.classList.toggle("repeat-editor__summary--error", !response.ok);
        } catch (error) {
          // Offline or logged out: the saved summary stays; saving still validates.
        }
      }, 300);
    }

    root.querySelectorAll("[data-repeat-dates]").forEach((group) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button button-small button-secondary";
      button.textContent = group.dataset.addLabel;
      button.addEventListener("click", () => {
        const rows = group.querySelectorAll(".repeat-editor__date");
        const last = rows[rows.length - 1];
        const copy = last.cloneNode(true);
        const number = rows.length + 1;
        const input = copy.querySelector("input");
        const label = copy.querySelector("label");
        input.value = "";
        input.id = input.id.replace(/-\d+$/, `-${number}`);
        label.htmlFor = input.id;
        label.textContent = label.textContent.replace(/\d+\s*$/, String(number));
        last.after(copy);
        input.focus();
      });
      group.appendChild(button);
    });

    frequency.addEventListener("change", showControls);
    root.addEventListener("change", summarise);
    root.addEventListener("input", summarise);
    showControls();
  }

  function start() {
    document.querySelectorAll("[data-repeat-editor]").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
