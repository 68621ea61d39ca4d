import JSZip from "jszip";
import { absoluteRange, parseSheetRange, type SheetRange } from "./plan/a1";
import {
  addContentTypeOverride,
  attributes,
  escapeXml,
  findSheet,
  freePartNumber,
  insertWorksheetChild,
  nextRelId,
  NS,
  parseRels,
  readText,
  relativeTarget,
  relsPathOf,
  renderRels,
  resolveTarget,
  sheetParts,
  startTags,
} from "./plan/ooxml";
import { readCells, sharedStrings, type CachedValue } from "./plan/sheetCells";

/**
 * Charts for the headless writer. exceljs cannot write charts, so they are added to the saved
 * package afterwards: a DrawingML chart part (`xl/charts/chartN.xml`), a drawing holding it
 * (`xl/drawings/drawingN.xml`, or the sheet's existing drawing), the relationships between sheet,
 * drawing and chart, and the content types. The chart's caches are filled from the sheet's
 * cells, so that a viewer that does not recalculate still draws it.
 */

export interface ChartSpec {
  sheet: string;
  title: string;
  type: "columnClustered";
  /** Sheet-qualified A1 range, e.g. "'2026年度交流总结'!$A$2:$A$16". */
  categories: string;
  series: { name: string; values: string }[];
  /** 0-based cells: the chart's top-left corner and the cell its bottom-right corner is in. */
  anchor: { from: { col: number; row: number }; to: { col: number; row: number } };
}

/** Adds the charts to a package already open (the writer's single pass over the saved zip). */
export async function addChartsToZip(zip: JSZip, charts: ChartSpec[]): Promise<void> {
  if (charts.length === 0) return;
  const sheets = await sheetParts(zip);
  const strings = await sharedStrings(zip);
  const taken = new Set<string>();
  for (const spec of charts) {
    if (spec.type !== "columnClustered") throw new Error(`unsupported chart type: ${String(spec.type)}`);
    if (spec.series.length === 0) throw new Error(`the chart "${spec.title}" has no series`);
    const sheet = findSheet(sheets, spec.sheet);

    const chartNumber = freePartNumber(zip, "xl/charts/chart", ".xml", taken);
    const chartPath = `xl/charts/chart${chartNumber}.xml`;
    taken.add(chartPath);
    zip.file(chartPath, chartXml(spec, await cachesOf(zip, sheets, strings, spec)));
    await addContentTypeOverride(zip, chartPath, NS.chartType);

    const drawingPath = await drawingOf(zip, sheet.path, taken);
    await addAnchor(zip, drawingPath, chartPath, spec);
  }
}

// ---------------------------------------------------------------------------------------------
// Caches

interface SeriesCache {
  name: string;
  values: string;
  points: CachedValue[];
}

interface ChartCaches {
  categories: { ref: string; points: CachedValue[] };
  series: SeriesCache[];
}

async function cachesOf(
  zip: JSZip,
  sheets: Awaited<ReturnType<typeof sheetParts>>,
  strings: string[],
  spec: ChartSpec,
): Promise<ChartCaches> {
  const read = async (ref: string): Promise<CachedValue[]> => {
    const range = parseSheetRange(ref);
    if (range.firstColumn !== range.lastColumn && range.firstRow !== range.lastRow) {
      throw new Error(`a chart range must be one column or one row: ${ref}`);
    }
    const part = findSheet(sheets, range.sheet);
    const xml = await readText(zip, part.path);
    if (xml === null) throw new Error(`the package has no ${part.path}`);
    const cells = readCells(xml, strings, range);
    return positions(range).map(([r, c]) => cells.get(`${r},${c}`) ?? null);
  };
  return {
    categories: { ref: canonical(spec.categories), points: await read(spec.categories) },
    series: await Promise.all(
      spec.series.map(async (s) => ({ name: s.name, values: canonical(s.values), points: await read(s.values) })),
    ),
  };
}

function positions(range: SheetRange): [number, number][] {
  const out: [number, number][] = [];
  for (let r = range.firstRow; r <= range.lastRow; r++)
    for (let c = range.firstColumn; c <= range.lastColumn; c++) out.push([r, c]);
  return out;
}

/** The range as the chart's formula: sheet always quoted, absolute. */
function canonical(ref: string): string {
  return absoluteRange(parseSheetRange(ref));
}

