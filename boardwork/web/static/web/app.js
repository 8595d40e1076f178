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
