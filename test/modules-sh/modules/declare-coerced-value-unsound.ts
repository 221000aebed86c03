import type { ModuleArgs } from "../../../lib/index.js";

/** nixpkgs' lib.toInt (lib has none): a decimal integer, surrounding whitespace allowed. */
function toInt(s: string): number {
  const m = /^\s*(-?\d+)\s*$/.exec(s);
  if (m === null) throw new Error(`toInt: Could not convert ${JSON.stringify(s)} to int.`);
  return Number(m[1]);
}

export default ({ lib }: ModuleArgs) => ({
  options: {
    value: lib.mkOption({
      default: "12",
      type: lib.types.coercedTo(lib.types.str, toInt, lib.types.ints.s8),
    }),
  },
});
