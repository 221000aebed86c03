import type { ModuleArgs } from "../../../lib/index.js";
import { deathtrapArgs } from "../deathtrap.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    value: lib.mkOption({ type: lib.types.attrsOf(lib.types.str), default: {} }),
    "testing-laziness-so-don't-read-me": lib.mkOption(deathtrapArgs()),
  },
});