// ---------------------------------------------------------------------------------------------
// The chart part (ECMA-376 Part 1, 21.2: CT_ChartSpace, CT_Chart, CT_BarChart, CT_BarSer, axes)

const CAT_AXIS_ID = 500000001;
const VAL_AXIS_ID = 500000002;

function chartXml(spec: ChartSpec, caches: ChartCaches): string {
  const series = caches.series.map((s, i) => seriesXml(s, i, caches.categories)).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.relationships}">` +
    `<c:date1904 val="0"/>` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="150"/><c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VAL_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

/** Series colours: Office theme accents 1 and 2 first, so Excel and LibreOffice agree. */
const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function seriesXml(s: SeriesCache, index: number, categories: ChartCaches["categories"]): string {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(categories.ref)}</c:f><c:strCache><c:ptCount val="${categories.points.length}"/>` +
    categories.points
      .map((p, i) => (p === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(p))}</c:v></c:pt>`))
      .join("") +
    `</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${s.points.length}"/>` +
    s.points.map((p, i) => (typeof p === "number" ? `<c:pt idx="${i}"><c:v>${p}</c:v></c:pt>` : "")).join("") +
    `</c:numCache></c:numRef></c:val>` +
    `</c:ser>`
  );
}

// ---------------------------------------------------------------------------------------------
// The drawing and its wiring

const DRAWING_NS =
  `xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`;

/** The sheet's drawing part: its existing one, or a new empty one wired to the sheet. */
async function drawingOf(zip: JSZip, sheetPath: string, taken: Set<string>): Promise<string> {
  const sheetXml = await readText(zip, sheetPath);
  if (sheetXml === null) throw new Error(`the package has no ${sheetPath}`);
  const sheetRelsPath = relsPathOf(sheetPath);
  const rels = parseRels(await readText(zip, sheetRelsPath));
  const existing = startTags(sheetXml, "drawing")[0];
  if (existing) {
    const rel = rels.find((r) => r.id === attributes(existing)["r:id"]);
    if (rel) return resolveTarget(sheetPath, rel.target);
  }
  const drawingPath = `xl/drawings/drawing${freePartNumber(zip, "xl/drawings/drawing", ".xml", taken)}.xml`;
  taken.add(drawingPath);
  zip.file(drawingPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${DRAWING_NS}></xdr:wsDr>`);
  await addContentTypeOverride(zip, drawingPath, NS.drawingType);
  const id = nextRelId(rels);
  rels.push({ id, type: NS.drawingRel, target: relativeTarget(sheetPath, drawingPath), targetMode: null });
  zip.file(sheetRelsPath, renderRels(rels));
  let xml = sheetXml;
  if (!/xmlns:r="/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet")) + 1))) {
    xml = xml.replace(/<worksheet(?=[\s>])/, `<worksheet xmlns:r="${NS.relationships}"`);
  }
  zip.file(sheetPath, insertWorksheetChild(xml, "drawing", `<drawing r:id="${id}"/>`));
  return drawingPath;
}

async function addAnchor(zip: JSZip, drawingPath: string, chartPath: string, spec: ChartSpec): Promise<void> {
  const drawingXml = await readText(zip, drawingPath);
  if (drawingXml === null) throw new Error(`the package has no ${drawingPath}`);
  const relsPath = relsPathOf(drawingPath);
  const rels = parseRels(await readText(zip, relsPath));
  const relId = nextRelId(rels);
  rels.push({ id: relId, type: NS.chartRel, target: relativeTarget(drawingPath, chartPath), targetMode: null });
  zip.file(relsPath, renderRels(rels));

  const ids = [...drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  const shapeId = Math.max(1, ...ids) + 1;
  const { from, to } = spec.anchor;
  const anchor =
    `<xdr:twoCellAnchor>` +
    `<xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(`Chart ${shapeId - 1}`)}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS.relationships}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic>` +
    `</xdr:graphicFrame>` +
    `<xdr:clientData/>` +
    `</xdr:twoCellAnchor>`;
  const closing = drawingXml.lastIndexOf("</xdr:wsDr>");
  if (closing < 0) throw new Error(`${drawingPath} is not a spreadsheet drawing with the xdr prefix`);
  zip.file(drawingPath, drawingXml.slice(0, closing) + anchor + drawingXml.slice(closing));
}
