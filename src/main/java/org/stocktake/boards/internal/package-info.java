/** Storage of boards, members, meetings, agenda items and actions, and the demonstration boards. */
package org.stocktake.boards.internal;
