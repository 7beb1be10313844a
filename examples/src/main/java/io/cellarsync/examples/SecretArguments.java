package io.cellarsync.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * The secrets a command line carries (the gateway key of {@code --app-id}), so that no message the runner prints
 * repeats them: picocli echoes unknown or misplaced arguments in its usage errors.
 */
final class SecretArguments {

    static final String OPTION = "--app-id";
    static final String MASK = "***";

    private final List<String> secrets;

    private SecretArguments(List<String> secrets) {
        this.secrets = secrets;
    }

    static SecretArguments of(String[] args) {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!namesTheKey(name)) {
                continue;
            }
            String value = equals < 0 ? "" : arg.substring(equals + 1);
            if (value.isEmpty() && i + 1 < args.length) {
                // "--app-id KEY", a misspelt "--appid KEY", or "--app-id= KEY" with a space after the '='
                secrets.add(args[i + 1]);
            } else {
                secrets.add(value);
            }
        }
        secrets.removeIf(String::isEmpty);
        return new SecretArguments(List.copyOf(secrets));
    }

    /**
     * Whether an argument names the key option, also misspelt as a tired user types it ({@code --appid}, the
     * gateway's own name for it, {@code -app-id}, {@code --app_id}, {@code --appId}): picocli echoes the value
     * of an unknown option in its usage error.
     */
    private static boolean namesTheKey(String name) {
        return name.startsWith("-")
                && name.replaceAll("[-_]", "").toLowerCase(java.util.Locale.ROOT).equals("appid");
    }

    /** @return the text with every secret of the command line replaced by {@code ***} */
    String redact(String text) {
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, MASK);
        }
        return redacted;
    }
}
