/** `lib.modules.mapDefinitionValue`: a function applied to a definition's values, through its property wrappers. */
import { lazy } from "./modules/fixpoint.js";
import { typeTag } from "./properties.js";
import { copyAttrs, isAttrs, setGetter } from "./values.js";

/** The field of each wrapper that holds what it wraps (one definition; `contents` of mkMerge is a list of them). */
const wrapped: ReadonlyMap<string, string> = new Map([
  ["if", "content"],
  ["override", "content"],
  ["order", "content"],
  ["definition", "value"],
]);

/**
 * `mapDefinitionValue f def`: `f` applied to each value of `def`, inside the
 * `mkMerge`, `mkIf`, `mkOverride`, `mkOrder` and `mkDefinition` wrappers,
 * which are kept (with their conditions, priorities and files). A wrapped
 * value is mapped when it is read (`f` is not called for a definition that
 * an override discards), as in Nix; the values of an `mkMerge` at once (they
 * are read for their wrappers when merged anyway).
 *
 *     mapDefinitionValue(String, mkMerge([1, mkForce(2)]))  // mkMerge(["1", mkForce("2")])
 */
export function mapDefinitionValue(f: (value: unknown) => unknown, def: unknown): unknown {
  const tag = typeTag(def);
  if (!isAttrs(def) || typeof tag !== "string") return f(def);
  if (tag === "merge") {
    const out = copyAttrs(def, ["contents"]);
    out.contents = (def.contents as readonly unknown[]).map((d) => mapDefinitionValue(f, d));
    return out;
  }
  const field = wrapped.get(tag);
  if (field === undefined) return f(def);
  const out = copyAttrs(def, [field]);
  setGetter(out, field, lazy("", () => mapDefinitionValue(f, def[field])));
  return out;
}
