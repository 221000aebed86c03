import type { ModuleArgs } from "../../../lib/index.js";

// Nix's builtins.tryEval: { success, value }, value false on a (catchable) error
function tryEval(f: () => unknown): { success: boolean; value: unknown } {
  try {
    return { success: true, value: f() };
  } catch {
    return { success: false, value: false };
  }
}

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    processedToplevel: lib.mkOption({ type: lib.types.raw }),
    unprocessedNesting: lib.mkOption({ type: lib.types.raw }),
    multiple: lib.mkOption({ type: lib.types.raw }),
    priorities: lib.mkOption({ type: lib.types.raw }),
    unprocessedNestingEvaluates: lib.mkOption({
      get default() {
        return tryEval(() => config.unprocessedNesting);
      },
    }),
  },
  config: {
    processedToplevel: lib.mkIf(true, 10),
    unprocessedNesting: {
      get foo(): unknown {
        throw new Error("foo");
      },
    },
    multiple: lib.mkMerge(["foo", "foo"]),
    priorities: lib.mkMerge<unknown>(["foo", lib.mkForce("bar")]),
  },
});
