import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from './identifiers';
import { LocalizedTextSchema } from './language';

export const LIBRARY_SCHEMA_VERSION = 1;

export const RubricSchema = z.object({ id: IdSchema, name: LocalizedTextSchema }).strict();
export type Rubric = z.infer<typeof RubricSchema>;

/** `library.json` at the root of the library folder. */
export const LibraryManifestSchema = z
  .object({
    schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
    id: IdSchema,
    createdAt: IsoDateTimeSchema,
    rubrics: z.array(RubricSchema).max(100),
  })
  .strict();
export type LibraryManifest = z.infer<typeof LibraryManifestSchema>;

export const DEFAULT_RUBRICS: Rubric[] = [
  { id: 'foreign-policy', name: { en: 'Foreign policy', be: 'Знешняя палітыка', ru: 'Внешняя политика' } },
  { id: 'domestic-politics', name: { en: 'Domestic politics', be: 'Унутраная палітыка', ru: 'Внутренняя политика' } },
  { id: 'economy', name: { en: 'Economy', be: 'Эканоміка', ru: 'Экономика' } },
  { id: 'security', name: { en: 'Security', be: 'Бяспека', ru: 'Безопасность' } },
  { id: 'society', name: { en: 'Society', be: 'Грамадства', ru: 'Общество' } },
];
