// Asks for the first view's store, chunks and stylesheets as soon as the pre-rendered page has
// painted (scripts/preload-first-view.ts lists them in data-preloads, most needed first). Asked
// for by the HTML itself, they shared the slow link with the page's own first paint and its entry
// chunk; from here they start one frame later, when the page is on screen. Each is fetched, not
// run or applied: the app runs a module or applies a stylesheet when it imports it.
(function () {
  var script = document.currentScript;
  var list = script && script.getAttribute('data-preloads');
  if (!list) return;
  function preload() {
    // The app already started (a fast or cached load): it has asked for all of them itself, and a
    // preload now would fetch the store a second time.
    if (document.documentElement.hasAttribute('data-app-started')) return;
    var links = document.createDocumentFragment();
    list.split(/\s+/).forEach(function (href) {
      if (!href) return;
      var link = document.createElement('link');
      if (/\.js$/.test(href)) link.rel = 'modulepreload';
      else {
        link.rel = 'preload';
        link.as = /\.css$/.test(href) ? 'style' : 'fetch';
      }
      // The app's fetch and Vite's loader ask with the same credentials mode.
      link.crossOrigin = 'anonymous';
      link.href = href;
      link.setAttribute('data-first-view', '');
      links.appendChild(link);
    });
    document.head.appendChild(links);
  }
  // requestAnimationFrame runs before the first frame is painted; the timeout, after it.
  requestAnimationFrame(function () {
    setTimeout(preload, 0);
  });
})();
