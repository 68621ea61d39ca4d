/**
 * The ribbon's outcome dialog (outcome.html, opened by commands.ts): shows the one line it is
 * given in its query string, as text, and asks the function file to close it when the user
 * presses Close (or Esc). commands.ts also closes it by itself after a few seconds. When a
 * document comes with the outcome (file=1), commands.ts sends it in numbered base64 chunks
 * (messageChild); the page puts them together and offers the file as a download link.
 */
import { langOf } from "../core/i18n/format";
import { COMMAND_MESSAGES as M } from "../core/i18n/commands";
import { DOCX_MIME } from "../taskpane/components/download";

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

const link = document.getElementById("download") as HTMLAnchorElement | null;
if (params.get("file") === "1" && link) {
  link.hidden = false;
  link.textContent = M.reportPreparing[lang];
  link.setAttribute("aria-disabled", "true");
  const chunks: string[] = [];
  const received = (message: string) => {
    let part: { kind?: string; name?: string; index?: number; count?: number; data?: string };
    try {
      part = JSON.parse(message);
    } catch {
      return;
    }
    if (part.kind !== "file" || typeof part.data !== "string" || typeof part.index !== "number") return;
    chunks[part.index] = part.data;
    if (chunks.filter((c) => c !== undefined).length !== part.count) return;
    const binary = atob(chunks.join(""));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    link.href = URL.createObjectURL(new Blob([bytes], { type: DOCX_MIME }));
    link.download = part.name ?? "report.docx";
    link.textContent = M.downloadReport[lang];
    link.removeAttribute("aria-disabled");
    link.focus();
  };
  if (typeof Office !== "undefined")
    void Office.onReady(() =>
      Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg) => {
        if ("message" in arg) received(arg.message);
      }),
    );
}
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") close();
});
if (typeof Office !== "undefined") void Office.onReady(() => button?.focus());
else button?.focus();
