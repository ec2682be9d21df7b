/**
 * The package's root folder (package.json, policies/, rules/), for the files that ship beside
 * the code. One place for it, because the code runs from three layouts: src/ under the tests,
 * the bundle in dist/ (scripts/build-cli.mjs), and the Action's bundle in action/dist/, whose
 * build sets PALISADE_BUNDLE_ROOT (scripts/build-action.mjs). src/ and dist/ sit one level
 * below the root, and every file of a bundle sits at the top of its folder.
 */
import { fileURLToPath } from 'node:url';

declare const PALISADE_BUNDLE_ROOT: string | undefined;

export const PACKAGE_ROOT = fileURLToPath(new URL(typeof PALISADE_BUNDLE_ROOT === 'string' ? PALISADE_BUNDLE_ROOT : '../', import.meta.url));
