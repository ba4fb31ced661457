/** Pages and JSON/CSV API of the benchmarking data service, and who may reach them. */
package org.stocktake.data.web;
