import { Button, Caption1, mergeClasses } from "@fluentui/react-components";
import type { EventToAnswer } from "../../../core/letters/eventsToAnswer";
import { useGreetingsStyles } from "./greetingsStyles";
import type { Letters } from "./loaders";
import { eventKey } from "./rowKeys";
import { HeaderRow, type TableProps } from "./tableParts";

/** The partners' events that still need an answer, with the letter suggested for each. */
export function EventsTable({
  events,
  letters,
  lang,
  t,
  labelledBy,
  selectedKey,
  onPick,
}: TableProps<EventToAnswer> & { events: EventToAnswer[]; letters: Letters }) {
  const styles = useGreetingsStyles();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table aria-labelledby={labelledBy} className={styles.table}>
      <HeaderRow
        className={head}
        labels={(["date", "partner", "what", "letter"] as const).map((k) => t(`greetings.event.${k}`))}
      />
      <tbody>
        {events.map((e) => {
          const key = eventKey(e);
          const selected = key === selectedKey;
          return (
            <tr key={key} className={selected ? styles.selected : undefined}>
              <td className={mergeClasses(styles.cell, styles.date)}>
                {e.date ?? t("greetings.event.noDate")}
                {e.daysSince !== null && (
                  <Caption1 block>{t("greetings.event.daysAgo", { days: e.daysSince })}</Caption1>
                )}
              </td>
              <td className={styles.cell}>{e.partner}</td>
              <th scope="row" className={styles.cell}>
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.pick}
                  aria-pressed={selected}
                  aria-label={t("greetings.selectEvent", { partner: e.partner, event: e.eventType || e.occasion })}
                  onClick={() => onPick(e)}
                >
                  {e.eventType || e.occasion}
                </Button>
                {e.details && e.details !== e.eventType && <Caption1 block>{e.details}</Caption1>}
              </th>
              <td className={styles.cell}>
                {e.letterKind ? letters.LETTER_TEXT[`kind.${e.letterKind}`][lang] : t("greetings.event.noSuggestion")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
