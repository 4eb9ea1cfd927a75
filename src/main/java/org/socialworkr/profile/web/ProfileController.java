package org.socialworkr.profile.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.media.InvalidImageException;
import org.socialworkr.media.MediaStorage;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.EducationEntry;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.Population;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.ProfileForm;
import org.socialworkr.profile.ProfileLink;
import org.socialworkr.profile.ProfilePageSection;
import org.socialworkr.profile.ProfileView;
import org.socialworkr.profile.ProfileViewer;
import org.socialworkr.profile.Profiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The profile page at {@code /@username}, open to visitors, and the owner's edit page. */
@Controller
class ProfileController {

    /** Empty rows offered below the filled ones, so a member can add entries without JavaScript. */
    private static final int SPARE_ROWS = 2;

    private final Profiles profiles;
    private final MessageSource messages;
    private final SpringValidatorAdapter validator;
    private final ObjectProvider<ProfilePageSection> sections;

    ProfileController(
            Profiles profiles,
            MessageSource messages,
            Validator validator,
            ObjectProvider<ProfilePageSection> sections) {
        this.profiles = profiles;
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
        this.sections = sections;
    }

    /**
     * The form is a record, bound through its constructor only; without this, a second pass of
     * setter binding would try to grow the (immutable) row lists for the blank rows it dropped.
     */
    @InitBinder("profileForm")
    void constructorBindingOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping("/@{username}")
    String show(
            @PathVariable String username,
            @RequestParam(name = "as", required = false) ProfileViewer previewAs,
            CurrentAccount currentAccount,
            Model model) {
        ProfileView profile = profiles.view(username, currentAccount, previewAs);
        boolean ownProfile = currentAccount != null && currentAccount.id() == profile.accountId();
        model.addAttribute("profile", profile);
        model.addAttribute("previewing", ownProfile && !profile.isOwner());
        // A preview shows what others see of the profile itself; other modules' sections are left out.
        model.addAttribute(
                "profileSections",
                ownProfile && !profile.isOwner()
                        ? List.of()
                        : sections.orderedStream()
                                .flatMap(section -> section.render(profile.accountId(), currentAccount).stream())
                                .toList());
        return "profile/show";
    }

    @GetMapping("/profile/edit")
    String edit(CurrentAccount currentAccount, Model model) {
        return editPage(currentAccount, profiles.editForm(currentAccount.id()), model);
    }

    @PostMapping("/profile/edit")
    String update(
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult result,
            CurrentAccount currentAccount,
            Model model,
            RedirectAttributes redirectAttributes) {
        if (!result.hasErrors()) {
            try {
                profiles.update(currentAccount.id(), form);
                redirectAttributes.addFlashAttribute("notice", "profile.saved");
                return "redirect:/profile/edit";
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                // Saved twice at once (two tabs): ask the member to look and try again.
                result.reject("profile.error.conflict");
            }
        }
        if (result.getTarget() != form) {
            // A value that could not be converted (an unknown practice area) makes Spring build the
            // record after its binding result, which is then left without a target and would be
            // dropped from the model, and skips validation: carry the errors over to a result for
            // the form shown and validate, so the member sees every mistake at once.
            BeanPropertyBindingResult rebound = new BeanPropertyBindingResult(form, "profileForm");
            rebound.addAllErrors(result);
            validator.validate(form, rebound);
            model.addAttribute("profileForm", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "profileForm", rebound);
        }
        return editPage(currentAccount, form, model);
    }

    @PostMapping("/profile/avatar")
    String changeAvatar(
            @RequestParam(name = "image", required = false) MultipartFile image,
            CurrentAccount currentAccount,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirectAttributes)
            throws IOException {
        try {
            if (image == null || image.isEmpty()) {
                throw new InvalidImageException("media.error.empty");
            }
            if (image.getSize() > MediaStorage.MAX_UPLOAD_BYTES) {
                throw new InvalidImageException("media.error.tooLarge", MediaStorage.MAX_UPLOAD_BYTES / (1024 * 1024));
            }
            profiles.changeAvatar(currentAccount.id(), image.getInputStream(), image.getContentType());
        } catch (InvalidImageException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "avatarError", messages.getMessage(e.messageKey(), e.messageArguments(), e.messageKey(), locale));
            return editPage(currentAccount, profiles.editForm(currentAccount.id()), model);
        }
        redirectAttributes.addFlashAttribute("notice", "profile.avatarSaved");
        return "redirect:/profile/edit";
    }

    @PostMapping("/profile/avatar/remove")
    String removeAvatar(CurrentAccount currentAccount, RedirectAttributes redirectAttributes) {
        profiles.removeAvatar(currentAccount.id());
        redirectAttributes.addFlashAttribute("notice", "profile.avatarRemoved");
        return "redirect:/profile/edit";
    }

    private String editPage(CurrentAccount currentAccount, ProfileForm form, Model model) {
        model.addAttribute("profileForm", form);
        model.addAttribute("profile", profiles.view(currentAccount.username(), currentAccount));
        model.addAttribute(
                "educationRows", withSpareRows(form.education(), ProfileForm.MAX_EDUCATION, EducationEntry::blank));
        model.addAttribute("linkRows", withSpareRows(form.links(), ProfileForm.MAX_LINKS, ProfileLink::blank));
        model.addAttribute("visibilities", FieldVisibility.values());
        model.addAttribute("credentialOptions", Credential.values());
        model.addAttribute("practiceAreaOptions", PracticeArea.values());
        model.addAttribute("modalityOptions", Modality.values());
        model.addAttribute("populationOptions", Population.values());
        return "profile/edit";
    }

    private static <T> List<T> withSpareRows(List<T> rows, int max, Supplier<T> blank) {
        List<T> padded = new ArrayList<>(rows);
        while (padded.size() < Math.min(max, rows.size() + SPARE_ROWS)) {
            padded.add(blank.get());
        }
        return padded;
    }

    @Bean
    static PublicPaths profilePublicPaths() {
        return () -> List.of("/@*");
    }
}
