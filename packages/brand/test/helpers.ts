/** Fixtures the tests share. */
import { lampungIn } from '@gerbang/brand';

/** `T` with every property and array writable and every literal widened, at every depth. */
export type Writable<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer TItem)[]
        ? Writable<TItem>[]
        : T extends object
          ? { -readonly [TKey in keyof T]: Writable<T[TKey]> }
          : T;

/** A brand loose enough to break on purpose: any field may be set to anything. */
export type LooseBrand = Writable<typeof lampungIn> & Record<string, unknown>;

/** A deep, writable copy of the Lampung In preset, as a JSON brand file would give it. */
export function lampungJson(): LooseBrand {
  return JSON.parse(JSON.stringify(lampungIn)) as LooseBrand;
}
