/**
 * Maps an evaluated value to what the oracle (`shared/nix-eval/eval.nix`)
 * prints: functions become "<function>", attribute sets with `outPath`
 * become that path, attribute names are visited in Nix's sorted order (so
 * values are forced, and warnings traced, in the order Nix forces them).
 */
export function toJSONable(v: unknown): unknown {
  if (typeof v === "function") return "<function>";
  if (Array.isArray(v)) return v.map(toJSONable);
  if (v !== null && typeof v === "object") {
    const attrs = v as Record<string, unknown>;
    if (Object.hasOwn(attrs, "outPath")) return toJSONable(attrs.outPath);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(attrs).sort(compareNixNames)) {
      Object.defineProperty(out, k, { value: toJSONable(attrs[k]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}

/** Nix sorts attribute names by their bytes. */
function compareNixNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
