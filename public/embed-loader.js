/*!
 * chronique embed loader — optional. Include it once, anywhere on a page that embeds chronique:
 *
 *   <iframe src="https://…/embed.html?…" … data-chronique-embed></iframe>
 *   <script src="https://…/embed-loader.js" async></script>
 *
 * It sets the height of every <iframe data-chronique-embed> to the height of its content, from the
 * message the embed posts to its parent, in the convention newsroom embeds share (AMP, Datawrapper,
 * @newswire/frames): { sentinel: "amp", type: "embed-size", height }.
 *
 * A message is used only when its source is one of those iframes (event.source is the iframe's own
 * window, which no other frame or page can fake) and its origin is the one of that iframe's src.
 * Everything else is ignored. No dependency, no global but a guard flag, plain ES2015.
 */
(function () {
  'use strict';
  var FLAG = '__chroniqueEmbedLoader';
  if (window[FLAG]) return;
  window[FLAG] = true;

  var MAX_HEIGHT = 20000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-chronique-embed]'));
  }

  function originOf(iframe) {
    try {
      return new URL(iframe.src, document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var list = frames();
    for (var i = 0; i < list.length; i += 1) {
      var iframe = list[i];
      if (iframe.contentWindow !== event.source) continue;
      if (originOf(iframe) !== event.origin) return;
      iframe.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
      return;
    }
  });
})();
