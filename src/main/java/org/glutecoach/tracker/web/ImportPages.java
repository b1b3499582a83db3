package org.glutecoach.tracker.web;

import jakarta.servlet.http.HttpServletResponse;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.tracker.HealthDataConsentNeeded;
import org.glutecoach.tracker.InvalidImport;
import org.glutecoach.tracker.transfer.TrackerTransfers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Bringing days in from a CSV (an exported file, or a spreadsheet kept by hand), pasted into the page so it works
 * without JavaScript or uploads. All or nothing: the page lists every bad line beside the box.
 */
@Controller
class ImportPages {

    private static final String PAGE = "tracker/import";

    private final TrackerTransfers transfers;

    ImportPages(TrackerTransfers transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/tracker/import")
    String form(Model model) {
        model.addAttribute("csv", "")
                .addAttribute("problems", java.util.List.of())
                .addAttribute("consent", true);
        return PAGE;
    }

    @PostMapping("/tracker/import")
    String importCsv(
            @CurrentAccount AccountView me,
            @RequestParam(defaultValue = "") String csv,
            Model model,
            HttpServletResponse response) {
        try {
            return "redirect:/tracker/charts?range=all&imported=" + transfers.importCsv(me.id(), csv);
        } catch (InvalidImport invalid) {
            return refused(csv, invalid.problems(), true, model, response);
        } catch (HealthDataConsentNeeded needed) {
            return refused(csv, java.util.List.of(), false, model, response);
        }
    }

    /** The page again with what was pasted, each bad row named, or the consent asked for; nothing was kept. */
    private static String refused(
            String csv, java.util.List<?> problems, boolean consent, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("csv", csv).addAttribute("problems", problems).addAttribute("consent", consent);
        return PAGE;
    }
}
