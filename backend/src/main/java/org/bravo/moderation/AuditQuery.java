package org.bravo.moderation;

import jakarta.ws.rs.QueryParam;
import org.bravo.moderation.internal.AuditService;

/**
 * The filters of the audit log, which its page and its export take alike: words, the action, who acted (a username),
 * the content type, and the first and last days (both included).
 */
public class AuditQuery {
    @QueryParam("q")
    public String q;

    @QueryParam("action")
    public String action;

    @QueryParam("actor")
    public String actor;

    @QueryParam("contentType")
    public String contentType;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    AuditService.Filter filter() {
        return new AuditService.Filter(q, action, actor, contentType, from, to);
    }
}
