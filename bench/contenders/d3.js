// The floor: a plain d3-selection + d3-shape radar of the same data, drawn the way a hand-written
// newsroom graphic would be. 6 axes, 5 rings with their level numbers, axis lines and labels,
// 3 series as closed polygons (a gap, `null`, is left out) with a dot per value, a title and a
// legend. No interaction, no accessibility layer, no validation: the least work that draws it.
import { select } from 'd3-selection';
import { curveLinearClosed, lineRadial } from 'd3-shape';

const COLORS = ['#0a62a8', '#b8470b', '#00765a'];
const WIDTH = 640;
const HEIGHT = 544;

const data = JSON.parse(document.getElementById('data').textContent);
const axes = data.axes;
const max = data.scale?.max ?? 5;
const ticks = (data.scale?.ticks ?? [1, 2, 3, 4, 5]).filter((t) => t > 0);
const radius = Math.min(WIDTH, HEIGHT) / 2 - 70;
const angle = (i) => (i / axes.length) * 2 * Math.PI;
const r = (value) => (value / max) * radius;

const root = select('#chart');
root.append('p').attr('class', 'title').text(data.title.en);
root
  .append('p')
  .attr('class', 'legend')
  .selectAll('span')
  .data(data.series)
  .join('span')
  .style('color', (_, i) => COLORS[i])
  .text((s) => `● ${s.label.en}`);

const svg = root.append('svg').attr('width', WIDTH).attr('height', HEIGHT).attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
const g = svg.append('g').attr('transform', `translate(${WIDTH / 2},${HEIGHT / 2})`);

const ring = lineRadial().curve(curveLinearClosed);
g.append('g')
  .attr('fill', 'none')
  .attr('stroke', '#bbb')
  .selectAll('path')
  .data(ticks)
  .join('path')
  .attr('d', (t) => ring(axes.map((_, i) => [angle(i), r(t)])));
g.append('g')
  .attr('stroke', '#bbb')
  .selectAll('line')
  .data(axes)
  .join('line')
  .attr('x2', (_, i) => radius * Math.sin(angle(i)))
  .attr('y2', (_, i) => -radius * Math.cos(angle(i)));
g.append('g')
  .attr('font-size', 11)
  .attr('fill', '#666')
  .selectAll('text')
  .data(ticks)
  .join('text')
  .attr('x', 4)
  .attr('y', (t) => -r(t) - 2)
  .text((t) => String(t));
g.append('g')
  .attr('font-size', 13)
  .selectAll('text')
  .data(axes)
  .join('text')
  .attr('x', (_, i) => (radius + 14) * Math.sin(angle(i)))
  .attr('y', (_, i) => -(radius + 14) * Math.cos(angle(i)))
  .attr('dy', '0.35em')
  .attr('text-anchor', (_, i) => {
    const s = Math.sin(angle(i));
    return Math.abs(s) < 1e-6 ? 'middle' : s > 0 ? 'start' : 'end';
  })
  .text((a) => a.label.en);

const area = lineRadial()
  .defined((d) => d[1] !== null)
  .angle((d) => d[0])
  .radius((d) => r(d[1]))
  .curve(curveLinearClosed);
const series = g
  .append('g')
  .selectAll('g')
  .data(data.series)
  .join('g')
  .attr('fill', (_, i) => COLORS[i])
  .attr('stroke', (_, i) => COLORS[i]);
const points = (s) => axes.map((a, i) => [angle(i), s.values[a.id] ?? null]);
series
  .append('path')
  .attr('fill-opacity', 0.12)
  .attr('stroke-width', 2)
  .attr('d', (s) => area(points(s)));
series
  .selectAll('circle')
  .data((s) => points(s).filter((p) => p[1] !== null))
  .join('circle')
  .attr('r', 3.5)
  .attr('cx', (p) => r(p[1]) * Math.sin(p[0]))
  .attr('cy', (p) => -r(p[1]) * Math.cos(p[0]));

window.__benchDrawn({ paths: svg.node().querySelectorAll('path').length });
