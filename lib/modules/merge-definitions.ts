/**
 * From raw definitions to an option's value (nixpkgs `mergeDefinitions`):
 * discharge `mkIf`/`mkMerge`, keep the highest-priority `mkOverride`s,
 * sort by `mkOrder`, type-check and merge.
 */
import { OptionError, OptionNotDefinedError } from "../errors.js";
import { type Definition, showDefs, showOption } from "../options.js";
import { defaultOrderPriority, defaultOverridePriority, typeTag } from "../properties.js";
import type { Loc, OptionType } from "../types/type.js";
import { isAttrs } from "../values.js";

/** A definition after properties were processed; `priority` is its mkOrder number. */
export interface FinalDefinition extends Definition {
  readonly priority?: number;
}

/** Expands `mkMerge` and evaluates `mkIf` conditions: a value becomes zero or more values. */
export function dischargeProperties(def: unknown, out: unknown[] = []): unknown[] {
  const tag = typeTag(def);
  if (tag === "merge") {
    for (const c of (def as { contents: unknown[] }).contents) dischargeProperties(c, out);
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

/** Keeps the definitions of the highest priority (lowest number), without their mkOverride wrapper. */
export function filterOverrides(defs: readonly Definition[]): { values: Definition[]; highestPrio: number } {
  const strip = (d: Definition): Definition =>
    typeTag(d.value) === "override" ? { file: d.file, value: (d.value as { content: unknown }).content } : d;
  if (defs.length === 1) return { values: [strip(defs[0])], highestPrio: overridePrio(defs[0].value) };
  let highestPrio = 9999;
  for (const d of defs) highestPrio = Math.min(highestPrio, overridePrio(d.value));
  return { values: defs.filter((d) => overridePrio(d.value) === highestPrio).map(strip), highestPrio };
}

/** Stable sort by mkOrder priority, unwrapping mkOrder. */
export function sortProperties(defs: readonly Definition[]): FinalDefinition[] {
  const stripped: FinalDefinition[] = defs.map((d) =>
    typeTag(d.value) === "order"
      ? { file: d.file, value: (d.value as { content: unknown }).content, priority: (d.value as { priority: number }).priority }
      : d,
  );
  return stripped
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.priority ?? defaultOrderPriority) - (b.d.priority ?? defaultOrderPriority) || a.i - b.i)
    .map((x) => x.d);
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

class Merging implements MergedDefinitions {
  #final: { values: FinalDefinition[]; highestPrio: number } | undefined;
  #merged: { v: unknown } | undefined;

  constructor(
    private readonly loc: Loc,
    private readonly type: OptionType,
    private readonly defs: readonly Definition[],
  ) {}

  #defsFinal() {
    return (this.#final ??= processDefinitions(this.defs));
  }
  get defsFinal(): FinalDefinition[] {
    return this.#defsFinal().values;
  }
  get highestPrio(): number {
    return this.#defsFinal().highestPrio;
  }
  get isDefined(): boolean {
    return this.#defsFinal().values.length > 0;
  }
  get mergedValue(): unknown {
    if (this.#merged !== undefined) return this.#merged.v;
    const values = this.#defsFinal().values;
    const { loc, type } = this;
    let v: unknown;
    if (values.length > 0) v = checkAndMerge(loc, type, values);
    else if ("value" in type.emptyValue) v = type.emptyValue.value;
    else
      throw new OptionNotDefinedError(
        `The option \`${showOption(loc)}' was accessed but has no value defined. Try setting the option.`,
        loc,
      );
    this.#merged = { v };
    return v;
  }
  get optionalValue(): { value?: unknown } {
    return this.isDefined ? { value: this.mergedValue } : {};
  }
}

function processDefinitions(defs: readonly Definition[]): { values: FinalDefinition[]; highestPrio: number } {
  // fast path: one definition without any property wrapper
  if (defs.length === 1) {
    const v = defs[0].value;
    if (!(isAttrs(v) && "_type" in v)) return { values: [defs[0]], highestPrio: defaultOverridePriority };
  }
  const normalized: Definition[] = [];
  for (const d of defs) {
    const v = d.value;
    if (typeTag(v) === undefined) {
      normalized.push(d); // no property to discharge: the definition as it is
      continue;
    }
    for (const value of dischargeProperties(v)) {
      normalized.push(typeTag(value) === "definition" ? (value as Definition) : { file: d.file, value });
    }
  }
  const filtered = filterOverrides(normalized);
  const values = filtered.values.some((d) => typeTag(d.value) === "order")
    ? sortProperties(filtered.values)
    : filtered.values;
  return { values, highestPrio: filtered.highestPrio };
}

function checkAndMerge(loc: Loc, type: OptionType, defs: readonly Definition[]): unknown {
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
  const invalid = defs.filter((d) => !type.check(d.value));
  if (invalid.length > 0) {
    throw new OptionError(
      `A definition for option \`${showOption(loc)}' is not of type \`${type.description}'. Definition values:${showDefs(invalid)}`,
      loc,
      invalid.map((d) => d.file),
    );
  }
  return type.merge(loc, defs);
}
