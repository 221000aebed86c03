/**
 * A Nix-style module system: nixpkgs' `lib.evalModules` and friends, with
 * Nix's semantics, in TypeScript. See MODULE-API.md for the contract.
 */
export { lib, type Lib } from "./lib.js";
export { evalModules, type Configuration, type EvalModulesArgs, type Module, type ModuleArgs } from "./modules/eval-modules.js";
export { type ModuleGraphNode, unknownModule } from "./modules/collect.js";
export { collect, optionAttrSetToDocList, renderOptionValue, type DocOption } from "./doc-list.js";
export { mkEnableOption, mkPackageOption, mkSinkUndeclaredOptions } from "./mk-options.js";
export { functionArgs } from "./function-args.js";
export { posixToRegExp } from "./posix-regex.js";
export {
  type Definition,
  declarationPosition,
  getFiles,
  getValues,
  isOption,
  type Literal,
  literalExpression,
  literalMD,
  mergeDefaultOption,
  mergeEqualOption,
  mergeOneOption,
  mergeUniqueOption,
  mkOption,
  recordDeclarationPositions,
  type Option,
  type OptionDecl,
  type OptionDeclaration,
  type RankedDefinition,
  scrubOptionValue,
  showDefs,
  showFiles,
  showOption,
  showOptionWithDefLocs,
} from "./options.js";
export {
  type Condition,
  defaultOrderPriority,
  defaultOverridePriority,
  mkAfter,
  mkAssert,
  mkBefore,
  mkDefault,
  mkForce,
  mkIf,
  mkImageMediaOverride,
  mkMerge,
  mkDefinition,
  mkOptionDefault,
  mkOrder,
  mkOverride,
  mkVMOverride,
  type DefinitionProperty,
} from "./properties.js";
export { mergeAttrDefinitionsWithPrio, type AttrsOption } from "./merge-attr-definitions.js";
export { mapDefinitionValue } from "./map-definition-value.js";
export { importApply, setDefaultModuleLocation } from "./modules/module-location.js";
export {
  cli,
  type CommandLineAttrs,
  type CommandLineGNUOptions,
  type CommandLineOptionSpec,
  type GNUCommandLineOptions,
  toCommandLine,
  toCommandLineGNU,
  toCommandLineShell,
  toCommandLineShellGNU,
  toGNUCommandLine,
  toGNUCommandLineShell,
} from "./cli.js";
export { mkValueStringDefault, type ValueStringOptions } from "./value-string.js";
export {
  attrByPath,
  doRename,
  getAttrFromPath,
  mkAliasOptionModule,
  mkAliasOptionModuleMD,
  mkChangedOptionModule,
  mkMergedOptionModule,
  mkRemovedOptionModule,
  mkRenamedOptionModule,
  mkRenamedOptionModuleWith,
  setAttrByPath,
} from "./renames.js";
export {
  mkAliasAndWrapDefinitions,
  mkAliasAndWrapDefsWithPriority,
  mkAliasDefinitions,
  mkAliasIfDef,
  mkDerivedConfig,
} from "./alias-definitions.js";
export { oldestSupportedRelease, oldestSupportedReleaseIsAtLeast } from "./release.js";
export { gvariant, type GVariant } from "./gvariant.js";
export { types } from "./types/index.js";
export type { OptionType } from "./types/type.js";
export { defaultFunctor, defaultTypeMerge, isOptionType, isType, mkOptionType, setType } from "./types/type.js";
export { setWarningHandler, warn, warnIf, type WarningHandler } from "./warnings.js";
export { escapeNixIdentifier, escapeNixString, toPretty } from "./pretty.js";
export { compareVersions, escapeShellArg, escapeShellArgs, floatToString, nixToString, versionAtLeast, versionOlder } from "./strings.js";
export {
  EvalError,
  InfiniteRecursionError,
  ModuleStructureError,
  ModuleSystemError,
  OptionError,
  OptionNotDefinedError,
} from "./errors.js";
export {
  type CheckedKeys,
  type ConfigDefinition,
  type ConfigDefinitionOf,
  type NoSuchOption,
  typedModule,
  type TypedModuleArgs,
  type Wrapped,
} from "./typed-module.js";
export type { InferModule, InferOptions, OptionValue, TypedOptionType, ValueOf } from "./types/typed.js";
