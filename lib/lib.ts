/**
 * The `lib` object: every public name in one place, as modules receive it
 * (`({ lib }) => …`, `lib.mkOption`, `lib.types.int`).
 */
import { collect, optionAttrSetToDocList, renderOptionValue } from "./doc-list.js";
import { mkEnableOption, mkPackageOption, mkSinkUndeclaredOptions } from "./mk-options.js";
import { defaultFunctor, defaultTypeMerge, isOptionType, isType, mkOptionType, setType } from "./types/type.js";
import { unknownModule } from "./modules/collect.js";
import { dischargeProperties, filterOverrides, mergeDefinitions, sortProperties } from "./modules/merge-definitions.js";
import { evalModules } from "./modules/eval-modules.js";
import { gvariant } from "./gvariant.js";
import { pushDownProperties } from "./modules/merge-modules.js";
import { importApply, setDefaultModuleLocation } from "./modules/module-location.js";
import { mapDefinitionValue } from "./map-definition-value.js";
import { cli } from "./cli.js";
import { mkValueStringDefault } from "./value-string.js";
import {
  getFiles,
  getValues,
  isOption,
  literalExpression,
  literalMD,
  mergeDefaultOption,
  mergeEqualOption,
  mergeOneOption,
  mergeUniqueOption,
  mkOption,
  scrubOptionValue,
  showDefs,
  showFiles,
  showOption,
  showOptionWithDefLocs,
} from "./options.js";
import { escapeNixIdentifier, escapeNixString, toPretty } from "./pretty.js";
import {
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
} from "./properties.js";
import { mergeAttrDefinitionsWithPrio } from "./merge-attr-definitions.js";
import {
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
import {
  mkAliasAndWrapDefinitions,
  mkAliasAndWrapDefsWithPriority,
  mkAliasDefinitions,
  mkAliasIfDef,
  mkDerivedConfig,
} from "./alias-definitions.js";
import { oldestSupportedRelease, oldestSupportedReleaseIsAtLeast } from "./release.js";
import { functionArgs } from "./function-args.js";
import { compareVersions, escapeShellArg, escapeShellArgs, floatToString, versionAtLeast, versionOlder } from "./strings.js";
import { types } from "./types/index.js";
import { warn, warnIf } from "./warnings.js";

export const lib = {
  evalModules,
  types,
  mkOption,
  mkEnableOption,
  mkPackageOption,
  mkSinkUndeclaredOptions,
  mkOptionType,
  isOptionType,
  isType,
  setType,
  defaultTypeMerge,
  defaultFunctor,
  scrubOptionValue,
  showOptionWithDefLocs,
  unknownModule,
  literalExpression,
  literalMD,
  isOption,
  mkIf,
  mkMerge,
  mkDefinition,
  mkOverride,
  mkOptionDefault,
  mkDefault,
  mkImageMediaOverride,
  mkForce,
  mkVMOverride,
  mkOrder,
  mkBefore,
  mkAfter,
  mkAssert,
  mergeAttrDefinitionsWithPrio,
  modules: {
    mergeAttrDefinitionsWithPrio,
    mkDefinition,
    mapDefinitionValue,
    importApply,
    mkAliasAndWrapDefsWithPriority,
    mkAliasIfDef,
  },
  defaultOverridePriority,
  defaultOrderPriority,
  mkRemovedOptionModule,
  mkRenamedOptionModule,
  mkRenamedOptionModuleWith,
  mkAliasOptionModule,
  mkAliasOptionModuleMD,
  mkChangedOptionModule,
  mkMergedOptionModule,
  doRename,
  mkAliasDefinitions,
  mkAliasAndWrapDefinitions,
  mkDerivedConfig,
  trivial: { oldestSupportedRelease, oldestSupportedReleaseIsAtLeast },
  setDefaultModuleLocation,
  optionAttrSetToDocList,
  renderOptionValue,
  showOption,
  showFiles,
  showDefs,
  getValues,
  getFiles,
  mergeEqualOption,
  mergeOneOption,
  mergeUniqueOption,
  mergeDefaultOption,
  mergeDefinitions,
  dischargeProperties,
  filterOverrides,
  sortProperties,
  pushDownProperties,
  collect,
  attrByPath,
  getAttrFromPath,
  setAttrByPath,
  warn,
  warnIf,
  functionArgs,
  generators: { toPretty, mkValueStringDefault },
  cli,
  gvariant,
  escapeShellArg,
  escapeShellArgs,
  versionAtLeast,
  versionOlder,
  compareVersions,
  strings: { escapeNixString, escapeNixIdentifier, escapeShellArg, escapeShellArgs, floatToString, versionAtLeast, versionOlder },
};

export type Lib = typeof lib;
