import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { mkOption } = lib;
  const ten = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
  // Generate 1000 options (10 * 10 * 10)
  const generatedOptions: Record<string, unknown> = {};
  for (const k1 of ten) for (const k2 of ten) for (const k3 of ten) generatedOptions[`${k1}${k2}${k3}`] = mkOption({ type: lib.types.bool, default: false });
  // Add some sensible options that are close to our typo
  const sensibleOptions = {
    enable: mkOption({ type: lib.types.bool, default: false }),
    enabled: mkOption({ type: lib.types.bool, default: false }),
    disable: mkOption({ type: lib.types.bool, default: false }),
  };
  return {
    options: { ...generatedOptions, ...sensibleOptions },
    config: {
      // Typo: "enble" is distance 1 from "enable"
      enble: true,
    },
  };
};
