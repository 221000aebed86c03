export default {
  "bare-submodule": { nested: 42, deep: 420 },
};
