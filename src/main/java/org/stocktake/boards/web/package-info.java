/** Board and meeting pages, the boards API, the meeting pack and the access rules of the module. */
package org.stocktake.boards.web;
