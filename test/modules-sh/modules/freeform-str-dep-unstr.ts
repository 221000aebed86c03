import type { ModuleArgs } from "../../../lib/index.js";
import { mkIfLazy } from "../lazy.js";

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    foo: lib.mkOption({ type: lib.types.nullOr(lib.types.str), default: null }),
  },
  config: {
    foo: mkIfLazy(
      () => "value" in config,
      () => config.value,
    ),
  },
});
