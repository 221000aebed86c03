import type { ModuleArgs } from "../../../lib/index.js";
import { pendingApi } from "../pending-api.js";

// Nix's `mkOverride prio (assertLazy __curPos)`: the content throws if it is ever read
function lazyOverride(priority: number) {
  return {
    _type: "override" as const,
    priority,
    get content(): never {
      return assertLazy();
    },
  };
}

function assertLazy(): never {
  throw new Error(
    "test-mergeAttrDefinitionsWithPrio.ts: The test must not evaluate this the assertLazy thunk, but it did. Unexpected strictness leads to unexpected errors and performance problems.",
  );
}

export default ({ lib, options }: ModuleArgs) => ({
  options: { result: lib.mkOption({}) },
  config: {
    _module: {
      args: {
        default: lazyOverride(lib.mkDefault(null).priority),
        regular: null,
        force: lazyOverride(lib.mkForce(null).priority),
        get unused() {
          return assertLazy();
        },
      },
    },
    get result() {
      const merge = pendingApi<(o: unknown) => Record<string, { highestPrio: number }>>(lib, "mergeAttrDefinitionsWithPrio");
      const defs = merge((options._module as { args: unknown }).args);
      if (defs.default.highestPrio !== lib.mkDefault(null).priority) throw new Error("assertion failed: default");
      if (defs.regular.highestPrio !== lib.defaultOverridePriority) throw new Error("assertion failed: regular");
      if (defs.force.highestPrio !== lib.mkForce(null).priority) throw new Error("assertion failed: force");
      return true;
    },
  },
});
