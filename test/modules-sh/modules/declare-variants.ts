import type { ModuleArgs, OptionType } from "../../../lib/index.js";

export default ({ lib, moduleType }: ModuleArgs) => ({
  options: {
    variants: lib.mkOption({
      get type() {
        return lib.types.lazyAttrsOf(moduleType as OptionType);
      },
      default: {},
    }),
  },
});
