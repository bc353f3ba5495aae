// Option values checked by commander as they are parsed (argParsers), so every command
// refuses a bad value the same way: one line naming the option, exit code 2.
import { InvalidArgumentError, Option } from 'commander';
import { isCalendarDate } from '../read/dates.js';

/** A whole number from `min` up (a count, a limit): "abc", "0" or 1e20 are refused. */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`must be a whole number of at least ${min}.`);
    return n;
  };
}

/** A positive number (MB, seconds), fractions allowed. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError('must be a positive number.');
  return n;
}

/** YYYY, YYYY-MM or YYYY-MM-DD of a day that exists. */
export function calendarDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('must be a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD.');
  return value;
}

/** One of a list of values, compared in any case, given back as the list writes it. */
export function oneOf(values: readonly string[]): (value: string) => string {
  return (value) => {
    const hit = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (!hit) throw new InvalidArgumentError(`must be one of ${values.join(', ')}.`);
    return hit;
  };
}

/** --from and --to, checked as dates that exist. */
export function dateOptions(what = 'published'): Option[] {
  return [
    new Option('--from <date>', `${what} from this date (YYYY[-MM[-DD]])`).argParser(calendarDate),
    new Option('--to <date>', `${what} up to this date (YYYY[-MM[-DD]])`).argParser(calendarDate),
  ];
}
