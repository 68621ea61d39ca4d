/**
 * The real office.js client in the tests: Microsoft's Excel host file (web or Windows, from
 * @microsoft/office-js) evaluated in a jsdom window, its requests answered by the in-memory host
 * through the RichApi responder. `run` is Excel.run as the add-in calls it (with its kept
 * references and the clean-up request it sends at the end, awaited here), so everything the
 * add-in does goes over the wire format Excel parses, and every round trip is measured in the
 * bytes the client serializes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type * as Jsdom from "jsdom";
import type { ExcelRun } from "../../src/excel-host/excelRun";
import { RichApiResponder, type FakeExcel, type ResponderOptions } from "../../src/excel-fake";
import type { RequestBody, ResponseMessage } from "../../src/excel-fake/richApiWire";

export type OfficeClient = "web" | "win32";

const HOST_FILES: Record<OfficeClient, string> = {
  web: "excel-web-16.00.debug.js",
  win32: "excel-win32-16.01.debug.js",
};

interface OfficeWindow {
  Excel: {
    RequestContext: new (url: string) => Excel.RequestContext & { _requestExecutor: unknown };
    run: <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  OfficeExtension: { Utility: { _synchronousCleanup: boolean } };
}

const windows = new Map<OfficeClient, OfficeWindow>();

function officeWindow(client: OfficeClient): OfficeWindow {
  let window = windows.get(client);
  if (!window) {
    const file = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist", HOST_FILES[client]);
    // jsdom is loaded with the first window, not with this module: the suites that import it for
    // their real-client runs do not pay for it (a second of CPU) when only the in-memory host runs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
    const { JSDOM } = require("jsdom") as typeof Jsdom;
    const dom = new JSDOM("<!doctype html><html><body></body></html>", {
      runScripts: "outside-only",
      url: "https://example.invalid/taskpane.html",
    });
    dom.window.eval(readFileSync(file, "utf8"));
    window = dom.window as unknown as OfficeWindow;
    // Excel.run sends its clean-up request without waiting for it; here the run ends with it,
    // so that it is answered and measured before the test looks.
    window.OfficeExtension.Utility._synchronousCleanup = true;
    windows.set(client, window);
  }
  return window;
}

/** Every round trip a real-client run made, in bytes as serialized (UTF-8 of the JSON). */
export interface WireLog {
  requests: number[];
  responses: number[];
  /** Kept references not released when the last run ended. */
  keptReferences: number;
}

export interface RealClient {
  run: ExcelRun;
  wire: WireLog;
}

export function realClient(excel: FakeExcel, client: OfficeClient = "web", options: ResponderOptions = {}): RealClient {
  const office = officeWindow(client);
  const wire: WireLog = { requests: [], responses: [], keptReferences: 0 };
  const run: ExcelRun = (batch) => {
    const responder = new RichApiResponder(excel, options);
    const context = new office.Excel.RequestContext("https://example.invalid/excel");
    context._requestExecutor = {
      async executeAsync(
        _customData: unknown,
        _flags: unknown,
        message: { Body: RequestBody },
      ): Promise<ResponseMessage> {
        const response = await responder.answer(message.Body);
        wire.requests.push(responder.wire.requests.at(-1)!);
        wire.responses.push(responder.wire.responses.at(-1)!);
        return response;
      },
    };
    return office.Excel.run(context, batch).finally(() => {
      wire.keptReferences = responder.wire.keptReferences;
    });
  };
  return { run, wire };
}
