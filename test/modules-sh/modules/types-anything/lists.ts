import type { ModuleArgs } from "../../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    value: lib.mkOption({ type: lib.types.anything }),
  },
  config: lib.mkMerge([{ value: ["a value"] }, { value: ["another value"] }]),
});
