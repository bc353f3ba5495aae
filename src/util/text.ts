// Small checks on JavaScript strings shared by the readers and the word tables.

/** No unpaired surrogate (Node 20 has the method; TypeScript's ES2022 library does not declare it). */
export const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();
