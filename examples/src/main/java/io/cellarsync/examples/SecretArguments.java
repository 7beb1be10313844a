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
            if (arg.equals(OPTION) && i + 1 < args.length) {
                secrets.add(args[i + 1]);
            } else if (arg.startsWith(OPTION + "=")) {
                secrets.add(arg.substring(OPTION.length() + 1));
            }
        }
        secrets.removeIf(String::isEmpty);
        return new SecretArguments(List.copyOf(secrets));
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
