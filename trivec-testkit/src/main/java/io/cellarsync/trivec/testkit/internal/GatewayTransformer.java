package io.cellarsync.trivec.testkit.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.testkit.Fault;
import io.cellarsync.trivec.testkit.SimulatorConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Answers every request of the simulator: routes and query names ignore case like the real gateway, the key is
 * checked, flags and filters are applied, and an injected fault replaces the answer.
 */
public final class GatewayTransformer implements ResponseDefinitionTransformerV2 {

    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();

    /** The boolean flags of {@code ticket/day.json}, as the vendor writes them (notes §5.2). */
    private static final List<String> FLAGS = List.of("IncOpen", "IncInternal", "IncTraining", "IncFreeAddons");

    private final SimulatedSite site;
    private final String appId;
    private final KeyRedaction redaction;
    private final FaultSwitch faults;
    private final Duration slowDelay;

    /**
     * A transformer for one site.
     *
     * @param site what is served
     * @param appId the accepted key
     * @param faults the fault switch
     * @param slowDelay the delay of {@link Fault#SLOW}
     */
    public GatewayTransformer(SimulatedSite site, String appId, FaultSwitch faults, Duration slowDelay) {
        this.site = site;
        this.appId = appId;
        this.redaction = KeyRedaction.of(appId);
        this.faults = faults;
        this.slowDelay = slowDelay;
    }

