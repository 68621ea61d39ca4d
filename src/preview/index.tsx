/**
 * The browser preview (preview.html): the add-in working where no Excel exists.
 *
 * The bundled sample workbook (or one the user opens) is loaded into the in-memory Excel host
 * (src/excel-fake, via exceljs: this page may bundle exceljs, the task pane must not), and
 * shown as a grid on the left; the real task pane (src/taskpane/components/App.tsx) runs on the
 * right, and a ribbon bar has the ribbon's three buttons, which call the same ribbonActions as
 * commands.ts does inside Excel. Everything runs on the one in-memory host, so the add-in's sheets
 * appear in the grid as they are written.
 *
 * The grid's colours: the add-in's own highlight rules (conditional formats of the shape
 * highlights.ts writes) are evaluated by highlightRules.ts — a VLOOKUP of the row's partner in the
 * expiry sheet compared with today (TODAY() is the preview's today, or the rule's DATE(y,m,d)).
 * No other formula is evaluated: user formulas show their cached result from the file.
 *
 * URL parameters: ?today=YYYY-MM-DD (default: this machine's date), ?lang=en-US (default zh-CN),
 * ?host=wps (the add-in through its WPS shell on the in-memory ET host, instead of office-js on
 * the in-memory Excel).
 * Nothing is sent anywhere: the only requests are for this page's own files.
 */
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../core/model";
import { fill, langOf } from "../core/i18n/format";
import { PREVIEW_STRINGS as S } from "../core/i18n/preview";
import { createFakeExcel } from "../excel-fake";
import { fakeStateFromXlsx } from "../excel-fake/fromXlsx";
import { createFakeEt } from "../wps-fake";
import { PreviewApp } from "./PreviewApp";
import { SAMPLE_URL, todayFrom } from "./params";
import { excelPreviewHost, wpsPreviewHost } from "./previewHost";

const params = new URLSearchParams(location.search);
let lang: Lang = langOf(params.get("lang") ?? "zh-CN");
const today = todayFrom(params);
/** ?host=wps runs the add-in through its WPS shell, on the in-memory ET host. */
const wps = params.get("host") === "wps";
let generation = 0;

function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  const url = new URL(location.href);
  url.searchParams.set("lang", next);
  history.replaceState(null, "", url);
}

function message(root: Root, text: string): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <p role="status" style={{ padding: 16 }}>
        {text}
      </p>
    </FluentProvider>,
  );
}

async function show(root: Root, load: () => Promise<ArrayBuffer>, name: string): Promise<void> {
  message(root, S.loading[lang]);
  try {
    const state = await fakeStateFromXlsx(await load());
    const host = wps ? wpsPreviewHost(createFakeEt(state)) : excelPreviewHost(createFakeExcel(state));
    generation += 1;
    root.render(
      <StrictMode>
        <FluentProvider theme={webLightTheme}>
          <PreviewApp
            key={generation}
            host={host}
            workbookName={name}
            initialLang={lang}
            today={today}
            onLangChange={setLang}
            onOpenFile={(file) => void show(root, () => file.arrayBuffer(), file.name)}
          />
        </FluentProvider>
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    message(root, fill(S.loadFailed[lang], { reason: error instanceof Error ? error.message : String(error) }));
  }
}

async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

document.documentElement.lang = lang;
const container = document.getElementById("container");
if (container) void show(createRoot(container), fetchSample, "partner-cities-demo.xlsx");
