// oracle: options
// int and its ranges, at their bounds: ints.between (both bounds inclusive),
// ints.positive (> 0), ints.unsigned (>= 0), the fixed-width u8/u16/u32 and
// s8/s16/s32, and port (= u16). Equal int definitions are accepted. The
// descriptions spell out each range.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        count: mkOption({ type: types.int }),
        low: mkOption({ type: types.ints.between(-3, 7) }),
        high: mkOption({ type: types.ints.between(-3, 7) }),
        positive: mkOption({ type: types.ints.positive }),
        unsigned: mkOption({ type: types.ints.unsigned }),
        u8: mkOption({ type: types.ints.u8 }),
        u16: mkOption({ type: types.ints.u16 }),
        u32: mkOption({ type: types.ints.u32 }),
        s8: mkOption({ type: types.ints.s8 }),
        s16: mkOption({ type: types.ints.s16 }),
        s32: mkOption({ type: types.ints.s32 }),
        port: mkOption({
          type: types.port,
          default: 80,
        }),
      },
    },
    {
      _file: "a.nix",
      count: -5,
      low: -3,
      high: 7,
      positive: 1,
      unsigned: 0,
      u8: 255,
      u16: 65535,
      u32: 4294967295,
      s8: -128,
      s16: 32767,
      s32: -2147483648,
      port: 443,
    },
    {
      _file: "b.nix",
      count: -5,
    },
  ];
});
