/**
 * A mistake the types catch: `microvm.mem` is a number of megabytes, not a
 * string. `tsc` rejects this file (test/cli/define-module-types.test.ts checks that).
 */
import { defineModule } from "../src/define-module.js";

export default defineModule(() => ({
  microvm: {
    mem: "lots",
  },
}));
