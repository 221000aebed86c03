import type { ModuleArgs } from "../../../lib/index.js";

// Nix's lib.deepSeq v v: every nested value is read
function deepSeq<T>(v: T): T {
  if (Array.isArray(v)) v.forEach(deepSeq);
  else if (v !== null && typeof v === "object") for (const k of Object.keys(v)) deepSeq((v as Record<string, unknown>)[k]);
  return v;
}

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  const { addCheck, int, attrsOf } = types;
  // type with a v1 merge
  const v1Type = addCheck(int, (v: unknown) => v === 0);
  // type with a v2 merge
  const v2Type = addCheck(attrsOf(int), (v: unknown) => v !== null && typeof v === "object" && "foo" in v);
  return {
    options: {
      v1CheckedPass: mkOption({ type: v1Type, default: 0 }),
      v1CheckedFail: mkOption({ type: v1Type, default: 1 }),
      v2checkedPass: mkOption({
        type: v2Type,
        default: { foo: 1 },
        // plug the value to make test script regex simple
        apply: (v: { foo: number }) => v.foo === 1,
      }),
      v2checkedFail: mkOption({
        type: v2Type,
        default: {},
        apply: (v: unknown) => deepSeq(v),
      }),
    },
  };
};
