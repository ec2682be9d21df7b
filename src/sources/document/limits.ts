/** The one set of limits every document reader applies (YAML and JSON alike). */
export const DOCUMENT_LIMITS = {
  /** Deepest nesting of collections accepted. */
  maxDepth: 200,
  /** Nodes a YAML tree may hold once aliases and merge keys are expanded (the bomb defence). */
  maxExpandedNodes: 500_000,
} as const;
