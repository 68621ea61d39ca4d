import type { Lang } from "../core/model";
import type { IsoDate } from "../core/dates/isoDate";
import { addinServices } from "../excel-host/addinServices";
import type { EtApplication } from "../wps-host/et";
import { wpsAddinServices } from "../wps-host/addinServices";
import type { AddinServices } from "./services";

/**
 * Which office the task pane runs in, chosen once when the page starts: WPS 表格 (its pages get
 * the ET model as `window.Application`), Excel (office.js reports the Excel host), or neither.
 */
export interface HostChoice {
  kind: "wps" | "excel" | "none";
  /** The pane's services in a language, or null outside both offices. */
  services: ((env: { lang: Lang; today: () => IsoDate }) => AddinServices) | null;
  /** The office's display language, for the pane's first language. */
  displayLanguage: string | undefined;
  /** Office's localStorage partition (Office on the web), or "". */
  partition: string;
}

/** WPS's Application when this page runs inside WPS 表格: the ET model answers ActiveWorkbook. */
export function wpsApplication(scope: object = globalThis): EtApplication | null {
  const app = (scope as { Application?: unknown }).Application;
  return typeof app === "object" && app !== null && "ActiveWorkbook" in app ? (app as EtApplication) : null;
}

export async function chooseHost(): Promise<HostChoice> {
  const wps = wpsApplication();
  if (wps) {
    return {
      kind: "wps",
      services: (env) => wpsAddinServices(wps, env),
      displayLanguage: navigator.language,
      partition: "",
    };
  }
  if (typeof Office === "undefined")
    return { kind: "none", services: null, displayLanguage: navigator.language, partition: "" };
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
  // Outside Office, Office.context has no displayLanguage.
  return {
    kind: inExcel ? "excel" : "none",
    services: inExcel ? (env) => addinServices((batch) => Excel.run(batch), env) : null,
    displayLanguage: Office.context?.displayLanguage ?? navigator.language,
    partition: Office.context?.partitionKey ?? "",
  };
}
