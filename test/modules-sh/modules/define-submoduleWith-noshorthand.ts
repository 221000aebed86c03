export default {
  submodule: { config: { config: true } },
};
