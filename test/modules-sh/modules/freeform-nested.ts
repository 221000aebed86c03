import type { ModuleArgs } from "../../../lib/index.js";
import { deathtrapArgs } from "../deathtrap.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    nest: {
      foo: lib.mkOption({ type: lib.types.bool, default: false }),
      unused: lib.mkOption(deathtrapArgs()),
    },
  },
  config: { nest: { bar: "bar" } },
});
