/**
 * Matching definitions with declarations (nixpkgs `mergeModules`): walks the
 * option tree of all modules at once, gives every option its definitions and
 * collects the definitions that no option declares.
 */
import { ModuleStructureError } from "../errors.js";
import { type Definition, isOption, mkOption, type Option, showOption } from "../options.js";
import { typeTag } from "../properties.js";
import { escapeNixIdentifier } from "../pretty.js";
import { lazyDefinition } from "../types/composite.js";
import { submoduleWith } from "../types/submodule.js";
import type { Loc, OptionType } from "../types/type.js";
import { type AttrSet, compareNames, isAttrs, setAttr, typeOf } from "../values.js";
import type { NormalModule } from "./collect.js";
import { evalOptionValue } from "./eval-option.js";
import { type DeclEntry, fixupOptionType, mergeOptionDecls } from "./option-decls.js";

/** A definition that no option declares; `prefix` is its path below the evaluation's prefix. */
export interface UnmatchedDefinition extends Definition {
  readonly prefix: string[];
}

export interface MergedModules {
  /** The tree of options (option sets are plain objects). */
  readonly matchedOptions: AttrSet;
  readonly unmatchedDefns: UnmatchedDefinition[];
}

interface ConfigEntry {
  readonly file: string;
  readonly config: unknown;
}

/**
 * `pushDownProperties`: expands mkMerge and pushes mkIf/mkOverride of an
 * attribute set into its attributes, so that conditions are evaluated per
 * option (and may read the config they help define).
 */
export function pushDownProperties(cfg: unknown): unknown[] {
  const tag = typeTag(cfg);
  if (tag === "merge") return (cfg as { contents: unknown[] }).contents.flatMap(pushDownProperties);
  if (tag === "if" || tag === "override") {
    const p = cfg as { condition?: unknown; priority?: number; content: unknown };
    return pushDownProperties(p.content).map((c) => {
      if (!isAttrs(c)) return c;
      const out: AttrSet = {};
      for (const k of Object.keys(c)) {
        const def = lazyDefinition("", c, k);
        const wrapped =
          tag === "if"
            ? {
                _type: "if" as const,
                condition: p.condition,
                get content() {
                  return def.value;
                },
              }
            : {
                _type: "override" as const,
                priority: p.priority,
                get content() {
                  return def.value;
                },
              };
        setAttr(out, k, wrapped);
      }
      return out;
    });
  }
  return [cfg];
}

export function mergeModules(prefix: Loc, modules: readonly NormalModule[]): MergedModules {
  const decls = modules.map((m) => ({ _file: m._file, options: m.options }));
  const configs = modules.flatMap((m) => pushDownProperties(m.config).map((config) => ({ file: m._file, config })));
  return mergeModulesRec(prefix, decls, configs);
}

