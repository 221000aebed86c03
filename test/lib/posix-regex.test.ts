/**
 * types.strMatching reads its pattern as POSIX ERE, as Nix's builtins.match:
 * each row is [pattern, string, what `builtins.match pattern string != null`
 * gave with nix-instantiate 2.8 (true/false, or its error)].
 */
import { describe, expect, it } from "vitest";
import { evalModules, lib } from "../../lib/index.js";
import { posixToRegExp } from "../../lib/posix-regex.js";

type Row = [pattern: string, input: string, nix: boolean | { error: string }];
const rows: Row[] = [
  ["\\d", "1", {"error": "invalid regular expression '\\d'"}],
  ["\\w", "a", {"error": "invalid regular expression '\\w'"}],
  ["\\s", " ", {"error": "invalid regular expression '\\s'"}],
  ["\\b", "a", {"error": "invalid regular expression '\\b'"}],
  ["(?:a)", "a", {"error": "invalid regular expression '(?:a)'"}],
  ["a{,2}", "aa", {"error": "invalid regular expression 'a{,2}'"}],
  ["[\\]]", "\\]", true],
  ["[\\]]", "a", false],
  ["[]a]", "]", true],
  ["[]a]", "a", true],
  ["[^]a]", "b", true],
  ["[^]a]", "]", false],
  ["a{2}", "aa", true],
  ["a{2,}", "aaa", true],
  ["a{2,3}", "aaaa", false],
  ["[[:alnum:]]+", "abc09", true],
  ["[[:alnum:]]+", "a-b", false],
  ["\\.", ".", true],
  ["\\.", "a", false],
  ["a|b", "b", true],
  ["(a)(b)", "ab", true],
  ["[a\\]", "\\", true],
  ["[a\\]", "a", true],
  ["\\(", "(", true],
  ["a**", "aaa", true],
  ["*a", "a", {"error": "invalid regular expression '*a'"}],
  ["[[:foo:]]", "a", {"error": "invalid regular expression '[[:foo:]]'"}],
  ["a{2,1}", "aa", {"error": "invalid regular expression 'a{2,1}'"}],
  ["(", "a", {"error": "invalid regular expression '('"}],
  ["a)", "a", {"error": "invalid regular expression 'a)'"}],
  [".", "\n", true],
  ["[a-c]+", "abc", true],
  ["[c-a]", "a", {"error": "invalid regular expression '[c-a]'"}],
  ["x+?", "xx", true],
  ["^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$", "my-host", true],
  ["^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$", "-bad", false],
  ["^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$", "$(touch x)", false],
  ["[0-9]+(\\.[0-9]+)*", "1.2.3", true],
  ["a\\", "a", {"error": "invalid regular expression 'a\\'"}],
  ["[a-]", "-", true],
  ["[[.a.]]", "a", true],
  ["[[=a=]]", "a", true],
];

describe("strMatching: POSIX extended regular expressions, as builtins.match", () => {
  for (const [pattern, input, nix] of rows) {
    it(`${JSON.stringify(pattern)} on ${JSON.stringify(input)}`, () => {
      if (typeof nix === "boolean") expect(posixToRegExp(pattern).test(input)).toBe(nix);
      else expect(() => posixToRegExp(pattern)).toThrow(nix.error);
    });
  }

  it("refuses an invalid pattern when a definition is checked, not when the option is declared", () => {
    const declared = () =>
      evalModules({ modules: [{ options: { x: lib.mkOption({ type: lib.types.strMatching("\\d+"), default: "1" }), y: lib.mkOption({ default: 1 }) } }] });
    expect(declared().config.y).toBe(1);
    expect(() => declared().config.x).toThrow("invalid regular expression '\\d+'");
  });
});
