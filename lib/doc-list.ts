/**
 * The option list the NixOS manual is built from (nixpkgs
 * `optionAttrSetToDocList`), with defaults and examples rendered as Nix
 * expressions (`renderOptionValue`).
 */
import { isOption, type Literal, literalExpression, type Option, showOption } from "./options.js";
import { toPretty } from "./pretty.js";
import { unknownModule } from "./modules/collect.js";
import { type AttrSet, hasOwn, isAttrs, isBool, sortedNames } from "./values.js";

/** One entry of the option list, with nixpkgs' field names. */
export interface DocOption {
  name: string;
  loc: string[];
  description: string | null;
  declarations: string[];
  internal: boolean;
  visible: boolean;
  readOnly: boolean;
  type: string;
  default?: Literal;
  example?: Literal;
  relatedPackages?: unknown;
}

/** `collect pred attrs`: the values satisfying `pred`, searching nested attribute sets in name order. */
export function collect(pred: (v: unknown) => boolean, attrs: unknown): unknown[] {
  if (pred(attrs)) return [attrs];
  if (!isAttrs(attrs)) return [];
  return sortedNames(attrs).flatMap((n) => collect(pred, (attrs as AttrSet)[n]));
}

/** `renderOptionValue`: a literal stays as is; any other value is pretty-printed as Nix. */
export function renderOptionValue(v: unknown): Literal {
  if (isAttrs(v) && hasOwn(v, "_type") && hasOwn(v, "text")) return v as unknown as Literal;
  return literalExpression(toPretty(v, { multiline: true, allowPrettyValues: true }));
}

/**
 * nixpkgs' `concatMap` over `collect isOption options`, each option followed
 * by its sub-options' entries, written as one depth-first walk that pushes
 * onto a single list: the same entries in the same order, without the
 * intermediate lists of `collect`, `flatMap` and spreads for every option.
 */
export function optionAttrSetToDocList(options: unknown): DocOption[] {
  const docs: DocOption[] = [];
  addDocs(options, docs);
  return docs;
}

/** Appends the entries of the options in `attrs` (an option or a nested set of them) to `docs`. */
function addDocs(attrs: unknown, docs: DocOption[]): void {
  if (isOption(attrs)) addOptionDocs(attrs as Option & AttrSet, docs);
  else if (isAttrs(attrs)) for (const n of sortedNames(attrs)) addDocs(attrs[n], docs);
}

function addOptionDocs(opt: Option & AttrSet, docs: DocOption[]): void {
  const visible = opt.visible ?? true;
  const doc: DocOption = {
    loc: opt.loc,
    name: showOption(opt.loc),
    description: opt.description ?? null,
    declarations: knownDeclarations(opt.declarations),
    internal: opt.internal ?? false,
    visible: isBool(visible) ? visible : visible === "shallow",
    readOnly: opt.readOnly ?? false,
    type: opt.type?.description ?? "unspecified",
  };
  if (hasOwn(opt, "example")) doc.example = renderOptionValue(opt.example);
  if (hasOwn(opt, "defaultText")) doc.default = renderOptionValue(opt.defaultText);
  else if (hasOwn(opt, "default")) doc.default = renderOptionValue(opt.default);
  else {
    const empty = opt.type?.emptyValue;
    if (empty !== undefined && "value" in empty && opt.type.getSubModules === null) doc.default = renderOptionValue(empty.value);
  }
  if (hasOwn(opt, "relatedPackages") && opt.relatedPackages !== null) doc.relatedPackages = opt.relatedPackages;
  docs.push(doc);
  const subVisible = isBool(visible) ? visible : visible === "transparent";
  if (subVisible) addDocs(opt.type.getSubOptions(opt.loc), docs);
}

/** The declaring files, without the placeholder of a module that has none (a fresh list either way). */
function knownDeclarations(files: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of files) if (f !== unknownModule) out.push(f);
  return out;
}
