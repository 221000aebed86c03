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
import { type Definition, showDefs, showOption } from "../options.js";
import { defaultOrderPriority, defaultOverridePriority, typeTag } from "../properties.js";
import { Cell } from "./fixpoint.js";
import { failingDefinitions, type Loc, type OptionType } from "../types/type.js";
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
    const cond = typeof p.condition === "function" ? (p.condition as () => unknown)() : p.condition;
    if (typeof cond !== "boolean") throw new OptionError("‘mkIf’ called with a non-Boolean condition");
    if (cond) dischargeProperties(p.content, out);
  } else {
    out.push(def);
  }
  return out;
}

const overridePrio = (v: unknown): number =>
  typeTag(v) === "override" ? (v as { priority: number }).priority : defaultOverridePriority;

const stripOverride = (d: Definition): Definition =>
  typeTag(d.value) === "override" ? { file: d.file, value: (d.value as { content: unknown }).content } : d;

/** Keeps the definitions of the highest priority (lowest number), without their mkOverride wrapper. */
export function filterOverrides(defs: readonly Definition[]): { values: Definition[]; highestPrio: number } {
  // one definition is kept whatever its priority (even above 9999)
  if (defs.length === 1) {
    const values = typeTag(defs[0].value) === "override" ? [stripOverride(defs[0])] : (defs as Definition[]);
    return { values, highestPrio: overridePrio(defs[0].value) };
  }
  let highestPrio = 9999;
  let overridden = false;
  for (let i = 0; i < defs.length; i++) {
    const v = defs[i].value;
    if (typeTag(v) === "override") overridden = true;
    highestPrio = Math.min(highestPrio, overridePrio(v));
  }
  // without any mkOverride every definition has the default priority: all are kept as they are
  if (!overridden) return { values: defs as Definition[], highestPrio };
  let kept = 0;
  for (let i = 0; i < defs.length; i++) if (overridePrio(defs[i].value) === highestPrio) kept++;
  const values = new Array<Definition>(kept); // exact size: it is kept as long as the option
  for (let i = 0, k = 0; i < defs.length; i++) if (overridePrio(defs[i].value) === highestPrio) values[k++] = stripOverride(defs[i]);
  return { values, highestPrio };
}

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
}

/** Nix's `mergeDefinitions loc type defs`, lazily: nothing is computed until read. */
export function mergeDefinitions(loc: Loc, type: OptionType, defs: readonly Definition[]): MergedDefinitions {
  return new Merging(loc, type, defs);
}

const unmerged = Symbol("unmerged");

/**
 * The merge of one set of definitions. A `Cell` so that an option's state
 * (its value as a fixed-point cell) and its merge are one object per option;
 * a merge on its own never runs as a cell.
 */
export class Merging extends Cell<unknown> implements MergedDefinitions {
  // processDefinitions' result, kept as two fields (not the result object) for as long as the option lives
  #values: FinalDefinition[] | undefined = undefined;
  #highestPrio = 0;
  #merged: unknown = unmerged;

  constructor(
    readonly loc: Loc,
    readonly type: OptionType,
    readonly defs: readonly Definition[],
    label: string | ((this: never) => string) = "",
  ) {
    super(label, undefined);
  }

  #defsFinal(): FinalDefinition[] {
    if (this.#values === undefined) {
      const processed = processDefinitions(this.defs);
      this.#highestPrio = processed.highestPrio;
      this.#values = processed.values;
    }
    return this.#values;
  }
  get defsFinal(): FinalDefinition[] {
    return this.#defsFinal();
  }
  get highestPrio(): number {
    this.#defsFinal();
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
    if (values.length > 0) v = checkAndMerge(loc, type, values);
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
}

function processDefinitions(defs: readonly Definition[]): { values: FinalDefinition[]; highestPrio: number } {
  // `defs` itself while no definition carries a property (the common case), else a copy of the
  // right size: the result is kept as long as the option, and a grown array would keep its slack
  let normalized = defs as Definition[];
  let n = 0;
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i];
    const v = d.value;
    const tag = typeTag(v);
    if (tag === undefined) {
      if (normalized !== defs) normalized[n++] = d;
      continue;
    }
    if (normalized === defs) {
      normalized = new Array<Definition>(defs.length);
      for (n = 0; n < i; n++) normalized[n] = defs[n];
    }
    if (tag !== "if" && tag !== "merge") {
      // nothing to discharge (mkOverride, mkOrder, …): the value as it is
      normalized[n++] = tag === "definition" ? (v as Definition) : { file: d.file, value: v };
      continue;
    }
    const values = dischargeProperties(v);
    for (let j = 0; j < values.length; j++) {
      const value = values[j];
      normalized[n++] = typeTag(value) === "definition" ? (value as Definition) : { file: d.file, value };
    }
  }
  if (normalized !== defs) normalized.length = n;
  const filtered = filterOverrides(normalized);
  let ordered = false;
  for (let i = 0; i < filtered.values.length; i++) if (typeTag(filtered.values[i].value) === "order") ordered = true;
  return { values: ordered ? sortProperties(filtered.values) : filtered.values, highestPrio: filtered.highestPrio };
}

/** Type-checks definitions that count and merges them (all of them: no property is left). */
export function checkAndMerge(loc: Loc, type: OptionType, defs: readonly Definition[]): unknown {
  if (type.mergeV2 !== undefined) {
    const r = type.mergeV2(loc, defs);
    if (r.headError !== null) {
      throw new OptionError(
        `A definition for option \`${showOption(loc)}' is not of type \`${type.description}'. TypeError: ${r.headError.message}`,
        loc,
        defs.map((d) => d.file),
      );
    }
    return r.value;
  }
  const invalid = failingDefinitions((v) => type.check(v), defs);
  if (invalid !== undefined) {
    throw new OptionError(
      `A definition for option \`${showOption(loc)}' is not of type \`${type.description}'. Definition values:${showDefs(invalid)}`,
      loc,
      invalid.map((d) => d.file),
    );
  }
  return type.merge(loc, defs);
}