function mergeModulesRec(prefix: Loc, decls: readonly DeclEntry[], configs: readonly ConfigEntry[]): MergedModules {
  const declsByName = new Map<string, DeclEntry[]>();
  for (const d of decls) {
    if (!isAttrs(d.options)) {
      throw new ModuleStructureError(
        `An option declaration for \`${prefix.join(".")}' has type\n\`${typeOf(d.options)}' rather than an attribute set.\nDid you mean to define this outside of \`options'?`,
        prefix,
        [d._file],
      );
    }
    for (const name of Object.keys(d.options)) {
      let list = declsByName.get(name);
      if (list === undefined) declsByName.set(name, (list = []));
      list.push({ _file: d._file, options: (d.options as AttrSet)[name] });
    }
  }

  const rawDefsByName = new Map<string, Definition[]>();
  for (const c of configs) {
    if (!isAttrs(c.config)) {
      const p = prefix.join(".");
      throw new ModuleStructureError(
        `In module \`${c.file}', you're trying to define a value of type \`${typeOf(c.config)}'\nrather than an attribute set for the option\n\`${p}'!\n\nThis usually happens if \`${p}' has option\ndefinitions inside that are not matched. Please check how to properly define\nthis option by e.g. referring to \`man 5 configuration.nix'!`,
        prefix,
        [c.file],
      );
    }
    for (const name of Object.keys(c.config)) {
      let list = rawDefsByName.get(name);
      if (list === undefined) rawDefsByName.set(name, (list = []));
      list.push(lazyDefinition(c.file, c.config, name));
    }
  }

  const matchedOptions: AttrSet = {};
  const unmatchedByName = new Map<string, UnmatchedDefinition[]>();
  for (const name of [...declsByName.keys()].sort(compareNames)) {
    const loc = [...prefix, name];
    const nameDecls = declsByName.get(name)!;
    const defs = rawDefsByName.get(name) ?? [];
    const optionDecls = nameDecls.filter((d) => isAttrs(d.options) && "_type" in d.options && isOptionDecl(loc, d));
    if (optionDecls.length === nameDecls.length) {
      setAttr(matchedOptions, name, evalOptionValue(loc, fixupOptionType(mergeOptionDecls(loc, nameDecls)), defs));
    } else if (optionDecls.length > 0) {
      if (optionDecls.every((d) => ((d.options as AttrSet).type as OptionType | undefined)?.name === "submodule")) {
        const opt = fixupOptionType(mergeOptionDecls(loc, nameDecls.map(optionTreeToOption)));
        setAttr(matchedOptions, name, evalOptionValue(loc, opt, defs));
      } else {
        const nonOptions = nameDecls.filter((d) => !isOption(d.options));
        const first = optionDecls[0];
        const desc = ((first.options as AttrSet).type as OptionType | undefined)?.description ?? "<no description>";
        const lines = nonOptions
          .flatMap((d) =>
            Object.keys(d.options as object).map(
              (p) => ` - option(s) with prefix \`${showOption([...loc, p])}' in module \`${d._file}'`,
            ),
          )
          .sort(compareNames);
        throw new ModuleStructureError(
          `The option \`${showOption(loc)}' in module \`${first._file}' would be a parent of the following options, but its type \`${desc}' does not support nested options.\n${lines.join("\n")}`,
          loc,
          nameDecls.map((d) => d._file),
        );
      }
    } else {
      const subConfigs = defs.flatMap((d) => pushDownProperties(d.value).map((config) => ({ file: d.file, config })));
      const sub = mergeModulesRec(loc, nameDecls, subConfigs);
      setAttr(matchedOptions, name, sub.matchedOptions);
      if (sub.unmatchedDefns.length > 0) unmatchedByName.set(name, sub.unmatchedDefns.map((u) => unmatched(u, [name, ...u.prefix])));
    }
  }
  if (configs.length === 0) return { matchedOptions, unmatchedDefns: [] };
  for (const [name, defs] of rawDefsByName) {
    if (!declsByName.has(name)) unmatchedByName.set(name, defs.map((d) => unmatched(d, [name])));
  }
  const unmatchedDefns = [...unmatchedByName.keys()].sort(compareNames).flatMap((n) => unmatchedByName.get(n)!);
  return { matchedOptions, unmatchedDefns };
}

/** A definition without an option, at `prefix`; its value stays unread (`def // { prefix }` in Nix). */
function unmatched(d: Definition, prefix: string[]): UnmatchedDefinition {
  return {
    file: d.file,
    prefix,
    get value() {
      return d.value;
    },
  };
}

function isOptionDecl(loc: Loc, d: DeclEntry): boolean {
  const tag = (d.options as AttrSet)._type;
  if (tag === "option") return true;
  const name = escapeNixIdentifier(loc[loc.length - 1]);
  const path = showOption(loc);
  const paragraphs = [
    `In module ${d._file}: expected an option declaration at option path \`${path}\` but got an attribute set with type ${String(tag)}`,
  ];
  if (tag === "option-type") {
    const comment = loc.length > 1 ? `\n    # ${path}` : "";
    paragraphs.push(
      `When declaring an option, you must wrap the type in a \`mkOption\` call. It should look somewhat like:\n    ${comment}\n    ${name} = lib.mkOption {\n      description = ...;\n      type = <the type you wrote for ${name}>;\n      ...\n    };\n`,
    );
  }
  throw new ModuleStructureError(paragraphs.join("\n\n"), loc, [d._file]);
}

/** A bare option tree declared next to a submodule option becomes a submodule declaration. */
function optionTreeToOption(d: DeclEntry): DeclEntry {
  if (isOption(d.options)) return d;
  return {
    _file: d._file,
    options: mkOption({
      type: submoduleWith({ modules: [{ options: d.options }], shorthandOnlyDefinesConfig: null }),
    }),
  };
}

/** The config tree of an options tree: every option replaced by its value (read lazily). */
export function declaredConfig(options: AttrSet): AttrSet {
  const out: AttrSet = {};
  for (const name of Object.keys(options)) {
    const child = options[name];
    if (isOption(child)) {
      const opt = child as Option;
      Object.defineProperty(out, name, { enumerable: true, configurable: true, get: () => opt.value });
    } else {
      setAttr(out, name, declaredConfig(child as AttrSet));
    }
  }
  return out;
}

