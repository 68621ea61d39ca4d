/**
 * The ribbon's outcome dialog (outcome.html, opened by commands.ts): shows the one line it is
 * given in its query string, as text, and asks the function file to close it when the user
 * presses Close (or Esc). commands.ts also closes it by itself after a few seconds. When
 * documents come with the outcome (file=1), commands.ts sends each in numbered base64 chunks
 * (messageChild); the page puts each together and offers it as a download link, in order.
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

const preparing = document.getElementById("preparing");
const list = document.getElementById("downloads");
if (params.get("file") === "1" && preparing && list) {
  preparing.hidden = false;
  preparing.textContent = M.filesPreparing[lang];
  /** Each file's chunks, by the file's place in the list. */
  const chunks: string[][] = [];
  const links: HTMLAnchorElement[] = [];
  let first = true;
  const received = (message: string) => {
    let part: {
      kind?: string;
      file?: number;
      files?: number;
      name?: string;
      label?: string;
      index?: number;
      count?: number;
      data?: string;
    };
    try {
      part = JSON.parse(message);
    } catch {
      return;
    }
    const { file, files, index, count, data } = part;
    if (part.kind !== "file" || typeof data !== "string" || typeof index !== "number") return;
    if (typeof file !== "number" || typeof files !== "number" || typeof count !== "number") return;
    const own = (chunks[file] ??= []);
    own[index] = data;
    if (own.filter((c) => c !== undefined).length !== count) return;
    const binary = atob(own.join(""));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([bytes], { type: DOCX_MIME }));
    link.download = part.name ?? "document.docx";
    // The file's name comes from the workbook's words: set as text, never as markup.
    link.textContent = part.label ?? link.download;
    const item = document.createElement("li");
    item.append(link);
    links[file] = link;
    // In the order sent, whatever order the files complete in.
    const after = links.slice(file + 1).find((l) => l !== undefined);
    list.insertBefore(item, after?.parentElement ?? null);
    list.hidden = false;
    if (first) link.focus();
    first = false;
    if (links.filter((l) => l !== undefined).length === files) preparing.hidden = true;
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
