package io.cellarsync.trivec.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request's URL as the gateway reads it, split once: the route, and the query parameters in the order sent. Routes
 * and parameter names ignore case, as on the real gateway (notes §2).
 *
 * @param path the route without its leading slashes, in lower case ({@code ticket/day.json/20261130})
 * @param parameters the query parameters in the order sent, names and values percent-decoded; a name without
 *     {@code =} has an empty value, and {@code =value} without a name is dropped
 */
record GatewayUrl(String path, List<Parameter> parameters) {

    GatewayUrl {
        parameters = List.copyOf(parameters);
    }

    /**
     * Splits a request's path-and-query.
     *
     * @param url the URL as received, e.g. {@code /Ticket/Day.json/20261130?appid=...&IncOpen=true}
     * @return the route and parameters
     */
    static GatewayUrl parse(String url) {
        int q = url.indexOf('?');
        String path = (q < 0 ? url : url.substring(0, q)).replaceFirst("^/+", "").toLowerCase(Locale.ROOT);
        List<Parameter> parameters = new ArrayList<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.add(new Parameter(name(pair.substring(0, eq)),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
                } else if (eq < 0 && !pair.isEmpty()) {
                    // A name without '=' (&IncOpen) is that parameter with an empty value, as .NET and servlets read
                    // it: dropped, it read as an omitted flag (false) instead of one the gateway cannot read.
                    parameters.add(new Parameter(name(pair), ""));
                }
            }
        }
        return new GatewayUrl(path, parameters);
    }

    /**
     * The first parameter of a query whose name or value holds a malformed percent-escape: a {@code %} not followed by
     * two hexadecimal digits ({@code %zz}, {@code %4} or {@code %} at the end, {@code %+1}), which the gateway's
     * parameters cannot be decoded from (RFC 3986 §2.1). The query is split as {@link #parse} and WireMock split it,
     * on {@code &} and the first {@code =}; every escape WireMock's decoder refuses is refused here, and some it
     * takes ({@code %+1}, {@code %-0}, read as a number with its sign) too.
     *
     * @param query the query as received, without the {@code ?}, not decoded
     * @return that parameter, or null when every escape is well-formed
     */
    static @Nullable MalformedEscape malformedEscape(String query) {
        String[] pairs = query.split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            int eq = pairs[i].indexOf('=');
            String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
            String value = eq < 0 ? "" : pairs[i].substring(eq + 1);
            if (!wellFormed(name)) {
                return new MalformedEscape(i + 1, null);
            }
            if (!wellFormed(value)) {
                return new MalformedEscape(i + 1, name.isEmpty() ? null : name(name));
            }
        }
        return null;
    }

    private static boolean wellFormed(String sent) {
        for (int i = sent.indexOf('%'); i >= 0; i = sent.indexOf('%', i + 3)) {
            if (i + 2 >= sent.length() || Character.digit(sent.charAt(i + 1), 16) < 0
                    || Character.digit(sent.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A parameter's name as the gateway reads it: percent-decoded like its value ({@code Inc%4Fpen} is
     * {@code IncOpen}, so it is a repeat of an {@code IncOpen} beside it; {@code %61ppid} is the key).
     */
    private static String name(String sent) {
        return URLDecoder.decode(sent, StandardCharsets.UTF_8);
    }

    /**
     * A parameter's value.
     *
     * @param name the name in lower case
     * @return the value of the last parameter of that name in any case, or null when none was sent
     */
    @Nullable String value(String name) {
        String value = null;
        for (Parameter parameter : parameters) {
            if (parameter.is(name)) {
                value = parameter.value();
            }
        }
        return value;
    }

    /**
     * A parameter's value, or a default.
     *
     * @param name the name in lower case
     * @param absent the value when none was sent
     * @return the value
     */
    String valueOr(String name, String absent) {
        String value = value(name);
        return value == null ? absent : value;
    }

    /**
     * The first parameter to come again in the query, with the same value or not, its name in the same case or not.
     *
     * @return that parameter as first sent, or null when every parameter was sent once
     */
    @Nullable Parameter repeated() {
        Map<String, Parameter> first = new HashMap<>();
        for (Parameter parameter : parameters) {
            Parameter earlier = first.putIfAbsent(parameter.name().toLowerCase(Locale.ROOT), parameter);
            if (earlier != null) {
                return earlier;
            }
        }
        return null;
    }

    /** @return the route and the parameters, the key's value shown as {@code ***} */
    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder("/").append(path);
        String separator = "?";
        for (Parameter parameter : parameters) {
            shown.append(separator).append(parameter);
            separator = "&";
        }
        return shown.toString();
    }

    /**
     * A query parameter holding a malformed percent-escape.
     *
     * @param position its place in the query, from 1 (empty parameters, {@code a=1&&b=%}, counted)
     * @param name its name, percent-decoded, when the escape is in its value; null when the escape is in the name
     *     itself, or the parameter has none ({@code =%zz}), so that there is no name to tell
     */
    record MalformedEscape(int position, @Nullable String name) {
    }

    /**
     * One query parameter.
     *
     * @param name the name as sent
     * @param value the value, percent-decoded
     */
    record Parameter(String name, String value) {

        /** @return whether this is the parameter of that lower-case name, in whatever case it was sent */
        boolean is(String lowerCaseName) {
            return name.toLowerCase(Locale.ROOT).equals(lowerCaseName);
        }

        /** @return {@code name=value}, the key's value shown as {@code ***} */
        @Override
        public String toString() {
            return name + "=" + (is("appid") ? "***" : value);
        }
    }
}
