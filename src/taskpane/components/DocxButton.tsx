import { useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentRegular } from "@fluentui/react-icons";
import type { DocumentModel } from "../../core/documents/documentModel";
import type { Lang } from "../../core/model";
import { taskpaneText } from "../../core/i18n/taskpane";
import { DOCX_MIME, downloadBlob } from "./download";

/** The .docx writer (docx, some 100 KB gzip) is loaded when a document is first asked for, never with the pane. */
const loadWriter = () => import("../../docx-writer/documentDocx");

const useStyles = makeStyles({
  root: { display: "inline-flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
});

interface DocxButtonProps {
  label: string;
  lang: Lang;
  disabled?: boolean;
  /** The document's content, from the core (loaded on demand by the caller). */
  make: () => Promise<DocumentModel>;
}

/** Makes a document of the core as a .docx in the pane and offers it as a download; says what came of it. */
export function DocxButton({ label, lang, disabled, make }: DocxButtonProps) {
  const styles = useStyles();
  const t = taskpaneText(lang);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const click = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const [doc, writer] = await Promise.all([make(), loadWriter()]);
      const bytes = await writer.documentDocx(doc);
      downloadBlob(new Blob([bytes.slice()], { type: DOCX_MIME }), doc.fileName);
      setStatus({ ok: true, text: t("docx.saved", { file: doc.fileName }) });
    } catch (error) {
      console.error("友城工作:", error);
      setStatus({ ok: false, text: t("docx.failed", { reason: error instanceof Error ? error.name : "Error" }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className={styles.root}>
      <Button icon={<DocumentRegular />} disabledFocusable={disabled || busy} onClick={() => void click()}>
        {label}
      </Button>
      <Caption1 role="status" data-ok={status ? (status.ok ? "1" : "0") : undefined}>
        {busy ? t("docx.making") : (status?.text ?? "")}
      </Caption1>
    </span>
  );
}
