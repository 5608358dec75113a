import { readFileSync } from 'node:fs';

export interface Petition {
  id: string;
  title: string;
  goal: number;
}

const PETITION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads and checks the petitions file: a JSON array of `{ id, title, goal }`. */
export function loadPetitions(file: string): Map<string, Petition> {
  const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file} must hold a JSON array of petitions`);
  const petitions = new Map<string, Petition>();
  for (const entry of entries) {
    if (!isPetition(entry)) {
      throw new Error(`${file}: each petition needs a kebab-case id, a title and a positive whole goal: ${JSON.stringify(entry)}`);
    }
    if (petitions.has(entry.id)) throw new Error(`${file}: petition id "${entry.id}" appears twice`);
    petitions.set(entry.id, { id: entry.id, title: entry.title, goal: entry.goal });
  }
  return petitions;
}

function isPetition(entry: unknown): entry is Petition {
  const petition = entry as Partial<Petition> | null;
  return (
    typeof petition === 'object' &&
    petition !== null &&
    typeof petition.id === 'string' &&
    PETITION_ID.test(petition.id) &&
    typeof petition.title === 'string' &&
    petition.title.trim() !== '' &&
    typeof petition.goal === 'number' &&
    Number.isSafeInteger(petition.goal) &&
    petition.goal > 0
  );
}
