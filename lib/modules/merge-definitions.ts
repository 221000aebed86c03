/**
 * From raw definitions to an option's value (nixpkgs `mergeDefinitions`):
 * discharge `mkIf`/`mkMerge`, keep the highest-priority `mkOverride`s,
 * sort by `mkOrder`, type-check and merge.
 *
 * This runs for every option, mostly before V8 optimises it: loops are
 * indexed because `for … of` allocates an iterator result per step in
 * unoptimised code.
 */
import { OptionError, OptionNotDefinedError } from "../errors.js";
import { type Definition, RememberedDefinition, showDefs, showOption } from "../options.js";
import { defaultOrderPriority, defaultOverridePriority, typeTag } from "../properties.js";
import { Cell } from "./fixpoint.js";
import { type CheckedAndMerged, checkV2MergeCoherence, failingDefinitions, type Loc, type OptionType } from "../types/type.js";
import { stableSort } from "../values.js";

/** A definition after properties were processed; `priority` is its mkOrder number. */
export interface FinalDefinition extends Definition {
  readonly priority?: number;
}

/** Expands `mkMerge` and evaluates `mkIf` conditions: a value becomes zero or more values. */
export function dischargeProperties(def: unknown, out: unknown[] = []): unknown[] {
  const tag = typeTag(def);
  if (tag === "merge") {
    const contents = (def as { contents: unknown[] }).contents;
    for (let i = 0; i < contents.length; i++) dischargeProperties(contents[i], out);
  } else if (tag === "if") {
    const p = def as { condition: unknown; content: unknown };
    if (conditionHolds(p.condition)) dischargeProperties(p.content, out);
  } else {
    out.push(def);
  }
  return out;
}

/** A `mkIf` condition's value (a function is called). */
function conditionHolds(condition: unknown): boolean {
  const cond = typeof condition === "function" ? (condition as () => unknown)() : condition;
  if (typeof cond !== "boolean") throw new OptionError("‘mkIf’ called with a non-Boolean condition");
  return cond;
}

const overridePrio = (v: unknown): number =>
  typeTag(v) === "override" ? (v as { priority: number }).priority : defaultOverridePriority;

/** Keeps the definitions of the highest priority (lowest number), without their mkOverride wrapper. */
export function filterOverrides(defs: readonly Definition[]): { values: Definition[]; highestPrio: number } {
  const highestPrio = highestPriority(defs);
  return { values: withPriority(defs, highestPrio), highestPrio };
}

/** The highest priority (lowest number) of the definitions; one definition has its own whatever it is (even above 9999). */
function highestPriority(defs: readonly Definition[]): number {
  let highest = defs.length === 1 ? Infinity : 9999;
  for (let i = 0; i < defs.length; i++) highest = Math.min(highest, overridePrio(defs[i].value));
  return highest;
}

/** The definitions of priority `priority`, without their mkOverride wrapper. */
function withPriority(defs: readonly Definition[], priority: number): Definition[] {
  let overridden = false;
  let kept = 0;
  for (let i = 0; i < defs.length; i++) {
    const v = defs[i].value;
    if (typeTag(v) === "override") {
      overridden = true;
      if ((v as { priority: number }).priority === priority) kept++;
    } else if (priority === defaultOverridePriority) kept++;
  }
  // without any mkOverride every definition has the default priority: all are kept as they are
  if (!overridden) return defs as Definition[];
  const values = new Array<Definition>(kept); // exact size: it is kept as long as the option
  for (let i = 0, k = 0; i < defs.length; i++) {
    const d = defs[i];
    const v = d.value as { priority: number; content: unknown };
    if (typeTag(v) !== "override") {
      if (priority === defaultOverridePriority) values[k++] = d;
    } else if (v.priority === priority) values[k++] = new OverrideContent(d.file, v);
  }
  return values;
}

/** A kept mkOverride's content, read when the definition's value is (Nix leaves it a thunk: `highestPrio` does not read it). */
class OverrideContent extends RememberedDefinition {
  constructor(
    file: string,
    private readonly override: { content: unknown },
  ) {
    super(file);
  }
  protected read(): unknown {
    return this.override.content;
  }
}

const anyOrdered = (defs: readonly Definition[]): boolean => {
  for (let i = 0; i < defs.length; i++) if (typeTag(defs[i].value) === "order") return true;
  return false;
};

const orderPriority = (d: FinalDefinition): number => d.priority ?? defaultOrderPriority;

