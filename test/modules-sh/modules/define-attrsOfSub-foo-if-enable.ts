import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => ({
  attrsOfSub: { foo: lib.mkIf(() => config.enable as boolean, { enable: true }) },
});
