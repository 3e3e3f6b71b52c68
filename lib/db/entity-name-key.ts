/** Entity.nameKey: the name's first 200 characters, indexed to find the same name in other stories. */
export const entityNameKey = (name: string): string => name.slice(0, 200);
