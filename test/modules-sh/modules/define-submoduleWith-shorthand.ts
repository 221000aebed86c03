export default {
  submodule: { config: true },
};
