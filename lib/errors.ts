/**
 * Errors of the module system. Messages are Nix's texts; the fields carry
 * what a program needs: the option path and where its definitions came from.
 */

/** Any error the module system raises. */
export class ModuleSystemError extends Error {
  /** The option path the error is about (empty when it is not about one option). */
  readonly loc: readonly string[];
  /** Files of the definitions (or declarations) involved, in the order the message lists them. */
  readonly files: readonly string[];

  constructor(message: string, loc: readonly string[] = [], files: readonly string[] = [], options?: ErrorOptions) {
    // Nix prints messages without trailing whitespace on any line
    super(message.replace(/[ \t]+(?=\n|$)/g, "").replace(/\n+$/, ""), options);
    this.name = new.target.name;
    this.loc = loc;
    this.files = files;
  }
}

/**
 * Nix's `addErrorContext` for an error that names no option: `line` (e.g.
 * "while evaluating the option `x'") goes after its message, as Nix's trace
 * shows it, and the error gets the option and the files. The error is
 * changed where it passes, as it is only on its way up.
 */
export function addOptionContext(e: ModuleSystemError, line: string, loc: readonly string[], files: readonly string[]): ModuleSystemError {
  const changed = e as { message: string; loc: readonly string[]; files: readonly string[] };
  changed.message = `${e.message}\n… ${line}`;
  changed.loc = loc;
  if (e.files.length === 0) changed.files = files;
  return e;
}

/** A definition does not fit its option: wrong type, conflict, undeclared option, read-only, … */
export class OptionError extends ModuleSystemError {}

/** An option without a value was read (`… was accessed but has no value defined …`). */
export class OptionNotDefinedError extends OptionError {}

/**
 * A value needed itself. `chain` lists the options from the first to the one
 * that closed the loop; `context` lines follow, innermost first, each after
 * Nix's `… ` (as Nix's trace shows them).
 */
export class InfiniteRecursionError extends ModuleSystemError {
  readonly chain: readonly string[];
  constructor(chain: readonly string[], context: readonly string[] = [], files: readonly string[] = []) {
    super(
      (chain.length > 0
        ? `infinite recursion encountered: ${chain.map((c) => `\`${c}'`).join(" -> ")}`
        : "infinite recursion encountered") + context.map((line) => `\n… ${line}`).join(""),
      [],
      files,
    );
    this.chain = chain;
  }
}

/** A module is malformed (bad attribute, bad import, bad declaration). */
export class ModuleStructureError extends ModuleSystemError {}

/** What `throw` gives in Nix (user-raised or from lib functions such as removed options). */
export class EvalError extends ModuleSystemError {}
