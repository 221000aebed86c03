import type { EvalModulesArgs, Lib, Module } from "../../lib/index.js";

/** What a conformance case evaluates: a list of modules, or the arguments of `evalModules`. */
export type CaseInput = Module[] | EvalModulesArgs;

/** A ported case: like the `.nix` original, a function from `lib` to its modules. */
export type ConformanceCase = (lib: Lib) => CaseInput;

/** Marks a file's default export as a conformance case (typed identity). */
export function defineCase(c: ConformanceCase): ConformanceCase {
  return c;
}
