package org.stocktake.platform.audit;

public enum AuditAction {
	CREATE, UPDATE, DELETE
}
