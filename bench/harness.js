// Benchmark harness, inlined as a classic script at the top of every benchmark page (the same
// bytes in every page). It defines one hook, `__benchDrawn()`, that a contender calls the moment
// its chart is drawn (synchronously, in the same task that drew it), and publishes the timings
// on `window.__bench` for scripts/bench.js to read.
//
//   drawn      performance.now() when the chart's DOM/canvas is complete: main-thread time from
//              navigation start (the page's time origin) to "chart drawn".
//   presented  Element Timing renderTime of a one-character marker that __benchDrawn() appends
//              in that same task, so it is painted in the same frame as the chart: the time that
//              frame was presented. No tracing needed.
//   raf2       performance.now() in a double requestAnimationFrame after drawing: kept for
//              comparison only (it can run before the frame is actually presented).
(() => {
  'use strict';
  const bench = {
    drawn: NaN,
    presented: NaN,
    raf2: NaN,
    fcp: NaN,
    intlWarmed: false,
    errors: [],
    detail: null,
  };
  window.__bench = bench;
  let finish;
  bench.done = new Promise((resolve) => (finish = resolve));
  const settle = () => {
    if (!Number.isNaN(bench.presented) && !Number.isNaN(bench.raf2)) finish(true);
  };
  addEventListener('error', (event) => bench.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => bench.errors.push(String(event.reason)));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier !== 'bench-drawn') continue;
      bench.presented = entry.renderTime || entry.loadTime;
      settle();
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  // Off by default: a reader's first visit pays ICU's set-up wherever the chart first formats a
  // number through Intl. `node scripts/bench.js --warm-intl` turns it on to show what that costs.
  const warmIntl = /*WARM_INTL*/ false;
  if (warmIntl) {
    new Intl.NumberFormat('en-US').format(1.5);
    bench.intlWarmed = true;
  }

  window.__benchDrawn = (detail) => {
    if (!Number.isNaN(bench.drawn)) return; // first render only
    bench.drawn = performance.now();
    bench.detail = detail ?? null;
    const marker = document.createElement('span');
    marker.className = 'bench-marker';
    marker.setAttribute('elementtiming', 'bench-drawn');
    marker.setAttribute('aria-hidden', 'true');
    marker.textContent = '.';
    document.body.append(marker);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        bench.raf2 = performance.now();
        settle();
      }),
    );
  };
})();
