/** A publication day, with its clock time when the source gave one. */
export interface PublishedStamp {
  /** YYYY-MM-DD. */
  day: string;
  /** HH:MM, the clock time as written (local to the article), when known. */
  time?: string;
}

const STAMP =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Reads a publication date written as a day ("2024-04-10") or a timestamp ("2024-04-10T08:30:00-04:00",
 * "2024-04-10 08:30"). The day and time are taken as written, which is the article's local time when the
 * stamp carries its offset. Undefined for anything else (the caller checks the day is a real one).
 */
export function readPublished(value: string): PublishedStamp | undefined {
  const match = STAMP.exec(value.trim());
  if (!match) return undefined;
  const [, day, hour, minute] = match;
  if (hour === undefined || minute === undefined) return { day: day! };
  if (Number(hour) > 23 || Number(minute) > 59) return undefined;
  return { day: day!, time: `${hour}:${minute}` };
}
