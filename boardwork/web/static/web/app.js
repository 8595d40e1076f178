// Boardwork's only script: start GOV.UK Frontend and draw the charts. Everything works without
// it; the Content-Security-Policy allows no inline script, so page data comes from
// <script type="application/json"> blocks (json_script) and data-* attributes.
import { initAll } from "../vendor/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("govuk-frontend-supported");
}
initAll();

// Re-initialise components inside content htmx swaps in (review rows).
document.addEventListener("htmx:afterSwap", (event) => {
  initAll({ scope: event.detail.elt.parentElement || document.body });
});

// Names (organisations, policies, people) are one box each. Without JavaScript the page has spare
// empty boxes; here the spares shrink to one, each filled box gets "Remove" and the list an
// "Add another" button. Every box keeps the same name, so each name is submitted whole.
function enhanceNames(list) {
  if (list.dataset.enhanced) return;
  list.dataset.enhanced = "1";
  const label = list.dataset.label || "name";
  const items = () => Array.from(list.querySelectorAll(".bw-names__item"));
  const renumber = () => {
    items().forEach((item, i) => {
      const l = item.querySelector("label");
      if (l) l.textContent = `${label} ${i + 1}`;
      const remove = item.querySelector(".bw-names__remove");
      if (remove) remove.querySelector(".govuk-visually-hidden").textContent = ` ${label.toLowerCase()} ${i + 1}`;
    });
  };
  const addRemove = (item) => {
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "govuk-button govuk-button--secondary bw-names__remove";
    remove.innerHTML = 'Remove<span class="govuk-visually-hidden"></span>';
    remove.addEventListener("click", () => {
      const next = item.nextElementSibling || item.previousElementSibling;
      if (items().length > 1) {
        item.remove();
      } else {
        item.querySelector("input").value = "";
      }
      renumber();
      const focus = next && next.querySelector("input");
      if (focus) focus.focus();
    });
    item.appendChild(remove);
  };
  // Keep one empty box at the end.
  const empties = items().filter((item) => !item.querySelector("input").value.trim());
  empties.slice(1).forEach((item) => item.remove());
  if (empties.length > 1) {
    const last = empties[0];
    list.appendChild(last);
  }
  items().forEach(addRemove);
  const add = document.createElement("button");
  add.type = "button";
  add.className = "govuk-button govuk-button--secondary bw-names__add";
  add.textContent = `Add another`;
  add.setAttribute("aria-label", `Add another: ${label}`);
  add.addEventListener("click", () => {
    const template = items()[0];
    const item = template.cloneNode(true);
    const input = item.querySelector("input");
    const n = items().length;
    input.value = "";
    input.id = `${template.querySelector("input").id}_${Date.now()}`;
    input.classList.remove("govuk-input--error");
    item.querySelector("label").htmlFor = input.id;
    item.querySelector(".bw-names__remove").remove();
    addRemove(item);
    list.appendChild(item);
    if (window.htmx) window.htmx.process(item);
    renumber();
    input.focus();
    return n;
  });
  list.after(add);
  renumber();
}

function enhanceAllNames(scope) {
  for (const list of (scope || document).querySelectorAll("[data-names]")) enhanceNames(list);
}
enhanceAllNames(document);

// Chart.js has no hatching; these colours meet 3:1 contrast against white and each has a figure
// table beside it, so nothing relies on colour alone.
const COLOURS = ["#1d70b8", "#00703c", "#d4351c", "#4c2c92", "#f47738", "#28a197", "#912b88", "#505a5f", "#b58840", "#003078"];

function drawCharts() {
  const source = document.getElementById("chart-data");
  if (!source || !window.Chart) return;
  const data = JSON.parse(source.textContent);
  window.Chart.defaults.font.family = "Arial, sans-serif";
  window.Chart.defaults.font.size = 14;
  window.Chart.defaults.color = "#0b0c0c";
  window.Chart.defaults.animation = false;
  for (const canvas of document.querySelectorAll("canvas[data-chart]")) {
    const kind = canvas.dataset.chart;
    const d = data[kind];
    if (!d) continue;
    let config;
    if (kind === "quarters") {
      config = {
        type: "bar",
        data: {
          labels: d.labels,
          datasets: d.series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: COLOURS[i % COLOURS.length] })),
        },
        options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      };
    } else {
      config = {
        type: "bar",
        data: { labels: d.labels, datasets: [{ label: "Activities", data: d.data, backgroundColor: kind === "kinds" ? "#1d70b8" : "#00703c" }] },
        options: {
          indexAxis: "y",
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: {
            x: { beginAtZero: true, ticks: { precision: 0 } },
            // Long names are shortened on the axis; the figures table beside the chart has them in full.
            y: { ticks: { callback(value) { const l = this.getLabelForValue(value); return l.length > 28 ? l.slice(0, 27) + "…" : l; } } },
          },
        },
      };
    }
    new window.Chart(canvas, config);
  }
}

if (document.readyState === "complete") {
  drawCharts();
} else {
  window.addEventListener("load", drawCharts);
}
