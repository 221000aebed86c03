import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  imports: [{ value: lib.mkDefault("def") }],
  value: lib.mkMerge<unknown>([lib.mkIf(false, "nope"), "yes"]),
});
