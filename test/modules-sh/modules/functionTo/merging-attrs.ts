import type { ModuleArgs } from "../../../../lib/index.js";

type Input = { a: string; b: string; c: string };

// Nix's lib.attrValues: the values in the order of the sorted names
const attrValues = (set: Record<string, unknown>) => Object.keys(set).sort().map((k) => set[k]);

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    fun: lib.mkOption({ type: lib.types.functionTo(lib.types.attrsOf(lib.types.str)) }),
    result: lib.mkOption({
      type: lib.types.str,
      get default() {
        return attrValues(config.fun({ a: "a", b: "b", c: "c" })).join(" ");
      },
    }),
  },
  config: {
    fun: lib.mkMerge<unknown>([
      (input: Input) => ({ a: input.a }),
      (input: Input) => ({ b: input.b }),
      (input: Input) => ({ b: lib.mkForce(input.c) }),
    ]),
  },
});
