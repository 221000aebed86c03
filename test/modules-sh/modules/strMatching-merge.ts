import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  imports: [
    { options: { sm: lib.mkOption({ type: lib.types.strMatching("\\(.*\\)") }) } },
    { options: { sm: lib.mkOption({ type: lib.types.strMatching("\\(.*\\)") }) } },
  ],
});
