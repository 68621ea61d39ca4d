/**
 * The first module of every add-in page's bundle: it tells webview-guard.js that the webview
 * parsed the bundle and runs it. A webview too old for the bundle's syntax never gets here, and
 * the guard shows its sentence instead of a blank pane.
 */
(window as Window & { partnerCitiesStarted?: boolean }).partnerCitiesStarted = true;

export {};
