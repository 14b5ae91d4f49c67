// Apache ECharts 6 radar of the same data, from `echarts/core` with only the radar chart, the
// title and legend components and the canvas renderer (tree-shaken). Animation is off so that
// the first render is the finished chart; `setOption` then draws synchronously (zrender flushes
// at once), so the chart is on the canvas when `__benchDrawn()` runs.
import { RadarChart } from 'echarts/charts';
import { LegendComponent, TitleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([RadarChart, TitleComponent, LegendComponent, CanvasRenderer]);

const COLORS = ['#0a62a8', '#b8470b', '#00765a'];

const data = JSON.parse(document.getElementById('data').textContent);
const chart = init(document.getElementById('chart'));
chart.setOption({
  animation: false,
  color: COLORS,
  title: { text: data.title.en, textStyle: { fontSize: 14 } },
  legend: { top: 28, data: data.series.map((s) => s.label.en) },
  radar: {
    center: ['50%', '58%'],
    radius: '62%',
    indicator: data.axes.map((a) => ({ name: a.label.en, min: data.scale?.min ?? 0, max: data.scale?.max ?? 5 })),
    splitNumber: 5,
    clockwise: true,
  },
  series: [
    {
      type: 'radar',
      areaStyle: { opacity: 0.12 },
      data: data.series.map((s) => ({ name: s.label.en, value: data.axes.map((a) => s.values[a.id] ?? '-') })),
    },
  ],
});

window.__benchDrawn({ width: chart.getWidth(), height: chart.getHeight() });
