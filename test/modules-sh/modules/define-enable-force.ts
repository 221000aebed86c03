import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  enable: lib.mkForce(false),
});
