// The page's two languages. Every visible sentence is written in both, side by side,
// where it is used; the contracts' errors come from their doc comments (English, written
// by codegen) and from i18n/errors-zh.json.
import errorsEn from './contracts/errors-en.json';
import errorsZh from './i18n/errors-zh.json';

/** A language the page speaks. */
export type Language = 'en' | 'zh';

/** The error enum a message answers with. */
export type ErrorKind = keyof typeof errorsEn;

const STORED = 'qiankun.language';
let current: Language =
  (localStorage.getItem(STORED) as Language | null) ?? (navigator.language.startsWith('zh') ? 'zh' : 'en');

/** The language the page speaks now. */
export function language(): Language {
  return current;
}

/** Switches the page to `next` and remembers it. */
export function setLanguage(next: Language): void {
  current = next;
  localStorage.setItem(STORED, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** `en` or `zh`, whichever the page speaks. */
export function t(en: string, zh: string): string {
  return current === 'zh' ? zh : en;
}

/** The contract error `name` of `kind` in words, in the page's language. */
export function errorWords(kind: ErrorKind, name: string): string {
  const table = (current === 'zh' ? errorsZh : errorsEn) as Record<string, Record<string, string>>;
  return table[kind]?.[name] ?? (errorsEn as Record<string, Record<string, string>>)[kind]?.[name] ?? '';
}
