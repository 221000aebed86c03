// Obviously wrong typed
export default {
  config: {
    either: { int: "foo" },
    eitherBehindNullor: { int: "foo" },
    oneOf: { int: "foo" },
    number: { str: "foo" },
  },
};
