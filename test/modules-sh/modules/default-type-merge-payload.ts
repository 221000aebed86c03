import type { ModuleArgs, OptionType } from "../../../lib/index.js";

export default ({ lib, options }: ModuleArgs) => {
  const fooOf = (elemType: OptionType): OptionType =>
    lib.types.mkOptionType({
      name: "foo",
      functor: {
        name: "foo",
        type: (payload: { elemType: OptionType }) => fooOf(payload.elemType),
        binOp: (a: unknown, _b: unknown) => a,
        payload: { elemType },
      },
    });
  return {
    imports: [
      { options: { foo: lib.mkOption({ type: fooOf(lib.types.int) }) } },
      { options: { foo: lib.mkOption({ type: fooOf(lib.types.int) }) } },
    ],
    options: {
      result: lib.mkOption({
        get default() {
          // Nix: builtins.seq options.foo "ok"
          void options.foo;
          return "ok";
        },
      }),
    },
  };
};
