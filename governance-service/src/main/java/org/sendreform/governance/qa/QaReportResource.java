package org.sendreform.governance.qa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.governance.action.Action;
import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.patch.MergedRequest;
import org.sendreform.platform.access.WorkspaceScope;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.Problem.FieldError;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.problem.ProblemType;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;

@Path("/api/v1/qa-reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "QA reports", description = "The QA, Data and Digital workspace's quality assurance reports: aggregate findings about "
        + "providers, settings and services (never a child's case), their summary, and the Board's pack")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class QaReportResource {

    private static final String KEEPERS = "the QA, Data and Digital workspace's lead, the programme manager and admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AuditTrail audit;

    @Inject
    MergedRequest mergedRequest;

    @Inject
    Clock clock;

    @Schema(name = "QaReportPage")
    public record QaReportPage(List<QaReportView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listQaReports", summary = "List QA reports", description = """
            Newest audited first, then by id. Filters combine with AND. Published reports (and withdrawn ones that \
            were published) for everyone; drafts too for the QA, Data and Digital workspace's lead, the programme \
            manager and admin.""")
    @APIResponse(responseCode = "200", description = "One page of reports; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = QaReportPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid (each named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "The provider, setting or service: its whole name, any case", example = "Coventry SEND casework service")
            @QueryParam("provider") String provider,
            @Parameter(schema = @Schema(implementation = QaKind.class)) @QueryParam("kind") String kindParam,
            @Parameter(schema = @Schema(implementation = QaRating.class)) @QueryParam("rating") String ratingParam,
            @Parameter(schema = @Schema(implementation = QaStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "Audited on or after (YYYY-MM-DD)", example = "2026-09-01") @QueryParam("from") String fromParam,
            @Parameter(description = "Audited on or before (YYYY-MM-DD)", example = "2027-08-31") @QueryParam("to") String toParam,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        LocalDate from = QueryParameters.date("from", fromParam);
        LocalDate to = QueryParameters.date("to", toParam);
        requireOrdered(from, to);
        String name = provider == null || provider.isBlank() ? null : QaSummary.tidy(provider).toLowerCase(Locale.ROOT);
        Filters filters = new Filters().where("lower(provider) = :provider", "provider", name)
                .equal("kind", QueryParameters.oneOf("kind", kindParam, QaKind.class))
                .equal("rating", QueryParameters.oneOf("rating", ratingParam, QaRating.class))
                .equal("status", QueryParameters.oneOf("status", statusParam, QaStatus.class))
                .where("auditedOn >= :fromDate", "fromDate", from).where("auditedOn <= :toDate", "toDate", to)
                .where("(:keeper = true or publishedOn is not null)", "keeper", keeper());
        Sort order = Sort.descending("auditedOn").and("id", Sort.Direction.Descending);
        var query = QaReport.<QaReport>find(filters.query(), order, filters.parameters());
        List<QaReportView> items = query.page(paging.page, paging.size).list().stream().map(QaReportView::of).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("summary")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "summariseQaReports", summary = "The single view of QA findings", description = """
            From published reports (withdrawn ones count nowhere): per provider, setting or service its latest \
            rating and date, how many reports and how many concerns are still open, worst latest rating first; per \
            kind, how many reports came to each rating. from/to narrow it to reports audited in those days.""")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = QaSummary.class)))
    @APIResponse(responseCode = "400", description = "from or to is not a date, or from is after to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QaSummary summary(
            @Parameter(description = "Audited on or after (YYYY-MM-DD)", example = "2026-09-01") @QueryParam("from") String fromParam,
            @Parameter(description = "Audited on or before (YYYY-MM-DD)", example = "2027-08-31") @QueryParam("to") String toParam) {
        LocalDate from = QueryParameters.date("from", fromParam);
        LocalDate to = QueryParameters.date("to", toParam);
        requireOrdered(from, to);
        Filters filters = new Filters().equal("status", QaStatus.PUBLISHED).where("auditedOn >= :fromDate", "fromDate", from)
                .where("auditedOn <= :toDate", "toDate", to);
        List<QaSummary.Finding> findings = QaReport.<QaReport>list(filters.query(), Sort.by("id"), filters.parameters()).stream()
                .map(r -> new QaSummary.Finding(r.id, r.kind, r.provider, r.auditedOn, r.rating, r.openConcerns())).toList();
        return QaSummary.of(findings, from, to);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getQaReport", summary = "Get one QA report",
            description = "A draft is found only by those who keep QA reports; for everyone else it does not exist (404).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = QaReportView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No report has this id (or it is a draft and you do not keep QA reports)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        QaReport r = QaReport.<QaReport>findByIdOptional(id).filter(found -> QaRules.visible(found.publishedOn, keeper()))
                .orElseThrow(() -> ProblemException.notFound("QA report", id));
        return ETags.ok(request, r.version, () -> QaReportView.of(r));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "createQaReport", summary = "Record a QA report", description = """
            Aggregate findings about one provider, setting or service: never a child's case. There is no field for a \
            child's details; unknown fields are refused (400) and text holding something shaped like an NHS number \
            (10 digits) or a unique pupil number (a letter and 12 characters) is refused (422 naming the field). \
            Status defaults to DRAFT; publishing (now or later) needs a rating, findings and, for an audit, the sample \
            size. Kept by the QA, Data and Digital workspace's lead (token claim workspace = qa-data-digital), the \
            programme manager and admin.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QaReportRequest.class),
            examples = @ExampleObject(name = "an EHCP quality audit, published", value = """
                    {"kind": "EHCP_QUALITY_AUDIT", "provider": "Coventry SEND casework service", "auditedOn": "2026-10-02",
                     "rating": "REQUIRES_IMPROVEMENT", "sampleSize": 20,
                     "findings": "Most plans reflected the child's voice; outcomes were weakest in health sections.",
                     "concerns": [{"text": "6 of 20 plans had outcomes that were not specific or measurable"},
                                  {"text": "Health advice was missing or late in 5 of 20 plans"}],
                     "actionPlan": "Health advice template revised and outcome-writing training by December", "actions": [7],
                     "status": "PUBLISHED"}""")))
    @APIResponse(responseCode = "201", description = "The report as recorded; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = QaReportView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You do not keep QA reports (a workspace lead of another workspace, for one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule (each named): missing, too long, audited in the future, "
            + "published without a rating, findings or sample size, an unknown action, a child's identifier in the text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a body is required") QaReportRequest request, @Context UriInfo uri) {
        requireKeeper();
        QaReportRequest item = QaRules.withDefaults(request, true);
        LocalDate today = LocalDate.now(clock);
        FieldErrors.requireNone(QaRules.problems(item, null, today, QaReportResource::actionExists));
        Instant now = Instant.now(clock);
        QaReport r = new QaReport();
        r.created(audit.caller().name(), now);
        apply(r, item, now, today);
        r.persist();
        r.flush();
        QaReportView view = QaReportView.of(r);
        audit.record("qa-report", r.id.toString(), r.status == QaStatus.PUBLISHED ? "CREATED_PUBLISHED" : "CREATED", null, view);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/qa-reports").path(r.id.toString()).build()).entity(view)
                .tag(ETags.of(r.version)).build();
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "updateQaReport", summary = "Change, publish, follow up or withdraw a QA report (JSON merge patch)",
            description = """
                    Send only the fields to change; null clears one. A draft changes freely under the create's rules; \
                    status PUBLISHED publishes it. Once published its findings are frozen (409 naming each field): \
                    kind, provider, date, rating, sample size, findings, the concerns' wording and the action plan. \
                    What still changes is follow-up: each concern's resolved flag (send the concerns with their \
                    wording unchanged), the linked actions, and status WITHDRAWN with a withdrawnReason. A published \
                    report never returns to draft; a withdrawn one is final. If-Match with the ETag you read is required.""")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = Object.class),
            examples = {
                    @ExampleObject(name = "a concern resolved", value = """
                            {"concerns": [{"text": "6 of 20 plans had outcomes that were not specific or measurable", "resolved": true},
                                          {"text": "Health advice was missing or late in 5 of 20 plans"}]}"""),
                    @ExampleObject(name = "withdrawn", value = """
                            {"status": "WITHDRAWN", "withdrawnReason": "Published against the wrong setting; corrected as report 12"}""") }))
    @APIResponse(responseCode = "200", description = "The report as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = QaReportView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a field that cannot be written (id, rag, ...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You do not keep QA reports",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No report has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The change alters a published report's findings, returns it to draft, or "
            + "changes a withdrawn report (each field named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The report changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The result breaks a rule (each field named); nothing changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        requireKeeper();
        QaReport r = QaReport.<QaReport>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("QA report", id));
        IfMatch.require(ifMatch, r.version);
        QaReportRequest current = QaReportRequest.of(r);
        QaReportRequest item = QaRules.withDefaults(mergedRequest.apply(current, patch, QaReportRequest.class), false);
        List<FieldError> frozen = QaRules.frozen(item, current);
        if (!frozen.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "QA report " + id + " is " + r.status.name().toLowerCase() + ": "
                    + frozen.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")), frozen);
        }
        LocalDate today = LocalDate.now(clock);
        FieldErrors.requireNone(QaRules.problems(item, current, today, QaReportResource::actionExists));
        QaReportView before = QaReportView.of(r);
        Instant now = Instant.now(clock);
        apply(r, item, now, today);
        r.updated(audit.caller().name(), now);
        r.flush();
        QaReportView after = QaReportView.of(r);
        audit.record("qa-report", r.id.toString(), before.status() == after.status() ? "UPDATED" : after.status().name(), before, after);
        return Response.ok(after).tag(ETags.of(r.version)).build();
    }

    @GET
    @Path("{id: [0-9]+}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({ "programme-manager", "workspace-lead", "admin" })
    @Operation(operationId = "getQaReportHistory", summary = "A QA report's history", description = """
            Created, each change, publication and withdrawal: who, when, before and after. For those who keep QA \
            reports only, since it holds the drafts' wording.""")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "403", description = "You do not keep QA reports",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No report has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@PathParam("id") long id) {
        requireKeeper();
        if (QaReport.findById(id) == null) {
            throw ProblemException.notFound("QA report", id);
        }
        return audit.history("qa-report", Long.toString(id));
    }

    private static void apply(QaReport r, QaReportRequest item, Instant now, LocalDate today) {
        r.kind = item.kind();
        r.provider = QaSummary.tidy(item.provider());
        r.auditedOn = item.auditedOn();
        r.rating = item.rating();
        r.sampleSize = item.sampleSize();
        r.findings = item.findings();
        r.actionPlan = item.actionPlan();
        r.concerns.clear();
        item.concerns().forEach(c -> r.concerns.add(new QaReport.Concern(c.text(), Boolean.TRUE.equals(c.resolved()))));
        r.actions.clear();
        r.actions.addAll(item.actions());
        if (item.status() == QaStatus.PUBLISHED && r.publishedOn == null) {
            r.publishedAt = now;
            r.publishedOn = today;
        }
        r.status = item.status();
        r.withdrawnReason = item.withdrawnReason();
    }

    private static boolean actionExists(Long id) {
        return Action.findById(id) != null;
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badParameter("from", "must not be after to (" + to + ")");
        }
    }

    private boolean keeper() {
        return QaRules.mayKeep(identity.getRoles(), token.getClaim(WorkspaceScope.CLAIM));
    }

    /** The roles are checked by @RolesAllowed; a workspace lead keeps QA reports only as the QA, Data and Digital lead. */
    private void requireKeeper() {
        WorkspaceScope.require(identity, token, QaRules.WIDER_ROLES, QaRules.WORKSPACE, "QA reports");
        if (!keeper()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "QA reports are kept by " + KEEPERS);
        }
    }
}
