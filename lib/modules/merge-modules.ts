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
  /** The tree of options (option sets are plain objects, each made when first read). */
  readonly matchedOptions: AttrSet;
  readonly unmatchedDefns: UnmatchedDefinition[];
  /** The config of `_module` alone (what `_module.check` needs, before the rest is made). */
  readonly moduleConfig: AttrSet;
  /** The names declared in the option set at `path`; none when `path` is an option or undeclared. */
  namesAt(path: readonly string[]): readonly string[];
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

function mergeModulesRec(prefix: Loc, decls: readonly DeclEntry[], configs: readonly ConfigEntry[]): OptionLevel {
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
  // the modules declaring each name (the name's declaration is read from the module's options)
  const declsByName = new NameGroups<DeclEntry>(room);
  for (let i = 0; i < decls.length; i++) {
    const names = declaredNames[i];
    for (let j = 0; j < names.length; j++) declsByName.add(names[j], decls[i]);
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

  // every name is classified now: a name declared by options and by option sets alike is an error
  // here, and an option set's level is matched now, for its undeclared definitions
  const names = sortNames(declsByName.names());
  // an option's declaration when one module declares it (the common case), read once here
  const onlyDecls = new Array<AttrSet | undefined>(names.length);
  let subLevels: (OptionLevel | undefined)[] | null = null;
  let unmatchedByName: Map<string, UnmatchedDefinition[]> | null = null;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const k = declsByName.indexOf(name);
    const only = declsByName.onlyAt(k);
    if (only !== undefined) {
      const decl = (only.options as AttrSet)[name];
      if (isOptionDeclaration(prefix, name, only._file, decl)) {
        onlyDecls[i] = decl as AttrSet;
        continue;
      }
    }
    const modules = declsByName.at(k);
    let optionDeclCount = 0;
    for (let j = 0; j < modules.length; j++) {
      if (isOptionDeclaration(prefix, name, modules[j]._file, (modules[j].options as AttrSet)[name])) optionDeclCount++;
    }
    if (optionDeclCount === modules.length) continue;
    const nameDecls = declarationsOf(name, modules);
    if (optionDeclCount > 0) {
      checkOnlySubmodulesNest(append(prefix, name), nameDecls);
      continue;
    }
    const sub = mergeModulesRec(append(prefix, name), nameDecls, configEntries(defsByDecl.get(k) ?? noDefinitions));
    (subLevels ??= new Array<OptionLevel | undefined>(names.length))[i] = sub;
    if (sub.unmatchedDefns.length > 0) {
      (unmatchedByName ??= new Map()).set(name, sub.unmatchedDefns.map((u) => unmatched(u, [name, ...u.prefix])));
    }
  }
  let unmatchedDefns: UnmatchedDefinition[] = [];
  if (unmatchedByName !== null || undeclared !== null) {
    const byName = (unmatchedByName ??= new Map());
    const undeclaredNames = undeclared === null ? [] : undeclared.names();
    for (let i = 0; i < undeclaredNames.length; i++) {
      const name = undeclaredNames[i];
      byName.set(name, undeclared!.get(name)!.map((d) => unmatched(d, [name])));
    }
    unmatchedDefns = sortNames(Array.from(byName.keys())).flatMap((n) => byName.get(n)!);
  }
  return new OptionLevel(prefix, names, onlyDecls, declsByName, defsByDecl, subLevels, unmatchedDefns);
}

/**
 * One level of the option tree. Its declarations and definitions are matched
 * at once (that finds the undeclared definitions, which `_module.check` needs
 * first). Its options, and its config, are made when first read, as Nix's
 * thunks would be: reading one option makes only the options beside it, and
 * an error in declarations elsewhere is not reported. `_module` is made with
 * the level above: it is always read (`_module.check` first), and every
 * submodule value has one, where a getter would cost more than it saves.
 */
