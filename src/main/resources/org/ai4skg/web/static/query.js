/* The query page: YASGUI pointed at this site's endpoint, the example gallery, and links that carry the query.
   Nothing here talks to another host: the prefix look-up reads this site's /static/prefixes.json instead of
   prefix.cc, and the term look-ups that call LOV are switched off. */
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || !window.Yasgui) { return; }
  var endpoint = el.dataset.endpoint;
  var localOnly = ["prefixes", "variables"];
  [Yasgui.Yasqe.defaults, Yasgui.defaults.yasqe].forEach(function (d) {
    if (!d) { return; }
    d.autocompleters = localOnly.slice();
    d.prefixCcApi = el.dataset.prefixes;
    d.createShortLink = undefined;
  });
  Yasgui.defaults.requestConfig = Object.assign({}, Yasgui.defaults.requestConfig, { endpoint: endpoint });

  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: true,
    autofocus: false,
    yasqe: { autocompleters: localOnly.slice(), prefixCcApi: el.dataset.prefixes }
  });
  window.ai4sYasgui = yasgui;

  function tab() {
    var t = yasgui.getTab();
    if (t.getRequestConfig().endpoint !== endpoint) { t.setEndpoint(endpoint); }
    return t;
  }
  function shareLink(query) {
    var url = new URL(el.dataset.shareBase);
    var lang = new URLSearchParams(window.location.search).get("lang");
    if (lang) { url.searchParams.set("lang", lang); }
    url.searchParams.set("query", query);
    return url.toString();
  }
  function showShare(query) {
    var link = shareLink(query);
    document.getElementById("share-link").value = link;
    window.history.replaceState(null, "", link);
  }
  function exampleText(name) {
    var t = document.querySelector('template.example-text[data-example="' + name + '"]');
    return t ? t.content.textContent : "";
  }
  // Run brings the editor into view at once, and again when the results have laid out (they change the page's height,
  // which would otherwise leave the editor where an earlier scroll put it).
  var scrollOnResponse = false;
  yasgui.on("queryResponse", function () {
    if (scrollOnResponse) {
      scrollOnResponse = false;
      el.scrollIntoView({ block: "start" });
    }
  });
  function load(query, run) {
    var t = tab();
    t.setQuery(query);
    showShare(query);
    if (run) {
      scrollOnResponse = true;
      t.query();
    }
    el.scrollIntoView({ block: "start" });
  }

  document.querySelectorAll(".gallery button.load, .gallery button.run").forEach(function (b) {
    b.addEventListener("click", function () {
      load(exampleText(b.dataset.example), b.classList.contains("run"));
    });
  });
  var initial = document.getElementById("initial-query");
  if (initial) {
    load(initial.content.textContent, false);
  } else {
    showShare(tab().getQuery());
  }
  // Result cells link IRIs of the publication to this site rather than to their w3id.org address.
  var ns = "https://w3id.org/ai4s-kg/";
  var base = new URL(el.dataset.shareBase).href.replace(/query$/, "");
  new MutationObserver(function () {
    el.querySelectorAll('a[href^="' + ns + '"]').forEach(function (a) {
      a.href = base + a.getAttribute("href").substring(ns.length);
      a.removeAttribute("target");
    });
  }).observe(el, { childList: true, subtree: true });

  var yasqe = tab().getYasqe();
  if (yasqe) {
    yasqe.on("change", function () { document.getElementById("share-link").value = shareLink(yasqe.getValue()); });
  }
})();
