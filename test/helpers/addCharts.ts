import JSZip from "jszip";
import { addChartsToZip, type ChartSpec } from "../../src/excel-file/chartXml";

/** An .xlsx with the charts added, as the command line's writer adds its own. */
export async function addCharts(xlsx: Buffer, charts: ChartSpec[]): Promise<Buffer> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToZip(zip, charts);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
