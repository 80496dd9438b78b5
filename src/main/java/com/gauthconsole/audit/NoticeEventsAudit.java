package com.gauthconsole.audit;

import com.gauthconsole.notify.NoticeDeliveryChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what became of each notice, in the transaction of the change: delivered (after how many attempts), given up
 * (with the last failure's reason) or sent again by an administrator. Never the webhook's address.
 */
@Component
class NoticeEventsAudit {

    private final AuditLog auditLog;

    NoticeEventsAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(NoticeDeliveryChanged changed) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("notice", changed.noticeId());
        details.put("channel", changed.channel());
        details.put("event", changed.event());
        details.put("about", changed.subject());
        details.put("attempts", changed.attempts());
        if (changed.reason() != null) {
            details.put("lastFailure", changed.reason());
        }
        auditLog.append(new AuditEntry(
                switch (changed.change()) {
                    case DELIVERED -> AuditEventKind.NOTICE_DELIVERED;
                    case GAVE_UP -> AuditEventKind.NOTICE_GAVE_UP;
                    case RETRY_REQUESTED -> AuditEventKind.NOTICE_RETRIED;
                },
                changed.actor(),
                "notice " + changed.noticeId(),
                null,
                details));
    }
}
