/** A widget class, which says which release of campaign-widgets it came from. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers a tag unless it is taken, so loading the bundle twice, or two versions of it, throws nothing.
 * A different version already on the page wins and we say so once; the same version is silent.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== constructor.version) {
    const owner = existing.version ? `campaign-widgets ${existing.version}` : 'another script';
    console.warn(`<${tag}> is already defined by ${owner}; campaign-widgets ${constructor.version} left it as it is.`);
  }
}
