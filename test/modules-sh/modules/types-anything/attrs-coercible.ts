import type { ModuleArgs } from "../../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    value: lib.mkOption({ type: lib.types.anything }),
  },
  config: {
    value: {
      outPath: "foo",
      get err(): unknown {
        throw new Error("err");
      },
    },
  },
});
