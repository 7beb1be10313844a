package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cellarsync.examples.SlowTicketDays;
import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.sync.ChangeSummary;
import io.cellarsync.trivec.RetryPolicy;
import io.cellarsync.trivec.TransportResponse;
import io.cellarsync.trivec.TrivecClientBuilder;
import io.cellarsync.trivec.testkit.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The nightly import, the queue, the library and the reset report, end to end against the simulated gateway. */
class ImportCommandTest extends SimulatedNightFixture {

    // --- import ----------------------------------------------------------------------------------------------

    @Test
    void import_printsTheDaysTicketsAndTheGatewaysExactBilledRevenue() {
        JsonNode summary = importAllDays();

        assertThat(summary.get("days").asInt()).isEqualTo(gateway.days().size());
        assertThat(summary.get("tickets").asInt()).isEqualTo(billedTickets(gateway.days()));
        assertThat(summary.get("linesApplied").asInt()).isZero();
        assertThat(summary.get("unlinkedLines").asInt()).isPositive();
        assertThat(summary.get("gross").decimalValue()).isEqualByComparingTo(billedRevenue(gateway.days()));
        assertThat(summary.fieldNames()).toIterable().containsExactly("days", "tickets", "linesApplied",
                "unlinkedLines", "gross", "autoLinked", "linesBackfilled");
        assertThat(summary.get("autoLinked").asInt()).isZero();
    }

    @Test
    void theImportSummary_countsTheCataloguesAutomaticLinks_andTheirBackfills() {
        // Found in review: the back-fills of a reset-report product linked as it came back were left out.
        ChangeSummary catalogue = new ChangeSummary(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 3, 1, 3);
        ChangeSummary sales = new ChangeSummary(4, 1, 0, 0, 0, 7, 5, 2, new BigDecimal("12.50"), 5);

        ImportCommand.ImportSummary summary = ImportCommand.ImportSummary.of(2, catalogue, sales);

        assertThat(summary).isEqualTo(new ImportCommand.ImportSummary(2, 5, 5, 2, new BigDecimal("12.50"), 1, 3));
    }

    @Test
    void import_asksForOpenInternalAndFreeAddOnTickets_butNeverTrainingOnes() {
        gateway.resetRequests();

        importDays(gateway.days().get(0), gateway.days().get(1));

        List<String> dayRequests = gateway.requestedUrls().stream().filter(url -> url.contains("/ticket/day.json/"))
                .toList();
        assertThat(dayRequests).hasSize(2).allSatisfy(url -> assertThat(url).contains("IncOpen=true",
                "IncInternal=true", "IncTraining=false", "IncFreeAddons=true"));
    }

    @Test
    void importingTheSameDaysAgain_changesNothing() {
        importAllDays();
        JsonNode queue = ok("queue", "--json");

        JsonNode again = importDays(gateway.days().get(1), gateway.days().get(1));

        assertThat(again.get("tickets").asInt()).isEqualTo(billedTickets(List.of(gateway.days().get(1))));
        assertThat(again.get("linesApplied").asInt()).isZero();
        assertThat(again.get("unlinkedLines").asInt()).isZero();
        assertThat(again.get("gross").decimalValue()).isZero();
        assertThat(ok("queue", "--json")).isEqualTo(queue);
    }

