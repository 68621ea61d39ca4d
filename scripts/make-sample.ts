/**
 * `npm run sample` writes sample/partner-cities-demo.xlsx: the demo workbook of the README and
 * of the task pane preview, built around 2026-11-27 with the generator's default sizes.
 *
 *   npm run sample -- [--out PATH] [--exchanges N] [--partners N] [--anchor YYYY-MM-DD] [--seed N] [--streaming]
 */
import { DEFAULT_SAMPLE_OPTIONS, generateSample, writeSampleFile, type SampleOptions } from "./sample/generateWorkbook";

export const DEMO_PATH = "sample/partner-cities-demo.xlsx";

function parse(argv: string[]): { out: string; streaming: boolean; options: SampleOptions } {
  const options: SampleOptions = { ...DEFAULT_SAMPLE_OPTIONS };
  let out = DEMO_PATH;
  let streaming = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const count = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number`);
      return n;
    };
    switch (flag) {
      case "--out":
        out = value();
        break;
      case "--exchanges":
        options.exchanges = count();
        break;
      case "--partners":
        options.partners = count();
        break;
      case "--seed":
        options.seed = count();
        break;
      case "--anchor":
        options.anchor = value();
        break;
      case "--streaming":
        streaming = true;
        break;
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return { out, streaming, options };
}

async function main(): Promise<void> {
  try {
    const { out, streaming, options } = parse(process.argv.slice(2));
    const started = Date.now();
    const sample = generateSample(options);
    await writeSampleFile(out, sample, { streaming });
    const rows = sample.sheets.map((s) => `${s.name} ${s.rows.length}`).join("，");
    console.log(`${out}: ${rows}; ${sample.planted.length} planted cases; ${Date.now() - started} ms`);
  } catch (error) {
    console.error(`make-sample: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
