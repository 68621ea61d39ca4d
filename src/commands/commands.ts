/**
 * The ribbon's function file (commands.html): one handler per ExecuteFunction button of
 * manifest.xml, registered with Office.actions.associate once office.js is ready.
 *
 * Each handler runs its action (ribbonActions.ts) on the open workbook through Excel.run, tells
 * the user the one-line outcome, and calls event.completed() exactly once on every path.
 *
 * How the outcome is told: a function command has no task pane and Excel offers add-ins no toast,
 * so the handler opens a small dialog (Office.context.ui.displayDialogAsync, DialogApi 1.1, in
 * every host that runs ExcelApi 1.9) on outcome.html with the message in its query string. The
 * dialog shows it as text and closes by itself after a few seconds (longer for a failure), or at
 * once with its Close button (messageParent) or the window's ×. displayInIframe keeps it inside
 * the page on Excel on the web, where a pop-up would be blocked. If no dialog can be shown
 * (another one is open, DialogApi missing) the message goes to the console and the handler
 * completes anyway: the workbook itself shows the outcome (the summary sheet is activated, the
 * register's rows are coloured).
 */
import type { Lang } from "../core/model";
import { langOf } from "../core/i18n/format";
import { todayIso } from "../core/dates/isoDate";
import { addinServices, type AddinServices } from "../excel-host/addinServices";
import type { ExcelRun } from "../excel-host/excelRun";
import { RIBBON_ACTIONS, RIBBON_FUNCTIONS, type RibbonFunction, type RibbonOutcome } from "./ribbonActions";
import type { MadeDocument } from "./yearReportFile";
import { COMMAND_MESSAGES as M } from "../core/i18n/commands";

export { RIBBON_FUNCTIONS, type RibbonFunction } from "./ribbonActions";

/** How long the outcome dialog stays open by itself. */
const DIALOG_MS = { ok: 6_000, failed: 20_000 } as const;

/** outcome.html beside this page, with the message: the dialog page only displays it, as text. `file`: documents follow. */
function outcomeUrl(base: string, outcome: RibbonOutcome, lang: Lang, file = false): string {
  const url = new URL("outcome.html", base);
  url.search = new URLSearchParams({
    lang,
    ok: outcome.ok ? "1" : "0",
    m: outcome.message,
    ...(file ? { file: "1" } : {}),
  }).toString();
  return url.href;
}

/** Characters of base64 per message to the dialog: well under what every host carries in one message. */
const CHUNK = 30_000;

/**
 * Documents as the messages the dialog (outcome.ts) puts back together: each file's base64 in
 * numbered chunks, each chunk saying which file of how many it belongs to and the words of its link.
 */
export function fileMessages(docs: readonly MadeDocument[]): string[] {
  return docs.flatMap((doc, file) => {
    let binary = "";
    for (let i = 0; i < doc.bytes.length; i += 0x8000)
      binary += String.fromCharCode(...doc.bytes.subarray(i, i + 0x8000));
    const data = btoa(binary);
    const count = Math.max(1, Math.ceil(data.length / CHUNK));
    return Array.from({ length: count }, (_, index) =>
      JSON.stringify({
        kind: "file",
        file,
        files: docs.length,
        name: doc.fileName,
        label: doc.label,
        index,
        count,
        data: data.slice(index * CHUNK, (index + 1) * CHUNK),
      }),
    );
  });
}

/** Shows the outcome in a dialog and resolves when it is closed, or at once when none can be opened. Never rejects. */
function showOutcome(outcome: RibbonOutcome, lang: Lang): Promise<void> {
  console.info(`友城工作: ${outcome.message}`);
  return new Promise<void>((resolve) => {
    try {
      if (!Office.context?.requirements?.isSetSupported("DialogApi", "1.1")) return resolve();
      const page = globalThis.location?.href;
      if (!page) return resolve();
      // Documents go to the dialog by messageChild (DialogApi 1.2); without it the pane offers them.
      const send = outcome.documents !== undefined && Office.context.requirements.isSetSupported("DialogApi", "1.2");
      const told =
        outcome.documents && !send
          ? { ...outcome, message: `${outcome.message} ${M.noDownloadInDialog[lang]}${outcome.inPane ?? ""}` }
          : outcome;
      const url = outcomeUrl(page, told, lang, send);
      // Room for a list of links when documents come.
      const size = { height: send ? 45 : 22, width: 30, displayInIframe: true };
      Office.context.ui.displayDialogAsync(url, size, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.warn("友城工作: no dialog for the outcome", result.error?.code, result.error?.message);
          return resolve();
        }
        const dialog = result.value;
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          clearTimeout(timer);
          try {
            dialog.close();
          } catch {
            // already closed by the user
          }
          resolve();
        };
        // A dialog that offers a file stays until the user closes it.
        const timer = send ? undefined : setTimeout(close, outcome.ok ? DIALOG_MS.ok : DIALOG_MS.failed);
        if (send)
          void outcome.documents!()
            .then((docs) => {
              for (const message of fileMessages(docs)) if (open) dialog.messageChild(message);
            })
            .catch((error: unknown) => console.error("友城工作: the documents were not made", error));
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        // 12006: the user closed it with ×; any other event also ends it.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          open = false;
          clearTimeout(timer);
          resolve();
        });
      });
    } catch (error) {
      console.warn("友城工作: no dialog for the outcome", error);
      resolve();
    }
  });
}

interface HandlerDeps {
  services: () => AddinServices;
  lang: () => Lang;
  tell: (outcome: RibbonOutcome, lang: Lang) => Promise<void>;
}

/** The handler Office calls for `name`: returns its promise (Office ignores it; tests await it). */
function ribbonHandler(name: RibbonFunction, deps: HandlerDeps): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      const lang = deps.lang();
      const outcome = await RIBBON_ACTIONS[name](deps.services(), lang);
      await deps.tell(outcome, lang);
    } catch (error) {
      // ribbonActions and showOutcome do not throw; this is the last guard before completing.
      console.error(`友城工作: ${name} failed`, error);
    } finally {
      event.completed();
    }
  };
}

/** Registers every ribbon function with Office; called once office.js is ready. */
function registerRibbonFunctions(): void {
  const run: ExcelRun = (batch) => Excel.run(batch);
  const lang = () => langOf(Office.context?.displayLanguage);
  const deps: HandlerDeps = {
    lang,
    services: () => addinServices(run, { lang: lang(), today: () => todayIso() }),
    tell: showOutcome,
  };
  for (const name of RIBBON_FUNCTIONS) Office.actions.associate(name, ribbonHandler(name, deps));
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => registerRibbonFunctions());
}
