/**
 * A mistake the types catch: `vcpus` is not an option (`vcpu` is). `tsc`
 * rejects this file at the misspelled key (test/cli/define-module-types.test.ts).
 */
import { defineModule } from "../src/define-module.js";

export default defineModule(() => ({
  microvm: {
    vcpu: 2,
    vcpus: 4,
  },
}));
