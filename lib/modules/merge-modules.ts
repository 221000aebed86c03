/**
 * Matching definitions with declarations (nixpkgs `mergeModules`): walks the
 * option tree of all modules at once, gives every option its definitions and
 * collects the definitions that no option declares.
 */
import { InfiniteRecursionError, ModuleStructureError } from "../errors.js";
import { type Definition, isDataOnlyDeclaration, isOption, mkOption, type Option, showOption } from "../options.js";
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
  /** The option set at `path`, read from the declarations alone; undefined when `path` is an option or undeclared. */
  levelAt(path: readonly string[]): { readonly names: readonly string[]; positionOf(name: string): number } | undefined;
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

/**
 * A module is its own declaration entry (`_file`, `options`) and, mostly, its
 * own config entry. The configs are pushed down when the definitions are
 * first needed: a module's config may look at which options exist.
 */
export function mergeModules(prefix: Loc, modules: readonly NormalModule[]): MergedModules {
  return new OptionLevel(prefix, modules, () => {
    const configs: ConfigEntry[] = [];
    for (let i = 0; i < modules.length; i++) {
      const m = modules[i];
      if (needsPushDown(m.config)) addConfigEntries(m._file, m.config, configs);
      else configs.push(m);
    }
    return configs;
  });
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
const noUnmatched: UnmatchedDefinition[] = [];

/** A name whose declarations are being read, or whose option is being made: needing it again is a cycle. */
const reading = Symbol("reading");
const makingOption = Symbol("making the option");
/** A name that is an option, not made yet. */
const optionKind = Symbol("option");
/**
 * What is known of a name: nothing yet (`undefined`), that it is an option
 * (made or not yet), or the option set below it.
 */
type Slot = OptionLevel | Option | typeof optionKind | typeof reading | typeof makingOption | undefined;

/**
 * One level of the option tree, with Nix's laziness (`mergeModules'`): the
 * names come from the declarations' keys alone; the level's definitions are
 * matched to them when the level's definitions are first needed; each name's
 * declarations are read (a declaration may be a getter) and classified
 * (option or option set) when that name is first needed, and an option is
 * merged and made when it is first read. So an unused option's `type` is
 * never read, a conflict between the declarations of one option does not
 * stop a read of its siblings, and `"x" in options.a` needs no definition.
 * An option declared once with `mkOption`'s plain data (no getter), the
 * common case, is made with its option set: it has nothing to keep unread.
 */
class OptionLevel implements MergedModules {
  /** The names, sorted. */
  readonly names: readonly string[];
  /** The declarations by name; let go once every option of the level is made (names are then found in `names`). */
  #declsByName: NameGroups<DeclEntry> | null;
  /** The names in first-seen order (by position `k`, as in `#declsByName`). */
  readonly #nameAt: readonly string[];
  #configs: (() => readonly ConfigEntry[]) | null;
  // made when first needed
  #defsByDecl: Groups<Definition> | null = null;
  #undeclared: NameGroups<Definition> | null = null;
  #hasDefinitions = false;
  /** By position: what is known of the name (see `Slot`). */
  readonly #slots: Slot[];
  /** The positions of the names, in sorted order (made when first needed). */
  #order: number[] | null = null;
  /** By position: the declaration read (one module's), or the declarations (several modules'), until the option is made. */
  #declsRead: unknown[] | null = null;
  #matchedOptions: AttrSet | null = null;
  #makingOptions = false;
  #config: AttrSet | null = null;
  #unmatched: UnmatchedDefinition[] | null = null;

  constructor(
    private readonly prefix: Loc,
    decls: readonly DeclEntry[],
    configs: () => readonly ConfigEntry[],
  ) {
    // indexed loops and no spreads here and below: this runs for every option set,
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
    this.#declsByName = declsByName;
    this.#nameAt = declsByName.names();
    this.names = sortNames(declsByName.names());
    this.#slots = new Array<Slot>(declsByName.size);
    this.#configs = configs;
  }

  get matchedOptions(): AttrSet {
    if (this.#matchedOptions === null) {
      if (this.#makingOptions) throw new InfiniteRecursionError([this.prefix.length === 0 ? "options" : `options of ${showOption(this.prefix)}`]);
      this.#makingOptions = true;
      try {
        this.#matchedOptions = this.#makeOptions();
      } finally {
        this.#makingOptions = false;
      }
    }
    return this.#matchedOptions;
  }

  /** The config tree of the level: every option replaced by its value (read lazily). */
  get config(): AttrSet {
    return (this.#config ??= configTree(this, null));
  }

  get moduleConfig(): AttrSet {
    const sub = this.#setNamed("_module");
    // an option set, unless a module declared `_module` itself as a (submodule) option
    return sub !== undefined ? sub.config : (this.config._module as AttrSet);
  }

  /**
   * The definitions no option declares, in this level and below, by name.
   * As in Nix, a level without definitions has none (its declarations are
   * not read for this); otherwise every name is classified, which reads
   * declarations but merges none.
   */
  get unmatchedDefns(): UnmatchedDefinition[] {
    if (this.#unmatched !== null) return this.#unmatched;
    this.#match();
    if (!this.#hasDefinitions) return (this.#unmatched = noUnmatched);
    let byName: Map<string, UnmatchedDefinition[]> | null = null;
    const names = this.#nameAt;
    const slots = this.#slots;
    for (let k = 0; k < names.length; k++) {
      if (slots[k] === undefined) {
        // an option declared once by a data property (the common case) is classified here, without a call per step
        const only = this.#declsByName!.onlyAt(k);
        if (only !== undefined && !isGetter(only.options as object, names[k])) {
          const decl = (only.options as AttrSet)[names[k]];
          if (isAttrs(decl) && decl._type === "option") {
            (this.#declsRead ??= new Array<unknown>(slots.length))[k] = decl;
            slots[k] = optionKind;
            continue;
          }
        }
      }
      const set = this.#kind(k);
      if (set === null) continue;
      const sub = set.unmatchedDefns;
      if (sub.length > 0) (byName ??= new Map()).set(names[k], sub.map((u) => unmatched(u, [names[k], ...u.prefix])));
    }
    const undeclared = this.#undeclared;
    if (byName === null && undeclared === null) return (this.#unmatched = noUnmatched);
    byName ??= new Map();
    if (undeclared !== null) {
      const undeclaredNames = undeclared.names();
      for (let i = 0; i < undeclaredNames.length; i++) {
        const name = undeclaredNames[i];
        byName.set(name, undeclared.get(name)!.map((d) => unmatched(d, [name])));
      }
    }
    return (this.#unmatched = byName.size === 0 ? [] : sortNames(Array.from(byName.keys())).flatMap((n) => byName.get(n)!));
  }

  namesAt(path: readonly string[]): readonly string[] {
    const level = this.levelAt(path);
    return level === undefined ? [] : level.names;
  }

  /** The option set at `path` (reading only declarations), when there is one. */
  levelAt(path: readonly string[]): OptionLevel | undefined {
    let level: OptionLevel | undefined = this;
    for (let i = 0; i < path.length && level !== undefined; i++) level = level.#setNamed(path[i]);
    return level;
  }

  /** The option set below `name`, when `name` is one. */
  #setNamed(name: string): OptionLevel | undefined {
    const k = this.positionOf(name);
    return k < 0 ? undefined : (this.#kind(k) ?? undefined);
  }

  /** Matches the level's definitions with its names (once): definitions of declared names by position, the others by name. */
  #match(): void {
    if (this.#configs === null) return;
    const configs = this.#configs();
    const declsByName = this.#declsByName!;
    const defsByDecl = new Groups<Definition>(declsByName.size);
    let undeclared: NameGroups<Definition> | null = null;
    for (let i = 0; i < configs.length; i++) {
      const c = configs[i];
      if (!isAttrs(c.config)) {
        const p = this.prefix.join(".");
        throw new ModuleStructureError(
          `In module \`${c._file}', you're trying to define a value of type \`${typeOf(c.config)}'\nrather than an attribute set for the option\n\`${p}'!\n\nThis usually happens if \`${p}' has option\ndefinitions inside that are not matched. Please check how to properly define\nthis option by e.g. referring to \`man 5 configuration.nix'!`,
          this.prefix,
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
    this.#defsByDecl = defsByDecl;
    this.#undeclared = undeclared;
    this.#hasDefinitions = configs.length > 0;
    this.#configs = null;
  }

  #defsAt(k: number): readonly Definition[] {
    this.#match();
    return this.#defsByDecl!.get(k) ?? noDefinitions;
  }

  #cycle(k: number): InfiniteRecursionError {
    const path = showOption(append(this.prefix, this.#nameAt[k]));
    return new InfiniteRecursionError([path, path]);
  }

  /** What the name at position `k` is (its declarations are read now): an option (null) or the option set below it. */
  #kind(k: number): OptionLevel | null {
    const known = this.#slots[k];
    if (known instanceof OptionLevel) return known;
    if (known === reading) throw this.#cycle(k);
    if (known !== undefined) return null;
    this.#slots[k] = reading;
    let kind: OptionLevel | null;
    try {
      kind = this.#readKind(k);
    } catch (e) {
      this.#slots[k] = undefined;
      throw e;
    }
    this.#slots[k] = kind ?? optionKind;
    return kind;
  }

  #readKind(k: number): OptionLevel | null {
    const name = this.#nameAt[k];
    const only = this.#declsByName!.onlyAt(k);
    if (only !== undefined) {
      // one module declares the name (the common case): nothing to allocate for an option
      const decl = (only.options as AttrSet)[name];
      (this.#declsRead ??= new Array<unknown>(this.#slots.length))[k] = decl;
      if (isOptionDeclaration(this.prefix, name, only._file, decl)) return null;
      return new OptionLevel(append(this.prefix, name), [{ _file: only._file, options: decl }], () => configEntries(this.#defsAt(k)));
    }
    const nameDecls = declarationsOf(name, this.#declsByName!.at(k));
    (this.#declsRead ??= new Array<unknown>(this.#slots.length))[k] = nameDecls;
    let optionDeclCount = 0;
    for (let j = 0; j < nameDecls.length; j++) {
      if (isOptionDeclaration(this.prefix, name, nameDecls[j]._file, nameDecls[j].options)) optionDeclCount++;
    }
    const loc = append(this.prefix, name);
    if (optionDeclCount === 0) return new OptionLevel(loc, nameDecls, () => configEntries(this.#defsAt(k)));
    if (optionDeclCount < nameDecls.length) checkOnlySubmodulesNest(loc, nameDecls);
    return null;
  }

  /** The option at position `k` (a name that is an option), merged and made when first needed. */
  #option(k: number): Option {
    const known = this.#slots[k];
    if (known === makingOption) throw this.#cycle(k);
    if (known !== optionKind) return known as Option;
    this.#slots[k] = makingOption;
    try {
      const loc = append(this.prefix, this.#nameAt[k]);
      const only = this.#declsByName!.onlyAt(k);
      const decl =
        only !== undefined
          ? mergeOptionDecl(loc, only._file, this.#declRead(k, only) as AttrSet)
          : mergeOptionDecls(loc, optionsOf(this.#declsRead![k] as DeclEntry[]));
      const option = evalOptionValue(loc, fixupOptionType(decl), this.#defsAt(k));
      this.#slots[k] = option;
      if (this.#declsRead !== null) this.#declsRead[k] = undefined;
      return option;
    } catch (e) {
      this.#slots[k] = optionKind;
      throw e;
    }
  }

  /** The positions of the names in sorted order (kept for a large level; a small one's is made again). */
  get order(): readonly number[] {
    if (this.#order !== null) return this.#order;
    const names = this.names;
    const order = new Array<number>(names.length);
    for (let i = 0; i < names.length; i++) order[i] = this.#declsByName!.indexOf(names[i]);
    if (names.length > 8) this.#order = order;
    return order;
  }

  /** The option, or the option set's options, at position `k`. */
  optionsAt(k: number): unknown {
    const set = this.#kind(k);
    return set !== null ? set.matchedOptions : this.#option(k);
  }

  /** The value of the option, or the option set's config, at position `k`. */
  configAt(k: number): unknown {
    const set = this.#kind(k);
    return set !== null ? set.config : this.#option(k).value;
  }

  positionOf(name: string): number {
    if (this.#declsByName !== null) return this.#declsByName.indexOf(name);
    // a released level: a binary search of the sorted names
    const names = this.names;
    let lo = 0;
    let hi = names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid] === name) return this.#order![mid];
      if (names[mid] < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The option at position `k` when it is made already. */
  madeOptionAt(k: number): Option | undefined {
    const slot = this.#slots[k];
    return slot === undefined || slot instanceof OptionLevel || typeof slot === "symbol" ? undefined : slot;
  }

  /** The declaration one module made of the name at position `k`, as read when it was classified (or now, a data property). */
  #declRead(k: number, only: DeclEntry): unknown {
    const read = this.#declsRead === null ? undefined : this.#declsRead[k];
    return read !== undefined ? read : (only.options as AttrSet)[this.#nameAt[k]];
  }

  /** The option set: options made now when they are plain (see `#plainOptionAt`), the rest (and option sets) as getters. */
  #makeOptions(): AttrSet {
    const names = this.names;
    const order = this.order;
    const slots = this.#slots;
    const declsByName = this.#declsByName!;
    const matchedOptions = newAttrSet(names.length);
    // the plain options are made here, without a call per step (a first evaluation runs this unoptimised)
    this.#match();
    const defsByDecl = this.#defsByDecl!;
    let pending = false;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const k = order[i];
      const slot = slots[k];
      if (slot === undefined || slot === optionKind) {
        const only = declsByName.onlyAt(k);
        // an option classified already had its declaration read (no getter to keep unread any more)
        if (only !== undefined && (slot === optionKind || !isGetter(only.options as object, name))) {
          const decl = slot === optionKind ? this.#declRead(k, only) : (only.options as AttrSet)[name];
          if (isAttrs(decl) && decl._type === "option" && isDataOnlyDeclaration(decl)) {
            const loc = append(this.prefix, name);
            const option = evalOptionValue(loc, fixupOptionType(mergeOptionDecl(loc, only._file, decl)), defsByDecl.get(k) ?? noDefinitions);
            slots[k] = option;
            if (this.#declsRead !== null) this.#declsRead[k] = undefined;
            setAttr(matchedOptions, name, option);
            continue;
          }
        }
      }
      // `_module` is always read (`_module.check` first), and every submodule value has one
      if (name === "_module") setAttr(matchedOptions, name, this.optionsAt(k));
      else {
        setGetter(matchedOptions, name, () => this.optionsAt(k));
        pending = true;
      }
    }
    // when every option is made, what making them needed is let go (submodule values keep many levels)
    if (!pending) {
      this.#order = order as number[];
      this.#declsRead = this.#defsByDecl = this.#declsByName = null;
    }
    return matchedOptions;
  }
}

/**
 * Whether the own property `k` of `o` is a getter (then reading it runs code,
 * which must wait until the name is needed). `__lookupGetter__` stops at the
 * own property and allocates no descriptor (this runs for every option); only
 * `__proto__` would reach Object.prototype's own accessor.
 */
function isGetter(o: object, k: string): boolean {
  if (k === "__proto__") return Object.getOwnPropertyDescriptor(o, k)?.get !== undefined;
  return lookupGetter.call(o, k) !== undefined;
}
const lookupGetter = (Object.prototype as { __lookupGetter__(k: string): (() => unknown) | undefined }).__lookupGetter__;

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
  const names = level.names;
  const order = level.order;
  const out = newAttrSet(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const k = order[i];
    if (name === "_module") {
      const m = options._module;
      if (isOption(m)) setGetter(out, name, optionValueReader(m));
      else setAttr(out, name, level.configAt(k));
      continue;
    }
    // an option already made is read through its own cell; the others are classified when read
    const made = level.madeOptionAt(k);
    const get = made !== undefined ? optionValueReader(made) : () => level.configAt(k);
    setGetter(out, name, get);
    if (withoutModule !== null) setGetter(withoutModule, name, get);
  }
  return out;
}
