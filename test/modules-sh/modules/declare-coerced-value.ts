import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    value: lib.mkOption({ default: 42, type: lib.types.coercedTo(lib.types.int, (v: unknown) => String(v), lib.types.str) }),
  },
});
