package org.stocktake.people.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.stocktake.people.Directory;
import org.stocktake.people.Party;
import org.stocktake.people.Person;
import org.stocktake.people.PersonType;
import org.stocktake.people.RoleType;
import org.stocktake.people.internal.PersonEditor;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.register.Region;
import org.stocktake.platform.web.Option;

/** Officers adding and changing a person, and adding or removing their roles. */
@Controller
class PersonFormController {

	private final Directory directory;
	private final PersonEditor editor;
	private final MessageSource messages;

	PersonFormController(Directory directory, PersonEditor editor, MessageSource messages) {
		this.directory = directory;
		this.editor = editor;
		this.messages = messages;
	}

	record PersonForm(String name, String type, String authority, String party, String email, String phone, Boolean fictitious) {
		PersonEditor.PersonDraft draft() {
			return new PersonEditor.PersonDraft(name, type, authority, party, email, phone, Boolean.TRUE.equals(fictitious));
		}
	}

	record RoleForm(String role, String title, String region, String startDate, String endDate) {
		PersonEditor.RoleDraft draft() {
			return new PersonEditor.RoleDraft(role, title, region, startDate, endDate);
		}
	}


	@GetMapping("/people/new")
	String newPerson(Model model) {
		model.addAttribute("form", new PersonForm("", "", "", "", "", "", false));
		return form(model, null);
	}

	@PostMapping("/people/new")
	String create(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
		try {
			return "redirect:/people/" + editor.create(form.draft());
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return form(model, null);
		}
	}

	@GetMapping("/people/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Person p = find(id);
		model.addAttribute("form", new PersonForm(p.name(), p.type().name(), p.authorityGssCode() == null ? "" : p.authorityGssCode(),
				p.party() == null ? "" : p.party().name(), p.email(), p.phone(), p.fictitious()));
		return form(model, p);
	}

	@PostMapping("/people/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
		Person p = find(id);
		try {
			editor.update(id, form.draft());
			return "redirect:/people/" + id;
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return form(model, p);
		}
	}

	@GetMapping("/people/{id}/roles/new")
	String newRole(@PathVariable long id, Model model) {
		model.addAttribute("form", new RoleForm("", "", "", "", ""));
		return roleForm(model, find(id));
	}

	@PostMapping("/people/{id}/roles/new")
	String addRole(@PathVariable long id, @ModelAttribute("form") RoleForm form, BindingResult binding, Model model) {
		Person p = find(id);
		try {
			editor.addRole(id, form.draft());
			return "redirect:/people/" + id;
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return roleForm(model, p);
		}
	}

	@PostMapping("/people/{id}/roles/{roleId}/delete")
	String removeRole(@PathVariable long id, @PathVariable long roleId) {
		find(id);
		editor.removeRole(id, roleId);
		return "redirect:/people/" + id;
	}

	private String form(Model model, Person person) {
		model.addAttribute("person", person);
		List<Option> types = new ArrayList<>(List.of(new Option("", text("people.select"))));
		for (PersonType t : PersonType.values()) {
			types.add(new Option(t.name(), text(t.messageKey())));
		}
		List<Option> parties = new ArrayList<>(List.of(new Option("", text("people.party.none"))));
		for (Party party : Party.values()) {
			parties.add(new Option(party.name(), text(party.messageKey())));
		}
		model.addAttribute("typeOptions", types);
		model.addAttribute("partyOptions", parties);
		return "people/person-form";
	}

	private String roleForm(Model model, Person person) {
		model.addAttribute("person", person);
		List<Option> roles = new ArrayList<>(List.of(new Option("", text("people.select"))));
		for (RoleType r : RoleType.values()) {
			roles.add(new Option(r.name(), text(r.messageKey())));
		}
		List<Option> regions = new ArrayList<>(List.of(new Option("", text("people.region.none"))));
		for (Region r : Region.values()) {
			regions.add(new Option(r.code(), r.displayName()));
		}
		model.addAttribute("roleOptions", roles);
		model.addAttribute("regionOptions", regions);
		return "people/role-form";
	}

	private Person find(long id) {
		return directory.find(id).orElseThrow(() -> new NotFoundException("There is no person " + id));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
