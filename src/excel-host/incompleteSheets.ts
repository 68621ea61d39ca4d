import { INCOMPLETE_KEY, namedIncomplete } from "../core/storedSettings";

/*
 * The add-in writes its sheets over the earlier run's in place, so that the user's references to
 * them keep working; a failure part way through leaves one half-written. While a sheet is being
 * written the workbook setting INCOMPLETE_KEY names it, so that Excel's refusal can be told with
 * the sheet to run again for, and the next run, which writes every sheet whole, mends it.
 */

/** Excel's refusal, with the add-in's sheets it left half-written. Keeps Excel's code for the user's message. */
export class IncompleteWriteError extends Error {
  readonly code: string;

  constructor(
    readonly cause: unknown,
    readonly incompleteSheets: string[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "IncompleteWriteError";
    const code = typeof cause === "object" && cause !== null ? (cause as { code?: unknown }).code : undefined;
    this.code = code === undefined ? "" : String(code);
  }
}

/**
 * After a failed round trip, which sheets are half-written: what the setting says, read back from
 * the workbook (a failed request keeps the changes before the one refused, the setting's among
 * them). When Excel refuses that read too: every sheet the run may have left half-written, those
 * it was writing and those an earlier run left so (`before`, as read when the run began).
 */
export async function incompleteAfterFailure(
  context: Excel.RequestContext,
  touched: string[],
  before: string[],
): Promise<string[]> {
  if (touched.length === 0 && before.length === 0) return [];
  const setting = context.workbook.settings.getItemOrNullObject(INCOMPLETE_KEY).load("value");
  try {
    await context.sync();
  } catch {
    return [...new Set([...before, ...touched])];
  }
  return setting.isNullObject ? [] : namedIncomplete(setting.value);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * What the setting says as the run goes, worked out when the run's steps are made (they are then
 * sent in order): each change is a queued call that stores the names, or removes the setting
 * once none is left.
 */
export class IncompleteRecord {
  private names: string[];
  private stored: boolean;

  /** `before`: the names the setting held when the run read the workbook; `stored`: whether it was there. */
  constructor(before: string[], stored: boolean) {
    this.names = before;
    this.stored = stored;
  }

  /** The sheet now named `from` starts being written, as `sheet`. */
  begin(from: string, sheet: string): (context: Excel.RequestContext) => void {
    return this.change([...this.names.filter((n) => !same(n, from) && !same(n, sheet)), sheet]);
  }

  /** The sheet is whole again (written to the end, or deleted). */
  end(sheet: string): (context: Excel.RequestContext) => void {
    return this.change(this.names.filter((n) => !same(n, sheet)));
  }

  /** What the setting names once every step made so far is done. */
  get pending(): string[] {
    return [...this.names];
  }

  /** Whether the setting names the sheet now (as far as the steps made so far go). */
  has(sheet: string): boolean {
    return this.names.some((n) => same(n, sheet));
  }

  private change(names: string[]): (context: Excel.RequestContext) => void {
    this.names = names;
    const existed = this.stored;
    this.stored = names.length > 0;
    const value = JSON.stringify(names);
    return (context) => {
      if (names.length > 0) context.workbook.settings.add(INCOMPLETE_KEY, value);
      else if (existed) context.workbook.settings.getItem(INCOMPLETE_KEY).delete();
    };
  }
}
