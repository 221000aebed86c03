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
  const walk: Walk = { docs: [], shownParts: new Map() };
  addDocs(options, walk);
  return walk.docs;
}

/** The state of one `optionAttrSetToDocList` call. */
interface Walk {
  docs: DocOption[];
  /** `showOption [ part ]` by part: the same few names recur in thousands of option paths. */
  shownParts: Map<string, string>;
}

/** Appends the entries of the options in `attrs` (an option or a nested set of them) to `walk.docs`. */
function addDocs(attrs: unknown, walk: Walk): void {
  if (isOption(attrs)) addOptionDocs(attrs as Option & AttrSet, walk);
  else if (isAttrs(attrs)) for (const n of sortedNames(attrs)) addDocs(attrs[n], walk);
}

function addOptionDocs(opt: Option & AttrSet, walk: Walk): void {
  const visible = opt.visible ?? true;
  const doc: DocOption = {
    loc: opt.loc,
    name: shownName(opt.loc, walk.shownParts),
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
  walk.docs.push(doc);
  const subVisible = isBool(visible) ? visible : visible === "transparent";
  if (subVisible) addDocs(opt.type.getSubOptions(opt.loc), walk);
}

/** The declaring files, without the placeholder of a module that has none (a fresh list either way). */
function knownDeclarations(files: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of files) if (f !== unknownModule) out.push(f);
  return out;
}

/** `showOption loc`, part by part through `shownParts`. */
function shownName(loc: readonly string[], shownParts: Map<string, string>): string {
  let name = "";
  for (let i = 0; i < loc.length; i++) {
    const part = loc[i];
    let shown = shownParts.get(part);
    if (shown === undefined) {
      shown = showOption([part]);
      shownParts.set(part, shown);
    }
    name = i === 0 ? shown : `${name}.${shown}`;
  }
  return name;
}
