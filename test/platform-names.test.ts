import { expect } from '@open-wc/testing';

// React 19 and Vue 3 set a prop as a property whenever `name in element` is true: an attribute or field named like
// one of HTMLElement's, Element's or Node's own (`prefix`, `title`, `hidden`, `slot`…) would be set on the platform's
// property instead of ours, and a read-only one throws. Every name comes from the manifest, so a new one is checked
// the day it is added.
interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  inheritedFrom?: unknown;
}
interface ManifestElement {
  tagName: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: ManifestMember[];
}

async function elementsOfManifest(): Promise<ManifestElement[]> {
  const manifest = await (await fetch('/dist/custom-elements.json')).json();
  return manifest.modules.flatMap((module: { declarations?: (ManifestElement & { customElement?: boolean })[] }) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement),
  );
}

/** Every name a framework may set on the element: attributes as written (JSX props), and instance fields. */
function namesOf(element: ManifestElement): string[] {
  const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
  const fields = (element.members ?? [])
    .filter((member) => member.kind === 'field' && !member.static)
    .map((member) => member.name);
  return [...new Set([...attributes, ...fields])];
}

describe('names of attributes and properties', () => {
  it('the manifest lists the elements and their names', async () => {
    const elements = await elementsOfManifest();
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal([
      'cw-action-button',
      'cw-fact-box',
      'cw-sign-form',
      'cw-signature-counter',
      'cw-testimony-card',
    ]);
    for (const element of elements) expect(namesOf(element), element.tagName).to.include('strings');
  });

  it('no attribute or field shadows a property of HTMLElement, Element or Node', async () => {
    // An autonomous custom element's own prototype chain is exactly HTMLElement → Element → Node → EventTarget.
    const platform = document.createElement('cw-probe-not-defined');
    const collisions = (await elementsOfManifest()).flatMap((element) =>
      namesOf(element)
        .filter((name) => name in platform)
        .map((name) => `<${element.tagName}> ${name}`),
    );
    expect(collisions).to.deep.equal([]);
  });

  it('would catch the name that crashed React 19', () => {
    expect('prefix' in document.createElement('cw-probe-not-defined')).to.equal(true);
  });

  it('gives the petition URL one name on every element that takes one', async () => {
    const petitionAttributes = (await elementsOfManifest()).flatMap((element) =>
      (element.attributes ?? [])
        .filter((attribute) => /petition|^src$/.test(attribute.name))
        .map((attribute) => `${element.tagName} ${attribute.name}`),
    );
    expect(petitionAttributes.sort()).to.deep.equal([
      'cw-action-button petition',
      'cw-sign-form petition',
      'cw-signature-counter petition',
    ]);
  });
});
