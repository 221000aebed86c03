import type { ModuleArgs } from "../../../lib/index.js";

// `{ foo }: { lib, config, ... }: { value = foo; }`: a module function that takes a static argument first
export default ({ foo }: { foo: string }) =>
  (_args: ModuleArgs) => ({
    value: foo,
  });
