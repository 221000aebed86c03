import type { ModuleArgs } from "../../../../lib/index.js";

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    fun: lib.mkOption({ type: lib.types.functionTo(lib.types.str) }),
    result: lib.mkOption({
      type: lib.types.str,
      get default() {
        return config.fun(0);
      },
    }),
  },
  config: {
    fun: (input: number) => input + 1,
  },
});
