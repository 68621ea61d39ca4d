/**
 * Errors as office.js raises them: an `OfficeExtension.Error`-like object whose name is
 * "RichApi.Error", with `code`, `message` and `debugInfo` (`code`, `message`, `errorLocation`).
 * Messages are Excel's en-US texts.
 */

export type FakeErrorCode =
  | "ItemNotFound"
  | "InvalidArgument"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "CannotUpdateReadOnlyProperty"
  | "InvalidObjectPath"
  | "RunMustReturnPromise";

const ERROR_MESSAGES: Record<FakeErrorCode, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemAlreadyExists: "The resource already exists.",
  AccessDenied: "You cannot perform the requested operation.",
  InvalidOperation: "The operation is invalid for the object.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  GeneralException: "An internal error has occurred while processing the request.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  CannotUpdateReadOnlyProperty: "The property '{0}' is read-only and it cannot be updated.",
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
};

interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** Shaped like `OfficeExtension.Error` (which is not defined outside Office). */
export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function richApiError(code: FakeErrorCode | string, errorLocation?: string, message?: string): FakeRichApiError {
  const text = message ?? ERROR_MESSAGES[code as FakeErrorCode] ?? ERROR_MESSAGES.GeneralException;
  return new FakeRichApiError(code, text, errorLocation);
}

export function propertyNotLoaded(entity: string | null, property: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    ERROR_MESSAGES.PropertyNotLoaded.replace("{0}", property),
    entity === null ? undefined : `${entity}.${property}`,
  );
}

/**
 * Raised inside an operation while a sync applies it; the sync turns it into a RichApi.Error
 * located at the failing operation (or at `location` when the failure is in resolving a path,
 * e.g. "WorksheetCollection.getItem").
 */
export class HostFailure extends Error {
  constructor(
    readonly code: FakeErrorCode | string,
    readonly location?: string,
    readonly detail?: string,
  ) {
    super(detail ?? ERROR_MESSAGES[code as FakeErrorCode] ?? code);
  }
}

/** The error for a member of the real API that this host does not model. */
export function notImplemented(member: string): Error {
  return new Error(`Not implemented by the in-memory Excel host: ${member}`);
}
