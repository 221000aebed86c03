import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    set: {
      value: lib.mkOption({ type: lib.types.ints.positive }),
    },
  },
});
