import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    conditionalWorks: lib.mkOption({
      get default() {
        return !("foo" in config.value);
      },
    }),
  },
  config: {
    value: { foo: lib.mkIf(false, "should not be defined") },
  },
});
