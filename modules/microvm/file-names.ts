/**
 * Names the runner turns into file or folder names (share tags, interface
 * ids, `binScripts` names): an `apply` that refuses, with the option's
 * name, one that would leave its folder. An `apply` rather than a new type,
 * so the options keep microvm.nix's types in the documentation.
 */
import { fileNameProblem, shownValue as shown } from "./shell.js";

/** Throws unless `name` is a plain file name; `option` and `becomes` say where it is used. */
export function checkFileName(option: string, name: string, becomes: string): void {
  const problem = fileNameProblem(name);
  if (problem !== null) {
    throw new Error(`The option \`${option}' is ${shown(name)}, which ${problem}; it becomes ${becomes}, so it must be a plain file name.`);
  }
}

/** An `apply` for a string option whose value becomes a file name. */
export function fileNameApply(option: string, becomes: string): (value: unknown) => unknown {
  return (value) => {
    if (typeof value === "string") checkFileName(option, value, becomes);
    return value;
  };
}

/** An `apply` for an attribute set whose names become file names. */
export function fileNameKeysApply(option: string, becomes: string): (value: unknown) => unknown {
  return (value) => {
    if (value !== null && typeof value === "object") {
      for (const name of Object.keys(value)) checkFileName(`${option}.${shown(name)}`, name, becomes);
    }
    return value;
  };
}
