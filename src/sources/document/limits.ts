/** The one set of limits every document reader applies (YAML and JSON alike). */
export const DOCUMENT_LIMITS = {
  /** Deepest nesting of collections accepted. */
  maxDepth: 200,
  /**
   * Nodes a YAML tree may hold once aliases and merge keys are expanded (the bomb defence).
   * Counting the expanded size, not the aliases, lets real files merge a few anchors into many
   * services while a billion-laughs document still stops after a few levels.
   */
  maxExpandedNodes: 500_000,
  /** Aliases followed to reach a node (an alias of an alias of ...). */
  maxAliasHops: 64,
} as const;
