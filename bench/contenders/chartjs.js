// Chart.js 4 radar of the same data, registering only what a radar needs (tree-shaken, as a
// careful user would ship it). Animation is off so that the first render is the finished chart
// (Chart.js otherwise grows the polygons for 1 s). Everything else is Chart.js's default,
// including its tick labels, which Chart.js formats through Intl.NumberFormat.
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Title } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Title);

const COLORS = ['#0a62a8', '#b8470b', '#00765a'];

const data = JSON.parse(document.getElementById('data').textContent);
const canvas = document.createElement('canvas');
canvas.setAttribute('role', 'img');
canvas.setAttribute('aria-label', data.title.en);
document.getElementById('chart').append(canvas);

const chart = new Chart(canvas, {
  type: 'radar',
  data: {
    labels: data.axes.map((a) => a.label.en),
    datasets: data.series.map((s, i) => ({
      label: s.label.en,
      data: data.axes.map((a) => s.values[a.id] ?? null),
      borderColor: COLORS[i],
      backgroundColor: `${COLORS[i]}1f`,
      pointBackgroundColor: COLORS[i],
      fill: true,
    })),
  },
  options: {
    animation: false,
    maintainAspectRatio: false,
    plugins: { title: { display: true, text: data.title.en } },
    scales: { r: { min: data.scale?.min ?? 0, max: data.scale?.max ?? 5, ticks: { stepSize: 1 } } },
  },
});

window.__benchDrawn({ width: chart.width, height: chart.height });
