import type { Lang } from "../../../core/model";
import type { Translate } from "../../../core/i18n/taskpane";

/** What both tables of the view take: a row is picked to draft its letter. */
export interface TableProps<T> {
  lang: Lang;
  t: Translate;
  labelledBy: string;
  selectedKey: string | null;
  onPick(row: T): void;
}

/** A table's column headers. */
export function HeaderRow({ labels, className }: { labels: string[]; className: string }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col" className={className}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
