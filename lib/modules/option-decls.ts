/**
 * Merging the declarations of one option (nixpkgs `mergeOptionDecls`,
 * `fixupOptionType`): several modules may declare the same option as long
 * as their types merge and at most one sets each of default, example,
 * description and apply; submodule options collect every declaration's
 * sub-modules.
 */
import { ModuleStructureError } from "../errors.js";
import { declarationPosition, isDataOnlyDeclaration, showFiles, showOption } from "../options.js";
import { unspecified } from "../types/primitives.js";
import type { Loc, OptionType } from "../types/type.js";
import { type AttrSet, copyAttr, copyAttrs, hasOwn } from "../values.js";
import { EvaluatedOption } from "./eval-option.js";
import { setDefaultModuleLocation } from "./module-location.js";

/** One module's declaration of a name: the value under `options.<…>.<name>` and the module's file. */
export interface DeclEntry {
  readonly _file: string;
  readonly options: unknown;
}

/** A declaration after merging: the option's fields plus where it was declared. */
export type MergedDecl = AttrSet & {
  loc: string[];
  declarations: string[];
  declarationPositions?: { file: string; line: number | null; column: number | null }[];
  options: unknown[];
  type?: OptionType;
};

export function mergeOptionDecls(loc: Loc, decls: readonly DeclEntry[]): MergedDecl {
  if (decls.length === 1) return mergeOptionDecl(loc, decls[0]._file, decls[0].options as AttrSet);
  let res: MergedDecl = { loc: [...loc], declarations: [], options: [] };
  for (const decl of decls) {
    const opt = decl.options as AttrSet;
    const alreadyDeclared = () =>
      new ModuleStructureError(
        `The option \`${showOption(loc)}' in \`${decl._file}' is already declared in ${showFiles(res.declarations)}.`,
        loc,
        [decl._file, ...res.declarations],
      );
    let type: OptionType | undefined;
    if (hasOwn(opt, "type") && res.type !== undefined) {
      const merged = res.type.typeMerge((opt.type as OptionType).functor);
      if (merged === null) throw alreadyDeclared();
      type = merged;
    }
    const bothHave = (k: string) => hasOwn(opt, k) && hasOwn(res, k);
    if (bothHave("default") || bothHave("example") || bothHave("description") || bothHave("apply")) {
      throw alreadyDeclared();
    }
    const getSubModules = hasOwn(opt, "type") ? (opt.type as OptionType).getSubModules : null;
    const submodules =
      getSubModules !== null && getSubModules !== undefined
        ? [...getSubModules.map((m) => setDefaultModuleLocation(decl._file, m)), ...res.options]
        : res.options;
    // `opt.options // res // { … }`: fields of earlier declarations win
    const next = copyAttrs(opt) as MergedDecl;
    materializeType(next);
    for (const k of Object.keys(res)) Object.defineProperty(next, k, Object.getOwnPropertyDescriptor(res, k)!);
    next.declarations = [...res.declarations, decl._file];
    next.options = submodules;
    if (type !== undefined) next.type = type;
    res = next;
  }
  return res;
}

const noSubModules: unknown[] = [];

// `[ file ]`, one frozen array per file for the options a file declares alone
const declarationLists = new Map<string, string[]>();
function declaredIn(file: string): string[] {
  let list = declarationLists.get(file);
  if (list === undefined) declarationLists.set(file, (list = Object.freeze([file]) as string[]));
  return list;
}

/** The common case, one declaration: the same result as the general merge, without the copies. */
export function mergeOptionDecl(loc: Loc, file: string, fields: AttrSet): MergedDecl {
  // made directly as the evaluated option (see evalOptionValue)
  const res = new EvaluatedOption() as MergedDecl;
  // mkOption's plain data (no getter to keep unread, no `__proto__`) is copied by one builtin call
  if (isDataOnlyDeclaration(fields)) Object.assign(res, fields);
  else {
    const names = Object.keys(fields);
    for (let i = 0; i < names.length; i++) copyAttr(res, fields, names[i]);
  }
  if (!isDataOnlyDeclaration(fields)) materializeType(res);
  const type = res.type;
  const subModules = type !== undefined && type.getSubModules !== null ? type.getSubModules : null;
  res.loc = loc as string[];
  res.declarations = declaredIn(file);
  const position = declarationPosition(fields, file);
  // a line is known only while positions are recorded (the docs' source links)
  if (position !== null) Object.defineProperty(res, "declarationPositions", { value: [position] });
  res.options = subModules === null ? noSubModules : subModules.map((m) => setDefaultModuleLocation(file, m));
  return res;
}

/** Gives the option its final type: the declared one with all collected sub-modules, or `unspecified`. */
export function fixupOptionType(opt: MergedDecl): MergedDecl & { type: OptionType } {
  const t = opt.type;
  const fixed = opt as MergedDecl & { type: OptionType };
  if (t === undefined || t.getSubModules === null) {
    fixed.type = t ?? unspecified;
  } else {
    fixed.type = t.substSubModules(opt.options)!;
    fixed.options = [];
  }
  return fixed;
}

/** Reads a declaration's `type` getter once (the option is being made) and keeps the type as data. */
function materializeType(opt: MergedDecl): void {
  if (Object.getOwnPropertyDescriptor(opt, "type")?.get === undefined) return;
  Object.defineProperty(opt, "type", { value: opt.type, enumerable: true, writable: true, configurable: true });
}
