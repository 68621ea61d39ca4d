/**
 * Offers bytes made in the pane as a file: a Blob, an object URL and a temporary <a download>,
 * clicked and removed. Nothing goes over the network; the URL is revoked once the click is handled.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some webviews read the URL after click() returns: give them a moment before revoking it.
    setTimeout(() => URL.revokeObjectURL?.(url), 10_000);
  }
}

/** What a Word document is, for the Blob. */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** What a calendar file is, for the Blob. */
export const ICS_MIME = "text/calendar;charset=utf-8";

/** A file name without the characters Windows refuses. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among those Windows refuses in a file name
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim();
}