    @Override
    public String getName() {
        return "trivec-gateway-simulator";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        try {
            Request request = event.getRequest();
            GatewayUrl url = GatewayUrl.parse(request.getUrl());
            Fault fault = faults.take();
            if (fault != null && fault != Fault.SLOW) {
                return faulty(fault, request, url).build();
            }
            ResponseDefinitionBuilder answer = answer(request, url);
            if (fault == Fault.SLOW) {
                answer.withFixedDelay(Math.toIntExact(slowDelay.toMillis()));
            }
            return answer.build();
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /**
     * What the gateway answers a request, whatever fault is injected, which it leaves for the next request: the answer
     * to a request for WireMock's admin API, a route the gateway does not have (see {@link ClosedAdminApi}).
     *
     * @param request the request
     * @return the answer
     */
    public ResponseDefinition answerWithoutFault(Request request) {
        try {
            return answer(request, GatewayUrl.parse(request.getUrl())).build();
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /**
     * The answer when the simulator itself fails on a request: a bug, since every request a partner can send is
     * meant to get the gateway's answer (a bad value gets its 400). WireMock answered an exception escaping the
     * transformer with an HTML page holding the stack trace and the exception's message, which may quote a value of
     * the request, the key included. This is ASP.NET Core's problem-details for a 500 naming only the exception's
     * class, never its message.
     */
    private static ResponseDefinition failed(RuntimeException e) {
        return json(500, "{\"type\":\"https://tools.ietf.org/html/rfc7231#section-6.6.1\","
                + "\"title\":\"An error occurred while processing your request.\",\"status\":500,"
                + "\"detail\":\"The simulator failed on this request (" + e.getClass().getName() + "): a bug in"
                + " trivec-testkit; please report it with the request, its appid removed.\",\"traceId\":\"00-sim\"}")
                .build();
    }

    private ResponseDefinitionBuilder answer(Request request, GatewayUrl url) {
        String method = request.getMethod().getName();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            // The export API is read-only (TRIVEC-GATEWAY.md §2): a client that writes is told so, as ASP.NET Web API
            // tells it, so that a vendor's test can prove its integration never writes to the till.
            return json(405, "{\"Message\":\"The requested resource does not support http method '"
                    + method.replace("'", "") + "'.\"}").withHeader("Allow", "GET");
        }
        GatewayUrl.Parameter repeated = url.repeated();
        if (repeated != null) {
            return repeatedParameter(repeated.name());
        }
        if (!appId.equals(url.value("appid"))) {
            return json(401, "{\"Message\":\"Authorization has been denied for this request.\"}");
        }
        String path = url.path();
        if (path.startsWith("ticket/day.json/")) {
            return day(path.substring("ticket/day.json/".length()), url);
        }
        if (path.equals("account/info.json/" + GatewayJson.HOUSE_ACCOUNT_KEY)) {
            return json(200, "{\"$type\":\"Trivec.Definitions.Models.Account, Trivec.Definitions\",\"Key\":\""
                    + GatewayJson.HOUSE_ACCOUNT_KEY + "\",\"ClientNr\":\"1\",\"FirstName\":\"\",\"LastName\":\"\","
                    + "\"CompanyName\":\"Le Comptoir Simule\",\"City\":\"Bordeaux\",\"Country\":\"France\"}");
        }
        Catalogue catalogue = site.catalogue();
        return switch (path) {
            case "catalog/productlist.json" -> json(200, CatalogueJson.products(catalogue));
            case "catalog/productgrouplist.json" -> json(200, CatalogueJson.productGroups());
            case "catalog/paymodegrouplist.json" -> json(200, CatalogueJson.paymodes(false));
            case "catalog/paymodelist.json" -> json(200, CatalogueJson.paymodes(true));
            case "centers.json" -> json(200, CatalogueJson.centres(catalogue));
            case "users.json" -> json(200, CatalogueJson.users(catalogue));
            default -> noResource(request);
        };
    }

    private ResponseDefinitionBuilder day(String date, GatewayUrl url) {
        // Eight digits only: BASIC_ISO_DATE also reads an offset after the date (20261130+0100, what it writes for a
        // ZonedDateTime), which the gateway's yyyyMMdd route (notes §4) has no room for.
        if (!date.matches("[0-9]{8}")) {
            return badDate(date);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return badDate(date);
        }
        for (String name : FLAGS) {
            String value = url.value(name.toLowerCase(Locale.ROOT));
            if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                return badFlag(name, value);
            }
        }
        String center = url.valueOr("center", "");
        if (hasOther(center)) {
            return notAKey("center", center, "one centre's Key from centers.json, such as 7700000000001", "centre");
        }
        String user = url.valueOr("user", "");
        if (hasOther(user)) {
            return notAKey("user", user, "one user's Key from users.json, such as 14000000000001", "user");
        }
        TicketQuery ticketQuery = new TicketQuery(flag(url, "incopen"), flag(url, "incinternal"),
                flag(url, "inctraining"), flag(url, "incfreeaddons"),
                center.isEmpty() ? List.of() : List.of(center), user);
        return json(200, site.dayJson(day, ticketQuery));
    }

    /**
     * A {@code center} or {@code user} filter that is not a key ({@code x y}, {@code %}, {@code -1}, a control
     * character, a non-ASCII letter). The gateway's keys are digits (notes §6.14) and the client sends letters and
     * digits only ({@link TicketQuery}); what the gateway does with another value is unknown. The simulator built the
     * client's {@code TicketQuery} from it, which refused it with an exception that WireMock answered as an HTTP 500
     * page, read by a client that retries 500s as an outage. It answers a validation error, as for a bad flag, telling
     * the value by its {@link #length} and {@link #firstOther}, never showing it: a partner who put the key in the
     * wrong parameter would get it back.
     */
    private static ResponseDefinitionBuilder notAKey(String name, String value, String accepted, String what) {
        return validationError(name, "The value of '" + name + "' " + length(value) + " is not a key: "
                + firstOther(value) + ". Give " + accepted + " (letters A-Z, a-z and digits 0-9 only), or leave '"
                + name + "' out for every " + what + ".");
    }

    /**
     * The route's date is not a day written {@code yyyyMMdd}: a validation error (notes §9) telling the
     * segment by its {@link #length} and {@link #firstOther}, counted as sent (not percent-decoded), never showing it:
     * a partner who put the key in the route (a day built from the wrong variable) would get it back.
     */
    private static ResponseDefinitionBuilder badDate(String date) {
        String accepted = "give the day as yyyyMMdd, eight digits (20261130), without separators, offset or time.";
        if (date.isEmpty()) {
            return validationError("date", "The date of the route is empty: " + accepted);
        }
        if (date.matches("[0-9]{8}")) {
            return validationError("date", "The date of the route (8 digits) is not a day of the calendar: give a"
                    + " month 01 to 12 and a day that month has, as yyyyMMdd (20261130).");
        }
        String other = hasOther(date) ? ": " + firstOther(date) : "";
        return validationError("date", "The date of the route " + length(date) + " is not a day written yyyyMMdd"
                + other + "; " + accepted);
    }

    /**
     * A flag the gateway cannot read. The notes (§5.2) give {@code true} / {@code false} as the values, in any case
     * ({@code True} and {@code false} were both seen to work), but not what another value does: .NET reads a boolean
     * only from those words, so the simulator answers a validation error, in the problem-details shape of a bad date
     * (§9), naming the parameter and what is accepted, rather than reading {@code yes} or {@code 1} as false and
     * serving a day without the tickets asked for. The value is told by its {@link #length} and
     * {@link #firstOther}, never shown: a partner who pasted the key into {@code IncOpen} would get it back.
     */
    private static ResponseDefinitionBuilder badFlag(String name, String value) {
        String accepted = "use true or false (in any case).";
        if (value.isEmpty()) {
            return validationError(name, "The value of '" + name + "' is empty: " + accepted);
        }
        String other = hasOther(value) ? ": " + firstOther(value) : "";
        return validationError(name, "The value of '" + name + "' " + length(value) + " is not true or false"
                + other + "; " + accepted);
    }

    /**
     * How every 400 of the simulator tells a value it refuses without showing it, since a partner who put the key in
     * the wrong parameter or in the route would get it back in a body that tests often log: the value's length in
     * characters (Unicode code points), and, when it has one, the place (from 1) and code point of its first
     * character that is not an ASCII letter or digit ({@link #firstOther}), a character no gateway key holds (32
     * hexadecimal digits, notes §3); never a letter or digit of it. With what is accepted, that tells a partner which
     * of their values it is.
     *
     * @return {@code (5 characters)}, {@code (1 character)}
     */
    private static String length(String value) {
        int length = value.codePointCount(0, value.length());
        return "(" + length + (length == 1 ? " character)" : " characters)");
    }

    private static boolean hasOther(String value) {
        return value.codePoints().anyMatch(c -> !isKeyCharacter(c));
    }

    /** @return {@code its character 2 (U+0020) is not one of A-Z, a-z, 0-9}; the value must have such a character */
    private static String firstOther(String value) {
        int place = 1;
        for (int offset = 0; offset < value.length(); place++) {
            int character = value.codePointAt(offset);
            if (!isKeyCharacter(character)) {
                return "its character " + place + " (" + String.format(Locale.ROOT, "U+%04X", character)
                        + ") is not one of A-Z, a-z, 0-9";
            }
            offset += Character.charCount(character);
        }
        throw new IllegalArgumentException("no character other than A-Z, a-z, 0-9");
    }

    /**
     * A character of a key: an ASCII letter or digit, the client's rule for a centre or user key ({@link TicketQuery}),
     * and all a gateway key holds.
     */
    private static boolean isKeyCharacter(int character) {
        return character < 128 && Character.isLetterOrDigit(character);
    }

    /**
     * A parameter sent more than once ({@code appid} twice, {@code center=A&center=B},
     * {@code IncOpen=true&incopen=false}). What the gateway does with one is unknown (the notes say nothing of it):
     * .NET may bind the first value, the last, or both joined by a comma. The simulator kept the last, so a vendor's
     * request that built part of its query twice passed its test and may read another centre, or fail, on a live site.
     * It is refused whatever the values, the same value twice included: a request the simulator accepts should mean
     * one thing on any server. The answer names the parameter as first sent, never a value (one may be the key), nor
     * a name holding the key ({@link #holdsTheKey}).
     */
    private ResponseDefinitionBuilder repeatedParameter(String name) {
        String rule = "give each parameter once (names ignore case; the same value twice is refused too).";
        if (holdsTheKey(name)) {
            return validationError("query", "A parameter whose name holds the key (not shown) was given more than"
                    + " once: " + rule);
        }
        return validationError(name, "The parameter '" + name + "' was given more than once: " + rule);
    }

    /**
     * Whether a parameter's name, which two 400s show as sent, holds the simulator's key, in any case: a query built
     * as {@code "&" + key + "=..."} would get it back, as a value would (see {@link #length}).
     */
    private boolean holdsTheKey(String name) {
        return name.toLowerCase(Locale.ROOT).contains(appId.toLowerCase(Locale.ROOT));
    }

    /**
     * A query holding a malformed percent-escape ({@code appid=%zz}, {@code user=7%}): its parameters cannot be
     * decoded. What the gateway does with one is unknown (the notes say nothing of it); the simulator answers 400
     * problem-details, as for the other requests it cannot read, naming the parameter when its name can be read (the
     * escape is in its value) and does not hold the key ({@link #holdsTheKey}), never a value (one may be the key);
     * otherwise its place in the query, under {@code query}. WireMock failed on such a query with an HTTP 500 page,
     * which a client that retries 500s read as an outage of the gateway. See {@link EscapeCheckingHttpServerFactory},
     * which answers it.
     *
     * @param malformed the first parameter holding one
     * @return the answer
     */
    ResponseDefinition malformedEscape(GatewayUrl.MalformedEscape malformed) {
        String rule = "a '%' must be followed by two hexadecimal digits; write a '%' itself as %25.";
        String name = malformed.name();
        String parameter = "Query parameter " + malformed.position() + " (from 1, in the order sent)";
        if (name == null) {
            return validationError("query", parameter + " holds a malformed percent-escape in its name, or has no"
                    + " name: " + rule).build();
        }
        if (holdsTheKey(name)) {
            return validationError("query", parameter + ", whose name holds the key (not shown), holds a malformed"
                    + " percent-escape in its value: " + rule).build();
        }
        return validationError(name, "The value of '" + name + "' holds a malformed percent-escape: " + rule).build();
    }

    /** ASP.NET Core's problem details for a value that cannot be bound (notes §9). */
    private static ResponseDefinitionBuilder validationError(String field, String message) {
        return json(400, "{\"errors\":{\"" + new String(ESCAPE.quoteAsString(field)) + "\":[\""
                + new String(ESCAPE.quoteAsString(message))
                + "\"]},\"type\":\"https://tools.ietf.org/html/rfc7231#section-6.5.1\","
                + "\"title\":\"One or more validation errors occurred.\",\"status\":400,\"traceId\":\"00-sim\"}");
    }

    private ResponseDefinitionBuilder faulty(Fault fault, Request request, GatewayUrl url) {
        return switch (fault) {
            case UNAUTHORIZED -> json(401, "{\"Message\":\"Authorization has been denied for this request.\"}");
            case NOT_FOUND -> noResource(request);
            case RATE_LIMITED -> json(429, "{\"Message\":\"Too many requests.\"}").withHeader("Retry-After", "1");
            case SERVICE_UNAVAILABLE -> new ResponseDefinitionBuilder().withStatus(503)
                    .withHeader("Content-Type", "text/html").withBody("<html><body>Service Unavailable</body></html>");
            case MALFORMED -> new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", "text/html").withBody("<html><body>Gateway maintenance</body></html>");
            case TRUNCATED -> {
                byte[] body = answer(request, url).build().getByteBody();
                yield json(200, Arrays.copyOf(body, body.length / 2));
            }
            case ERROR_OBJECT_200 -> json(200, "{\"$type\":\"System.Web.Http.HttpError, System.Web.Http\","
                    + "\"Message\":\"An error has occurred.\"}");
            case SLOW -> answer(request, url);
        };
    }

    /**
     * The ASP.NET Web API answer for an unknown route, which echoes the URI as the real one does (notes §9), but for
     * the key: the value of {@code appid}, and the simulator's own key wherever else it was sent (in another
     * parameter, in the path), as sent or percent-encoded, in any case (see {@link KeyRedaction}), are shown as
     * {@code ***}, unless it is {@link SimulatorConfig#DEFAULT_APP_ID}, a
     * published test key, no secret. So a partner's test on the default key still gets a body echoing a key, to prove
     * that its logging redacts the gateway's error bodies (notes §3), while a simulator run with a partner's own key,
     * perhaps a real one, never sends it back in a body that tests often log.
     */
    private ResponseDefinitionBuilder noResource(Request request) {
        String uri = redaction.echoed(request.getAbsoluteUrl());
        return json(404, "{\"$type\":\"System.Web.Http.HttpError, System.Web.Http\",\"Message\":\"No HTTP resource"
                + " was found that matches the request URI '" + uri.replace("\"", "")
                + "'.\",\"MessageDetail\":\"No action was found on the controller that matches the request.\"}");
    }

    private static boolean flag(GatewayUrl url, String name) {
        return "true".equalsIgnoreCase(url.value(name));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseDefinitionBuilder json(int status, byte[] body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }
}
