import { Button, Caption1, mergeClasses } from "@fluentui/react-components";
import type { GreetingRow } from "../../../core/greetings/greetingsCalendar";
import { GREETING_KIND_LABELS, GREETINGS_HEADERS } from "../../../core/i18n/greetings";
import { useGreetingsStyles } from "./greetingsStyles";
import { greetingKey } from "./rowKeys";
import { HeaderRow, type TableProps } from "./tableParts";

/** The greetings due in the window, soonest first; a ★ on every tenth anniversary, late ones marked. */
export function CalendarTable({
  rows,
  today,
  lang,
  t,
  labelledBy,
  selectedKey,
  onPick,
}: TableProps<GreetingRow> & { rows: GreetingRow[]; today: string }) {
  const styles = useGreetingsStyles();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table aria-labelledby={labelledBy} className={styles.table}>
      <HeaderRow
        className={head}
        labels={(["date", "sendBy", "occasion", "kind", "partners"] as const).map((k) => GREETINGS_HEADERS[k][lang])}
      />
      <tbody>
        {rows.map((g) => {
          const key = greetingKey(g);
          const selected = key === selectedKey;
          const late = g.sendBy < today;
          // An anniversary's label names its partner: several rows may read 结好10周年.
          const who = g.kind === "anniversary" ? ` ${g.partners.join(GREETINGS_HEADERS.separator[lang])}` : "";
          return (
            <tr key={key} className={selected ? styles.selected : undefined} data-kind={g.kind}>
              <td className={mergeClasses(styles.cell, styles.date)}>{g.date}</td>
              <td className={mergeClasses(styles.cell, styles.date, late && styles.late)}>
                {g.sendBy}
                {late && <Caption1 block>{t("greetings.late")}</Caption1>}
              </td>
              <th scope="row" className={styles.cell}>
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.pick}
                  aria-pressed={selected}
                  aria-label={t("greetings.selectGreeting", { occasion: g.occasion, date: g.date, who })}
                  onClick={() => onPick(g)}
                >
                  {g.occasion}
                </Button>
                {g.tenth && (
                  <>
                    <span className={styles.star} aria-hidden="true" title={t("greetings.tenth")}>
                      {GREETINGS_HEADERS.tenthMark[lang]}
                    </span>
                    <span className={styles.visuallyHidden}>{t("greetings.tenth")}</span>
                  </>
                )}
              </th>
              <td className={styles.cell}>{GREETING_KIND_LABELS[g.kind][lang]}</td>
              <td className={styles.cell}>
                {g.partners.length > 1 ? (
                  <details>
                    <summary className={styles.summary}>
                      {t("greetings.partnerCount", { count: g.partners.length })}
                    </summary>
                    {g.partners.join(GREETINGS_HEADERS.separator[lang])}
                  </details>
                ) : (
                  g.partners[0]
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
