import type { Definition, ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const a = lib.types.attrsOf(lib.types.submodule({ options: { bar: lib.mkOption({}) } }));
  return {
    options: {
      dummy: lib.mkOption({ type: lib.types.anything, default: {} }),
    },
    // modifying types like this breaks type merging.
    // This test makes sure that type merging is not performed when only a single declaration exists.
    // Don't modify types in practice!
    freeformType: {
      ...a,
      merge: (loc: string[], defs: Definition[]) => ({ freeformItems: a.merge(loc, defs) }),
    },
    config: { foo: { bar: "ok" } },
  };
};
