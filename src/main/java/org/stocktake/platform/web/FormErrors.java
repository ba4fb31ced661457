package org.stocktake.platform.web;

import org.springframework.validation.BindingResult;

/** Turns a domain's validation errors into form errors, so the page shows the GOV.UK error summary. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult binding, BadRequestException ex) {
		reject(binding, ex.errors());
	}

	public static void reject(BindingResult binding, UnprocessableException ex) {
		reject(binding, ex.errors());
	}

	public static void reject(BindingResult binding, java.util.List<Problems.FieldError> errors) {
		for (Problems.FieldError error : errors) {
			if (error.field() != null && binding.getTarget() != null && hasField(binding, error.field())) {
				binding.rejectValue(error.field(), "invalid", error.message());
			}
			else {
				binding.reject("invalid", error.message());
			}
		}
	}

	private static boolean hasField(BindingResult binding, String field) {
		try {
			binding.getFieldType(field);
			return binding.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
