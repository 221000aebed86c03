import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    isLazy: lib.mkOption({
      get default() {
        return !("foo" in config.value);
      },
    }),
  },
  config: {
    value: {
      get bar(): unknown {
        throw new Error("is not lazy");
      },
    },
  },
});
