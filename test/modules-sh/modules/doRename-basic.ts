import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  imports: [
    lib.doRename({
      from: ["a", "b"],
      to: ["c", "d", "e"],
      warn: true,
      use: (x: unknown) => x,
      visible: true,
    }),
  ],
  options: {
    c: { d: { e: lib.mkOption({}) } },
  },
  config: {
    a: { b: 1234 },
  },
});
