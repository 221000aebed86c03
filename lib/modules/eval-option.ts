/**
 * An option with its value (nixpkgs `evalOptionValue`): the declaration's
 * fields plus `value`, `isDefined`, `highestPrio`, `definitions`, `files`
 * and `definitionsWithLocations`, all computed lazily.
 *
 * For speed, an evaluated option is its merged declaration object itself,
 * given a prototype that supplies those computed fields (one object per
 * option, no copies).
 */
import { addOptionContext, EvalError, InfiniteRecursionError, ModuleSystemError, OptionError } from "../errors.js";
import { type Definition, type Option, type RankedDefinition, RememberedDefinition, showDefs, showFiles, showOption } from "../options.js";
import { defaultOverridePriority, mkOptionDefault, typeTag } from "../properties.js";
import type { Loc, OptionType } from "../types/type.js";
import { copyAttr, prototypeAttrNames, readAttr } from "../values.js";
import { warn } from "../warnings.js";
import { isControlSignal } from "./fixpoint.js";
import { dischargeProperties, type FinalDefinition, type MergedDefinitions, mergeDefinitions, Merging } from "./merge-definitions.js";
import type { MergedDecl } from "./option-decls.js";

/** The definition an option's `default` makes: `mkOptionDefault default`, read when needed. */
class DefaultDefinition extends RememberedDefinition {
  constructor(
    file: string,
    private readonly decl: object,
  ) {
    super(file);
  }
  protected read(): unknown {
    return mkOptionDefault(readAttr(this.decl, "default"));
  }
}

/** A definition evaluated on its own (for the read-only error message). */
class SeparateDefinition implements Definition {
  constructor(
    private readonly loc: Loc,
    private readonly type: OptionType,
    private readonly def: Definition,
  ) {}
  get file(): string {
    return this.def.file;
  }
  get value(): unknown {
    return mergeDefinitions(this.loc, this.type, [this.def]).mergedValue;
  }
}

const state = Symbol("option state");

/** What an option computes (the merge of its definitions, then its value), kept on the option object under a symbol. */
class OptionState extends Merging {
  readOnlyChecked = false;
  constructor(
    readonly option: StatefulOption,
    defs: Definition[],
  ) {
    super(option.loc, option.type, defs);
  }
  override get label(): string {
    return showOption(this.option.loc);
  }
  protected override run(): unknown {
    const o = this.option;
    try {
      if (o.type.deprecationMessage !== null) {
        warn(
          `The type \`types.${o.type.name}' of option \`${showOption(o.loc)}' defined in ${showFiles(o.declarations)} is deprecated. ${o.type.deprecationMessage}`,
        );
      }
      if (!Object.hasOwn(o, "apply")) return res(o).mergedValue;
      // Nix passes the merged value unevaluated: an `apply` that takes no
      // parameter never forces (nor type-checks) the definitions
      const apply = o.apply!;
      return apply.length === 0 ? (apply as () => unknown)() : apply(res(o).mergedValue);
    } catch (e) {
      throw withOptionContext(e, o, this.defs);
    }
  }
}

/**
 * An error of the configuration's own code (a getter, an `apply`, a condition)
 * gets the option and the files that define it, like Nix's "while evaluating
 * the option" context; so does an error of the module system that names no
 * option (a non-Boolean `mkIf` condition). The others already say where they are.
 */
function withOptionContext(e: unknown, o: StatefulOption, defs: readonly Definition[]): unknown {
  if (isControlSignal(e) || !(e instanceof Error) || e instanceof InfiniteRecursionError) return e;
  if (e instanceof ModuleSystemError && e.loc.length > 0) return e;
  const files = [...new Set(defs.map((d) => d.file))];
  const context = `while evaluating the option \`${showOption(o.loc)}'${files.length > 0 ? `, defined in ${showFiles(files)}` : ""}`;
  if (e instanceof ModuleSystemError) return addOptionContext(e, context, o.loc, files);
  return new EvalError(`${e.name}: ${e.message}\n… ${context}`, o.loc, files, { cause: e });
}

interface StatefulOption {
  readonly type: OptionType;
  readonly loc: string[];
  readonly declarations: string[];
  readonly readOnly?: boolean;
  readonly apply?: (v: unknown) => unknown;
  [state]: OptionState;
}

