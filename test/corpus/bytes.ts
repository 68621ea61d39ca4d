/**
 * Files exceljs cannot make directly: a workbook with a chart sheet, a cut-off file, a file with an
 * opening password (its outer shape). Made from bytes by code; nothing binary is kept.
 */
import JSZip from "jszip";
import { xlsx, type SheetSpec } from "./build";

/** Column letter of a 0-based column index (0 → A, 26 → AA). */
export function columnLetterOf(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The first 60% of a file: what an interrupted copy leaves. */
export function truncated(buffer: Buffer): Buffer {
  return buffer.subarray(0, Math.floor(buffer.length * 0.6));
}

/**
 * The outside of a password-protected .xlsx: an OLE compound file holding an "EncryptedPackage"
 * stream (the name as OLE directory entries spell it, UTF-16LE). Enough to be recognised.
 */
export function encryptedLookalike(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  return Buffer.concat([header, Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(1024)]);
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * A workbook of `first`, a chart sheet named 图表 (a column chart of the second sheet's first
 * rows), then `second`: the parts Excel writes for a chart sheet, added to exceljs's package.
 */
export async function chartSheetWorkbook(first: SheetSpec, second: SheetSpec): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await xlsx(first, second));
  const quoted = `'${second.name.replace(/'/g, "''")}'`;
  zip.file(
    "xl/chartsheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetPr/><sheetViews><sheetView zoomScale="100" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  zip.file(
    "xl/chartsheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing901.xml"/></Relationships>`,
  );
  zip.file(
    "xl/drawings/drawing901.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9293679" cy="6068786"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
  );
  zip.file(
    "xl/drawings/_rels/drawing901.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart901.xml"/></Relationships>`,
  );
  zip.file(
    "xl/charts/chart901.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${quoted}!$B$2:$B$2</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${quoted}!$A$2:$A$2</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );

  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>' +
        '<Override PartName="/xl/drawings/drawing901.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart901.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdChart1" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    ),
  );
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  // The chart sheet goes second in the tab order.
  const withChart = workbook.replace(
    /(<sheets>\s*<sheet [^>]*\/>)/,
    `$1<sheet name="图表" sheetId="901" r:id="rIdChart1"/>`,
  );
  if (withChart === workbook) throw new Error("chartSheetWorkbook: no <sheets> element to extend");
  zip.file("xl/workbook.xml", withChart);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
