/**
 * Matching definitions with declarations (nixpkgs `mergeModules`): walks the
 * option tree of all modules at once, gives every option its definitions and
 * collects the definitions that no option declares.
 */
import { ModuleStructureError } from "../errors.js";
import { type Definition, isOption, mkOption, showOption } from "../options.js";
import { typeTag } from "../properties.js";
import { escapeNixIdentifier } from "../pretty.js";
import { lazyDefinition } from "../types/composite.js";
import { submoduleWith } from "../types/submodule.js";
import type { Loc, OptionType } from "../types/type.js";
import { append, type AttrSet, compareNames, isAttrs, newAttrSet, setAttr, sortNames, typeOf } from "../values.js";
import type { NormalModule } from "./collect.js";
import { evalOptionValue, optionValueReader } from "./eval-option.js";
import { type DeclEntry, fixupOptionType, mergeOptionDecls } from "./option-decls.js";
import { NameGroups } from "../name-groups.js";

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
  return mergeModulesRec(prefix, decls, configEntries(modules.map((m) => ({ file: m._file, value: m.config }))));
}

/** Each definition's attribute sets, with mkMerge/mkIf/mkOverride pushed down into their attributes. */
function configEntries(defs: readonly Definition[]): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  for (let i = 0; i < defs.length; i++) {
    const configs = pushDownProperties(defs[i].value);
    for (let j = 0; j < configs.length; j++) out.push({ file: defs[i].file, config: configs[j] });
  }
  return out;
}

const noDefinitions: readonly Definition[] = [];

function mergeModulesRec(prefix: Loc, decls: readonly DeclEntry[], configs: readonly ConfigEntry[]): MergedModules {
  // indexed loops and no spreads here and below: this runs for every option,
  // mostly before V8 optimises it, when iterators still allocate
  const declsByName = new NameGroups<DeclEntry>();
  for (let i = 0; i < decls.length; i++) {
    const d = decls[i];
    if (!isAttrs(d.options)) {
      throw new ModuleStructureError(
        `An option declaration for \`${prefix.join(".")}' has type\n\`${typeOf(d.options)}' rather than an attribute set.\nDid you mean to define this outside of \`options'?`,
        prefix,
        [d._file],
      );
    }
    const names = Object.keys(d.options);
    for (let j = 0; j < names.length; j++) {
      const name = names[j];
      declsByName.add(name, { _file: d._file, options: (d.options as AttrSet)[name] });
    }
  }

  const rawDefsByName = new NameGroups<Definition>();
  for (let i = 0; i < configs.length; i++) {
    const c = configs[i];
    if (!isAttrs(c.config)) {
      const p = prefix.join(".");
      throw new ModuleStructureError(
        `In module \`${c.file}', you're trying to define a value of type \`${typeOf(c.config)}'\nrather than an attribute set for the option\n\`${p}'!\n\nThis usually happens if \`${p}' has option\ndefinitions inside that are not matched. Please check how to properly define\nthis option by e.g. referring to \`man 5 configuration.nix'!`,
        prefix,
        [c.file],
      );
    }
    const names = Object.keys(c.config);
    for (let j = 0; j < names.length; j++) {
      const name = names[j];
      rawDefsByName.add(name, lazyDefinition(c.file, c.config, name));
    }
  }

  const matchedOptions = newAttrSet(declsByName.size);
  const unmatchedByName = new Map<string, UnmatchedDefinition[]>();
  const names = sortNames(declsByName.names());
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const loc = append(prefix, name);
    const nameDecls = declsByName.get(name)!;
    const defs = rawDefsByName.get(name) ?? noDefinitions;
    let optionDeclCount = 0;
    for (let j = 0; j < nameDecls.length; j++) {
      const d = nameDecls[j];
      if (isAttrs(d.options) && "_type" in d.options && isOptionDecl(loc, d)) optionDeclCount++;
    }
    if (optionDeclCount === nameDecls.length) {
      setAttr(matchedOptions, name, evalOptionValue(loc, fixupOptionType(mergeOptionDecls(loc, nameDecls)), defs));
    } else if (optionDeclCount > 0) {
      const optionDecls = nameDecls.filter((d) => isAttrs(d.options) && "_type" in d.options);
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
      const sub = mergeModulesRec(loc, nameDecls, configEntries(defs));
      setAttr(matchedOptions, name, sub.matchedOptions);
      if (sub.unmatchedDefns.length > 0) unmatchedByName.set(name, sub.unmatchedDefns.map((u) => unmatched(u, [name, ...u.prefix])));
    }
  }
  if (configs.length === 0) return { matchedOptions, unmatchedDefns: [] };
  const defined = rawDefsByName.names();
  for (let i = 0; i < defined.length; i++) {
    const name = defined[i];
    if (!declsByName.has(name)) unmatchedByName.set(name, rawDefsByName.get(name)!.map((d) => unmatched(d, [name])));
  }
  const unmatchedDefns = sortNames(Array.from(unmatchedByName.keys())).flatMap((n) => unmatchedByName.get(n)!);
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

// one descriptor object reused for every option (defineProperty copies it)
const valueDescriptor: PropertyDescriptor = { enumerable: true, configurable: true, get: undefined };


/** The config tree of an options tree: every option replaced by its value (read lazily). */
export function declaredConfig(options: AttrSet): AttrSet {
  const names = Object.keys(options);
  const out = newAttrSet(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const child = options[name];
    if (isOption(child)) {
      valueDescriptor.get = optionValueReader(child);
      Object.defineProperty(out, name, valueDescriptor);
    } else {
      setAttr(out, name, declaredConfig(child as AttrSet));
    }
  }
  return out;
}

