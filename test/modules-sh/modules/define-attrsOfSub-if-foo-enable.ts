import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => ({
  attrsOfSub: lib.mkIf(() => config.enable as boolean, { foo: { enable: true } }),
});
