import type { ModuleArgs } from "../../../../lib/index.js";

type Input = { a: string; b: string; c: string };

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    fun: lib.mkOption({ type: lib.types.functionTo(lib.types.listOf(lib.types.str)) }),
    result: lib.mkOption({
      type: lib.types.str,
      get default() {
        return (config.fun({ a: "a", b: "b", c: "c" }) as string[]).join(" ");
      },
    }),
  },
  config: {
    fun: lib.mkMerge<unknown>([(input: Input) => lib.mkAfter([input.a]), (input: Input) => [input.b]]),
  },
});
