package org.glutecoach.practice.clients.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.practice.clients.ClientStatus;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.practice.clients.InvalidClientDetails;
import org.glutecoach.practice.clients.notes.NotesService;
import org.glutecoach.shared.web.Htmx;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client list, adding and changing a client, and the client record. Who may see which client is the
 * service's one rule: anyone else gets "not found", whatever they ask for.
 */
@Controller
class ClientPages {

    private static final String LIST = "practice/clients/list";
    private static final String FORM = "practice/clients/form";

    private final ClientsService clients;
    private final NotesService notes;

    ClientPages(ClientsService clients, NotesService notes) {
        this.clients = clients;
        this.notes = notes;
    }

    /**
     * The therapist's "today" panel and their clients. Search as you type: htmx asks for the rows alone, from the
     * same address the plain form submits to.
     */
    @GetMapping("/practice/clients")
    String list(@CurrentAccount AccountView me, ClientFilter filter, Model model, HttpServletRequest request) {
        model.addAttribute("filter", filter)
                .addAttribute("clients", clients.clients(me.id(), filter.query()))
                .addAttribute("therapists", clients.therapists(me.id()))
                .addAttribute("owner", me.practiceOwner())
                .addAttribute("today", Htmx.isRequest(request) ? null : clients.today(me.id()))
                .addAttribute("staleDrafts", notes.staleDrafts(me.id()));
        return Htmx.view(request, LIST, "results");
    }

    @GetMapping("/practice/clients/new")
    String newClient(@CurrentAccount AccountView me, Model model) {
        clients.therapists(me.id());
        model.addAttribute("form", ClientForm.empty()).addAttribute("client", null);
        return FORM;
    }

    @PostMapping("/practice/clients")
    String add(
            @CurrentAccount AccountView me,
            @ModelAttribute("form") ClientForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            return "redirect:/practice/clients/"
                    + clients.addClient(me.id(), form.details()).id() + "?added";
        } catch (InvalidClientDetails invalid) {
            return again(invalid, errors, model.addAttribute("client", null), response);
        }
    }

    @GetMapping("/practice/clients/{id}")
    String record(@CurrentAccount AccountView me, @PathVariable String id, Model model) {
        var client = clientId(id);
        model.addAttribute("record", clients.record(me.id(), client))
                .addAttribute("therapists", clients.therapists(me.id()))
                .addAttribute("owner", me.practiceOwner())
                .addAttribute("client", notes.client(client, me.id()))
                .addAttribute("notes", notes.timeline(client, me.id()));
        return "practice/clients/record";
    }

    @GetMapping("/practice/clients/{id}/edit")
    String edit(@CurrentAccount AccountView me, @PathVariable String id, Model model) {
        var client = clients.visibleClient(clientId(id), me.id()).orElseThrow(ClientNotFound::new);
        model.addAttribute("form", ClientForm.of(client)).addAttribute("client", client);
        return FORM;
    }

    @PostMapping("/practice/clients/{id}/edit")
    String change(
            @CurrentAccount AccountView me,
            @PathVariable String id,
            @ModelAttribute("form") ClientForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var client = clients.visibleClient(clientId(id), me.id()).orElseThrow(ClientNotFound::new);
        try {
            clients.changeClient(me.id(), client.id(), form.details(), form.clientStatus());
            return "redirect:/practice/clients/" + client.id() + "?saved";
        } catch (InvalidClientDetails invalid) {
            return again(invalid, errors, model.addAttribute("client", client), response);
        }
    }

    @PostMapping("/practice/clients/{id}/assign")
    String assign(
            @CurrentAccount AccountView me,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String therapist) {
        var assigned = ClientId.parse(therapist == null ? "" : therapist).map(t -> new AccountId(t.value()));
        clients.assign(me.id(), clientId(id), assigned.orElse(null));
        return "redirect:/practice/clients/" + id + "?assigned";
    }

    @PostMapping("/practice/clients/{id}/invite")
    String invite(@CurrentAccount AccountView me, @PathVariable String id) {
        clients.inviteClient(me.id(), clientId(id));
        return "redirect:/practice/clients/" + id + "?invited";
    }

    private static String again(
            InvalidClientDetails invalid, BindingResult errors, Model model, HttpServletResponse response) {
        invalid.messageKeysByField().forEach(errors::rejectValue);
        response.setStatus(422);
        model.addAttribute("statuses", ClientStatus.values());
        return FORM;
    }

    static ClientId clientId(String id) {
        return ClientId.parse(id).orElseThrow(ClientNotFound::new);
    }
}
