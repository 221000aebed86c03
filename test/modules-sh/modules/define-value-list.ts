export default {
  value: [],
};
