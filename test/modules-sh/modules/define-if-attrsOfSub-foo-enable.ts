import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => lib.mkIf(() => config.enable as boolean, { attrsOfSub: { foo: { enable: true } } });
