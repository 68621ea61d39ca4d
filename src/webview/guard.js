/*
 * webview-guard.js: loaded by each add-in page before office.js and the bundle, in ECMAScript 3 so
 * that every webview Office may use runs it, Internet Explorer 11 (Trident) and Edge Legacy
 * (EdgeHTML) included. The bundles need ES2022 (test/build/webview.test.ts); where the webview
 * lacks it, the page shows one sentence (zh-CN, or en-US for an English system) saying which
 * Office is needed, instead of a blank pane:
 *   - at once, when ES2022's library (Array.prototype.at, Object.hasOwn) is missing;
 *   - at the window's load event, when the bundle never started (it failed to parse or load):
 *     src/webview/started.ts, the bundle's first module, sets window.partnerCitiesStarted.
 * The sentence comes from src/core/i18n/webview.json, put in place of MESSAGES by webpack.config.js.
 */
(function () {
  var MESSAGES = /* MESSAGES */ { "zh-CN": "", "en-US": "" };
  var shown = false;

  function es2022() {
    return typeof Array.prototype.at === "function" && typeof Object.hasOwn === "function";
  }

  function language() {
    var nav = window.navigator || {};
    var lang = String(nav.language || nav.userLanguage || nav.browserLanguage || "zh-CN").toLowerCase();
    return lang.indexOf("en") === 0 ? "en-US" : "zh-CN";
  }

  function show() {
    var body = document.body;
    if (shown || !body) return;
    shown = true;
    var lang = language();
    var p = document.createElement("p");
    p.id = "webview-unsupported";
    p.setAttribute("role", "alert");
    p.setAttribute("lang", lang);
    p.style.cssText =
      "margin:0;padding:16px 20px;border-top:4px solid #c50f1f;font:14px/1.5 'Segoe UI','Microsoft YaHei',sans-serif;color:#242424";
    p.appendChild(document.createTextNode(MESSAGES[lang]));
    body.insertBefore(p, body.firstChild);
  }

  function on(target, type, handler) {
    if (target.addEventListener) target.addEventListener(type, handler, false);
    else if (target.attachEvent) target.attachEvent("on" + type, handler);
  }

  if (!es2022()) {
    window.partnerCitiesUnsupported = true;
    if (document.body) show();
    else on(document, "DOMContentLoaded", show);
  }
  on(window, "load", function () {
    if (!window.partnerCitiesStarted) show();
  });
})();
