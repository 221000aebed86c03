import type { ModuleArgs } from "../../../lib/index.js";
import { nixEqual } from "../nix-equal.js";

export default ({ config }: ModuleArgs) => ({
  config: {
    services: { foos: { "": { bar: "baz" } } },
    get result() {
      if (!nixEqual(config.services.foos, { "": { bar: "baz" } })) throw new Error('assertion (config.services.foos == { "" = { bar = "baz"; }; }) failed');
      if (config.services.foo.bar !== "baz") throw new Error('assertion (config.services.foo.bar == "baz") failed');
      return true;
    },
  },
});
