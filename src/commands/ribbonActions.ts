/**
 * What the ribbon's function buttons do, without Office: each takes the add-in's services
 * (Excel.run inside Excel, the in-memory host in the preview and in jest) and returns the one
 * line to show the user. They never throw: Excel's refusals and unexpected errors become a
 * message too, so that the caller can always tell the user and complete the event.
 */
import type { Lang } from "../core/model";
import { fill } from "../core/i18n/format";
import { COMMAND_MESSAGES as M } from "../core/i18n/commands";
import { excelErrorText } from "../core/i18n/errors";
import type { AddinServices } from "../host/services";
import { classifyExcelError } from "../excel-host/excelErrors";
import { yearReportFile, type MadeDocument } from "./yearReportFile";
import { draftFiles } from "./draftFiles";
import { reachesDrafting } from "../core/path/partnerPath";

/** The FunctionName of every ExecuteFunction control in manifest.xml (test/manifest and test/build check this). */
export const RIBBON_FUNCTIONS = ["showYearEndSummary", "writeHighlights", "makeDrafts"] as const;

export type RibbonFunction = (typeof RIBBON_FUNCTIONS)[number];

export interface RibbonOutcome {
  ok: boolean;
  /** One line for the user, in `lang`. */
  message: string;
  /** The sheet written, when one was. */
  sheet: string | null;
  /** Documents offered with the outcome (年度总结's report, 起草文稿's drafts), made when asked for. */
  documents?: () => Promise<MadeDocument[]>;
  /** Where the task pane offers the same documents, for a ribbon that cannot: the end of a sentence. */
  inPane?: string;
}

/** 年度总结: writes this year's summary sheet and shows it, in one run, and offers the year-end report (.docx). */
async function yearEndSummary(services: AddinServices, lang: Lang): Promise<RibbonOutcome> {
  try {
    const { analysis, plan } = await services.write("summary", true);
    const sheet = plan?.sheets[0]?.name ?? "";
    const { partners, totals } = analysis.summary;
    const message = fill((partners.length > 0 ? M.summaryDone : M.summaryNoPartners)[lang], {
      sheet,
      partners: partners.length,
      exchanges: totals.exchanges,
    });
    return {
      ok: true,
      message,
      sheet: sheet || null,
      documents: async () => [await yearReportFile(analysis, lang)],
      inPane: M.reportInPane[lang],
    };
  } catch (error) {
    return failed(error, M.summaryFailed[lang], lang);
  }
}

/** 写入标注: writes the expiry sheet and the colour rules on the register's rows. */
async function writeHighlights(services: AddinServices, lang: Lang): Promise<RibbonOutcome> {
  try {
    const { analysis, plan } = await services.write("highlights");
    const sheet = plan?.sheets[0]?.name ?? "";
    if (!plan || plan.highlights.length === 0) return { ok: false, message: M.noRegister[lang], sheet: sheet || null };
    const count = (status: string) => analysis.agreements.filter((a) => a.status === status).length;
    const counts = { expired: count("expired"), urgent: count("urgent"), expiring: count("expiring") };
    const template = counts.expired + counts.urgent + counts.expiring > 0 ? M.highlightsDone : M.highlightsNone;
    const message = fill(template[lang], {
      ...counts,
      urgentDays: analysis.settings.urgentDays,
      expiringDays: analysis.settings.expiringDays,
      sheet,
    });
    return { ok: true, message, sheet };
  } catch (error) {
    return failed(error, M.highlightsFailed[lang], lang);
  }
}

/**
 * 起草文稿: checks the workbook (writing nothing) and offers the drafts the paperwork is due for:
 * the written request and the agreement of each path of 第六条 that has reached drafting, and the
 * renewal agreement of each renewal due (TERM-URGENT); says so when there is none.
 */
async function makeDrafts(services: AddinServices, lang: Lang): Promise<RibbonOutcome> {
  try {
    const { analysis } = await services.check();
    const paths = analysis.paths.filter(reachesDrafting).length;
    const renewals = analysis.agreements.filter((a) => a.status === "urgent").length;
    if (paths + renewals === 0) return { ok: true, message: M.draftsNone[lang], sheet: null };
    return {
      ok: true,
      message: fill(M.draftsDone[lang], { paths, renewals }),
      sheet: null,
      documents: () => draftFiles(analysis, lang),
      inPane: M.draftsInPane[lang],
    };
  } catch (error) {
    return failed(error, M.draftsFailed[lang], lang);
  }
}

export const RIBBON_ACTIONS: Record<RibbonFunction, (services: AddinServices, lang: Lang) => Promise<RibbonOutcome>> = {
  showYearEndSummary: yearEndSummary,
  writeHighlights,
  makeDrafts,
};

/** Excel's refusal in words (src/core/i18n/errors.ts); anything that is not Excel's, with its own message. */
export function failureMessage(error: unknown, lang: Lang): string {
  const failure = classifyExcelError(error);
  if (failure.problem === "unknown" && !failure.code) {
    const detail = error instanceof Error ? error.message : String(error);
    return fill(M.unexpected[lang], { detail: detail.length > 120 ? `${detail.slice(0, 119)}…` : detail });
  }
  return excelErrorText(failure, lang);
}

function failed(error: unknown, template: string, lang: Lang): RibbonOutcome {
  console.error("友城工作:", error);
  return { ok: false, message: fill(template, { reason: failureMessage(error, lang) }), sheet: null };
}
