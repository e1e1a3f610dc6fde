/** zod output carries `undefined` for absent optional fields; Destination (exactOptionalPropertyTypes) wants them absent. */
export function stripUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
