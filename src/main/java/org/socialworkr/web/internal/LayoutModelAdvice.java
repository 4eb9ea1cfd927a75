package org.socialworkr.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.socialworkr.account.CurrentAccount;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's model what the layout needs; error pages get the same from {@link ErrorResponses}. */
@ControllerAdvice
class LayoutModelAdvice {

    private final LayoutModel layout;

    LayoutModelAdvice(LayoutModel layout) {
        this.layout = layout;
    }

    @ModelAttribute
    void layout(CurrentAccount currentAccount, HttpServletRequest request, Model model) {
        model.addAllAttributes(layout.attributes(currentAccount, request));
    }
}
