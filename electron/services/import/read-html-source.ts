import { decodeUtf8Text } from './decode-utf8-text';
import { inertHtmlDocument } from './inert-html-document';
import type { ImportSource } from './import-source';
import { takeElementText, takeFirstH1 } from './take-title-text';

/**
 * An HTML file (UTF-8 only). Its first `<h1>` is the title; without one, its `<title>`.
 * The heading is preferred because a page's `<title>` usually carries the site's name too.
 */
export function readHtmlSource(bytes: Uint8Array): ImportSource {
  const document = inertHtmlDocument(decodeUtf8Text(bytes, 'HTML file'));
  const heading = takeFirstH1(document);
  const pageTitle = takeElementText(document.querySelector('title'));
  const title = heading ?? pageTitle;
  return { document, title, titleFromHeading: heading !== null, lead: null, imagesDropped: 0 };
}
