export default {
  _module: { check: false },
};
