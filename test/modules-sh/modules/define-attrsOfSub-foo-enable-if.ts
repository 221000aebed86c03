import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => ({
  attrsOfSub: { foo: { enable: lib.mkIf(() => config.enable as boolean, true) } },
});
