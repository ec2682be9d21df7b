/**
 * Looked for in the working directory when --config is not given. On its own so that finding
 * out there is no configuration file loads neither the YAML parser nor the validator.
 */
export const CONFIG_NAMES = ['.palisade.yaml', '.palisade.yml', '.palisade.json', 'palisade.config.yaml'];
