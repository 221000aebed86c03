// freeeformType should have been (attrsOf either)
// This should also print the warning
export default {
  config: {
    either: { int: 42 },
    eitherBehindNullor: { int: 42 },
    oneOf: { int: 42 },
    number: { str: 42 },
  },
};
