// Draws every <canvas data-chart="..."> with chart.js: a bar chart of the figures the page was rendered with.
// Drawn at once (no animation), so that what is on the page is the figures, whenever it is looked at.
document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
  var data = JSON.parse(canvas.dataset.chart);
  new Chart(canvas, {
    type: "bar",
    data: data,
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
});
