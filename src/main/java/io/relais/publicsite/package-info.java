/**
 * The public knowledge base: documents marked public, served as plain server-rendered HTML by
 * Spring MVC at {@code /kb/{space}/{slug}} (no Vaadin bootstrap), with space and site indexes,
 * {@code sitemap.xml} and {@code robots.txt}. Pages are cached in memory and answered with
 * validators (ETag, Last-Modified) so browsers and proxies can cache them too. Anything that is
 * not a public document answers the same 404 as a page that never existed.
 */
package io.relais.publicsite;
