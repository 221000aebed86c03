import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    foo: lib.mkOption({ default: false, type: lib.types.bool }),
    bar: lib.mkOption({ default: false, type: lib.types.bool }),
    baz: lib.mkOption({ default: false, type: lib.types.bool }),
  },
  config: {
    far: true,
  },
});
