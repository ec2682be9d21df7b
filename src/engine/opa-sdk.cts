/**
 * The opa-wasm SDK's CommonJS side: its ES module entry re-exports loadPolicy only, and
 * loadPolicySync lives here. A static require (not createRequire at run time) lets esbuild
 * bundle the SDK with the engine, so Node does not resolve and compile its files one by one.
 */
import sdk = require('@open-policy-agent/opa-wasm');
export = sdk;
