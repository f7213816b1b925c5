/**
 * Search over everything the company has written: a Lucene index in the data folder, kept in
 * step with MariaDB by committed events, queried with the reader's permissions inside the
 * query. Other modules add what they own through {@link io.relais.search.SearchSource}.
 */
package io.relais.search;
