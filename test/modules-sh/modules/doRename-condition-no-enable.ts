import type { ModuleArgs } from "../../../lib/index.js";
import { nixEqual } from "../nix-equal.js";

export default ({ config, options }: ModuleArgs) => ({
  config: {
    get result() {
      if (!nixEqual(config.services.foos, {})) throw new Error("assertion (config.services.foos == { }) failed");
      if (options.services.foo.bar.isDefined) throw new Error("assertion (!options.services.foo.bar.isDefined) failed");
      return true;
    },
  },
});
