/**
 * Properties: the wrappers a definition may carry (`mkIf`, `mkMerge`,
 * `mkOverride`, `mkOrder`), with Nix's priorities and order numbers.
 */

/** A `mkIf` condition: a boolean, or a function returning one, called only when needed. */
export type Condition = boolean | (() => boolean);

export interface IfProperty<T = unknown> {
  readonly _type: "if";
  readonly condition: Condition;
  readonly content: T;
}
export interface MergeProperty<T = unknown> {
  readonly _type: "merge";
  readonly contents: readonly T[];
}
export interface OverrideProperty<T = unknown> {
  readonly _type: "override";
  readonly priority: number;
  readonly content: T;
}
export interface OrderProperty<T = unknown> {
  readonly _type: "order";
  readonly priority: number;
  readonly content: T;
}
export type Property<T = unknown> = IfProperty<T> | MergeProperty<T> | OverrideProperty<T> | OrderProperty<T>;

/** `mkIf cond content`: the definition counts only when `cond` is true. */
export function mkIf<T>(condition: Condition, content: T): IfProperty<T> {
  return { _type: "if", condition, content };
}

/** `mkMerge [ … ]`: several definitions in one place. */
export function mkMerge<T>(contents: readonly T[]): MergeProperty<T> {
  return { _type: "merge", contents };
}

/**
 * `mkMerge` of definitions read only when the merge is discharged (Nix's
 * `mkMerge <thunk>`): what they are may need options or config.
 */
export function lazyMerge<T>(contents: () => readonly T[]): MergeProperty<T> {
  return {
    _type: "merge",
    get contents() {
      return contents();
    },
  };
}

/** `mkOverride prio content`: lower numbers win. */
export function mkOverride<T>(priority: number, content: T): OverrideProperty<T> {
  return { _type: "override", priority, content };
}

export const defaultOverridePriority = 100;
export const mkOptionDefault = <T>(content: T) => mkOverride(1500, content);
export const mkDefault = <T>(content: T) => mkOverride(1000, content);
export const mkImageMediaOverride = <T>(content: T) => mkOverride(60, content);
export const mkForce = <T>(content: T) => mkOverride(50, content);
export const mkVMOverride = <T>(content: T) => mkOverride(10, content);

/** `mkOrder prio content`: where list-like values go when merged (lower first). */
export function mkOrder<T>(priority: number, content: T): OrderProperty<T> {
  return { _type: "order", priority, content };
}

export const defaultOrderPriority = 1000;
export const mkBefore = <T>(content: T) => mkOrder(500, content);
export const mkAfter = <T>(content: T) => mkOrder(1500, content);

/** A definition with its own file (nixpkgs `mkDefinition`), e.g. one made on behalf of another file. */
export interface DefinitionProperty<T = unknown> {
  readonly _type: "definition";
  readonly file: string;
  readonly value: T;
}

/**
 * `mkDefinition { file; value; }`: a definition that names its own file,
 * shown in messages in place of the defining module's. Its value may carry
 * `mkOverride`/`mkOrder`; it may sit inside `mkMerge`/`mkIf`, not around them.
 */
export function mkDefinition<T>(def: { file: string; value: T }): DefinitionProperty<T> {
  return { ...def, _type: "definition" };
}

/** `mkAssert cond msg content`: throws `msg` unless `cond`. */
export function mkAssert<T>(assertion: boolean, message: string, content: T): IfProperty<T> {
  return mkIf(
    () => {
      if (!assertion) throw new Error(`\nFailed assertion: ${message}`);
      return true;
    },
    content,
  );
}

/** The `_type` tag of a value, if it is an attribute set carrying one. */
export function typeTag(v: unknown): unknown {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as { _type?: unknown })._type : undefined;
}
