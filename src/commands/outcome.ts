/**
 * The ribbon's outcome dialog (outcome.html, opened by commands.ts): shows the one line it is
 * given in its query string, as text, and asks the function file to close it when the user
 * presses Close (or Esc). commands.ts also closes it by itself after a few seconds.
 */
import { langOf } from "../core/i18n/format";
import { COMMAND_MESSAGES as M } from "../core/i18n/commands";

const params = new URLSearchParams(location.search);
const lang = langOf(params.get("lang"));
const ok = params.get("ok") === "1";

document.documentElement.lang = lang;
document.title = M.dialogTitle[lang];
const main = document.getElementById("outcome");
const message = document.getElementById("message");
const button = document.getElementById("close");
main?.classList.add(ok ? "ok" : "failed");
if (message) message.textContent = params.get("m") ?? "";
if (button) button.textContent = M.dialogClose[lang];

/** Inside Office the dialog asks its opener to close it (DialogApi 1.1); elsewhere the window closes itself. */
function close(): void {
  if (typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("DialogApi", "1.1"))
    Office.context.ui.messageParent("close");
  else window.close();
}

button?.addEventListener("click", close);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") close();
});
if (typeof Office !== "undefined") void Office.onReady(() => button?.focus());
else button?.focus();
