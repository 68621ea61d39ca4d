import { useMemo } from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/model";
import { fill } from "../core/i18n/format";
import { PREVIEW_STRINGS as S } from "../core/i18n/preview";
import type { FakeWorkbookState } from "../excel-fake/state";
import { parseAreas, type Rect } from "../excel-fake/address";
import { sheetView } from "./sheetView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flex: 1 },
  // Focusable, so that the keyboard can scroll it (axe scrollable-region-focusable).
  scroller: {
    flex: 1,
    overflow: "auto",
    backgroundColor: "#fff",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  nameBox: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: "#fff",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: "12px",
    fontFamily: '"Segoe UI", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    width: "40px",
    border: "1px solid #d4d4d4",
  },
  columnHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    fontWeight: "normal",
    color: "#444",
    height: "20px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    fontWeight: "normal",
    color: "#444",
    textAlign: "center",
  },
  cell: {
    border: "1px solid #e1e1e1",
    padding: "1px 4px",
    height: "20px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  selected: { outline: "2px solid #217346", outlineOffset: "-2px" },
  numeric: { textAlign: "right" },
  link: { textDecorationLine: "underline", color: "#0563C1" },
  notes: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
  },
  tabs: { backgroundColor: "#f3f3f3", overflowX: "auto", flexShrink: 0 },
  empty: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

interface GridProps {
  state: FakeWorkbookState;
  /** Bumped after every run on the host, so the grid is drawn again. */
  version: number;
  todaySerial: number;
  lang: Lang;
  onSelectSheet: (name: string) => void;
}

/** The open sheet of the in-memory workbook as a grid, with its tabs below, as in Excel. Cell text is React text, never HTML. */
export function Grid({ state, version, todaySerial, lang, onSelectSheet }: GridProps) {
  const styles = useStyles();
  const visible = state.sheets.filter((s) => s.visibility === "Visible");
  const active = visible.find((s) => s.name === state.activeSheet) ?? visible[0];
  const view = useMemo(
    () => (active ? sheetView(active, state, todaySerial) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the host mutates the state in place: `version` says when
    [active, state, todaySerial, version],
  );
  // What the host's Range.select() last selected: shown as Excel's name box does, and outlined in the grid.
  const selection = state.selection;
  const selected: Rect[] = (view && selection && selection.sheet === view.name && parseAreas(selection.address)) || [];
  const isSelected = (r: number, c: number) =>
    selected.some((s) => r >= s.row && r < s.row + s.rowCount && c >= s.column && c < s.column + s.columnCount);
  return (
    <section className={styles.root} aria-label={active ? fill(S.grid[lang], { sheet: active.name }) : undefined}>
      <div
        className={styles.nameBox}
        role="status"
        data-testid="selection"
        data-sheet={selection?.sheet}
        data-address={selection?.address}
      >
        {selection
          ? fill(S.selection[lang], { sheet: selection.sheet, address: selection.address })
          : S.noSelection[lang]}
      </div>
      <div className={styles.scroller} data-testid="grid" tabIndex={0}>
        {view && view.rowCount === 0 ? <div className={styles.empty}>{S.emptySheet[lang]}</div> : null}
        {view && view.rowCount > 0 ? (
          <table className={styles.table} data-sheet={view.name}>
            <colgroup>
              <col style={{ width: 40 }} />
              {view.widths.map((w, c) => (
                <col key={c} style={{ width: w }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <td className={styles.corner} />
                {view.columnLetters.map((letter) => (
                  <th key={letter} className={styles.columnHead} scope="col">
                    {letter}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row, r) => (
                <tr key={r} data-row={r + 1}>
                  <th className={styles.rowHead} scope="row">
                    {r + 1}
                  </th>
                  {row.map((cell, c) => (
                    <td
                      key={c}
                      data-cell={`${view.columnLetters[c]}${r + 1}`}
                      data-highlight={cell.highlight ?? undefined}
                      data-selected={isSelected(r, c) ? "1" : undefined}
                      title={cell.formula ?? cell.link ?? undefined}
                      className={[
                        styles.cell,
                        cell.numeric ? styles.numeric : "",
                        cell.link ? styles.link : "",
                        isSelected(r, c) ? styles.selected : "",
                      ].join(" ")}
                      style={{
                        backgroundColor: cell.fill ?? undefined,
                        color: cell.fontColor ?? undefined,
                        fontWeight: cell.bold ? 600 : undefined,
                      }}
                    >
                      {cell.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      {view && (view.charts.length > 0 || view.totalRows > view.rowCount || view.totalColumns > view.columnCount) ? (
        <div className={styles.notes}>
          {view.charts.map((chart, i) => (
            <Text key={i} size={200} data-testid="chart">
              {fill(S.chart[lang], chart)}
            </Text>
          ))}
          {view.totalRows > view.rowCount || view.totalColumns > view.columnCount ? (
            <Text size={200}>
              {fill(S.truncated[lang], {
                rows: view.rowCount,
                columns: view.columnCount,
                totalRows: view.totalRows,
                totalColumns: view.totalColumns,
              })}
            </Text>
          ) : null}
        </div>
      ) : null}
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={S.sheets[lang]}
        selectedValue={active?.name}
        onTabSelect={(_e, data) => onSelectSheet(String(data.value))}
      >
        {visible.map((sheet) => (
          <Tab key={sheet.name} value={sheet.name} data-sheet-tab={sheet.name}>
            {sheet.name}
            {sheet.protected ? ` ${S.protected[lang]}` : ""}
          </Tab>
        ))}
      </TabList>
    </section>
  );
}
