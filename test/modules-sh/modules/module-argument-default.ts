import type { ModuleArgs } from "../../../lib/index.js";

// Nix's `{ a ? false, lib, ... }:`: `a` is the `_module.args` entry when one is defined
export default (args: ModuleArgs) => ({
  options: {
    result: args.lib.mkOption({}),
  },
  config: {
    _module: { args: { a: true } },
    get result() {
      return "a" in args ? args.a : false;
    },
  },
});