/** Stable sort by mkOrder priority, unwrapping mkOrder. */
export function sortProperties(defs: readonly Definition[]): FinalDefinition[] {
  const sorted: FinalDefinition[] = new Array<FinalDefinition>(defs.length);
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i];
    const v = d.value as { content: unknown; priority: number };
    sorted[i] = typeTag(v) === "order" ? { file: d.file, value: v.content, priority: v.priority } : d;
  }
  return stableSort(sorted, (a, b) => orderPriority(a) - orderPriority(b));
}

export interface MergedDefinitions {
  /** The definitions that count, in order. */
  readonly defsFinal: FinalDefinition[];
  readonly highestPrio: number;
  readonly isDefined: boolean;
  /** The merged value; throws when there is none (or a definition is invalid). */
  readonly mergedValue: unknown;
  /** `{ value }` when defined, `{}` otherwise (Nix's `optionalValue`). */
  readonly optionalValue: { value?: unknown };
  /** What a v2 type tells about the merge, with `_internal.type`; `{}` for other types (Nix's `valueMeta`). */
  readonly valueMeta: object;
}

/** Nix's `mergeDefinitions loc type defs`, lazily: nothing is computed until read. */
export function mergeDefinitions(loc: Loc, type: OptionType, defs: readonly Definition[]): MergedDefinitions {
  return new Merging(loc, type, defs);
}

const unmerged = Symbol("unmerged");

/**
 * The merge of one set of definitions. A `Cell` (forcing it gives the merged
 * value) so that an option's state, its value as a fixed-point cell, and its
 * merge are one object per option.
 */
export class Merging extends Cell<unknown> implements MergedDefinitions {
  // the definitions that count and their priority, kept for as long as the option lives
  #values: FinalDefinition[] | undefined = undefined;
  #highestPrio = 0;
  // whether `#values` may still need sorting by mkOrder
  #orderPending = false;
  #merged: unknown = unmerged;
  #checked: CheckedAndMerged | undefined = undefined;

  constructor(
    readonly loc: Loc,
    readonly type: OptionType,
    readonly defs: readonly Definition[],
  ) {
    super();
  }

  get label(): string {
    return "";
  }
  protected run(): unknown {
    return this.mergedValue;
  }

