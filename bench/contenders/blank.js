// Reference, not a contender: the page's fixed cost (HTML, the inline dataset parsed, one module
// script, the harness) with no chart at all.
const data = JSON.parse(document.getElementById('data').textContent);
window.__benchDrawn({ axes: data.axes.length, series: data.series.length });
