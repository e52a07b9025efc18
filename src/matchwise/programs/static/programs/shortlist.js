// Draws the two curves of the shortlist page from the JSON the page carries (no network).
(function () {
  "use strict";
  var source = document.getElementById("curve-data");
  if (!source || !window.Chart) { return; }
  var data = JSON.parse(source.textContent);
  var asPercent = function (value) { return Math.round(value * 100) + "%"; };
  var points = function (pairs) { return pairs.map(function (p) { return { x: p[0], y: p[1] }; }); };

  function draw(id, curve, band, xTitle, marks, money) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    var datasets = [];
    if (band) {
      datasets.push({
        label: "Likely range (low)", data: points(band[0]), borderColor: "rgba(27,79,138,0.25)",
        backgroundColor: "rgba(27,79,138,0.15)", pointRadius: 0, borderWidth: 1, showLine: true
      });
      datasets.push({
        label: "Likely range (high)", data: points(band[1]), borderColor: "rgba(27,79,138,0.25)",
        backgroundColor: "rgba(27,79,138,0.15)", pointRadius: 0, borderWidth: 1, showLine: true,
        fill: "-1"
      });
    }
    datasets.push({
      label: "Best chance of matching",
      data: points(curve),
      borderColor: "#1b4f8a",
      backgroundColor: "#1b4f8a",
      pointRadius: 0,
      borderWidth: 2,
      showLine: true
    });
    marks.forEach(function (mark) {
      datasets.push({
        label: mark.label,
        data: [{ x: mark.at[0], y: mark.at[1] }],
        borderColor: mark.colour,
        backgroundColor: mark.colour,
        pointRadius: 6,
        pointStyle: mark.style,
        showLine: false
      });
    });
    new Chart(canvas, {
      type: "scatter",
      data: { datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { type: "linear", title: { display: true, text: xTitle },
               ticks: money ? { callback: function (v) { return "$" + v.toLocaleString(); } } : {} },
          y: { min: 0, max: 1, title: { display: true, text: "Chance of matching" },
               ticks: { callback: asPercent } }
        },
        plugins: {
          tooltip: { callbacks: { label: function (item) {
            var x = money ? "$" + item.parsed.x.toLocaleString() : item.parsed.x + " programs";
            return item.dataset.label + ": " + asPercent(item.parsed.y) + " at " + x;
          } } }
        }
      }
    });
  }

  var chosen = data.chosen;
  draw("curve-by-count", data.by_count, data.band_by_count, "Programs applied to",
       [{ label: "Your list", at: [chosen[0], chosen[2]], colour: "#1e6b34", style: "rectRot" }], false);
  var marks = [{ label: "Your list", at: [chosen[1], chosen[2]], colour: "#1e6b34", style: "rectRot" }];
  draw("curve-by-dollars", data.by_dollars, data.band_by_dollars, "ERAS fees (US dollars)", marks, true);
})();
