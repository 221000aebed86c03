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

export function optionAttrSetToDocList(options: unknown): DocOption[] {
  return collect(isOption, options).flatMap((o) => {
    const opt = o as Option & AttrSet;
    const visible = opt.visible ?? true;
    const doc: DocOption = {
      loc: opt.loc,
      name: showOption(opt.loc),
      description: opt.description ?? null,
      declarations: opt.declarations.filter((d) => d !== unknownModule),
      internal: opt.internal ?? false,
      visible: isBool(visible) ? visible : visible === "shallow",
      readOnly: opt.readOnly ?? false,
      type: opt.type?.description ?? "unspecified",
    };
    if (hasOwn(opt, "example")) doc.example = renderOptionValue(opt.example);
    const empty = opt.type?.emptyValue ?? {};
    if (hasOwn(opt, "defaultText")) doc.default = renderOptionValue(opt.defaultText);
    else if (hasOwn(opt, "default")) doc.default = renderOptionValue(opt.default);
    else if ("value" in empty && opt.type.getSubModules === null) doc.default = renderOptionValue(empty.value);
    if (hasOwn(opt, "relatedPackages") && opt.relatedPackages !== null) doc.relatedPackages = opt.relatedPackages;
    const subVisible = isBool(visible) ? visible : visible === "transparent";
    const sub = subVisible ? opt.type.getSubOptions(opt.loc) : {};
    return [doc, ...(Object.keys(sub).length > 0 ? optionAttrSetToDocList(sub) : [])];
  });
}
