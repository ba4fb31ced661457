package org.stocktake.register.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.CsvDownload;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.register.Area;
import org.stocktake.register.AreaGroup;
import org.stocktake.register.Register;
import org.stocktake.register.internal.GroupService;
import org.stocktake.platform.web.Option;

/** Groupings of authorities: seeing them, and officers managing partnerships and their own groups. */
@Controller
class GroupController {

	private final Register register;
	private final GroupService groups;

	GroupController(Register register, GroupService groups) {
		this.register = register;
		this.groups = groups;
	}

	record GroupForm(String name, String kind, String description, String members) {
		GroupService.GroupDraft draft() {
			AreaGroup.Kind k = null;
			try {
				k = kind == null || kind.isBlank() ? null : AreaGroup.Kind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ignored) {
				// reported by the validation below as "select a kind"
			}
			return new GroupService.GroupDraft(name, k, description, members);
		}
	}


	@GetMapping("/groups")
	String list(Model model) {
		var byKind = new java.util.EnumMap<AreaGroup.Kind, List<AreaGroup>>(AreaGroup.Kind.class);
		register.groups(null).forEach(g -> byKind.computeIfAbsent(g.kind(), k -> new java.util.ArrayList<>()).add(g));
		model.addAttribute("groupsByKind", byKind);
		return "register/groups";
	}

	@GetMapping("/groups/{id}")
	String show(@PathVariable String id, Model model) {
		AreaGroup group = find(id);
		model.addAttribute("group", group);
		model.addAttribute("members", members(group));
		model.addAttribute("representing", group.areaGssCode() == null ? null : register.find(group.areaGssCode()).orElse(null));
		return "register/group";
	}

	@GetMapping("/groups/{id}.csv")
	void download(@PathVariable String id, HttpServletResponse response) throws IOException {
		AreaGroup group = find(id);
		CsvDownload.write(response, id + ".csv", AreaController.CSV_HEADER, printer -> {
			for (Area a : members(group)) {
				printer.printRecord(a.gssCode(), a.name(), a.officialName(), a.type().name(), a.region().code(), a.region().displayName(),
						a.current(), a.parentGssCode(), a.startDate(), a.endDate(), String.join(" ", a.successorGssCodes()),
						String.join(" ", a.formerGssCodes()), a.code());
			}
		});
	}

	@GetMapping("/groups/new")
	String newGroup(Model model) {
		model.addAttribute("form", new GroupForm("", "USER_DEFINED", "", ""));
		model.addAttribute("kindOptions", kindOptions());
		return "register/group-form";
	}

	@PostMapping("/groups/new")
	String create(@ModelAttribute("form") GroupForm form, BindingResult binding, Model model) {
		try {
			return "redirect:/groups/" + groups.create(form.draft()).id();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			model.addAttribute("kindOptions", kindOptions());
			return "register/group-form";
		}
	}

	@GetMapping("/groups/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		AreaGroup group = find(id);
		if (!group.kind().editable()) {
			throw new NotFoundException("The group " + id + " is loaded from an official list and cannot be edited");
		}
		model.addAttribute("group", group);
		model.addAttribute("form", new GroupForm(group.name(), group.kind().name(), group.description(), String.join("\n", group.memberGssCodes())));
		model.addAttribute("kindOptions", kindOptions());
		return "register/group-form";
	}

	@PostMapping("/groups/{id}/edit")
	String update(@PathVariable String id, @ModelAttribute("form") GroupForm form, BindingResult binding, Model model) {
		AreaGroup group = find(id);
		try {
			groups.update(id, form.draft());
			return "redirect:/groups/" + id;
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			model.addAttribute("group", group);
			model.addAttribute("kindOptions", kindOptions());
			return "register/group-form";
		}
	}

	@GetMapping("/groups/{id}/delete")
	String confirmDelete(@PathVariable String id, Model model) {
		model.addAttribute("group", find(id));
		return "register/group-delete";
	}

	@PostMapping("/groups/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		AreaGroup group = find(id);
		groups.delete(id);
		redirect.addFlashAttribute("deleted", group.name());
		return "redirect:/groups";
	}

	private AreaGroup find(String id) {
		return register.group(id).orElseThrow(() -> new NotFoundException("There is no group " + id));
	}

	private List<Area> members(AreaGroup group) {
		return group.memberGssCodes().stream().map(register::get).toList();
	}

	private static List<Option> kindOptions() {
		return List.of(new Option("USER_DEFINED", "User-defined group"), new Option("PARTNERSHIP", "Partnership"));
	}
}
