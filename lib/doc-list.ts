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
  const walk: Walk = { docs: [], shownParts: new Map(), renderedStrings: new Map() };
  addDocs(options, walk);
  return walk.docs;
}

/** The state of one `optionAttrSetToDocList` call. */
interface Walk {
  docs: DocOption[];
  /** `showOption [ part ]` by part: the same few names recur in thousands of option paths. */
  shownParts: Map<string, string>;
  /** A string's `renderOptionValue` text: defaults such as `""` recur across thousands of options. */
  renderedStrings: Map<string, string>;
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
  if (hasOwn(opt, "example")) doc.example = renderDocValue(opt.example, walk);
  if (hasOwn(opt, "defaultText")) doc.default = renderDocValue(opt.defaultText, walk);
  else if (hasOwn(opt, "default")) doc.default = renderDocValue(opt.default, walk);
  else {
    const empty = opt.type?.emptyValue;
    if (empty !== undefined && "value" in empty && opt.type.getSubModules === null) doc.default = renderDocValue(empty.value, walk);
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

/** `renderOptionValue v`, a string's text through `walk.renderedStrings` (a fresh literal each time). */
function renderDocValue(v: unknown, walk: Walk): Literal {
  if (typeof v !== "string") return renderOptionValue(v);
  let text = walk.renderedStrings.get(v);
  if (text === undefined) {
    text = renderOptionValue(v).text;
    walk.renderedStrings.set(v, text);
  }
  return literalExpression(text);
}
