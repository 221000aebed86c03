import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    value: lib.mkOption({
      // Nix: lib.types.lazyAttrsOf (lib.types.str // { emptyValue.value = "empty"; })
      type: lib.types.lazyAttrsOf({ ...lib.types.str, emptyValue: { value: "empty" } }),
      default: {},
    }),
  },
});
