// nixpkgs lib/tests/modules.sh (de42d442), checks of lines 1-440, with what Nix 2.8 printed.
// Generated: test/modules-sh/record-nix.sh 1 440 | node test/modules-sh/gen-checks.mjs 1 440 --ported-only (do not edit by hand).
// Not generated yet (a module file not ported to modules/): lines 172, 174, 176, 198, 201, 203, 207, 209, 210, 211, 212, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 227, 230, 231, 232, 233, 234, 235, 236, 237, 240, 241, 242, 243, 244, 245, 246, 260, 261, 262, 263, 264, 265, 266, 267, 269, 270, 275, 280, 281, 282, 283, 285, 286, 287, 288, 289, 290, 293, 302, 303, 307, 308, 310, 311, 312, 353, 358, 363, 364, 365, 366, 367, 369, 370, 371, 374, 375, 379, 380, 385, 386, 391, 395, 396, 397, 400, 403, 404, 405, 411, 412, 413, 414, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439.
import { checkConfigError, checkConfigOutput } from "./harness.js";

checkConfigOutput(273, "config.enable", ["./declare-enable.nix"], false);
checkConfigError(274, "config.enable", ["./define-enable.nix"], "The option `enable' does not exist. Definition values:\n- In `modules/define-enable.ts': true\n\nIt seems as if you're trying to declare an option by placing it into `config' rather than `options'!");
checkConfigOutput(297, "config.value", ["./declare-int-unsigned-value.nix","./define-value-int-positive.nix"], 42);
checkConfigError(298, "config.value", ["./declare-int-unsigned-value.nix","./define-value-int-negative.nix"], "A definition for option `value' is not of type `unsigned integer, meaning >=0'. Definition values:\n- In `modules/define-value-int-negative.ts': -23");
checkConfigError(300, "config.value", ["./declare-int-positive-value.nix","./define-value-int-zero.nix"], "A definition for option `value' is not of type `positive integer, meaning >0'. Definition values:\n- In `modules/define-value-int-zero.ts': 0");
checkConfigOutput(316, "config.enable", ["./declare-enable.nix","./define-enable.nix"], true);
checkConfigOutput(317, "config.enable", ["./declare-enable.nix","./define-enable.nix","./define-force-enable.nix"], false);
checkConfigOutput(318, "config.enable", ["./declare-enable.nix","./define-enable.nix","./define-enable-force.nix"], false);
checkConfigError(321, "config.attrsOfSub.foo.enable", ["./declare-attrsOfSub-any-enable.nix"], "attribute 'foo' in selection path 'config.attrsOfSub.foo.enable' not found");
checkConfigOutput(322, "config.attrsOfSub.foo.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo.nix"], false);
checkConfigOutput(324, "config.attrsOfSub.foo.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo-enable.nix"], true);
checkConfigOutput(325, "config.attrsOfSub.foo.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo-enable.nix","./define-force-attrsOfSub-foo-enable.nix"], false);
checkConfigOutput(326, "config.attrsOfSub.foo.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo-enable.nix","./define-attrsOfSub-force-foo-enable.nix"], false);
checkConfigOutput(327, "config.attrsOfSub.foo.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo-enable.nix","./define-attrsOfSub-foo-force-enable.nix"], false);
checkConfigOutput(328, "config.attrsOfSub.foo.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo-enable.nix","./define-attrsOfSub-foo-enable-force.nix"], false);
checkConfigError(331, "config.attrsOfSub.bar.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo.nix"], "attribute 'bar' in selection path 'config.attrsOfSub.bar.enable' not found");
checkConfigOutput(332, "config.attrsOfSub.bar.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo.nix","./define-attrsOfSub-bar.nix"], false);
checkConfigOutput(334, "config.attrsOfSub.bar.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo.nix","./define-attrsOfSub-bar-enable.nix"], true);
checkConfigError(335, "config.attrsOfSub.bar.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo.nix","./define-attrsOfSub-bar-enable.nix","./define-force-attrsOfSub-foo-enable.nix"], "attribute 'bar' in selection path 'config.attrsOfSub.bar.enable' not found");
checkConfigError(336, "config.attrsOfSub.bar.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo.nix","./define-attrsOfSub-bar-enable.nix","./define-attrsOfSub-force-foo-enable.nix"], "attribute 'bar' in selection path 'config.attrsOfSub.bar.enable' not found");
checkConfigOutput(337, "config.attrsOfSub.bar.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo.nix","./define-attrsOfSub-bar-enable.nix","./define-attrsOfSub-foo-force-enable.nix"], true);
checkConfigOutput(338, "config.attrsOfSub.bar.enable", ["./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo.nix","./define-attrsOfSub-bar-enable.nix","./define-attrsOfSub-foo-enable-force.nix"], true);
checkConfigError(341, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix"], "attribute 'foo' in selection path 'config.attrsOfSub.foo.enable' not found");
checkConfigError(343, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix","./define-if-attrsOfSub-foo-enable.nix"], "attribute 'foo' in selection path 'config.attrsOfSub.foo.enable' not found");
checkConfigError(344, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-if-foo-enable.nix"], "attribute 'foo' in selection path 'config.attrsOfSub.foo.enable' not found");
checkConfigError(345, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo-if-enable.nix"], "attribute 'foo' in selection path 'config.attrsOfSub.foo.enable' not found");
checkConfigOutput(346, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix","./define-attrsOfSub-foo-enable-if.nix"], false);
checkConfigOutput(347, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix","./define-enable.nix","./define-if-attrsOfSub-foo-enable.nix"], true);
checkConfigOutput(348, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix","./define-enable.nix","./define-attrsOfSub-if-foo-enable.nix"], true);
checkConfigOutput(349, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix","./define-enable.nix","./define-attrsOfSub-foo-if-enable.nix"], true);
checkConfigOutput(350, "config.attrsOfSub.foo.enable", ["./declare-enable.nix","./declare-attrsOfSub-any-enable.nix","./define-enable.nix","./define-attrsOfSub-foo-enable-if.nix"], true);
checkConfigOutput(362, "config.enable", ["./define-enable.nix","./declare-enable.nix"], true);
checkConfigError(390, "config.enable", ["./declare-enable.nix","./define-enable.nix","./define-attrsOfSub-foo.nix"], "The option `attrsOfSub' does not exist. Definition values:\n- In `modules/define-attrsOfSub-foo.ts':\n    {\n      foo = { };\n    }\n\nDid you mean `enable'?");
