/**
 * The part of WPS's ET object model (the spreadsheet's `Application`) this shell uses, typed as
 * it behaves. wps-jsapi's lib.et.d.ts is generated from the COM type library and types a method's
 * result as `void` (the result is its last "RHS" parameter) and many properties as `number`; the
 * names below are its names, and test/wps-host/etTypes.test.ts checks each against the interface
 * of the same name in lib.et.d.ts, lib.kso.d.ts or wps-jsapi-declare's index.d.ts.
 */

/** What Value2 holds for a cell: a number (dates are serials), text, a boolean, an error code, or nothing. */
export type EtCell = string | number | boolean | null | undefined;

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet;
  readonly CustomDocumentProperties: KsoDocumentProperties;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtWorksheet;
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  /** 1-based position. */
  readonly Index: number;
  readonly ProtectContents: boolean;
  Activate(): void;
  Delete(): void;
  Move(Before?: EtWorksheet, After?: EtWorksheet): void;
  Range(Cell1: string, Cell2?: string): EtRange;
  readonly Cells: EtRange;
  readonly UsedRange: EtRange;
  readonly ListObjects: EtListObjects;
  readonly Hyperlinks: EtHyperlinks;
  ChartObjects(): EtChartObjects;
}

export interface EtRange {
  /** The value of a single cell, or rows of values. */
  Value2: EtCell | EtCell[][];
  /** Null when the cells' formats differ. */
  NumberFormat: string | null;
  /** 1-based. */
  readonly Row: number;
  /** 1-based. */
  readonly Column: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Count: number;
  readonly Font: Pick<EtFont, "Bold" | "Underline" | "Color">;
  /** In characters; null when the columns differ. */
  ColumnWidth: number | null;
  /** Points from the sheet's top left corner. */
  readonly Left: number;
  readonly Top: number;
  readonly Width: number;
  readonly Height: number;
  readonly FormatConditions: EtFormatConditions;
  Select(): void;
}

interface EtFont {
  /** Null when the cells differ. */
  Bold: boolean | null;
  /** XlUnderlineStyle. */
  Underline: number;
  /** BGR. */
  Color: number;
}

interface EtInterior {
  /** BGR. */
  Color: number;
}

interface EtFormatConditions {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtFormatCondition;
  Add(Type: number, Operator?: undefined, Formula1?: string): EtFormatCondition;
}

export interface EtFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInterior;
  readonly Font: Pick<EtFont, "Color">;
  Delete(): void;
}

interface EtListObjects {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtListObject;
  Add(SourceType: number, Source: EtRange, LinkSource: undefined, XlListObjectHasHeaders: number): EtListObject;
}

interface EtListObject {
  Name: string;
  /** A built-in style's name, e.g. "TableStyleMedium2". */
  TableStyle: string;
  readonly Range: EtRange;
}

interface EtHyperlinks {
  Add(Anchor: EtRange, Address: string, SubAddress?: string, ScreenTip?: string, TextToDisplay?: string): void;
}

interface EtChartObjects {
  Add(Left: number, Top: number, Width: number, Height: number): EtChartObject;
}

interface EtChartObject {
  readonly Chart: EtChart;
}

interface EtChart {
  ChartType: number;
  SetSourceData(Source: EtRange, PlotBy: number): void;
  HasTitle: boolean;
  readonly ChartTitle: EtChartTitle;
}

interface EtChartTitle {
  Text: string;
}

interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface KsoDocumentProperties {
  readonly Count: number;
  /** 1-based index or name; a missing name throws. */
  Item(index: number | string): KsoDocumentProperty;
  Add(Name: string, LinkToContent: boolean, Type: number, Value: string): KsoDocumentProperty;
}

interface KsoDocumentProperty {
  readonly Name: string;
  readonly Value: unknown;
  Delete(): void;
}