class OptionLevel implements MergedModules {
  #matchedOptions: AttrSet | null = null;
  #config: AttrSet | null = null;
  // what making the options needs, dropped once they are made
  #onlyDecls: (AttrSet | undefined)[] | null;
  #declsByName: NameGroups<DeclEntry> | null;
  #defsByDecl: Groups<Definition> | null;
  // what the level above reads, made when it is first needed
  #readOptions: (() => AttrSet) | null = null;
  #readConfig: (() => AttrSet) | null = null;

  constructor(
    private readonly prefix: Loc,
    /** The names, sorted. */
    readonly names: readonly string[],
    /** By name: the declaration of an option that one module declares. */
    onlyDecls: (AttrSet | undefined)[],
    declsByName: NameGroups<DeclEntry>,
    defsByDecl: Groups<Definition>,
    /** The level below each name that is an option set (null when none is). */
    readonly subLevels: readonly (OptionLevel | undefined)[] | null,
    readonly unmatchedDefns: UnmatchedDefinition[],
  ) {
    this.#onlyDecls = onlyDecls;
    this.#declsByName = declsByName;
    this.#defsByDecl = defsByDecl;
  }

  get matchedOptions(): AttrSet {
    if (this.#matchedOptions === null) {
      this.#matchedOptions = this.#makeOptions();
      this.#onlyDecls = this.#declsByName = this.#defsByDecl = null;
    }
    return this.#matchedOptions;
  }

  /** What reads the option set, for the level above. */
  get readOptions(): () => AttrSet {
    return (this.#readOptions ??= () => this.matchedOptions);
  }

  /** The config tree of the level: every option replaced by its value (read lazily). */
  get config(): AttrSet {
    return (this.#config ??= configTree(this, null));
  }

  /** What reads the config tree, for the level above. */
  get readConfig(): () => AttrSet {
    return (this.#readConfig ??= () => this.config);
  }

  get moduleConfig(): AttrSet {
    const sub = this.#subLevel("_module");
    // an option set, unless a module declared `_module` itself as a (submodule) option
    return sub !== undefined ? sub.config : (this.config._module as AttrSet);
  }

  namesAt(path: readonly string[]): readonly string[] {
    let level: OptionLevel | undefined = this;
    for (let i = 0; i < path.length && level !== undefined; i++) level = level.#subLevel(path[i]);
    return level === undefined ? [] : level.names;
  }

  #subLevel(name: string): OptionLevel | undefined {
    const i = this.names.indexOf(name);
    return i < 0 || this.subLevels === null ? undefined : this.subLevels[i];
  }

  /** The option set: options, and the option sets below as getters. */
  #makeOptions(): AttrSet {
    const names = this.names;
    const onlyDecls = this.#onlyDecls!;
    const declsByName = this.#declsByName!;
    const defsByDecl = this.#defsByDecl!;
    const subLevels = this.subLevels;
    const matchedOptions = newAttrSet(names.length);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const sub = subLevels === null ? undefined : subLevels[i];
      if (sub !== undefined) {
        if (name === "_module") setAttr(matchedOptions, name, sub.matchedOptions);
        else setGetter(matchedOptions, name, sub.readOptions);
        continue;
      }
      const loc = append(this.prefix, name);
      const k = declsByName.indexOf(name);
      const defs = defsByDecl.get(k) ?? noDefinitions;
      const only = onlyDecls[i];
      const decl =
        only !== undefined
          ? mergeOptionDecl(loc, declsByName.onlyAt(k)!._file, only)
          : mergeOptionDecls(loc, optionsOf(declarationsOf(name, declsByName.at(k))));
      setAttr(matchedOptions, name, evalOptionValue(loc, fixupOptionType(decl), defs));
    }
    return matchedOptions;
  }
}

