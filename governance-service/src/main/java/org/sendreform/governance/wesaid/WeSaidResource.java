package org.sendreform.governance.wesaid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sendreform.governance.decision.Decision;
import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.patch.MergedRequest;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.page.Page;
import org.sendreform.platform.page.PageRequest;
import org.sendreform.platform.problem.Problem;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.platform.query.Filters;
import org.sendreform.platform.query.QueryParameters;
import org.sendreform.platform.version.ETags;
import org.sendreform.platform.version.IfMatch;

/**
 * "We said / we did": kept by the programme manager, the board secretary and workspace leads (and admin), read by
 * the partnership's people. Partners and analytics read the published items at /api/v1/public/we-said-we-did.
 */
@Path("/api/v1/we-said-we-did")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "programme-manager", "board-secretary", "workspace-lead", "admin", "board-member", "rdg-member", "return-signatory" })
@Tag(name = "We said / we did", description = "What families, young people, settings and partners said, what was done, and what it led to")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your role does not keep (or, for partners and analytics, read unpublished) items",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WeSaidResource {

    static final String[] WRITERS = { "programme-manager", "board-secretary", "workspace-lead", "admin" };
    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    AuditTrail audit;

    @Inject
    MergedRequest mergedRequest;

    @Inject
    Clock clock;

    @Schema(name = "WeSaidPage")
    public record WeSaidPage(List<WeSaidView> items, int page, int size, long total) {
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listWeSaidWeDid", summary = "List \"we said / we did\" items, published or not",
            description = "Newest said first (then newest id). Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of items; Link header has first/prev/next/last",
            content = @Content(schema = @Schema(implementation = WeSaidPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(schema = @Schema(implementation = VoiceSource.class)) @QueryParam("source") String sourceParam,
            @Parameter(schema = @Schema(implementation = WeSaidStatus.class)) @QueryParam("status") String statusParam,
            @Parameter(description = "true: published only; false: unpublished only", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("published") String publishedParam,
            @Parameter(description = "Items linked to this decision", example = "42") @QueryParam("decision") Long decision,
            @Parameter(description = "Items linked to this milestone", example = "M-QA-Q3-01") @QueryParam("milestone") String milestone,
            @BeanParam @Valid PageRequest paging, @Context UriInfo uri) {
        Filters filters = filters(sourceParam, statusParam)
                .equal("published", publishedParam == null ? null : QueryParameters.bool("published", publishedParam, false))
                .where(":decision member of decisions", "decision", decision)
                .where(":milestone member of milestones", "milestone", milestone);
        return page(filters, paging, uri, WeSaidView::of);
    }

    /** The filters the internal and the public list share. */
    static Filters filters(String sourceParam, String statusParam) {
        return new Filters().equal("source", QueryParameters.oneOf("source", sourceParam, VoiceSource.class))
                .equal("status", QueryParameters.oneOf("status", statusParam, WeSaidStatus.class));
    }

    static <V> Response page(Filters filters, PageRequest paging, UriInfo uri, java.util.function.Function<WeSaid, V> view) {
        Sort order = Sort.descending("saidOn").and("id", Sort.Direction.Descending);
        var query = filters.isEmpty() ? WeSaid.<WeSaid>findAll(order) : WeSaid.<WeSaid>find(filters.query(), order, filters.parameters());
        List<V> items = query.page(paging.page, paging.size).list().stream().map(view).toList();
        return new Page<>(items, paging.page, paging.size, query.count()).toResponse(uri);
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getWeSaidWeDid", summary = "Get one \"we said / we did\" item with its internal fields")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(schema = @Schema(implementation = WeSaidView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No item has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        WeSaid w = WeSaid.<WeSaid>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("We said / we did item", id));
        return ETags.ok(request, w.version, () -> WeSaidView.of(w));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ "programme-manager", "board-secretary", "workspace-lead", "admin" })
    @Operation(operationId = "createWeSaidWeDid", summary = "Record what was said (and, when known, what was done)", description = """
            Kept by the programme manager, the board secretary, workspace leads and admin (PCF representatives' \
            items are entered by them: the realm has no PCF role). Status defaults to LISTENING and published to \
            false. An item is published (readable without a token at /api/v1/public/we-said-we-did) only with a \
            "we did" statement and status IN_PROGRESS or DONE; DONE needs the statement too. Decisions must exist \
            here; milestone codes are checked for their shape only.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WeSaidRequest.class),
            examples = @ExampleObject(name = "published with what was done", value = """
                    {"source": "PARENT_CARERS", "theme": "Communication about EHCP timescales", "saidOn": "2026-10-14",
                     "weSaid": "Families told us they do not know where their child's EHCP assessment has got to.",
                     "weDid": "We now write to families at weeks 6, 12 and 16 of every assessment.",
                     "status": "IN_PROGRESS", "decisions": [42], "milestones": ["M-QA-Q3-01"], "published": true,
                     "notes": "Raised at the PCF coffee morning."}""")))
    @APIResponse(responseCode = "201", description = "The item as recorded; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = WeSaidView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule (each named): missing, too long, said in the future, "
            + "an unknown decision, a malformed milestone code, DONE or published without a \"we did\" statement, published while LISTENING",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a body is required") WeSaidRequest request, @Context UriInfo uri) {
        WeSaidRequest item = new WeSaidRequest(request.source(), request.theme(), request.saidOn(), request.weSaid(), request.weDid(),
                request.status() != null ? request.status() : WeSaidStatus.LISTENING, request.decisions(), request.milestones(),
                Boolean.TRUE.equals(request.published()), request.notes());
        FieldErrors.requireNone(WeSaidRules.problems(item, LocalDate.now(clock), WeSaidResource::decisionExists));
        Instant now = Instant.now(clock);
        WeSaid w = new WeSaid();
        w.created(audit.caller().name(), now);
        apply(w, item, now);
        w.persist();
        w.flush();
        WeSaidView view = WeSaidView.of(w);
        audit.record("we-said-we-did", w.id.toString(), w.published ? "CREATED_PUBLISHED" : "CREATED", null, view);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/we-said-we-did").path(w.id.toString()).build()).entity(view)
                .tag(ETags.of(w.version)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Transactional
    @RolesAllowed({ "programme-manager", "board-secretary", "workspace-lead", "admin" })
    @Operation(operationId = "updateWeSaidWeDid", summary = "Change an item: what was done, status, links, publish or unpublish (JSON merge patch)",
            description = """
                    Send only the fields to change; null clears one (weDid, notes, decisions, milestones). The result \
                    keeps the same rules as a create: publishing (published: true) needs a "we did" statement and status \
                    IN_PROGRESS or DONE. Unpublishing takes it off the public list at once. If-Match with the ETag you \
                    read is required.""")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "done and published", value = """
                    {"weDid": "We now write to families at weeks 6, 12 and 16 of every assessment.", "status": "DONE", "published": true}""")))
    @APIResponse(responseCode = "200", description = "The item as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = WeSaidView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a field that cannot be written (id, createdBy, ...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No item has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The item changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The result breaks a rule (each field named); nothing changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        WeSaid w = WeSaid.<WeSaid>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("We said / we did item", id));
        IfMatch.require(ifMatch, w.version);
        WeSaidRequest item = mergedRequest.apply(WeSaidRequest.of(w), patch, WeSaidRequest.class);
        FieldErrors.requireNone(WeSaidRules.problems(item, LocalDate.now(clock), WeSaidResource::decisionExists));
        WeSaidView before = WeSaidView.of(w);
        Instant now = Instant.now(clock);
        apply(w, item, now);
        w.updated(audit.caller().name(), now);
        w.flush();
        WeSaidView after = WeSaidView.of(w);
        String action = before.published() == after.published() ? "UPDATED" : after.published() ? "PUBLISHED" : "UNPUBLISHED";
        audit.record("we-said-we-did", w.id.toString(), action, before, after);
        return Response.ok(after).tag(ETags.of(w.version)).build();
    }

    @GET
    @Path("{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getWeSaidWeDidHistory", summary = "An item's history",
            description = "Created, changed, published and unpublished: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "No item has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditTrail.Entry> history(@PathParam("id") long id) {
        if (WeSaid.findById(id) == null) {
            throw ProblemException.notFound("We said / we did item", id);
        }
        return audit.history("we-said-we-did", Long.toString(id));
    }

    private static void apply(WeSaid w, WeSaidRequest item, Instant now) {
        w.source = item.source();
        w.theme = item.theme();
        w.saidOn = item.saidOn();
        w.weSaid = item.weSaid();
        w.weDid = item.weDid() == null || item.weDid().isBlank() ? null : item.weDid();
        w.status = item.status();
        if (item.published() && !w.published) {
            w.publishedAt = now;
        }
        w.published = item.published();
        if (!w.published) {
            w.publishedAt = null;
        }
        w.decisions.clear();
        w.decisions.addAll(item.decisions() == null ? List.of() : item.decisions());
        w.milestones.clear();
        w.milestones.addAll(item.milestones() == null ? List.of() : item.milestones());
        w.notes = item.notes() == null || item.notes().isBlank() ? null : item.notes();
    }

    private static boolean decisionExists(Long id) {
        return Decision.count("id", id) > 0;
    }
}
