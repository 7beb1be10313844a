package io.cellarsync.examples.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cellarsync.matching.Candidate;
import io.cellarsync.matching.Proposal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The JSON shape of a {@link Proposal} used by {@code cellarsync match --json} and by the queue's {@code suggestion}:
 * {@code {"label","verdict":"yes|almost|no","wineId":…|null,"vintage":YYYY|null,"score":0..1,
 * "candidates":[{"wineId","score"}]}} with up to 3 candidates; for {@code almost}, {@code vintage} is the fix.
 */
public final class ProposalJson {

    /** How many candidates the JSON lists at most. */
    public static final int MAX_CANDIDATES = 3;

    private ProposalJson() {}

    /**
     * Writes a proposal as a JSON object.
     *
     * @param proposal the matcher's answer
     * @return the JSON object; scores are exact decimals with 4 places
     */
    public static ObjectNode of(Proposal proposal) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        node.put("label", proposal.label());
        node.put("verdict", proposal.verdict().name().toLowerCase(Locale.ROOT));
        node.set("wineId", proposal.wineId().<JsonNode>map(json::textNode).orElse(json.nullNode()));
        node.set("vintage", proposal.vintage().isPresent()
                ? json.numberNode(proposal.vintage().getAsInt()) : json.nullNode());
        node.put("score", score(proposal.score()));
        ArrayNode candidates = node.putArray("candidates");
        for (Candidate candidate : proposal.candidates().subList(0,
                Math.min(MAX_CANDIDATES, proposal.candidates().size()))) {
            candidates.addObject().put("wineId", candidate.wineId()).put("score", score(candidate.score()));
        }
        return node;
    }

    private static BigDecimal score(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
