import type { ModuleArgs } from "../../../lib/index.js";

// Some modules may be distributed separately and need to adapt to other modules
// that are distributed and versioned separately.
export default ({ options }: ModuleArgs) => ({
  // Always defined, but the value depends on the presence of an option.
  config: {
    value: "enable" in options ? 360 : 7,
    // Only define if possible.
    ...("enable" in options ? { enable: true } : {}),
  },
});
