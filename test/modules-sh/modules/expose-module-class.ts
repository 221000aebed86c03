import type { ModuleArgs } from "../../../lib/index.js";

export default ({ _class, lib }: ModuleArgs) => ({
  options: {
    foo: lib.mkOption({ default: _class }),
  },
});
