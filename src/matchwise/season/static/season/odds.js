// Draws the Season page's odds charts from the JSON the page carries (no network).
(function () {
  "use strict";
  var source = document.getElementById("odds-data");
  if (!source || !window.Chart) { return; }
  var asPercent = function (value) { return Math.round(value * 100) + "%"; };
  var points = function (pairs) { return pairs.map(function (p) { return { x: p[0], y: p[1] }; }); };
  JSON.parse(source.textContent).forEach(function (line, index) {
    var canvas = document.getElementById("odds-chart-" + index);
    if (!canvas) { return; }
    var band = { borderColor: "rgba(27,79,138,0.25)", backgroundColor: "rgba(27,79,138,0.15)",
                 pointRadius: 0, borderWidth: 1, showLine: true };
    var datasets = [
      Object.assign({ label: "Likely range (low)", data: points(line.band[0]) }, band),
      Object.assign({ label: "Likely range (high)", data: points(line.band[1]), fill: "-1" }, band),
      { label: "Model", data: points(line.p_match), borderColor: "#1b4f8a",
        backgroundColor: "#1b4f8a", pointRadius: 0, borderWidth: 2, showLine: true }
    ];
    if (line.published.length) {
      datasets.push({ label: "NRMP published (contiguous ranks)", data: points(line.published),
                      borderColor: "#b05a00", backgroundColor: "#b05a00", pointRadius: 2,
                      borderDash: [4, 3], borderWidth: 1, showLine: true });
    }
    datasets.push({ label: "Completed", data: [{ x: line.completed[0], y: line.completed[1] }],
                    borderColor: "#2d7d46", backgroundColor: "#2d7d46", pointRadius: 7,
                    pointStyle: "rectRot", showLine: false });
    datasets.push({ label: "If all scheduled happen",
                    data: [{ x: line.with_scheduled[0], y: line.with_scheduled[1] }],
                    borderColor: "#6a3d9a", backgroundColor: "#6a3d9a", pointRadius: 6,
                    pointStyle: "triangle", showLine: false });
    new Chart(canvas, {
      type: "scatter",
      data: { datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { type: "linear", min: 0, title: { display: true, text: "Interviews" } },
          y: { min: 0, max: 1, title: { display: true, text: "Chance of matching" },
               ticks: { callback: asPercent } }
        },
        plugins: { tooltip: { callbacks: { label: function (item) {
          return item.dataset.label + ": " + asPercent(item.parsed.y) + " with " + item.parsed.x + " interviews";
        } } } }
      }
    });
  });
})();
