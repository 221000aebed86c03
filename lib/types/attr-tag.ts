/**
 * `types.attrTag { tag = mkOption { … }; … }` (nixpkgs lib 26.11): a value is
 * an attribute set with exactly one attribute, whose name picks the option
 * (the "tag") that checks and merges its value.
 */
import { EvalError } from "../errors.js";
import { evalOptionValue } from "../modules/eval-option.js";
import { type MergedDecl, mergeOptionDecls } from "../modules/option-decls.js";
import { type Definition, getFiles, showFiles, showOption } from "../options.js";
import { escapeNixIdentifier, escapeNixString } from "../pretty.js";
import { isAttrs, sortNames } from "../values.js";
import { defaultFunctor, type Loc, mkOptionType, type OptionType } from "./type.js";
import { unspecified } from "./primitives.js";

type Tags = Readonly<Record<string, unknown>>;

/** A tag's option, or Nix's error when the tag was not given as `mkOption { … }`. */
function tagOption(tags: Tags, name: string): MergedDecl {
  const opt = tags[name] as { _type?: unknown; declarations?: string[] } | null;
  if (!isAttrs(opt) || opt._type !== "option") {
    const what = !isAttrs(opt) || opt._type === undefined
      ? "was not."
      : opt._type === "option-type"
        ? "was a bare type, not wrapped in mkOption."
        : `was of type ${escapeNixString(String(opt._type))}.`;
    throw new EvalError(`In attrTag, each tag value must be an option, but tag ${escapeNixIdentifier(name)} ${what}`);
  }
  const decl = opt as MergedDecl;
  return { ...decl, options: decl.options ?? [], declarations: decl.declarations ?? [] };
}

export function attrTag(tags: Tags): OptionType {
  const names = sortNames(Object.keys(tags));
  const choices = names.map(escapeNixIdentifier).join(", ");
  const has = (n: string) => Object.hasOwn(tags, n);

  const merge = (loc: Loc, defs: readonly Definition[]): unknown => {
    const choice = Object.keys(defs[0].value as object)[0];
    const files = () => showFiles(getFiles(defs));
    const valueDefs = defs.map((def) => {
      const tag = Object.keys(def.value as object)[0];
      if (tag !== choice) {
        throw new EvalError(`The option \`${showOption(loc)}\` is defined both as \`${choice}\` and \`${tag}\`, in ${files()}.`, loc, getFiles(defs));
      }
      return { file: def.file, get value() { return (def.value as Record<string, unknown>)[choice]; } };
    });
    if (!has(choice)) {
      const c = escapeNixIdentifier(choice);
      throw new EvalError(
        `The option \`${showOption(loc)}\` is defined as ${c}, but ${c} is not among the valid choices (${choices}). Value ${choice} was defined in ${files()}.`,
        loc,
        getFiles(defs),
      );
    }
    const opt = tagOption(tags, choice);
    const decl = { ...opt, loc: [...loc, choice], type: (opt.type as OptionType | undefined) ?? unspecified };
    return { [choice]: (evalOptionValue([...loc, choice], decl, valueDefs) as { value: unknown }).value };
  };

  return mkOptionType({
    name: "attrTag",
    description: `attribute-tagged union with choices: ${choices}`,
    descriptionClass: "noun",
    check: (v) => {
      if (!isAttrs(v)) return false;
      const keys = Object.keys(v);
      return keys.length === 1 && has(keys[0]);
    },
    merge,
    getSubOptions: (prefix) => Object.fromEntries(names.map((n) => [n, { ...tagOption(tags, n), loc: [...prefix, n] }])),
    // Nix keeps the tag options here; a type catalogue wants types, so these are the tags' types
    nestedTypes: Object.fromEntries(names.map((n) => [n, ((tags[n] as { type?: OptionType }).type ?? unspecified)])),
    functor: {
      ...defaultFunctor("attrTag"),
      type: ((p: { tags: Tags }) => attrTag(p.tags)) as (payload: never) => OptionType,
      payload: { tags },
      binOp: ((a: { tags: Tags }, b: { tags: Tags }) => {
        const merged: Record<string, unknown> = { ...a.tags, ...b.tags };
        for (const n of Object.keys(b.tags)) {
          if (!Object.hasOwn(a.tags, n)) continue;
          // as a submodule would merge them (Nix: `loc` is only the tag name)
          merged[n] = mergeOptionDecls([n], [
            { _file: "<attrTag {...}>", options: a.tags[n] },
            { _file: "<attrTag {...}>", options: b.tags[n] },
          ]);
        }
        return { tags: merged };
      }) as (a: never, b: never) => unknown,
    },
  });
}