  /**
   * The definitions of the highest priority, into `#values`, and that priority. Whether they
   * are ordered is left to `#defsFinal` when finding out would read an overridden
   * definition's content: `highestPrio` must not read it, as in Nix.
   */
  #filter(): FinalDefinition[] {
    const defs = this.defs;
    // one pass over the definitions for the highest priority, and whether any is
    // overridden or ordered; a definition to discharge (mkIf, mkMerge) ends it
    let highest = defs.length === 1 ? Infinity : 9999;
    let overridden = false;
    let ordered = false;
    let toDischarge = false;
    for (let i = 0; i < defs.length && !toDischarge; i++) {
      const d = defs[i];
      const v = d.value;
      const tag = typeTag(v);
      if (tag === undefined) {
        if (defaultOverridePriority < highest) highest = defaultOverridePriority;
      }
      // kept as it is only from a definition that gives the same value when read again
      else if (tag === "if" || tag === "merge" || tag === "definition" || !(d instanceof RememberedDefinition)) toDischarge = true;
      else if (tag === "override") {
        overridden = true;
        const priority = (v as { priority: number }).priority;
        if (priority < highest) highest = priority;
      } else {
        ordered ||= tag === "order";
        if (defaultOverridePriority < highest) highest = defaultOverridePriority;
      }
    }
    if (toDischarge) {
      const discharged = dischargeDefinitions(defs);
      highest = highestPriority(discharged);
      this.#values = withPriority(discharged, highest);
      this.#orderPending = true;
    } else if (overridden) {
      this.#values = withPriority(defs, highest);
      this.#orderPending = true;
    } else {
      this.#values = ordered ? sortProperties(defs) : (defs as Definition[]);
    }
    this.#highestPrio = highest;
    return this.#values;
  }
  #defsFinal(): FinalDefinition[] {
    let values = this.#values ?? this.#filter();
    if (this.#orderPending) {
      this.#orderPending = false;
      if (anyOrdered(values)) this.#values = values = sortProperties(values);
    }
    return values;
  }
  get defsFinal(): FinalDefinition[] {
    return this.#defsFinal();
  }
  get highestPrio(): number {
    if (this.#values === undefined) this.#filter();
    return this.#highestPrio;
  }
  get isDefined(): boolean {
    return this.#defsFinal().length > 0;
  }
  get mergedValue(): unknown {
    if (this.#merged !== unmerged) return this.#merged;
    const values = this.#defsFinal();
    const { loc, type } = this;
    let v: unknown;
    if (values.length > 0) v = type.mergeV2 !== undefined ? checkedValue(loc, type, this.#checkedAndMerged(), values) : checkAndMerge(loc, type, values);
    else if ("value" in type.emptyValue) v = type.emptyValue.value;
    else
      throw new OptionNotDefinedError(
        `The option \`${showOption(loc)}' was accessed but has no value defined. Try setting the option.`,
        loc,
      );
    this.#merged = v;
    return v;
  }
  get optionalValue(): { value?: unknown } {
    return this.isDefined ? { value: this.mergedValue } : {};
  }
  /** A v2 type's merge of the definitions that count, made once for the value and `valueMeta`. */
  #checkedAndMerged(): CheckedAndMerged {
    return (this.#checked ??= checkedV2(this.loc, this.type, this.#defsFinal()));
  }
  get valueMeta(): object {
    if (this.type.mergeV2 === undefined) return {};
    return { ...(this.#checkedAndMerged().valueMeta ?? {}), _internal: { type: this.type } };
  }
}

/** The definitions with `mkMerge` expanded and `mkIf` conditions evaluated (each definition's file kept). */
function dischargeDefinitions(defs: readonly Definition[]): Definition[] {
  // `defs` itself while no definition needs discharging (the common case), else a copy
  let normalized = defs as Definition[];
  let n = 0;
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i];
    const v = d.value;
    const tag = typeTag(v);
    // kept as it is: a value without properties, or one with nothing to discharge (mkOverride,
    // mkOrder) from a definition that gives the same value when read again
    if (tag === undefined || (tag !== "if" && tag !== "merge" && tag !== "definition" && d instanceof RememberedDefinition)) {
      if (normalized !== defs) normalized[n++] = d;
      continue;
    }
    if (normalized === defs) {
      normalized = new Array<Definition>(defs.length);
      for (n = 0; n < i; n++) normalized[n] = defs[n];
    }
    n = dischargeInto(d.file, v, normalized, n);
  }
  if (normalized !== defs) normalized.length = n;
  return normalized;
}

/** Writes the definitions `value` makes from `file` into `out` from index `n`; returns the next index. */
function dischargeInto(file: string, value: unknown, out: Definition[], n: number): number {
  const tag = typeTag(value);
  if (tag === "merge") {
    const contents = (value as { contents: unknown[] }).contents;
    for (let i = 0; i < contents.length; i++) n = dischargeInto(file, contents[i], out, n);
  } else if (tag === "if") {
    const p = value as { condition: unknown; content: unknown };
    if (conditionHolds(p.condition)) n = dischargeInto(file, p.content, out, n);
  } else {
    out[n++] = tag === "definition" ? (value as Definition) : { file, value };
  }
  return n;
}

/** A v2 type's merge (checked for a `check` its merge would ignore). */
function checkedV2(loc: Loc, type: OptionType, defs: readonly Definition[]): CheckedAndMerged {
  checkV2MergeCoherence(loc, type, "module system");
  return type.mergeV2!(loc, defs);
}

/** The value of a v2 merge, or its head error as Nix's type error. */
function checkedValue(loc: Loc, type: OptionType, r: CheckedAndMerged, defs: readonly Definition[]): unknown {
  if (r.headError !== null) {
    throw new OptionError(
      `A definition for option \`${showOption(loc)}' is not of type \`${type.description}'. TypeError: ${r.headError.message}`,
      loc,
      defs.map((d) => d.file),
    );
  }
  return r.value;
}

/** Type-checks definitions that count and merges them (all of them: no property is left). */
export function checkAndMerge(loc: Loc, type: OptionType, defs: readonly Definition[]): unknown {
  if (type.mergeV2 !== undefined) return checkedValue(loc, type, checkedV2(loc, type, defs), defs);
  for (let i = 0; i < defs.length; i++) {
    if (type.check(defs[i].value)) continue;
    const invalid = failingDefinitions((v) => type.check(v), defs)!;
    throw new OptionError(
      `A definition for option \`${showOption(loc)}' is not of type \`${type.description}'. Definition values:${showDefs(invalid)}`,
      loc,
      invalid.map((d) => d.file),
    );
  }
  return type.merge(loc, defs);
}
