/**
 * Nix's `mkIf cond expr` where `expr` itself reads config: Nix never
 * evaluates `expr` while `cond` is false, so the content is a getter here
 * (read only after the condition holds). lib's `mkIf` takes the content as a
 * value; this builds the same `{ _type = "if"; … }` property with a lazy content.
 */
import type { Condition } from "../../lib/index.js";

export interface LazyIf<T> {
  readonly _type: "if";
  readonly condition: Condition;
  readonly content: T;
}

export function mkIfLazy<T>(condition: Condition, content: () => T): LazyIf<T> {
  return {
    _type: "if",
    condition,
    get content() {
      return content();
    },
  };
}
