import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  attrsOfSub: { foo: lib.mkForce({ enable: false }) },
});
