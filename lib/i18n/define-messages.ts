// Interface wording lives in lib/i18n/messages/, one file per feature, each with
// English and Korean side by side. A message is a string, or a function when it
// takes values ("3 of 5 tasks done"). The type makes Korean carry exactly the
// English keys with the same parameters; a unit test checks every file again at
// run time, so a key can't exist in one language only.
import type { Locale } from '@/lib/content/types';

export type Message = string | ((...values: never[]) => string);
export type Messages = Record<string, Message>;
export type MessageCatalog<T extends Messages> = Readonly<Record<Locale, T>>;

export function defineMessages<T extends Messages>(catalog: { en: T; ko: NoInfer<T> }): MessageCatalog<T> {
  return catalog;
}

/** The wording of one feature in one language: for code outside React (the React side uses useMessages). */
export function messagesFor<T extends Messages>(catalog: MessageCatalog<T>, locale: Locale): T {
  return catalog[locale];
}
