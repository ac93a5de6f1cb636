import 'i18next';
import type { LocaleResources } from './locale-resources';

// English is the reference locale: typing keys against it turns a misspelt key into a
// compile error instead of a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: LocaleResources;
  }
}