    @Test
    void aFailedImport_leavesTheStateAsBefore_andNeverShowsTheKey() throws IOException {
        importDays(gateway.days().get(0), gateway.days().get(0));
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));

        int code = fails("import", "--base-uri", gateway.baseUri().toString(), "--app-id", "0123456789abcdef0123456789abcdef",
                "--date", gateway.days().get(1).toString());

        assertThat(code).isEqualTo(1);
        assertThat(runner.err()).startsWith("cellarsync: ").doesNotContain("0123456789abcdef0123456789abcdef");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void theKey_isNeverWrittenIntoTheStateDirectory() throws IOException {
        importAllDays();

        List<Path> files;
        try (var walk = Files.walk(state)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                .doesNotContain(gateway.appId()));
    }

    @Test
    void aFailedImportWithVerbose_showsAStackTrace_stillWithoutTheKey() {
        for (Fault fault : List.of(Fault.UNAUTHORIZED, Fault.NOT_FOUND, Fault.MALFORMED, Fault.TRUNCATED)) {
            gateway.clearFaults();
            gateway.injectFault(fault);

            int code = fails("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                    "--date", gateway.days().get(0).toString(), "--verbose");

            assertThat(code).as(fault.name()).isEqualTo(1);
            assertThat(runner.err()).as(fault.name()).startsWith("cellarsync: ").contains("\tat ")
                    .doesNotContain(gateway.appId());
        }
    }

    @Test
    void aRangeThatFailsOnItsLastDay_recordsNoneOfItsDays() throws IOException {
        importLibrary();
        String journal = Files.readString(state.resolve(Journal.FILE_NAME));
        String lastDay = gateway.days().get(2).toString().replace("-", "");
        HttpClient http = HttpClient.newHttpClient();
        UnaryOperator<TrivecClientBuilder> before = ImportCommand.clientSettings;
        ImportCommand.clientSettings = builder -> builder.minInterval(Duration.ZERO).retryPolicy(RetryPolicy.none())
                .transport(request -> {
                    if (request.uri().getPath().endsWith("/" + lastDay)) {
                        throw new IOException("connection reset");
                    }
                    HttpResponse<InputStream> response = send(http, HttpRequest.newBuilder(request.uri()).build());
                    return new TransportResponse(response.statusCode(), response.headers().map(), response.body());
                });
        try {
            int code = fails("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                    "--date", gateway.days().get(0).toString(), "--to", gateway.days().get(2).toString());

            assertThat(code).isEqualTo(1);
        } finally {
            ImportCommand.clientSettings = before;
        }
        assertThat(runner.err()).startsWith("cellarsync: ").contains("connection reset");
        assertThat(Files.readString(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void aLongRangeWhoseEveryDayAnswersInTime_isImported_eachDayWithinTheClientsDeadline() {
        // Found in review: the whole range was one call of the client, under one 5-minute deadline; a gateway taking
        // 2 s a day (a venue's server behind the relay) failed a 200-day import at day 150, nothing imported.
        UnaryOperator<TrivecClientBuilder> before = ImportCommand.clientSettings;
        ImportCommand.clientSettings = new SlowTicketDays(Duration.ofSeconds(2)).settings();
        try {
            JsonNode summary = ok("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                    "--date", "2026-01-01", "--to", "2026-07-19");

            assertThat(summary.get("days").asInt()).isEqualTo(200);
        } finally {
            ImportCommand.clientSettings = before;
        }
    }

    private static HttpResponse<InputStream> send(HttpClient http, HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    @Test
    void importRestrictedToACentre_countsOnlyThatCentresTickets() {
        String centre = aCentreKey();
        JsonNode all = importDays(gateway.days().get(0), gateway.days().get(0));
        state = temp.resolve("other-state");

        JsonNode one = ok("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                "--date", gateway.days().get(0).toString(), "--center", centre);

        assertThat(one.get("tickets").asInt()).isPositive().isLessThan(all.get("tickets").asInt());
    }

    @Test
    void importOfAMistypedCentre_isRefusedNamingItAndTheSitesCentres_andWritesNothing() throws IOException {
        // Found in review: "--center NOPE" imported no ticket and exited 0, so a typo emptied the nightly import.
        importDays(gateway.days().get(0), gateway.days().get(0));
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        assertThat(fails("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                "--date", gateway.days().get(1).toString(), "--center", aCentreKey(), "--center", "NOPE"))
                .isEqualTo(1);

        assertThat(runner.err()).contains("--center NOPE").contains(aCentreKey()).contains("nothing was imported")
                .doesNotContain(gateway.appId());
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    @Test
    void importOfAMistypedCentre_throughABaseUriWithCredentials_neverShowsThem() {
        // Userinfo in a base URI (proxy credentials) is never shown: the refusal of a mistyped centre printed it.
        String withCredentials = gateway.baseUri().toString().replace("://", "://proxyuser:pr0xy5ecret@");

        assertThat(fails("import", "--base-uri", withCredentials, "--app-id", gateway.appId(),
                "--date", gateway.days().get(1).toString(), "--center", "NOPE")).isEqualTo(1);

        assertThat(runner.err()).contains("--center NOPE").contains(aCentreKey()).doesNotContain("pr0xy5ecret")
                .doesNotContain("proxyuser");
    }

    @Test
    void aBackwardsRange_isAUsageError() {
        assertThat(fails("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                "--date", "2026-12-02", "--to", "2026-12-01")).isEqualTo(2);
        assertThat(runner.err()).contains("--to 2026-12-01 must be on or after --date 2026-12-02");
    }

    @Test
    void aRangeOfMoreThan367Days_isAUsageError_andNothingIsFetchedOrWritten() throws IOException {
        importLibrary();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));
        gateway.resetRequests();

        assertThat(fails("import", "--base-uri", gateway.baseUri().toString(), "--app-id", gateway.appId(),
                "--date", "2025-01-01", "--to", "2026-01-03")).isEqualTo(2);

        assertThat(runner.err()).contains("--to 2026-01-03 must be on or after --date 2025-01-01 and at most 366 days"
                + " later: one command reads at most 367 business days").doesNotContain(gateway.appId());
        assertThat(gateway.requestCount()).isZero();
        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
    }

    // --- queue -----------------------------------------------------------------------------------------------

    @Test
    void queue_listsSoldReferencesFirst_byRevenue_withTheFieldsOfTheIssue() {
        importDays(gateway.days().get(0), gateway.days().get(0));

        List<JsonNode> rows = stream(ok("queue", "--json")).toList();

        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).fieldNames()).toIterable()
                .containsExactly("site", "posProductKey", "posName", "sold", "quantity", "revenue", "suggestion");
        assertThat(rows.get(0).get("site").asText()).isEqualTo("localhost:" + gateway.baseUri().getPort());
        for (int i = 1; i < rows.size(); i++) {
            JsonNode before = rows.get(i - 1);
            JsonNode row = rows.get(i);
            assertThat(before.get("sold").asBoolean() || !row.get("sold").asBoolean()).as("sold first").isTrue();
            if (before.get("sold").asBoolean() == row.get("sold").asBoolean()) {
                assertThat(before.get("revenue").decimalValue()).isGreaterThanOrEqualTo(row.get("revenue").decimalValue());
            }
        }
    }

    @Test
    void ignore_takesAReferenceOffTheQueue_andUnignorePutsItBack() {
        importAllDays();
        String coffee = product("CAFE").key();

        ok("ignore", "--pos-product", coffee);
        assertThat(stream(ok("queue", "--json")).map(r -> r.get("posProductKey").asText())).doesNotContain(coffee);

        ok("unignore", "--pos-product", coffee);
        assertThat(stream(ok("queue", "--json")).map(r -> r.get("posProductKey").asText())).contains(coffee);
    }

    // --- library import and reset report ---------------------------------------------------------------------

    @Test
    void aBadLibraryRow_isReportedWithItsLine_andNothingIsImported() throws IOException {
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "id,name,vintage\nW1,Margaux,2015\nW2,Talbot,vingt\n");

        assertThat(fails("library", "import", "--csv", csv.toString())).isEqualTo(1);

        assertThat(runner.err()).contains("line 3").contains("vingt");
        assertThat(Journal.read(state)).isEmpty();
    }

    @Test
    void aLibraryWithAByteOrderMark_andAQuotedHeader_isImported() throws IOException {
        Path csv = temp.resolve("excel.csv");
        Files.writeString(csv, "\uFEFF\"id\",\"name\",\"vintage\",\"stock\"\r\n\"W1\",\"Margaux\",\"2015\",\"6\"\r\n",
                StandardCharsets.UTF_8);

        ok("library", "import", "--csv", csv.toString());

        assertThat(stockOf("W1").get("stock").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void lookingAtAStateThatDoesNotExist_saysWhatToDo() {
        assertThat(fails("queue", "--json")).isEqualTo(1);

        assertThat(runner.err()).contains("There is no state directory " + state).contains("--state DIR");
    }

    @Test
    void importingTheSameLibraryAgain_changesNothing() throws IOException {
        importLibrary();
        int records = Journal.read(state).size();

        importLibrary();

        assertThat(runner.out()).contains("Imported 0 wine(s)").contains("3 already in the state");
        assertThat(Journal.read(state)).hasSize(records);
    }

    @Test
    void resetReport_writesOneRowPerWine_withStableProductNumbers() throws IOException {
        importLibrary();
        Path report = temp.resolve("reset.csv");

        ok("reset-report", "--out", report.toString());
        List<String> first = Files.readAllLines(report, StandardCharsets.UTF_8);
        ok("reset-report", "--out", report.toString());

        assertThat(first.get(0)).isEqualTo("ProductNr;Name;ShortName;GroupName;Price;VatRate");
        assertThat(first).hasSize(4);
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).isEqualTo(first);
    }

    @Test
    void aResetReportThatCannotBeWritten_leavesTheStateByteForByte_andNoFileBehind() throws IOException {
        // Found in review: the product numbers were recorded before the file was written, so "--out" a directory or
        // a file in a missing directory exited 1 with the journal grown by a record (and a temporary file left).
        importLibrary();
        byte[] journal = Files.readAllBytes(state.resolve(Journal.FILE_NAME));
        Path directory = Files.createDirectories(temp.resolve("reports"));

        assertThat(fails("reset-report", "--out", directory.toString())).isEqualTo(1);
        assertThat(runner.err()).contains("is a directory");
        assertThat(fails("reset-report", "--out", temp.resolve("missing").resolve("reset.csv").toString()))
                .isEqualTo(1);
        assertThat(runner.err()).contains("does not exist");

        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(journal);
        try (var left = Files.list(temp)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".reset"));
        }
    }

    @Test
    void aWritingCommand_isRefusedWhileAnotherHoldsTheState() {
        try (CellarState busy = CellarState.openForWriting(state, java.time.Clock.systemUTC())) {
            assertThat(fails("ignore", "--pos-product", "P")).isEqualTo(1);
            assertThat(runner.err()).contains("in use by another cellarsync command");
        }
    }
}
