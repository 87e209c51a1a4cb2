package org.charterconsole.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Unexpected errors in a view are logged and shown to the user as a notification, not a stack trace. A browser
 * that went away while its answer was being written (a closed tab, a lost network) is not one: as Vaadin's own
 * handler does, that is logged at debug and nobody is told.
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);
    /**
     * By name: the servlet container's own classes are not this code's to depend on. Only the containers' own
     * types, which are thrown writing a response: a plain socket error may be the database or the PBX failing
     * under a user's action, which the user must be told of.
     */
    private static final Set<String> CLIENT_GONE = Set.of(
            "org.apache.catalina.connector.ClientAbortException", "org.eclipse.jetty.io.EofException");
    static final String MESSAGE = "Something went wrong. Please try again; "
            + "if it keeps happening, tell your team leader.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (clientGone(event.getThrowable())) {
            log.debug("A browser went away while its answer was written", event.getThrowable());
            return;
        }
        log.error("Unexpected error in the user interface", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(MESSAGE, 6000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static boolean clientGone(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (CLIENT_GONE.contains(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
