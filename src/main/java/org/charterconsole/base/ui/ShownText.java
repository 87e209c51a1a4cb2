package org.charterconsole.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;

/**
 * Sets the text of a live element at the least cost. Vaadin's {@code setText} re-sends the element's
 * children (clearing and re-adding its text node) even when the text is the same; changing the text
 * node itself sends one value, and nothing when the text has not changed.
 */
public final class ShownText {

    private ShownText() {
    }

    public static void set(HasElement component, String text) {
        Element element = component.getElement();
        if (element.getChildCount() == 1 && element.getChild(0).isTextNode()) {
            Element textNode = element.getChild(0);
            if (!text.equals(textNode.getText())) {
                textNode.setText(text);
            }
        } else if (!text.equals(element.getText())) {
            element.setText(text);
        }
    }
}
