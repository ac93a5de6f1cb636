/** What a reader (DOCX, Markdown, HTML) makes of a file, before the one shared cleaning path. */
export interface ImportSource {
  /** Inert (see inertHtmlDocument); the shared path changes it in place. */
  document: Document;
  /** Replaces the version's title when not null. */
  title: string | null;
  /** The title was a heading of the text rather than marked as the title (a notice says so). */
  titleFromHeading: boolean;
  /** Replaces the version's lead when not null. */
  lead: string | null;
  /** Images the reader already left out (DOCX); images still in `document` are counted later. */
  imagesDropped: number;
}