function res(o: StatefulOption): MergedDefinitions {
  const s = o[state];
  if (s.readOnlyChecked) return s;
  if (o.readOnly === true && s.defs.length > 1) {
    const separate = s.defs.map((d) => new SeparateDefinition(o.loc, o.type, d));
    throw new OptionError(
      `The option \`${showOption(o.loc)}' is read-only, but it's set multiple times. Definition values:${showDefs(separate)}`,
      o.loc,
      s.defs.map((d) => d.file),
    );
  }
  s.readOnlyChecked = true;
  return s;
}

/**
 * What reads `option.value`, for the config's getters: the option state's
 * `force` itself, bound, so that a config read is one call shorter.
 */
export function optionValueReader(option: Option): () => unknown {
  const s = (option as unknown as StatefulOption)[state];
  return s.force.bind(s);
}

/**
 * An evaluated option: created empty, then given its declaration's fields.
 * A class rather than `Object.create(prototype)` because V8 then sizes its
 * objects for those fields (no separate property store per option).
 */
export class EvaluatedOption {}

/** The prototype of every evaluated option. */
export const optionPrototype: object = EvaluatedOption.prototype;
Object.defineProperties(optionPrototype, {
  value: { get(this: StatefulOption) { return this[state].force(); } },
  isDefined: { get(this: StatefulOption) { return res(this).isDefined; } },
  highestPrio: { get(this: StatefulOption) { return res(this).highestPrio; } },
  valueMeta: { get(this: StatefulOption) { return res(this).valueMeta; } },
  definitions: { get(this: StatefulOption) { return res(this).defsFinal.map((d) => d.value); } },
  files: { get(this: StatefulOption) { return res(this).defsFinal.map((d) => d.file); } },
  definitionsWithLocations: { get(this: StatefulOption) { return res(this).defsFinal.map(definitionRecord); } },
  allDefinitions: {
    get(this: StatefulOption): RankedDefinition[] {
      const highest = res(this).highestPrio;
      return this[state].defs.flatMap((d) =>
        dischargeProperties(d.value).map((v) => {
          const overridden = typeTag(v) === "override";
          const priority = overridden ? (v as { priority: number }).priority : defaultOverridePriority;
          const value = overridden ? (v as { content: unknown }).content : v;
          return { file: d.file, value, priority, won: priority === highest };
        }),
      );
    },
  },
  declarationPositions: {
    get(this: StatefulOption) {
      return this.declarations.map((file) => ({ file, line: null, column: null }));
    },
  },
  toString: { value(this: StatefulOption) { return showOption(this.loc); } },
  // Nix's `__toString = _: showOption loc` ("${option}" gives its path)
  __toString: { value: (self: StatefulOption) => showOption(self.loc) },
  [prototypeAttrNames]: {
    value: ["__toString", "declarationPositions", "definitions", "definitionsWithLocations", "files", "highestPrio", "isDefined", "value", "valueMeta"],
  },
});

/**
 * A definition as `definitionsWithLocations` shows it, as Nix has it: `file`,
 * `value` (read when read) and, for an `mkOrder` definition, its `priority`;
 * not the module system's own record of it.
 */
function definitionRecord(d: FinalDefinition): FinalDefinition {
  const record = {
    file: d.file,
    get value() {
      return d.value;
    },
  };
  return d.priority === undefined ? record : Object.assign(record, { priority: d.priority });
}

/**
 * Turns a merged declaration into the evaluated option. `decl` becomes the
 * option when it already has `optionPrototype` (made for it); otherwise it is copied.
 */
export function evalOptionValue(loc: Loc, decl: MergedDecl & { type: OptionType }, defs: readonly Definition[]): Option {
  let o: StatefulOption;
  if (Object.getPrototypeOf(decl) === optionPrototype) {
    o = decl as unknown as StatefulOption;
  } else {
    o = new EvaluatedOption() as StatefulOption;
    for (const k of Object.keys(decl)) copyAttr(o, decl, k);
  }
  void loc;
  let allDefs = defs as Definition[];
  if (Object.hasOwn(decl, "default")) {
    allDefs = new Array<Definition>(defs.length + 1);
    allDefs[0] = new DefaultDefinition(decl.declarations[0], o);
    for (let i = 0; i < defs.length; i++) allDefs[i + 1] = defs[i];
  }
  o[state] = new OptionState(o, allDefs);
  return o as unknown as Option;
}
