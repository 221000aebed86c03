import type { ModuleArgs } from "../../../lib/index.js";
import { nixEqual } from "../nix-equal.js";

export default ({ config, lib }: ModuleArgs) => ({
  options: {
    result: lib.mkOption({}),
    weird: lib.mkOption({
      type: lib.types.submoduleWith({
        // a completely custom lib: the module system must evaluate without lib's own
        specialArgs: { lib: {} },
        modules: [],
      }),
    }),
  },
  config: {
    // note the lack of a `lib` argument
    weird: (args: Record<string, unknown>) => {
      if (!nixEqual(args.lib, {})) throw new Error("assertion `args.lib == { }' failed");
      if (!nixEqual(args.specialArgs, { lib: {} })) throw new Error("assertion `args.specialArgs == { lib = { }; }' failed");
      return {
        options: { foo: lib.mkOption({}) },
        config: { foo: lib.mkIf(true, "alright") },
      };
    },
    get result() {
      if ((config.weird as { foo: unknown }).foo !== "alright") throw new Error("assertion `config.weird.foo == \"alright\"' failed");
      return "ok";
    },
  },
});
