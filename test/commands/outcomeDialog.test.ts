/** @jest-environment jsdom */
import "../taskpane/jsdomGlobals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MadeDocument } from "../../src/commands/yearReportFile";

/**
 * The outcome dialog's page (outcome.html and outcome.ts) as the function file talks to it: the
 * pieces commands.ts sends (fileMessages) arrive as Office's DialogParentMessageReceived, in any
 * order, and the page offers each file as a link of its own, in the order sent, with its words as
 * text.
 */
const HTML = readFileSync(join(__dirname, "..", "..", "src", "commands", "outcome.html"), "utf8");

let deliver: (message: string) => void = () => {};
/** The files the page made links to. */
const blobs: Blob[] = [];
let fileMessages: typeof import("../../src/commands/commands").fileMessages;

beforeAll(() => {
  // The function file's own message format; loaded while there is no Office, so it registers nothing.
  ({ fileMessages } = jest.requireActual<typeof import("../../src/commands/commands")>("../../src/commands/commands"));
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(HTML)![1]!;
  window.history.replaceState(null, "", `/outcome.html?lang=zh-CN&ok=1&m=${encodeURIComponent("已起草文稿")}&file=1`);
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return `blob:made-${blobs.length}`;
    },
  });
  Object.assign(globalThis, {
    Office: {
      EventType: { DialogParentMessageReceived: "dialogParentMessageReceived" },
      onReady: (callback?: () => void) => {
        callback?.();
        return Promise.resolve();
      },
      context: {
        requirements: { isSetSupported: () => true },
        ui: {
          messageParent: () => undefined,
          addHandlerAsync: (_type: string, handler: (arg: { message: string }) => void) => {
            deliver = (message) => handler({ message });
          },
        },
      },
    },
  });
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the page runs when loaded, after the globals above
    require("../../src/commands/outcome");
  });
});

/** A blob's bytes (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

test("each file becomes a link of its own, in the order sent, whatever order its pieces come in", async () => {
  const big = new Uint8Array(70_000).map((_, i) => i % 251);
  const docs: MadeDocument[] = [
    {
      fileName: "关于与泰州市缔结友好城市（区）关系的请示.docx",
      label: "下载“请示”",
      bytes: new Uint8Array([1, 2, 3]),
    },
    { fileName: "协议书（草稿）.docx", label: "<b>协议书</b>", bytes: big },
  ];
  const messages = fileMessages(docs);
  expect(messages.length).toBeGreaterThan(docs.length); // the big file comes in several pieces

  const preparing = document.getElementById("preparing")!;
  expect([preparing.hidden, preparing.textContent]).toEqual([false, "正在生成文件…"]);
  for (const message of [...messages].reverse()) deliver(message);

  const links = [...document.querySelectorAll<HTMLAnchorElement>("#downloads a")];
  expect(links.map((a) => [a.textContent, a.download])).toEqual([
    ["下载“请示”", "关于与泰州市缔结友好城市（区）关系的请示.docx"],
    ["<b>协议书</b>", "协议书（草稿）.docx"],
  ]);
  expect(document.querySelector("#downloads b")).toBeNull(); // words are text, never markup
  expect(preparing.hidden).toBe(true);
  // each link holds its file's bytes, whole
  const byHref = new Map(links.map((a) => [a.download, blobs[Number(a.href.split("-").pop()) - 1]!]));
  expect(await bytesOf(byHref.get("协议书（草稿）.docx")!)).toEqual(big);
  expect(await bytesOf(byHref.get(docs[0]!.fileName)!)).toEqual(new Uint8Array([1, 2, 3]));
});
