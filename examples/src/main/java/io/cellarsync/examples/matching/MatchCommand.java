package io.cellarsync.examples.matching;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.examples.library.CsvRecords;
import io.cellarsync.examples.library.LibraryCsvException;
import io.cellarsync.examples.library.LibraryCsvReader;
import io.cellarsync.examples.library.ReadProblem;
import io.cellarsync.matching.MatchingEngine;
import io.cellarsync.matching.Proposal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cellarsync match}: proposes a library wine for each POS label of a file (R9). */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Propose the library wine for each POS label: yes, almost (the wine, another vintage) or no.",
            "The library CSV has id,name and optionally producer,appellation,region,country,colour,vintage,"
                + "volume_ml,stock,grapes (a row without colour takes it from a Systembolaget 'style' naming one);"
                + " the labels CSV has a label column."})
public final class MatchCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;

    @Option(names = "--library", required = true, paramLabel = "FILE.csv", description = "The wine library CSV.")
    Path library;

    @Option(names = "--labels", required = true, paramLabel = "FILE.csv",
            description = "The POS labels CSV, with a 'label' column (other columns are ignored).")
    Path labels;

    @Option(names = "--json", description = "Print one JSON array, in input order, instead of text lines.")
    boolean json;

    @Mixin UnsaidFormatOption unsaidFormat;

    @Override
    public void run() {
        MatchingEngine engine = MatchingEngine.builder().maxCandidates(ProposalJson.MAX_CANDIDATES)
                .unsaidFormatIsStandardBottle(unsaidFormat.standardBottle())
                .build(LibraryWines.of(LibraryCsvReader.read(library)));
        List<Proposal> proposals = new ArrayList<>();
        for (String label : readLabels(labels)) {
            proposals.add(engine.match(label));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(proposals, out);
        } else {
            proposals.forEach(p -> out.println(line(p)));
        }
        out.flush();
    }

    private static void printJson(List<Proposal> proposals, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        proposals.forEach(p -> array.add(ProposalJson.of(p)));
        try {
            out.println(mapper.writeValueAsString(array));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Proposal proposal) {
        StringBuilder line = new StringBuilder(OneLineText.printable(proposal.label())).append(" -> ")
                .append(proposal.verdict().name().toLowerCase(Locale.ROOT));
        proposal.wineId().ifPresent(id -> line.append(' ').append(id));
        if (proposal.vintage().isPresent()) {
            line.append(proposal.verdict() == io.cellarsync.matching.Verdict.ALMOST ? " fix vintage to " : " vintage ")
                    .append(proposal.vintage().getAsInt());
        }
        line.append(String.format(Locale.ROOT, " (score %.3f", proposal.score()));
        String explanation = proposal.explanation().text();
        if (!explanation.isEmpty()) {
            line.append("; ").append(explanation);
        }
        return line.append(')').toString();
    }

    /** The {@code label} column of a CSV file, in file order. */
    static List<String> readLabels(Path file) {
        List<CsvRecords.CsvRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = new CsvRecords(in).readAll(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels file " + file + ": " + ReadProblem.reason(e), e);
        }
        if (records.isEmpty()) {
            throw new LibraryCsvException(file.toString(), 1, "the file is empty; expected a header with a label column");
        }
        List<String> header = records.get(0).fields().stream()
                .map(CsvRecords::columnName).toList();
        int column = header.indexOf("label");
        if (column >= 0 && header.lastIndexOf("label") != column) {
            throw new LibraryCsvException(file.toString(), 1, "the header names column 'label' twice, found " + header);
        }
        if (column < 0) {
            throw new LibraryCsvException(file.toString(), 1, "the header has no 'label' column, found " + header);
        }
        List<String> labels = new ArrayList<>();
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            labels.add(column < record.fields().size() ? record.fields().get(column) : "");
        }
        return labels;
    }
}
