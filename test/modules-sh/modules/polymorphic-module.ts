import type { ModuleArgs } from "../../../lib/index.js";

export default ({ _class, lib }: ModuleArgs) => {
  const nixosModule = () => ({
    options: { foo: lib.mkOption({ default: "bar" }) },
  });
  const darwinModule = () => ({
    options: { bar: lib.mkOption({ default: "foo" }) },
  });
  // Nix's lib.optionalAttrs cond m: m, or { }
  return {
    imports: [_class === "nixos" ? nixosModule : {}, _class === "darwin" ? darwinModule : {}],
  };
};
