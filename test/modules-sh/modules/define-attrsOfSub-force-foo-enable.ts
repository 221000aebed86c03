import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  attrsOfSub: lib.mkForce({ foo: { enable: false } }),
});
