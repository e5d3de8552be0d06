// Event and language pages (/e/<id>/, /en/): a reader with JavaScript goes straight to the app
// view the page links to. Crawlers, which read the page's own card, and readers without
// JavaScript get the page and its link.
(function () {
  var link = document.querySelector('a[data-open-app]');
  if (link) window.location.replace(link.href + window.location.hash);
})();
