/**
 * The config room: how a face finds config files (discovery.ts) and checks what they hold
 * (validate.ts). The CLI, `lint()` and the language server all read configs through here.
 */
export {configDiscovery, configTransformIn} from './discovery.js'
export {ConfigError, configTransform, type EnginePreset} from './validate.js'
