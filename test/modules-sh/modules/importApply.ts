import type { ModuleArgs } from "../../../lib/index.js";
import { portedFileName } from "../nix-file.js";
import importApplyFunction from "./importApply-function.js";

export default ({ lib }: ModuleArgs) => ({
  options: { value: lib.mkOption({ default: 1 }) },
  // Nix's `importApply ./importApply-function.nix { … }`: the function, and its file as the location
  imports: [lib.modules.importApply(importApplyFunction, { foo: "abc" }, portedFileName("./importApply-function.nix"))],
});
