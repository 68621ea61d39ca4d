import {
  attributesOf,
  CannotGraftError,
  elements,
  elementSpan,
  escapeAttribute,
  mainPrefix,
  REL_NS,
  relPrefix,
  withAttribute,
} from "./xmlText";

/**
 * The workbook part's list of sheets, edited in place: a sheet appended after the last, a sheet
 * taken out with what counts sheets by position (sheet-scoped names' localSheetId, the active
 * tab). Defined names, calculation settings and everything else stay as written.
 */

/** What follows <sheets> in CT_Workbook. */
const AFTER_SHEETS = [
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

interface SheetItem {
  name: string;
  sheetId: number;
  relId: string;
  /** The element as written. */
  tag: string;
}

export class WorkbookXml {
  private xml: string;
  private readonly p: string;
  private readonly r: string | null;

  constructor(
    xml: string,
    private readonly part: string,
  ) {
    this.xml = xml;
    this.p = mainPrefix(xml, part, "workbook");
    this.r = relPrefix(xml);
  }

  toString(): string {
    return this.xml;
  }

  sheets(): SheetItem[] {
    const span = elementSpan(this.xml, `${this.p}sheets`);
    if (!span || span.inner === null) return [];
    return elements(this.xml.slice(span.inner, span.innerEnd!), `${this.p}sheet`).map((tag) => {
      const a = attributesOf(tag);
      const relId = Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      return { name: a.name ?? "", sheetId: Number(a.sheetId) || 0, relId, tag };
    });
  }

  /** Appends a sheet after the last; the next free sheetId. */
  addSheet(name: string, relId: string): void {
    const span = elementSpan(this.xml, `${this.p}sheets`) ?? this.emptySheetList();
    const sheetId = Math.max(0, ...this.sheets().map((s) => s.sheetId)) + 1;
    const idAttribute = this.r !== null ? `${this.r}:id="${relId}"` : `xmlns:r="${REL_NS}" r:id="${relId}"`;
    const tag = `<${this.p}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}" ${idAttribute}/>`;
    if (span.inner === null) {
      // <sheets/>: a workbook saved with no sheet at all.
      const list = `<${this.p}sheets>${tag}</${this.p}sheets>`;
      this.xml = this.xml.slice(0, span.start) + list + this.xml.slice(span.end);
      return;
    }
    this.xml = this.xml.slice(0, span.innerEnd!) + tag + this.xml.slice(span.innerEnd!);
  }

  /** A workbook saved with no sheet may have no <sheets> at all: one goes where the schema has it. */
  private emptySheetList(): { start: number; end: number; inner: null; innerEnd: null } {
    let at = -1;
    for (const name of AFTER_SHEETS) {
      const m = new RegExp(`<${this.p}${name}(?=[\\s/>])`).exec(this.xml);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    if (at < 0) at = this.xml.lastIndexOf(`</${this.p}workbook>`);
    if (at < 0) throw new CannotGraftError(this.part, "no end to the workbook element");
    return { start: at, end: at, inner: null, innerEnd: null };
  }

  /** Takes the sheet at `index` (tab order) out of the list, and fixes what counts by position. */
  removeSheet(index: number): void {
    const sheets = this.sheets();
    const sheet = sheets[index];
    if (!sheet) return;
    const activeName = sheets[this.activeTab()]?.name ?? null;
    this.xml = this.xml.replace(sheet.tag, "");
    this.fixLocalNames(index);
    const remaining = this.sheets();
    const active = Math.max(
      0,
      remaining.findIndex((s) => activeName !== null && s.name === activeName),
    );
    this.fixViews(active);
  }

  private activeTab(): number {
    const view = elements(this.xml, `${this.p}workbookView`)[0];
    return view ? Number(attributesOf(view).activeTab ?? 0) : 0;
  }

  /** Names scoped to the removed sheet go with it; later sheets' scopes move one place up. */
  private fixLocalNames(removed: number): void {
    const span = elementSpan(this.xml, `${this.p}definedNames`);
    if (!span || span.inner === null) return;
    const inner = this.xml.slice(span.inner, span.innerEnd!);
    const fixed = elements(inner, `${this.p}definedName`).reduce((text, tag) => {
      const local = attributesOf(tag).localSheetId;
      if (local === undefined) return text;
      const n = Number(local);
      if (n === removed) return text.replace(tag, "");
      if (n > removed) return text.replace(tag, withAttribute(tag, "localSheetId", String(n - 1)));
      return text;
    }, inner);
    if (elements(fixed, `${this.p}definedName`).length === 0) {
      this.xml = this.xml.slice(0, span.start) + this.xml.slice(span.end);
    } else {
      this.xml = this.xml.slice(0, span.inner) + fixed + this.xml.slice(span.innerEnd!);
    }
  }

  private fixViews(active: number): void {
    for (const view of elements(this.xml, `${this.p}workbookView`)) {
      const a = attributesOf(view);
      let next = view;
      if (a.activeTab !== undefined || active !== 0) next = withAttribute(next, "activeTab", String(active));
      if (a.firstSheet !== undefined)
        next = withAttribute(next, "firstSheet", String(Math.min(Number(a.firstSheet), active)));
      this.xml = this.xml.replace(view, next);
    }
  }
}
