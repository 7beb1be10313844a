package io.cellarsync.examples.trivec;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.trivec.Product;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cellarsync products}: the site's catalogue (the POS references), as JSON or as a table. */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = "Read the product catalogue (POS references) of a Trivec gateway.")
public final class ProductsCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin GatewayOptions gateway;

    @Option(names = "--json", description = "Print a JSON array of {key, number, name, groupKey, price, vatRate}.")
    boolean json;

    /** One product as printed. */
    record ProductJson(String key, long number, String name, String groupKey, BigDecimal price,
            @Nullable BigDecimal vatRate) {
        static ProductJson of(Product p) {
            return new ProductJson(p.key(), p.number(), p.name(), p.groupKey(), p.price(), p.vatRate());
        }
    }

    @Override
    public void run() {
        List<ProductJson> products = gateway.client().products().stream().map(ProductJson::of).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(GatewayJsonOutput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(products));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            for (ProductJson p : products) {
                BigDecimal vatRate = p.vatRate();
                out.println(OneLineText.printable(String.format("%-18s %8d  %-40s %10s  %s", p.key(), p.number(),
                        p.name(), p.price().toPlainString(), vatRate == null ? "VAT rate not sent"
                                : vatRate.stripTrailingZeros().toPlainString() + " %")));
            }
        }
        out.flush();
    }
}
