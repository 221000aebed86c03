import type { ModuleArgs } from "../../../lib/index.js";

// I think this might occur more realistically in a submodule
export default ({ lib }: ModuleArgs) => ({
  imports: [lib.mkIf(true, { enable: true })],
});
