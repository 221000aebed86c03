import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const pkgs = { hello: { type: "derivation", pname: "hello" } };
  const myPkgs = { hello: { ...pkgs.hello, pname: "hello-other" } };
  const invalidIdentifierPkgs = { "123": { 'with"quote': { hello: pkgs.hello } } };
  return {
    options: {
      package: lib.mkPackageOption(pkgs, "hello", {}),
      namedPackage: lib.mkPackageOption(pkgs, "Hello", { default: ["hello"] }),
      namedPackageSingletonDefault: lib.mkPackageOption(pkgs, "Hello", { default: "hello" }),
      pathPackage: lib.mkPackageOption(pkgs, ["hello"], {}),
      packageWithExample: lib.mkPackageOption(pkgs, "hello", { example: "pkgs.hello.override { stdenv = pkgs.clangStdenv; }" }),
      packageWithPathExample: lib.mkPackageOption(pkgs, "hello", { example: ["hello"] }),
      packageWithExtraDescription: lib.mkPackageOption(pkgs, "hello", { extraDescription: "Example extra description." }),
      undefinedPackage: lib.mkPackageOption(pkgs, "hello", { default: null }),
      nullablePackage: lib.mkPackageOption(pkgs, "hello", { nullable: true, default: null }),
      nullablePackageWithDefault: lib.mkPackageOption(pkgs, "hello", { nullable: true }),
      packageWithPkgsText: lib.mkPackageOption(pkgs, "hello", { pkgsText: "myPkgs" }),
      packageFromOtherSet: lib.mkPackageOption(myPkgs, "hello", {}),
      packageInvalidIdentifier: lib.mkPackageOption(invalidIdentifierPkgs, ["123", 'with"quote', "hello"], {}),
      packageInvalidIdentifierExample: lib.mkPackageOption(pkgs, "hello", { example: ["123", 'with"quote', "hello"] }),
    },
  };
};
