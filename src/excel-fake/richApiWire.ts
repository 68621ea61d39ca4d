/**
 * The RichApi wire format as office.js's Excel client sends and parses it (the `Body` of a
 * request message; read from the client's debug host files and by experiment): object paths by
 * id, and actions on them in order. Names on the wire are PascalCase ("GetRange", "Values");
 * query selections keep the API's camelCase ("numberFormat", "protection/protected").
 */

export const ObjectPathType = {
  GlobalObject: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

export const ActionType = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
  RecursiveQuery: 6,
  QueryAsJson: 7,
  EnsureUnchanged: 8,
  Update: 9,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of the object path passed there, or 0 for a plain value. */
  ReferencedObjectPathIds?: number[];
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
  AutoKeepReference?: boolean;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

interface ResponseBody {
  Results: ActionResult[];
  Error?: { Code: string; Message: string; Location?: string; ActionIndex?: number; HttpStatusCode?: number };
}

/** What a request executor resolves with (office.js's RequestExecutorResponseMessage). */
export interface ResponseMessage {
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: ResponseBody | null;
}

const encoder = new TextEncoder();

/** Bytes of a message as sent: the UTF-8 of its JSON. */
export const wireBytes = (body: unknown): number => encoder.encode(JSON.stringify(body)).length;
