/**
 * The demo organisation: a French digital-marketing agency of 50 people that grew from 1 to 50
 * in three years. Created on the first start of the default profile with an empty database,
 * through the same services people use; never in production. Each feature adds its part here.
 */
package io.relais.demo;
