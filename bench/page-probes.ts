/**
 * What the benchmark runs inside the page. Plain JavaScript source (not functions): tsx's
 * transforms would otherwise leak helpers into code that Playwright serializes into the page.
 *
 * Installed before any page script (addInitScript), it records FCP, LCP, long tasks and the
 * moment the timeline region says it has drawn its items (`data-ready="true"`), all as
 * performance.now() values, i.e. milliseconds since navigation start. With `window.__benchFirstSearch`
 * set (a query, by an earlier init script), it types that query the moment the timeline is ready,
 * before the search index can be (`bench.firstSearch`: until a count is shown, whether that first
 * answer said it was partial, and until the complete one).
 */
export const READY_SELECTOR = '[role="region"][data-ready="true"]';

export const probeScript = String.raw`(() => {
  if (window.__bench) return;
  const bench = { fcp: null, lcp: null, lcpElement: null, ready: null, longTasks: [], firstSearch: null };
  window.__bench = bench;
  const observe = (type, onEntry) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true }); } catch (error) {}
  };
  observe('paint', (entry) => { if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime; });
  observe('largest-contentful-paint', (entry) => {
    bench.lcp = entry.startTime;
    const element = entry.element;
    bench.lcpElement = element ? element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).trim().split(/\s+/)[0] : '') : null;
  });
  observe('longtask', (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  const readyObserver = new MutationObserver(() => {
    if (bench.ready === null && document.querySelector(${JSON.stringify(READY_SELECTOR)})) {
      bench.ready = performance.now();
      readyObserver.disconnect();
      if (typeof window.__benchFirstSearch === 'string') setTimeout(() => firstSearch(window.__benchFirstSearch).catch((error) => { bench.firstSearch = { query: window.__benchFirstSearch, error: String(error) }; }), 0);
    }
  });
  readyObserver.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // Runs an action, then waits for the DOM to stop changing. The result is the time from just
  // before the action to the first animation frame after the last frame that changed the DOM:
  // by then that frame has been painted. With no change at all it is a double rAF. With \`until\`,
  // the DOM only counts as settled once that condition holds (a search still preparing its index
  // is quiet, but has not answered yet).
  async function timed(action, until) {
    let mutations = 0;
    let condition = null;
    const observer = new MutationObserver((records) => {
      mutations += records.length;
      if (condition === null && until && until()) condition = performance.now();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const start = performance.now();
    action();
    let seen = -1;
    let settled = null;
    let quiet = 0;
    let now = start;
    // A step still changing the DOM after 5 s counts as 5 s (a lower bound, flagged as capped).
    while (quiet < 2 && now - start < 5000) {
      now = await frame();
      if (until && condition === null && until()) condition = now;
      if (until && condition === null) { seen = mutations; quiet = 0; settled = null; }
      else if (mutations !== seen) { seen = mutations; quiet = 0; settled = null; }
      else { if (settled === null) settled = now; quiet += 1; }
    }
    observer.disconnect();
    const capped = quiet < 2;
    return { settled: (capped ? now : settled) - start, capped, condition: condition === null ? null : condition - start, mutations };
  }

  // One call per step: the harness gives each its own time limit and pauses between them.
  window.__benchKey = async (key) => {
    const region = document.querySelector(${JSON.stringify(READY_SELECTOR)});
    if (!region) throw new Error('no ready timeline region');
    if (document.activeElement !== region) region.focus();
    const result = await timed(() => region.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
    return { key, ms: result.settled, capped: result.capped, mutations: result.mutations, window: [region.getAttribute('data-window-start'), region.getAttribute('data-window-end')] };
  };

  // A Ctrl+wheel (a pinch, to the browser) over the middle of the drawing, or a horizontal swipe.
  window.__benchWheel = async (gesture) => {
    const region = document.querySelector(${JSON.stringify(READY_SELECTOR)});
    const target = region && (region.querySelector('.vis-center') || region);
    if (!target) throw new Error('no ready timeline region');
    const box = target.getBoundingClientRect();
    const zoom = gesture === 'pinch-in' || gesture === 'pinch-out';
    const delta = gesture === 'pinch-in' || gesture === 'swipe-left' ? -120 : 120;
    const init = { bubbles: true, cancelable: true, deltaMode: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, ctrlKey: zoom, deltaX: zoom ? 0 : delta, deltaY: zoom ? delta : 0 };
    const result = await timed(() => target.dispatchEvent(new WheelEvent('wheel', init)));
    return { key: gesture, ms: result.settled, capped: result.capped, mutations: result.mutations };
  };

  const setValue = (input, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const searchBox = () => {
    const input = document.querySelector('input[type="search"]');
    const status = document.querySelector('[role="search"] [role="status"]');
    if (!input || !status) throw new Error('no search box with a status');
    return { input, status };
  };

  window.__benchClearSearch = async () => {
    const { input } = searchBox();
    if (input.value !== '') await timed(() => setValue(input, ''));
  };

  async function firstSearch(query) {
    const { input, status } = searchBox();
    const start = performance.now();
    const result = await timed(() => setValue(input, query), () => status.hasAttribute('data-result-count'));
    const count = () => (status.hasAttribute('data-result-count') ? Number(status.getAttribute('data-result-count')) : null);
    const partial = status.hasAttribute('data-partial');
    const found = { query, countMs: result.condition, settledMs: result.settled, capped: result.capped, count: count(), partial, completeMs: null, completeCount: null };
    bench.firstSearch = found;
    // The complete answer: no longer partial (or partial from the start not at all). At most 60 s.
    while (status.hasAttribute('data-partial') || !status.hasAttribute('data-result-count')) {
      if (performance.now() - start > 60000) return;
      await pause(20);
    }
    found.completeMs = performance.now() - start;
    found.completeCount = count();
  }

  window.__benchSearch = async (query) => {
    const { input, status } = searchBox();
    const result = await timed(() => setValue(input, query), () => status.hasAttribute('data-result-count'));
    return { query, countMs: result.condition, settledMs: result.settled, capped: result.capped, count: status.hasAttribute('data-result-count') ? Number(status.getAttribute('data-result-count')) : null };
  };
})();`;
