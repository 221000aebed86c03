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
import { append, type AttrSet, compareNames, isAttrs, newAttrSet, setAttr, setGetter, sortNames, typeOf } from "../values.js";
import { type NormalModule, noOptions } from "./collect.js";
import { evalOptionValue, optionValueReader } from "./eval-option.js";
import { type DeclEntry, fixupOptionType, mergeOptionDecl, mergeOptionDecls } from "./option-decls.js";
import { Groups, NameGroups } from "../name-groups.js";

/** A definition that no option declares; `prefix` is its path below the evaluation's prefix. */
export interface UnmatchedDefinition extends Definition {
  readonly prefix: string[];
}

export interface MergedModules {
  /** The tree of options (option sets are plain objects). */
  readonly matchedOptions: AttrSet;
  readonly unmatchedDefns: UnmatchedDefinition[];
}

/** An attribute set of definitions and its file (a module is one, when its config needs no push-down). */
interface ConfigEntry {
  readonly _file: string;
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

/** A module is its own declaration entry (`_file`, `options`) and, mostly, its own config entry. */
export function mergeModules(prefix: Loc, modules: readonly NormalModule[]): MergedModules {
  const configs: ConfigEntry[] = [];
  for (let i = 0; i < modules.length; i++) {
    const m = modules[i];
    if (needsPushDown(m.config)) addConfigEntries(m._file, m.config, configs);
    else configs.push(m);
  }
  return mergeModulesRec(prefix, modules, configs);
}

const needsPushDown = (config: unknown): boolean => {
  const tag = typeTag(config);
  return tag === "merge" || tag === "if" || tag === "override";
};

/** Each definition's attribute sets, with mkMerge/mkIf/mkOverride pushed down into their attributes. */
function configEntries(defs: readonly Definition[]): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  for (let i = 0; i < defs.length; i++) addConfigEntries(defs[i].file, defs[i].value, out);
  return out;
}

function addConfigEntries(file: string, value: unknown, out: ConfigEntry[]): void {
  if (!needsPushDown(value)) {
    out.push({ _file: file, config: value });
    return;
  }
  const configs = pushDownProperties(value);
  for (let j = 0; j < configs.length; j++) out.push({ _file: file, config: configs[j] });
}

const noDefinitions: readonly Definition[] = [];
const noNames: string[] = [];

function mergeModulesRec(prefix: Loc, decls: readonly DeclEntry[], configs: readonly ConfigEntry[]): MergedModules {
  // indexed loops and no spreads here and below: this runs for every option,
  // mostly before V8 optimises it, when iterators still allocate
  const declaredNames = new Array<string[]>(decls.length);
  let room = 0;
  for (let i = 0; i < decls.length; i++) {
    const d = decls[i];
    if (!isAttrs(d.options)) {
      throw new ModuleStructureError(
        `An option declaration for \`${prefix.join(".")}' has type\n\`${typeOf(d.options)}' rather than an attribute set.\nDid you mean to define this outside of \`options'?`,
        prefix,
        [d._file],
      );
    }
    room += (declaredNames[i] = d.options === noOptions ? noNames : Object.keys(d.options)).length;
  }
  const declsByName = new NameGroups<DeclEntry>(room);
  for (let i = 0; i < decls.length; i++) {
    const names = declaredNames[i];
    for (let j = 0; j < names.length; j++) {
      declsByName.add(names[j], { _file: decls[i]._file, options: (decls[i].options as AttrSet)[names[j]] });
    }
  }

  // definitions of declared names, by the name's position in declsByName; the others by name
  const defsByDecl = new Groups<Definition>(declsByName.size);
  let undeclared: NameGroups<Definition> | null = null;
  for (let i = 0; i < configs.length; i++) {
    const c = configs[i];
    if (!isAttrs(c.config)) {
      const p = prefix.join(".");
      throw new ModuleStructureError(
        `In module \`${c._file}', you're trying to define a value of type \`${typeOf(c.config)}'\nrather than an attribute set for the option\n\`${p}'!\n\nThis usually happens if \`${p}' has option\ndefinitions inside that are not matched. Please check how to properly define\nthis option by e.g. referring to \`man 5 configuration.nix'!`,
        prefix,
        [c._file],
      );
    }
    const names = Object.keys(c.config);
    for (let j = 0; j < names.length; j++) {
      const def = lazyDefinition(c._file, c.config, names[j]);
      const k = declsByName.indexOf(names[j]);
      if (k >= 0) defsByDecl.add(k, def);
      else (undeclared ??= new NameGroups()).add(names[j], def);
    }
  }

  const matchedOptions = newAttrSet(declsByName.size);
  let unmatchedByName: Map<string, UnmatchedDefinition[]> | null = null;
  const names = sortNames(declsByName.names());
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const loc = append(prefix, name);
    const k = declsByName.indexOf(name);
    const defs = defsByDecl.get(k) ?? noDefinitions;
    // the common case, one module declaring an option
    const only = declsByName.onlyAt(k);
    if (only !== undefined && isOptionDeclaration(loc, only)) {
      setAttr(matchedOptions, name, evalOptionValue(loc, fixupOptionType(mergeOptionDecl(loc, only)), defs));
      continue;
    }
    const nameDecls = declsByName.at(k);
    let optionDeclCount = 0;
    for (let j = 0; j < nameDecls.length; j++) if (isOptionDeclaration(loc, nameDecls[j])) optionDeclCount++;
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
      if (sub.unmatchedDefns.length > 0) {
        (unmatchedByName ??= new Map()).set(name, sub.unmatchedDefns.map((u) => unmatched(u, [name, ...u.prefix])));
      }
    }
  }
  if (unmatchedByName === null && undeclared === null) return { matchedOptions, unmatchedDefns: [] };
  const byName = (unmatchedByName ??= new Map());
  const undeclaredNames = undeclared === null ? [] : undeclared.names();
  for (let i = 0; i < undeclaredNames.length; i++) {
    const name = undeclaredNames[i];
    byName.set(name, undeclared!.get(name)!.map((d) => unmatched(d, [name])));
  }
  const unmatchedDefns = sortNames(Array.from(byName.keys())).flatMap((n) => byName.get(n)!);
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

/** Whether a declaration is an option (`mkOption`); an attribute set with another `_type` is an error. */
function isOptionDeclaration(loc: Loc, d: DeclEntry): boolean {
  if (!isAttrs(d.options) || !("_type" in d.options)) return false;
  const tag = d.options._type;
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

/**
 * The config tree of an evaluation's options: every option replaced by its
 * value (read lazily); and, sharing every value, the same without `_module`
 * at the top, which is what the evaluation's `config` shows.
 */
export function declaredConfig(options: AttrSet): { all: AttrSet; withoutModule: AttrSet } {
  const withoutModule = newAttrSet(Object.keys(options).length);
  return { all: configTree(options, withoutModule), withoutModule };
}

/** The config tree of an options tree; its entries but `_module` also go into `withoutModule` when given. */
function configTree(options: AttrSet, withoutModule: AttrSet | null): AttrSet {
  const names = Object.keys(options);
  const out = newAttrSet(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const child = options[name];
    const also = withoutModule !== null && name !== "_module" ? withoutModule : null;
    if (isOption(child)) {
      const get = optionValueReader(child);
      setGetter(out, name, get);
      if (also !== null) setGetter(also, name, get);
    } else {
      const tree = configTree(child as AttrSet, null);
      setAttr(out, name, tree);
      if (also !== null) setAttr(also, name, tree);
    }
  }
  return out;
}