/** Each module's declaration of `name`. */
function declarationsOf(name: string, modules: readonly DeclEntry[]): DeclEntry[] {
  const out = new Array<DeclEntry>(modules.length);
  for (let i = 0; i < modules.length; i++) out[i] = { _file: modules[i]._file, options: (modules[i].options as AttrSet)[name] };
  return out;
}

/** The declarations of an option; a bare option set beside a submodule option becomes a submodule declaration. */
function optionsOf(decls: DeclEntry[]): DeclEntry[] {
  for (let i = 0; i < decls.length; i++) if (!isOption(decls[i].options)) return decls.map(optionTreeToOption);
  return decls;
}

/** Options and option sets may share a name only when every option there is a submodule (they nest in it). */
function checkOnlySubmodulesNest(loc: Loc, nameDecls: readonly DeclEntry[]): void {
  const optionDecls = nameDecls.filter((d) => isOption(d.options));
  if (optionDecls.every((d) => ((d.options as AttrSet).type as OptionType | undefined)?.name === "submodule")) return;
  const nonOptions = nameDecls.filter((d) => !isOption(d.options));
  const first = optionDecls[0];
  const desc = ((first.options as AttrSet).type as OptionType | undefined)?.description ?? "<no description>";
  const lines = nonOptions
    .flatMap((d) =>
      Object.keys(d.options as object).map((p) => ` - option(s) with prefix \`${showOption([...loc, p])}' in module \`${d._file}'`),
    )
    .sort(compareNames);
  throw new ModuleStructureError(
    `The option \`${showOption(loc)}' in module \`${first._file}' would be a parent of the following options, but its type \`${desc}' does not support nested options.\n${lines.join("\n")}`,
    loc,
    nameDecls.map((d) => d._file),
  );
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

/** Whether `decl`, a module's declaration of `optionName`, is an option (`mkOption`); an attribute set with another `_type` is an error. */
function isOptionDeclaration(prefix: Loc, optionName: string, file: string, decl: unknown): boolean {
  if (!isAttrs(decl) || !("_type" in decl)) return false;
  const tag = decl._type;
  if (tag === "option") return true;
  const loc = append(prefix, optionName);
  const name = escapeNixIdentifier(optionName);
  const path = showOption(loc);
  const paragraphs = [
    `In module ${file}: expected an option declaration at option path \`${path}\` but got an attribute set with type ${String(tag)}`,
  ];
  if (tag === "option-type") {
    const comment = loc.length > 1 ? `\n    # ${path}` : "";
    paragraphs.push(
      `When declaring an option, you must wrap the type in a \`mkOption\` call. It should look somewhat like:\n    ${comment}\n    ${name} = lib.mkOption {\n      description = ...;\n      type = <the type you wrote for ${name}>;\n      ...\n    };\n`,
    );
  }
  throw new ModuleStructureError(paragraphs.join("\n\n"), loc, [file]);
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
 * value (read lazily), every option set by its config (made when read); and,
 * sharing every value, the same without `_module` at the top, which is what
 * the evaluation's `config` shows.
 */
export function declaredConfig(merged: MergedModules): { all: AttrSet; withoutModule: AttrSet } {
  const level = merged as OptionLevel;
  const withoutModule = newAttrSet(level.names.length);
  return { all: configTree(level, withoutModule), withoutModule };
}

/** The config tree of a level; its entries but `_module` also go into `withoutModule` when given. */
function configTree(level: OptionLevel, withoutModule: AttrSet | null): AttrSet {
  const options = level.matchedOptions;
  const { names, subLevels } = level;
  const out = newAttrSet(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const also = withoutModule !== null && name !== "_module" ? withoutModule : null;
    const sub = subLevels === null ? undefined : subLevels[i];
    if (name === "_module" && sub !== undefined) {
      setAttr(out, name, sub.config);
      continue;
    }
    const get = sub === undefined ? optionValueReader(options[name] as Option) : sub.readConfig;
    setGetter(out, name, get);
    if (also !== null) setGetter(also, name, get);
  }
  return out;
}
