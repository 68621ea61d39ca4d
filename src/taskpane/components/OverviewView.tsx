import { Body1, Button, Subtitle2, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { Agreement, Analysis, CellRef, Lang, Status } from "../../core/model";
import { STATUS_LABELS } from "../../core/i18n/labels";
import { taskpaneText } from "../../core/i18n/taskpane";
import { viewStyles } from "./viewStyles";

/** The order of the counts: what needs action first. */
export const STATUS_ORDER: readonly Status[] = ["expired", "urgent", "expiring", "active", "unknown", "terminated"];
/** How many of the next agreements to expire the overview lists. */
const NEXT_TO_EXPIRE = 5;

const useStyles = makeStyles({
  // Plain HTML tables (Fluent's Table adds 4 KB gzip to the pane for two small tables).
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  cell: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "middle",
  },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  partner: {
    minWidth: 0,
    height: "auto",
    padding: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase300,
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  expired: { color: tokens.colorPaletteRedForeground1 },
  urgent: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // Marigold 1 (#d39300) is 2.6:1 on white; Marigold 2 (#835b00) is over 4.5:1 (axe color-contrast).
  expiring: { color: tokens.colorPaletteMarigoldForeground2 },
  active: {},
  unknown: {},
  terminated: { color: tokens.colorNeutralForeground3 },
});

export interface ViewProps {
  analysis: Analysis;
  lang: Lang;
  /** Shows a place of the workbook (selects its cell). */
  onSelect(at: CellRef): void;
  disabled: boolean;
}

/** Counts by status, and the agreements that end next, soonest first. */
export function OverviewView({ analysis, lang, onSelect, disabled }: ViewProps) {
  const styles = useStyles();
  const common = viewStyles();
  const t = taskpaneText(lang);
  const counts = countByStatus(analysis.agreements);
  const next = nextToExpire(analysis.agreements);
  const hasRegister = analysis.sheets.some((s) => s.role === "register");
  const statusId = useId("overview-status");
  const nextId = useId("overview-next");

  return (
    <div className={common.view}>
      <Body1 as="p" className={common.flat}>
        {t("overview.basis", { today: analysis.today, year: analysis.year })}
      </Body1>
      {!hasRegister && (
        <Body1 as="p" className={common.flat}>
          {t("overview.noRegister")}
        </Body1>
      )}

      <Subtitle2 as="h2" id={statusId} className={common.flat}>
        {t("overview.byStatus")}
      </Subtitle2>
      <table aria-labelledby={statusId} className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {t("overview.status")}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>
              {t("overview.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {STATUS_ORDER.map((status) => (
            <tr key={status}>
              <th scope="row" className={mergeClasses(styles.cell, styles[status])}>
                {STATUS_LABELS[status][lang]}
              </th>
              <td className={mergeClasses(styles.cell, styles.number)}>{counts[status]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={mergeClasses(styles.cell, styles.total)}>
              {t("overview.total")}
            </th>
            <td className={mergeClasses(styles.cell, styles.number, styles.total)}>{analysis.agreements.length}</td>
          </tr>
        </tbody>
      </table>

      <Subtitle2 as="h2" id={nextId} className={common.flat}>
        {t("overview.next")}
      </Subtitle2>
      {next.length === 0 ? (
        <Body1 as="p" className={common.flat}>
          {t("overview.nextEmpty")}
        </Body1>
      ) : (
        <table aria-labelledby={nextId} className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
                {t("overview.partner")}
              </th>
              <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
                {t("overview.lastDay")}
              </th>
              <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>
                {t("overview.daysLeft")}
              </th>
            </tr>
          </thead>
          <tbody>
            {next.map((a) => (
              <tr key={`${a.sheet}!${a.row}`}>
                <th scope="row" className={styles.cell}>
                  <Button
                    appearance="transparent"
                    size="small"
                    className={styles.partner}
                    disabledFocusable={disabled}
                    aria-label={t("goTo.row", { name: a.partner })}
                    onClick={() => onSelect({ sheet: a.sheet, row: a.row, column: null })}
                  >
                    {a.partner}
                  </Button>
                </th>
                <td className={styles.cell}>{a.lastDay}</td>
                <td className={mergeClasses(styles.cell, styles.number, styles[a.status])}>
                  {t("overview.days", { days: a.daysLeft ?? "" })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function countByStatus(agreements: readonly Agreement[]): Record<Status, number> {
  const counts: Record<Status, number> = { expired: 0, urgent: 0, expiring: 0, active: 0, unknown: 0, terminated: 0 };
  for (const a of agreements) counts[a.status] += 1;
  return counts;
}

/** Running agreements, soonest last day first (ties in register order). */
export function nextToExpire(agreements: readonly Agreement[], limit = NEXT_TO_EXPIRE): Agreement[] {
  return agreements
    .filter((a) => a.status !== "terminated" && a.daysLeft !== null && a.daysLeft >= 0)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.daysLeft! - y.a.daysLeft! || x.i - y.i)
    .slice(0, limit)
    .map(({ a }) => a);
}
