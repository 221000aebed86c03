import type { ModuleArgs } from "../../../lib/index.js";
import { mkIfLazy } from "../lazy.js";

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    value: lib.mkOption({ type: lib.types.nullOr(lib.types.str), default: null }),
  },
  config: {
    foo: mkIfLazy(
      () => config.value !== null,
      () => config.value,
    ),
  },
});
