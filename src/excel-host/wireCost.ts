/**
 * What the office.js client sends for the calls the writer queues, in bytes of the request's
 * JSON (UTF-8), as measured through the real client (test/excel-host/wireBytes.test.ts holds the
 * writer's requests to these figures). Each call is an action with its arguments; each range
 * the writer makes is an object path, instantiated, and — inside Excel.run, which keeps every
 * range it hands out and releases them all in a request of its own at the end — a kept
 * reference: one more action, one more instantiation, and its share of that last request.
 */

/** One action's framing around its arguments (ids, type, name, object path). */
const ACTION_BYTES = 130;
/** One range: its object path, two instantiations, the kept reference and its release. */
const RANGE_BYTES = 420;

/**
 * A grid of more than this many cells (values, number formats) is sent by the client in pieces
 * of rows of about this many cells, each a range of its own (not kept) with its own action.
 */
const CLIENT_PIECE_CELLS = 1500;
/** One such piece: three object paths (two rows and their bounding range), their instantiations, the action. */
const PIECE_BYTES = 650;

/** The client's pieces of a grid of `rows` × `columns` cells, in bytes beyond the grid's own JSON. */
export function gridPieces(rows: number, columns: number): number {
  if (rows * columns <= CLIENT_PIECE_CELLS) return 0;
  const rowsPerPiece = Math.max(1, Math.round(CLIENT_PIECE_CELLS / columns));
  return ACTION_BYTES + Math.ceil(rows / rowsPerPiece) * PIECE_BYTES;
}

const encoder = new TextEncoder();

/** Bytes of an argument as the client serializes it: its JSON in UTF-8 (a Chinese character is 3 bytes). */
export function argumentBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** A step's bytes: `ranges` ranges made, `actions` calls, and their arguments. */
export function wireCost(ranges: number, actions: number, ...args: unknown[]): number {
  return ranges * RANGE_BYTES + actions * ACTION_BYTES + args.reduce<number>((n, a) => n + argumentBytes(a), 0);
}
