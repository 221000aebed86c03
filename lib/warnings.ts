/**
 * Evaluation warnings (`lib.warn`): Nix prints them on stderr while it
 * evaluates; here they go to a handler that a program can replace.
 */
export type WarningHandler = (message: string) => void;

let handler: WarningHandler = (message) => {
  process.stderr.write(`evaluation warning: ${message.endsWith("\n") ? message : message + "\n"}`);
};

/** Replaces the warning handler; returns the previous one (to restore it). */
export function setWarningHandler(h: WarningHandler): WarningHandler {
  const previous = handler;
  handler = h;
  return previous;
}

/** `lib.warn msg`: reports `msg`. */
export function warn(message: string): void {
  handler(message);
}

/** `lib.warnIf cond msg`: reports `msg` when `cond` holds. */
export function warnIf(condition: boolean, message: string): void {
  if (condition) handler(message);
}

const warnedOnce = new Set<string>();

/**
 * The warning of a deprecated lib value (`name = lib.warn msg value` in
 * nixpkgs): Nix prints it when the value is first used, once per process
 * (lib is evaluated once), not on every call.
 */
export function warnOnce(message: string): void {
  if (warnedOnce.has(message)) return;
  warnedOnce.add(message);
  handler(message);
}
