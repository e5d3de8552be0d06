/* global document, location, navigator, URLSearchParams */
// Inlined in index.html's head (scripts/prerender-plugin.ts). Sets <html lang> before the
// pre-rendered page is parsed, so that the copy in the reader's language is the one painted
// (prerendered.css): ?lang=fr|en, else French for a browser that lists French, else English. The same rule as browserLanguage() in src/app/App.tsx and the
// lang parameter of src/shared/url (tests/unit/first-view-language.test.ts keeps them equal).
(function () {
  var asked = new URLSearchParams(location.search).get('lang');
  var listed = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  var french = listed.some(function (tag) {
    return String(tag).toLowerCase().indexOf('fr') === 0;
  });
  document.documentElement.lang = asked === 'fr' || asked === 'en' ? asked : french ? 'fr' : 'en';
})();
