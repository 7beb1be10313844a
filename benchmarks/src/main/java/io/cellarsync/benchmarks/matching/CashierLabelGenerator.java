package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.Verdict;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, independent generator of till labels with their truth, written as cashiers of French, Swedish and Italian
 * restaurants type them: fixed-width cuts (20–24 characters), their own shorthands (CH, DOM, CDR, BGNE, 1ER, GC, VV,
 * RES, RGE/BLC/RSE, but also CHARD, SAUV, GEWURZ, cut words with a dot), the producer first, last or left out, 2-digit
 * vintages with or without an apostrophe, bottles, halves, magnums, carafes and glasses (VERRE, VR, GL, 12CL, GLAS,
 * CALICE), menu prefixes, lower or mixed case, and typos.
 *
 * <p>Truth: {@code YES} for a library wine with a vintage some listing of it holds or with none; {@code ALMOST} for a
 * library wine with a vintage that no listing of it holds, the fix being the label's vintage; {@code NO} for drinks and
 * dishes of its own list, for wines of another catalogue whose winery the library does not know, for invented wines (a
 * real appellation, an invented producer) and for wines held out of the index whole (all their listings). A label is
 * kept as {@code YES} or {@code ALMOST} only when no other stocked wine has all of its words (else the producer is
 * written out, else the label is dropped), and as a held-out {@code NO} only when no stocked wine has all of its words
 * (the drops are counted in {@link Stats}). The listings of one wine are those {@link OneWine} joins, as for
 * {@link PosLabelGenerator}: a wine the library lists more than once ("Gaja Barbaresco" / "Barbaresco Gaja", a producer
 * spelt two ways) is neither a truth nor held out. Until 2026-12-05 (tenth session) the rule was its own: the same
 * name words, or the same once the producer's are left out, and one shared producer word (which joined <i>Marqués de
 * Riscal Reserva</i> and <i>Marqués de Cáceres Reserva</i>); an {@code ALMOST} vintage was also one no listing with the
 * wine's name words held, whatever the producer.
 */
public final class CashierLabelGenerator {

    /** A label, its truth, and the habits the cashier used to write it (for grouping errors). */
    public record Label(LabelledQuery query, List<String> habits) {}

    /**
     * What was dropped while generating: labels of a stocked wine that another stocked wine also reads as (the producer
     * was then written out; dropped when that did not help), labels of a held-out or foreign wine that read as a
     * stocked wine, non-wine items whose words all belong to some stocked wine (kept: they are not wines).
     */
    public record Stats(int ambiguousRetried, int ambiguousDropped, int heldOutReadsAsStocked, int heldOutLabels,
            int foreignReadsAsStocked, int foreignLabels, int inventedReadsAsStocked, int nonWineCollisions,
            int duplicatedWinesSkipped, int heldOutWines) {}

    /** The generated set: the index to build (the library less the held-out wines), the labels, the drop counts. */
    public record LabelSet(List<LibraryWine> stocked, List<Label> labels, Stats stats) {

        /** The labels as the harness's queries. */
        public List<LabelledQuery> queries() {
            return labels.stream().map(Label::query).toList();
        }
    }

    static final String IN_LIBRARY = "in library";
    static final String ALMOST = "vintage not held";
    static final String NON_WINE = "non-wine (cashier)";
    static final String HELD_OUT = "not stocked: held out";
    static final String FOREIGN = "not stocked: X-Wines";
    static final String INVENTED = "not stocked: invented";

    private static final Set<String> STOP = StockedReadings.ARTICLES;

    /** Shorthands for a run of words (folded, space separated) → the forms a cashier types. First match wins. */
    private static final Map<String, String[]> PHRASES = new LinkedHashMap<>();

    /** Shorthands for one word. */
    private static final Map<String, String[]> WORDS = new HashMap<>();

    static {
        PHRASES.put("cotes du rhone villages", new String[] {"CDRV", "CDR VILL", "C.D.RHONE VILL"});
        PHRASES.put("cotes du rhone", new String[] {"CDR", "CDR", "C. DU RHONE", "COTES RHONE"});
        PHRASES.put("chateauneuf du pape", new String[] {"CNDP", "CHATEAUNEUF", "CH9DP", "CHATEAUNEUF DU PAPE"});
        PHRASES.put("grand cru classe", new String[] {"GCC", "GD CRU CL", "GCC"});
        PHRASES.put("premier grand cru classe", new String[] {"1ER GCC", "1ER GD CRU"});
        PHRASES.put("premier cru", new String[] {"1ER", "1ER CRU", "1ER CRU", "PC"});
        PHRASES.put("1er cru", new String[] {"1ER", "1ER CRU"});
        PHRASES.put("grand cru", new String[] {"GC", "GD CRU", "GRD CRU"});
        PHRASES.put("vieilles vignes", new String[] {"VV", "VV", "V.V.", "VIEILLES VGN"});
        PHRASES.put("blanc de blancs", new String[] {"BDB", "BL DE BL", "BLC DE BLC"});
        PHRASES.put("blanc de noirs", new String[] {"BDN", "BL DE NOIRS"});
        PHRASES.put("cremant de bourgogne", new String[] {"CREMANT BGNE", "CREM. BOURGOGNE", "CREMANT BOURG"});
        PHRASES.put("cremant d alsace", new String[] {"CREMANT ALS", "CREM. ALSACE"});
        PHRASES.put("saint emilion grand cru", new String[] {"ST EM GC", "ST-EMILION GC", "SEGC"});
        PHRASES.put("saint emilion", new String[] {"ST EMILION", "ST-EMILION", "ST EM"});
        PHRASES.put("sauvignon blanc", new String[] {"SAUV BLC", "SAUV BL", "SAUVIGNON"});
        PHRASES.put("cabernet sauvignon", new String[] {"CAB SAUV", "CAB SAUV", "CABERNET S"});
        PHRASES.put("pinot noir", new String[] {"PINOT N", "P. NOIR", "PINOT NR"});
        PHRASES.put("pinot grigio", new String[] {"P. GRIGIO", "PINOT GRIG"});
        PHRASES.put("montepulciano d abruzzo", new String[] {"MONTEPULCIANO", "MONTEPULC. ABR"});
        PHRASES.put("brunello di montalcino", new String[] {"BRUNELLO", "BRUNELLO MONTALC"});
        PHRASES.put("rosso di montalcino", new String[] {"ROSSO MONTALC", "ROSSO MONTALCINO"});
        PHRASES.put("vino nobile di montepulciano", new String[] {"NOBILE", "VINO NOBILE"});
        PHRASES.put("amarone della valpolicella", new String[] {"AMARONE", "AMARONE VALPOL"});
        PHRASES.put("valpolicella ripasso", new String[] {"RIPASSO", "VALPO RIPASSO"});
        PHRASES.put("chianti classico", new String[] {"CHIANTI CLASS.", "CHIANTI CLASSICO", "CHIANTI CLAS"});
        PHRASES.put("barbera d alba", new String[] {"BARBERA ALBA", "BARBERA D'ALBA"});
        PHRASES.put("barbera d asti", new String[] {"BARBERA ASTI", "BARBERA D'ASTI"});
        PHRASES.put("moscato d asti", new String[] {"MOSCATO ASTI", "MOSCATO"});
        PHRASES.put("langhe nebbiolo", new String[] {"LANGHE NEBB.", "NEBBIOLO LANGHE"});
        PHRASES.put("extra brut", new String[] {"XB", "EXTRA BRUT", "EX BRUT"});
        PHRASES.put("brut nature", new String[] {"BN", "BRUT NAT"});
        PHRASES.put("brut reserve", new String[] {"BRUT RES", "BRUT RESERVE"});
        PHRASES.put("nuits saint georges", new String[] {"NUITS ST GEORGES", "NUITS ST G", "NSG"});
        PHRASES.put("gevrey chambertin", new String[] {"GEVREY", "GEVREY CHAMB"});
        PHRASES.put("chambolle musigny", new String[] {"CHAMBOLLE", "CHAMBOLLE MUS"});
        PHRASES.put("pouilly fume", new String[] {"POUILLY FUME", "PFUME"});
        PHRASES.put("pouilly fuisse", new String[] {"POUILLY FUISSE", "PFUISSE"});
        PHRASES.put("crozes hermitage", new String[] {"CROZES", "CROZES HERM"});
        PHRASES.put("vin de france", new String[] {"VDF", "VIN DE FR"});
        PHRASES.put("rioja reserva", new String[] {"RIOJA RES", "RIOJA RVA"});
        PHRASES.put("rioja crianza", new String[] {"RIOJA CZA", "RIOJA CRIANZA"});
        WORDS.put("chateau", new String[] {"CH", "CH", "CH.", "CHT", "CHAT", "CHATEAU"});
        WORDS.put("domaine", new String[] {"DOM", "DOM", "DOM.", "DNE", "DOMAINE"});
        WORDS.put("bourgogne", new String[] {"BGNE", "BOURG", "BOURGOGNE"});
        WORDS.put("bordeaux", new String[] {"BDX", "BX", "BORDEAUX"});
        WORDS.put("saint", new String[] {"ST", "ST", "ST."});
        WORDS.put("sainte", new String[] {"STE", "STE"});
        WORDS.put("reserve", new String[] {"RES", "RES.", "RESERVE"});
        WORDS.put("reserva", new String[] {"RES", "RVA", "RESERVA"});
        WORDS.put("riserva", new String[] {"RIS", "RIS.", "RISERVA"});
        WORDS.put("cuvee", new String[] {"CUV", "CUV.", "CUVEE"});
        WORDS.put("superieur", new String[] {"SUP", "SUP."});
        WORDS.put("superiore", new String[] {"SUP", "SUP."});
        WORDS.put("blanc", new String[] {"BLC", "BL", "BLANC"});
        WORDS.put("rouge", new String[] {"RGE", "RGE", "ROUGE"});
        WORDS.put("rose", new String[] {"RSE", "ROSE"});
        WORDS.put("millesime", new String[] {"MILL", "MILL."});
        WORDS.put("tradition", new String[] {"TRAD", "TRAD."});
        WORDS.put("selection", new String[] {"SEL", "SELECT"});
        WORDS.put("gewurztraminer", new String[] {"GEWURZ", "GEWURZT"});
        WORDS.put("chardonnay", new String[] {"CHARD", "CHARDO", "CHARDONNAY"});
        WORDS.put("sauvignon", new String[] {"SAUV", "SAUVIGNON"});
        WORDS.put("cabernet", new String[] {"CAB", "CABERNET"});
        WORDS.put("riesling", new String[] {"RIESL", "RIESLING"});
        WORDS.put("valpolicella", new String[] {"VALPOL", "VALPO", "VALPOLICELLA"});
        WORDS.put("montepulciano", new String[] {"MONTEPULC", "MONTEPUL."});
        WORDS.put("vineyard", new String[] {"VYD", "VINEYARD"});
        WORDS.put("vineyards", new String[] {"VYDS", "VINEYARDS"});
        WORDS.put("grande", new String[] {"GDE", "GRANDE"});
        WORDS.put("grand", new String[] {"GD", "GRAND"});
        WORDS.put("clos", new String[] {"CL", "CLOS", "CLOS"});
        WORDS.put("champagne", new String[] {"CHAMP", "CHAMPAGNE"});
        WORDS.put("classico", new String[] {"CLASS.", "CLASSICO"});
        WORDS.put("crianza", new String[] {"CZA", "CRIANZA"});
        WORDS.put("moelleux", new String[] {"MOELL", "MOELL."});
    }

    /** Drinks and dishes of a French, Swedish or Italian restaurant, as the till has them. */
    private static final List<String> NON_WINE_ITEMS = List.of(
            "PRESSION 25CL", "PRESSION 50CL", "DEMI PRESSION", "PINTE BLONDE", "PELFORTH BRUNE", "KRONENBOURG 33CL",
            "1664 BLANC 25CL", "LEFFE BLONDE 33", "CHOUFFE 33CL", "PERONI 33CL", "NASTRO AZZURRO", "BIRRA MORETTI 66CL",
            "MENABREA BIONDA", "SPENDRUPS 40CL", "FAT OL 40CL", "NORRLANDS GULD", "MELLERUDS", "OMNIPOLLO GLAS",
            "LATTOL", "PERRIER 33CL", "PERRIER TRANCHE", "BADOIT ROUGE 1L", "EVIAN 50CL", "VITTEL 1/2", "SAN PELLEGRINO 75CL",
            "ACQUA PANNA 75", "ACQUA FRIZZANTE", "RAMLOSA 33CL", "LOKA CITRON", "CARAFE D'EAU", "COCA 33CL", "COCA ZERO",
            "ORANGINA", "SCHWEPPES AGRUM", "DIABOLO MENTHE", "SIROP GRENADINE", "JUS ORANGE PRESSE", "CITRON PRESSE",
            "CHINOTTO", "ARANCIATA SAN PELL", "JULMUST", "TROCADERO", "FESTIS PAREN", "LEMONAD HUSETS",
            "ESPRESSO", "DOPPIO", "CAFE CREME", "NOISETTE", "DECA", "CAPPUCCINO", "CAFFE LATTE", "MACCHIATO", "RISTRETTO",
            "CORRETTO GRAPPA", "THE VERT", "INFUSION VERVEINE", "CHOCOLAT CHAUD", "BRYGGKAFFE", "TE SVART",
            "KIR", "KIR ROYAL", "KIR BRETON", "APEROL SPRITZ", "CAMPARI SODA", "NEGRONI SBAGLIATO", "AMERICANO", "BELLINI",
            "ROSSINI FRAGOLA", "HUGO SPRITZ", "PASTIS 51", "RICARD 2CL", "SUZE TONIC", "LILLET TONIC", "MARTINI BIANCO",
            "GIN TONIC", "MOJITO", "MARGARITA", "PIMMS CUP", "AQUAVIT OP ANDERSSON", "SNAPS 4CL", "PUNSCH VARM",
            "CALVADOS PAYS D'AUGE", "COGNAC VSOP 4CL", "ARMAGNAC 20 ANS", "GRAPPA BIANCA", "GRAPPA DI BAROLO",
            "MARC DE BOURGOGNE", "FINE CHAMPAGNE 4CL", "CHARTREUSE VERTE", "POIRE WILLIAMS", "LIMONCELLO", "AMARO MONTENEGRO",
            "FERNET BRANCA", "SAMBUCA", "GET 27", "BAILEYS", "WHISKY LAGAVULIN 16", "RHUM VIEUX", "CIDRE BRUT BOLEE",
            "POMMEAU", "OEUF MAYO", "SOUPE A L'OIGNON", "ESCARGOTS X6", "ESCARGOTS X12", "TERRINE MAISON", "FOIE GRAS MI-CUIT",
            "SALADE CHEVRE CHAUD", "SALADE NICOISE", "TARTARE BOEUF", "TARTARE AR", "STEAK FRITES", "ENTRECOTE BORDELAISE",
            "BAVETTE ECHALOTE", "CONFIT DE CANARD", "MAGRET CANARD", "COQ AU VIN", "BOEUF BOURGUIGNON",
            "BLANQUETTE DE VEAU", "SOLE MEUNIERE", "MOULES MARINIERES", "MOULES FRITES", "CHOUCROUTE", "ANDOUILLETTE AAAAA",
            "OEUFS EN MEURETTE", "JAMBON PERSILLE", "CROQUE MONSIEUR", "PLAT DU JOUR", "MENU 3 PLATS", "FORMULE MIDI",
            "MENU ENFANT", "SUPPL FRITES", "SUPPL. SAUCE", "PAIN", "COUVERT", "ASSIETTE FROMAGES", "CAFE GOURMAND",
            "CREME BRULEE", "TARTE TATIN", "MOUSSE CHOCO", "ILE FLOTTANTE", "PROFITEROLES", "POIRE BELLE HELENE",
            "SORBET CITRON 2B", "SORBET CASSIS CHAMPAGNE", "GLACE VANILLE", "TOAST SKAGEN", "SILLTALLRIK", "GRAVAD LAX",
            "KOTTBULLAR", "PLANKSTEK", "RAGMUNKAR", "WALLENBERGARE", "RAKSMORGAS", "LAXPUDDING", "SNAPSVISA", "KLADDKAKA",
            "SEMLA", "VASTERBOTTENPAJ", "BRUSCHETTA", "ANTIPASTO MISTO", "VITELLO TONNATO", "CARPACCIO MANZO",
            "BURRATA", "ARANCINI X3", "SPAGHETTI VONGOLE", "CACIO E PEPE", "CARBONARA", "TAGLIATELLE TARTUFO",
            "RISOTTO ALLA MILANESE", "RISOTTO AL BAROLO", "OSSOBUCO", "SALTIMBOCCA", "BISTECCA FIORENTINA",
            "PIZZA MARGHERITA", "PIZZA DIAVOLA", "PIZZA 4 FORMAGGI", "CALZONE", "TIRAMISU", "PANNA COTTA", "CANNOLI X2",
            "AFFOGATO", "ZABAIONE AL MARSALA", "TORTA DELLA NONNA", "COPERTO", "PANE E OLIO", "FOCACCIA", "OLIVES",
            "CHIPS", "CACAHUETES", "GATEAU ANNIV", "DROIT DE BOUCHON", "BON CADEAU 50", "REMISE 10%", "ACOMPTE",
            "PRIVATISATION", "VESTIAIRE", "SERVICE 10%");

    /** Appellations (and a few grapes) to make invented wines with. */
    private static final List<String> APPELLATIONS = List.of("MARGAUX", "PAUILLAC", "ST JULIEN", "ST ESTEPHE",
            "PESSAC LEOGNAN", "GRAVES", "SAUTERNES", "ST EMILION GC", "POMEROL", "LALANDE DE POMEROL", "BDX SUP",
            "COTES DE BOURG", "BLAYE", "MEDOC", "HAUT MEDOC", "LISTRAC", "MOULIS", "CHABLIS", "CHABLIS 1ER",
            "PETIT CHABLIS", "BGNE PINOT N", "BGNE CHARD", "MERCUREY", "GIVRY", "RULLY", "MONTAGNY", "MACON VILLAGES",
            "SAINT VERAN", "POUILLY FUISSE", "BEAUJOLAIS VILL", "MORGON", "FLEURIE", "MOULIN A VENT", "JULIENAS",
            "CHIROUBLES", "BROUILLY", "SANCERRE", "POUILLY FUME", "MENETOU SALON", "QUINCY", "REUILLY", "VOUVRAY",
            "MONTLOUIS", "CHINON", "BOURGUEIL", "SAUMUR CHAMPIGNY", "MUSCADET", "ANJOU", "CDR", "CDRV", "VACQUEYRAS",
            "GIGONDAS", "RASTEAU", "CAIRANNE", "LIRAC", "TAVEL", "CNDP", "CROZES HERMITAGE", "ST JOSEPH", "CORNAS",
            "COTE ROTIE", "CONDRIEU", "LUBERON", "VENTOUX", "COSTIERES NIMES", "PIC ST LOUP", "FAUGERES", "ST CHINIAN",
            "CORBIERES", "MINERVOIS", "LIMOUX", "BANDOL", "CASSIS", "COTES DE PROVENCE", "BELLET", "CAHORS", "MADIRAN",
            "JURANCON", "GAILLAC", "BERGERAC", "MONBAZILLAC", "ALSACE RIESLING", "ALSACE PINOT GRIS", "ARBOIS",
            "COTES DU JURA", "SAVOIE APREMONT", "CHIANTI CLASSICO", "BRUNELLO", "ROSSO DI MONTALCINO", "BOLGHERI ROSSO",
            "MORELLINO", "BAROLO", "BARBARESCO", "BARBERA D'ALBA", "DOLCETTO", "GAVI", "ROERO ARNEIS", "SOAVE CLASSICO",
            "VALPOLICELLA", "RIPASSO", "AMARONE", "LUGANA", "PROSECCO", "FRANCIACORTA", "VERDICCHIO", "PRIMITIVO",
            "NERO D'AVOLA", "ETNA ROSSO", "TAURASI", "AGLIANICO", "RIOJA CRIANZA", "RIBERA DEL DUERO", "PRIORAT",
            "ALBARINO", "TORO", "DOURO TINTO", "VINHO VERDE");

    private static final List<String> HOUSES = List.of("DOM", "DOM.", "CH", "CHATEAU", "CLOS", "MAS", "DNE",
            "CAVE", "PODERE", "TENUTA", "CASCINA", "FATTORIA", "BODEGAS", "QUINTA", "", "", "");

    private static final String[] SYLLABLES = {"bel", "mar", "ro", "quen", "til", "gar", "vau", "bri", "lan", "cour",
            "del", "fon", "ver", "ta", "mon", "sal", "cha", "bar", "ric", "pel", "gou", "nier", "zan", "ti", "lo", "ret",
            "vil", "don", "san", "bu", "sor", "ge", "mo", "la", "ne", "vi", "ca", "ra", "ste", "pin", "tor", "va"};

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final int LATEST_YEAR = 2025;

    private final Random random;
    private final List<Group> groups = new ArrayList<>();
    private final StockedReadings readings;
    private final Set<String> libraryWords = new HashSet<>();
    private final Set<Integer> heldOut = new HashSet<>();
    private int ambiguousRetried;
    private int ambiguousDropped;
    private int heldOutReadsAsStocked;
    private int heldOutLabels;
    private int foreignReadsAsStocked;
    private int foreignLabels;
    private int inventedReadsAsStocked;
    private int nonWineCollisions;
    private int duplicatedWinesSkipped;

    /** One wine's listings with one name and one producer (case aside), and their vintages. */
    private static final class Group {
        final String name;
        final String producer;
        final String colour;
        final String country;
        final List<LibraryWine> listings = new ArrayList<>();
        final Set<Integer> vintages = new TreeSet<>();
        final Set<String> words = new HashSet<>();
        boolean duplicated;

        Group(LibraryWine first) {
            name = first.name();
            producer = first.producer();
            colour = first.colour();
            country = first.country();
        }
    }

    private CashierLabelGenerator(List<LibraryWine> library, long seed) {
        this.random = new Random(seed);
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (LibraryWine wine : library) {
            String key = (wine.name() + "\u0000" + wine.producer()).toLowerCase(Locale.ROOT);
            Group group = byKey.computeIfAbsent(key, k -> new Group(wine));
            group.listings.add(wine);
            wine.vintage().ifPresent(group.vintages::add);
        }
        groups.addAll(byKey.values());
        // A wine the library lists again (OneWine, the rule of PosLabelGenerator's held-out wines) is neither a truth
        // nor held out: so an ALMOST label's truth has no other listing, and a vintage none of its own listings holds
        // is one no listing of the wine holds.
        Map<List<LibraryWine>, List<List<LibraryWine>>> otherListings =
                OneWine.otherListings(groups.stream().map(group -> group.listings).toList());
        for (Group group : groups) {
            group.duplicated = otherListings.containsKey(group.listings);
        }
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            group.words.addAll(NameWords.words(group.name));
            group.words.addAll(NameWords.words(group.producer));
            libraryWords.addAll(group.words);
            if (group.duplicated) {
                duplicatedWinesSkipped++;
            }
        }
        // Hold out about 4 % of the wines, whole, among those listed once.
        for (int i = 0; i < groups.size(); i++) {
            if (!groups.get(i).duplicated && random.nextDouble() < 0.04) {
                heldOut.add(i);
            }
        }
        readings = new StockedReadings(groups.stream().map(g -> g.words).toList(), i -> !heldOut.contains(i));
    }

    /**
     * Generates {@code count} labels from the library CSV and the X-Wines CSV ({@code null} for none), with the seed.
     */
    public static LabelSet generate(Path libraryCsv, Path xwinesCsv, long seed, int count) {
        return generate(EvaluationLibrary.read(libraryCsv), xwinesCsv == null ? List.of() : CsvFile.read(xwinesCsv),
                seed, count);
    }

    static LabelSet generate(List<LibraryWine> library, List<Map<String, String>> xwines, long seed, int count) {
        CashierLabelGenerator generator = new CashierLabelGenerator(library, seed);
        return generator.run(xwines, count);
    }

    private LabelSet run(List<Map<String, String>> xwines, int count) {
        List<Integer> usable = new ArrayList<>();
        List<Integer> withVintage = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (heldOut.contains(i) || group.duplicated) {
                continue;
            }
            usable.add(i);
            if (!group.vintages.isEmpty()) {
                withVintage.add(i);
            }
        }
        List<Integer> held = new ArrayList<>(new TreeSet<>(heldOut));
        List<String[]> foreign = foreignWines(xwines);
        int yes = (int) Math.round(count * 0.52);
        int almost = (int) Math.round(count * 0.16);
        int nonWine = (int) Math.round(count * 0.14);
        int notStocked = count - yes - almost - nonWine;
        int fromHeld = notStocked / 3;
        int fromForeign = foreign.isEmpty() ? 0 : notStocked / 3;
        int invented = notStocked - fromHeld - fromForeign;
        requireWinesFor(count, yes, usable, almost, withVintage, fromHeld, held);
        List<Label> labels = new ArrayList<>();
        fill(labels, yes, () -> stockedLabel(usable.get(random.nextInt(usable.size())), false));
        fill(labels, almost, () -> stockedLabel(withVintage.get(random.nextInt(withVintage.size())), true));
        fill(labels, nonWine, this::nonWineLabel);
        fill(labels, fromHeld, () -> heldOutLabel(held.get(random.nextInt(held.size()))));
        fill(labels, fromForeign, () -> foreignLabel(foreign.get(random.nextInt(foreign.size()))));
        fill(labels, invented, this::inventedLabel);
        Collections.shuffle(labels, random);
        List<LibraryWine> stocked = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!heldOut.contains(i)) {
                stocked.addAll(groups.get(i).listings);
            }
        }
        return new LabelSet(stocked, labels, new Stats(ambiguousRetried, ambiguousDropped, heldOutReadsAsStocked,
                heldOutLabels, foreignReadsAsStocked, foreignLabels, inventedReadsAsStocked, nonWineCollisions,
                duplicatedWinesSkipped, heldOut.size()));
    }

    /**
     * Refuses, before any label is drawn, a library without the wines some kind of label asked for is drawn from (a
     * draw from none threw {@code IllegalArgumentException: bound must be positive}): a small library often holds no
     * wine out, as about 4 % of the wines listed once are held out at random.
     */
    private void requireWinesFor(int count, int yes, List<Integer> usable, int almost, List<Integer> withVintage,
            int fromHeld, List<Integer> held) {
        List<String> missing = new ArrayList<>();
        if (yes > 0 && usable.isEmpty()) {
            missing.add(labels(yes) + " of a stocked wine need a wine stocked and listed once");
        }
        if (almost > 0 && withVintage.isEmpty()) {
            missing.add(labels(almost) + " of a vintage not held need a wine stocked, listed once and with a vintage");
        }
        if (fromHeld > 0 && held.isEmpty()) {
            missing.add(labels(fromHeld) + " of a wine not stocked need a wine held out (about 4 % of the wines listed"
                    + " once are held out, at random)");
        }
        if (missing.isEmpty()) {
            return;
        }
        int listings = groups.stream().mapToInt(group -> group.listings.size()).sum();
        throw new IllegalArgumentException(String.format(Locale.ROOT, "A library of %d listing%s (%d wine%s: %d"
                + " stocked and listed once, %d of them with a vintage, %d held out, %d listed more than once) is too"
                + " small for %d cashier labels: %s. Give a larger library (a few hundred wines), or another seed.",
                listings, listings == 1 ? "" : "s", groups.size(), groups.size() == 1 ? "" : "s", usable.size(),
                withVintage.size(), held.size(), duplicatedWinesSkipped, count, String.join("; ", missing)));
    }

    private static String labels(int count) {
        return count + (count == 1 ? " label" : " labels");
    }

    private interface Maker {
        Label make();
    }

    private void fill(List<Label> labels, int wanted, Maker maker) {
        int made = 0;
        for (int attempts = 0; made < wanted && attempts < wanted * 20; attempts++) {
            Label label = maker.make();
            if (label != null) {
                labels.add(label);
                made++;
            }
        }
    }

    // ---- the kinds of label ----

    private Label stockedLabel(int index, boolean almost) {
        Group group = groups.get(index);
        int vintage = 0;
        if (almost) {
            vintage = vintageNotHeld(group);
            if (vintage == 0) {
                return null;
            }
        } else if (!group.vintages.isEmpty() && random.nextDouble() < 0.6) {
            List<Integer> held = new ArrayList<>(group.vintages);
            vintage = held.get(random.nextInt(held.size()));
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            Rendered rendered = render(group.name, group.producer, group.colour, vintage, attempt == 0 ? null : "keep",
                    group.vintages.isEmpty());
            if (rendered == null) {
                return null;
            }
            if (readsAsOther(rendered.sourceWords, index)) {
                if (attempt == 0) {
                    ambiguousRetried++;
                    continue;
                }
                ambiguousDropped++;
                return null;
            }
            boolean hasVintage = rendered.vintageShown;
            Verdict expected = almost && hasVintage ? Verdict.ALMOST : Verdict.YES;
            return new Label(new LabelledQuery(rendered.text, expected, group.name, group.producer,
                    expected == Verdict.ALMOST ? vintage : 0, expected == Verdict.ALMOST ? ALMOST : IN_LIBRARY),
                    rendered.habits);
        }
        return null;
    }

    /** A plausible vintage that no listing of the wine holds: 1–6 years from a held one. */
    private int vintageNotHeld(Group group) {
        List<Integer> held = new ArrayList<>(group.vintages);
        for (int attempt = 0; attempt < 10; attempt++) {
            int base = held.get(random.nextInt(held.size()));
            int delta = 1 + random.nextInt(6);
            int candidate = random.nextDouble() < 0.6 ? base - delta : base + delta;
            if (candidate <= LATEST_YEAR && candidate >= 1990 && !group.vintages.contains(candidate)) {
                return candidate;
            }
        }
        return 0;
    }

    private Label nonWineLabel() {
        String item = NON_WINE_ITEMS.get(random.nextInt(NON_WINE_ITEMS.size()));
        List<String> habits = new ArrayList<>();
        habits.add("non-wine");
        String text = item;
        double r = random.nextDouble();
        if (r < 0.15) {
            text = text.toLowerCase(Locale.ROOT);
            habits.add("case:lower");
        } else if (r < 0.25) {
            text = title(text);
            habits.add("case:title");
        }
        if (random.nextDouble() < 0.1) {
            text = random.nextBoolean() ? "BAR " + text : text + " X2";
            habits.add("prefix/suffix");
        }
        Set<String> words = NameWords.words(item);
        words.removeAll(STOP);
        if (!words.isEmpty() && !readings.readers(words, null).isEmpty()) {
            nonWineCollisions++;
            habits.add("words of a stocked wine");
        }
        return new Label(new LabelledQuery(text, Verdict.NO, "", "", 0, NON_WINE), habits);
    }

    private Label heldOutLabel(int index) {
        Group group = groups.get(index);
        int vintage = 0;
        if (!group.vintages.isEmpty() && random.nextDouble() < 0.6) {
            List<Integer> held = new ArrayList<>(group.vintages);
            vintage = held.get(random.nextInt(held.size()));
        }
        Rendered rendered = render(group.name, group.producer, group.colour, vintage, null, group.vintages.isEmpty());
        if (rendered == null) {
            return null;
        }
        heldOutLabels++;
        if (readsAsOther(rendered.sourceWords, -1)) {
            heldOutReadsAsStocked++;
            return null;
        }
        return new Label(new LabelledQuery(rendered.text, Verdict.NO, group.name, group.producer, 0, HELD_OUT),
                rendered.habits);
    }

    /** X-Wines wines whose winery has no distinctive word the library knows: {name, winery, colour, vintages…}. */
    private List<String[]> foreignWines(List<Map<String, String>> xwines) {
        List<String[]> foreign = new ArrayList<>();
        for (Map<String, String> row : xwines) {
            Set<String> winery = NameWords.words(row.getOrDefault("WineryName", ""));
            winery.removeAll(NameWords.COMPANY_WORDS);
            winery.removeAll(STOP);
            if (winery.isEmpty() || winery.stream().anyMatch(libraryWords::contains)) {
                continue;
            }
            List<String> fields = new ArrayList<>(List.of(row.get("WineName"), row.get("WineryName"),
                    switch (row.getOrDefault("Type", "")) {
                        case "Red" -> "red";
                        case "White" -> "white";
                        case "Rosé" -> "rosé";
                        default -> "";
                    }));
            Matcher year = YEAR.matcher(row.getOrDefault("Vintages", ""));
            while (year.find()) {
                fields.add(year.group());
            }
            foreign.add(fields.toArray(String[]::new));
        }
        return foreign;
    }

    private Label foreignLabel(String[] wine) {
        int vintage = 0;
        if (wine.length > 3 && random.nextDouble() < 0.6) {
            vintage = Integer.parseInt(wine[3 + random.nextInt(Math.min(8, wine.length - 3))]);
        }
        // The cashier of a wine the library does not know keeps the winery: else the label would name no wine.
        Rendered rendered = render(wine[0], wine[1], wine[2], vintage, "keep", vintage == 0);
        if (rendered == null) {
            return null;
        }
        foreignLabels++;
        if (readsAsOther(rendered.sourceWords, -1)) {
            foreignReadsAsStocked++;
            return null;
        }
        return new Label(new LabelledQuery(rendered.text, Verdict.NO, wine[0], wine[1], 0, FOREIGN), rendered.habits);
    }

    private Label inventedLabel() {
        String name;
        do {
            name = inventedName();
        } while (NameWords.words(name).stream().anyMatch(libraryWords::contains));
        String house = HOUSES.get(random.nextInt(HOUSES.size()));
        String appellation = APPELLATIONS.get(random.nextInt(APPELLATIONS.size()));
        String producer = (house.isEmpty() ? "" : house + " ") + name;
        String wineName = random.nextBoolean() ? producer + " " + appellation : appellation + " " + producer;
        int vintage = random.nextDouble() < 0.6 ? 2012 + random.nextInt(13) : 0;
        Rendered rendered = render(wineName, "", "", vintage, "keep", vintage == 0);
        if (rendered == null || readsAsOther(rendered.sourceWords, -1)) {
            inventedReadsAsStocked++;
            return null;
        }
        return new Label(new LabelledQuery(rendered.text, Verdict.NO, wineName, "", 0, INVENTED), rendered.habits);
    }

    private String inventedName() {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        String name = word.toString().toUpperCase(Locale.ROOT);
        if (random.nextDouble() < 0.3) {
            name = name + (random.nextBoolean() ? " PERE ET FILS" : " & FILS");
        } else if (random.nextDouble() < 0.3) {
            name = (random.nextBoolean() ? "LES " : "DES ") + name;
        }
        return name;
    }

    // ---- ambiguity ----

    /** Whether a stocked wine other than {@code self} (-1: any) has all the label's source words. */
    private boolean readsAsOther(List<String> sourceWords, int self) {
        return readings.readsAsOther(sourceWords, candidate -> candidate == self);
    }

    // ---- rendering ----

    /** A token of the label: what is typed, and the folded source words it stands for (none for added tokens). */
    private record Token(String text, List<String> source) {}

    private record Rendered(String text, List<String> sourceWords, boolean vintageShown, List<String> habits) {}

    /**
     * Writes a label for a wine. {@code producerMode} "keep" writes the name as it is plus the producer's distinctive
     * words when the name lacks them; null lets the cashier choose.
     */
    private Rendered render(String name, String producer, String colour, int vintage, String producerMode,
            boolean nonVintageWine) {
        List<String> habits = new ArrayList<>();
        List<String> nameWords = split(name);
        List<String> producerWords = distinctive(split(producer));
        Set<String> producerSet = new HashSet<>(producerWords);
        List<String> core = new ArrayList<>();
        String mode = producerMode;
        if (mode == null) {
            double r = random.nextDouble();
            mode = r < 0.45 ? "as-is" : r < 0.70 ? "strip" : r < 0.85 ? "last" : "first";
        }
        List<String> stripped = new ArrayList<>();
        for (String word : nameWords) {
            if (!producerSet.contains(word)) {
                stripped.add(word);
            }
        }
        boolean nameHasProducer = stripped.size() < nameWords.size();
        if (stripped.isEmpty() || producerWords.isEmpty()) {
            mode = "as-is";
        }
        List<String> shortProducer = producerWords.isEmpty() ? List.of()
                : producerWords.size() <= 2 ? producerWords : producerWords.subList(producerWords.size() - 1,
                        producerWords.size());
        switch (mode) {
            case "keep" -> {
                core.addAll(nameWords);
                if (!nameHasProducer && !producerWords.isEmpty()) {
                    core.addAll(producerWords);
                }
                habits.add("producer:kept");
            }
            case "strip" -> {
                core.addAll(stripped);
                habits.add("producer:left out");
            }
            case "last" -> {
                core.addAll(stripped);
                core.addAll(shortProducer);
                habits.add("producer:last");
            }
            case "first" -> {
                core.addAll(shortProducer);
                core.addAll(stripped);
                habits.add("producer:first");
            }
            default -> {
                core.addAll(nameWords);
                habits.add("producer:as in name");
            }
        }
        if (core.isEmpty()) {
            return null;
        }
        List<Token> tokens = abbreviate(core, habits);
        if (random.nextDouble() < 0.35) {
            int before = tokens.size();
            tokens.removeIf(t -> t.source.size() == 1 && STOP.contains(t.source.get(0)) && t.text.length() <= 4);
            if (tokens.size() < before) {
                habits.add("articles dropped");
            }
            if (tokens.isEmpty()) {
                return null;
            }
        }
        cutLongWords(tokens, habits);
        typo(tokens, habits);
        // Colour the cashier adds when the name has none.
        boolean hasColour = core.stream().anyMatch(w -> Set.of("rouge", "blanc", "rose", "rosso", "bianco", "rosato",
                "red", "white", "tinto", "blanco").contains(w));
        List<Token> colourTokens = new ArrayList<>();
        if (!hasColour && !colour.isEmpty() && random.nextDouble() < 0.25) {
            String[] forms = switch (colour) {
                case "red" -> new String[] {"RGE", "ROUGE", "R", "ROSSO", "ROD"};
                case "white" -> new String[] {"BLC", "BLANC", "B", "BIANCO", "VIT"};
                default -> new String[] {"RSE", "ROSE", "RS", "ROSATO"};
            };
            colourTokens.add(new Token(pick(forms), List.of()));
            habits.add("colour added");
        }
        // Vintage.
        Token vintageToken = null;
        if (vintage != 0) {
            double r = random.nextDouble();
            String two = String.format(Locale.ROOT, "%02d", vintage % 100);
            if (r < 0.45) {
                vintageToken = new Token(two, List.of());
                habits.add("vintage:NN");
            } else if (r < 0.65) {
                vintageToken = new Token("'" + two, List.of());
                habits.add("vintage:'NN");
            } else if (r < 0.72) {
                vintageToken = new Token("MILL " + vintage, List.of());
                habits.add("vintage:MILL YYYY");
            } else {
                vintageToken = new Token(Integer.toString(vintage), List.of());
                habits.add("vintage:YYYY");
            }
        } else if (nonVintageWine && random.nextDouble() < 0.08) {
            vintageToken = new Token(pick(new String[] {"NV", "N.V.", "BSA", "SA"}), List.of());
            habits.add("vintage:NV");
        }
        // Serving.
        Token servingBefore = null;
        Token servingAfter = null;
        double s = random.nextDouble();
        if (s < 0.15) {
            String glass = pick(new String[] {"VERRE", "VR", "VR", "GL", "GL.", "12CL", "15CL", "14CL", "AU VERRE",
                "GLAS", "CALICE", "VERRE 12CL"});
            if (random.nextBoolean() && !glass.startsWith("AU")) {
                servingBefore = new Token(glass, List.of());
            } else {
                servingAfter = new Token(glass, List.of());
            }
            habits.add("serving:glass");
        } else if (s < 0.33) {
            servingAfter = new Token(pick(new String[] {"BTL", "BTL", "BT", "BOUT", "BOUTEILLE", "75CL", "75 CL",
                "0,75L", "FLASKA", "BOTT."}), List.of());
            habits.add("serving:bottle");
        } else if (s < 0.39) {
            String half = pick(new String[] {"1/2", "1/2 BTL", "37.5", "37,5CL", "DEMI", "1/2 BT", "HALVFL", "375ML"});
            if (random.nextDouble() < 0.3) {
                servingBefore = new Token(half, List.of());
            } else {
                servingAfter = new Token(half, List.of());
            }
            habits.add("serving:half");
        } else if (s < 0.45) {
            String mag = pick(new String[] {"MAG", "MAG.", "MAGNUM", "1.5L", "150CL", "1,5 L"});
            if (random.nextDouble() < 0.4) {
                servingBefore = new Token(mag, List.of());
            } else {
                servingAfter = new Token(mag, List.of());
            }
            habits.add("serving:magnum");
        } else if (s < 0.49) {
            servingAfter = new Token(pick(new String[] {"PICHET 50CL", "PICHET", "CARAFE 50", "POT 46", "KARAFF",
                "CARAFFA 1/2"}), List.of());
            habits.add("serving:carafe");
        }
        Token prefix = null;
        if (random.nextDouble() < 0.12) {
            String[] prefixes = switch (colour) {
                case "red" -> new String[] {"VIN ROUGE", "ROUGE:", "RGE -", "RODVIN", "ROSSI -", "*"};
                case "white" -> new String[] {"VIN BLANC", "BLANC:", "BLC -", "VITT VIN", "BIANCHI -", "*"};
                case "rosé" -> new String[] {"ROSE:", "VIN ROSE", "*"};
                default -> new String[] {"VIN", "CAVE", "CARTE:", "*", "VINS -", "VINI -"};
            };
            prefix = new Token(pick(prefixes), List.of());
            habits.add("menu prefix");
        }
        // Assemble: [prefix] [serving before] core [colour] [vintage] [serving after].
        List<Token> head = new ArrayList<>();
        if (prefix != null) {
            head.add(prefix);
        }
        if (servingBefore != null) {
            head.add(servingBefore);
        }
        List<Token> tail = new ArrayList<>(colourTokens);
        if (vintageToken != null) {
            if (random.nextDouble() < 0.12 && tokens.size() > 2) {
                // The vintage in the middle, before the last word (often the producer).
                tokens.add(tokens.size() - 1, vintageToken);
                habits.add("vintage:middle");
            } else {
                tail.add(vintageToken);
            }
        }
        if (servingAfter != null) {
            tail.add(servingAfter);
        }
        // Width of the till's field.
        int width = Integer.MAX_VALUE;
        double w = random.nextDouble();
        if (w < 0.6) {
            width = 20 + random.nextInt(5);
        }
        List<Token> all = new ArrayList<>(head);
        all.addAll(tokens);
        all.addAll(tail);
        String full = join(all);
        List<Token> kept;
        String text;
        if (full.length() <= width) {
            kept = all;
            text = full;
        } else if (random.nextDouble() < 0.7) {
            // The cashier fits the name into what the suffix leaves.
            habits.add("cut:name to fit");
            int room = width - join(tail).length() - (tail.isEmpty() ? 0 : 1);
            List<Token> front = new ArrayList<>(head);
            front.addAll(tokens);
            List<Token> cutFront = cut(front, Math.max(room, 8));
            kept = new ArrayList<>(cutFront);
            kept.addAll(tail);
            text = join(kept);
        } else {
            habits.add("cut:hard at " + width);
            kept = cut(all, width);
            text = join(kept);
        }
        boolean vintageShown = false;
        List<String> sourceWords = new ArrayList<>();
        for (Token token : kept) {
            if (token == vintageToken) {
                vintageShown = vintage != 0;
            }
            sourceWords.addAll(token.source);
        }
        if (sourceWords.isEmpty()) {
            return null;
        }
        double c = random.nextDouble();
        if (c < 0.08) {
            text = text.toLowerCase(Locale.ROOT);
            habits.add("case:lower");
        } else if (c < 0.18) {
            text = title(text);
            habits.add("case:title");
        }
        return new Rendered(text, sourceWords, vintageShown, habits);
    }

    /** Keeps whole tokens up to {@code width}; a token cut inside keeps its first letters if it is a word. */
    private static List<Token> cut(List<Token> tokens, int width) {
        List<Token> kept = new ArrayList<>();
        int length = 0;
        for (Token token : tokens) {
            int start = length == 0 ? 0 : length + 1;
            if (start + token.text.length() <= width) {
                kept.add(token);
                length = start + token.text.length();
                continue;
            }
            int room = width - start;
            if (room >= 3 && token.text.matches("[\\p{L}]+") && !token.source.isEmpty()) {
                String visible = token.text.substring(0, room);
                // A cut word still stands for its source word as a prefix when it was typed out in full.
                List<String> source = token.source.size() == 1 && fold(token.text).equals(token.source.get(0))
                        ? List.of(fold(visible) + "*") : List.of();
                kept.add(new Token(visible, source));
            }
            break;
        }
        return kept;
    }

    private List<Token> abbreviate(List<String> words, List<String> habits) {
        List<Token> tokens = new ArrayList<>();
        boolean abbreviated = false;
        double rate = random.nextDouble() < 0.2 ? 0.1 : 0.75;
        int i = 0;
        outer:
        while (i < words.size()) {
            for (Map.Entry<String, String[]> phrase : PHRASES.entrySet()) {
                String[] parts = phrase.getKey().split(" ");
                if (i + parts.length <= words.size()
                        && String.join(" ", words.subList(i, i + parts.length)).equals(phrase.getKey())) {
                    List<String> source = new ArrayList<>(words.subList(i, i + parts.length));
                    if (random.nextDouble() < rate) {
                        tokens.add(new Token(pick(phrase.getValue()), source));
                        abbreviated = true;
                    } else {
                        for (String part : source) {
                            tokens.add(new Token(part.toUpperCase(Locale.ROOT), List.of(part)));
                        }
                    }
                    i += parts.length;
                    continue outer;
                }
            }
            String word = words.get(i);
            String[] forms = WORDS.get(word);
            if (forms != null && random.nextDouble() < rate) {
                tokens.add(new Token(pick(forms), List.of(word)));
                abbreviated = true;
            } else {
                tokens.add(new Token(word.toUpperCase(Locale.ROOT), List.of(word)));
            }
            i++;
        }
        if (abbreviated) {
            habits.add("shorthands");
        }
        return tokens;
    }

    /** Long words cut to 4–6 letters, sometimes with a dot ("MONTEPUL.", "GEWURZ"); the source becomes a prefix. */
    private void cutLongWords(List<Token> tokens, List<String> habits) {
        if (random.nextDouble() >= 0.2) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.text.length() >= 9 && token.text.matches("\\p{L}+") && token.source.size() == 1
                    && fold(token.text).equals(token.source.get(0))) {
                int keep = 4 + random.nextInt(3);
                String visible = token.text.substring(0, keep);
                tokens.set(i, new Token(visible + (random.nextBoolean() ? "." : ""),
                        List.of(fold(visible) + "*")));
                habits.add("long word cut");
                return;
            }
        }
    }

    private void typo(List<Token> tokens, List<String> habits) {
        if (random.nextDouble() >= 0.08) {
            return;
        }
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text.length() >= 5 && tokens.get(i).text.matches("\\p{L}+")) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            return;
        }
        int index = eligible.get(random.nextInt(eligible.size()));
        Token token = tokens.get(index);
        StringBuilder text = new StringBuilder(token.text);
        int at = 1 + random.nextInt(text.length() - 2);
        switch (random.nextInt(4)) {
            case 0 -> {
                char ch = text.charAt(at);
                text.setCharAt(at, text.charAt(at + 1));
                text.setCharAt(at + 1, ch);
            }
            case 1 -> text.deleteCharAt(at);
            case 2 -> text.insert(at, text.charAt(at));
            default -> text.setCharAt(at, neighbour(text.charAt(at)));
        }
        // The typo'd word no longer stands for its source word in the ambiguity check: drop it from the source.
        tokens.set(index, new Token(text.toString(), List.of()));
        habits.add("typo");
    }

    private static char neighbour(char c) {
        String rows = "QWERTYUIOPASDFGHJKLZXCVBNM";
        int i = rows.indexOf(Character.toUpperCase(c));
        if (i < 0) {
            return c;
        }
        return rows.charAt(i == rows.length() - 1 ? i - 1 : i + 1);
    }

    /** The words of a text, folded, split on spaces, hyphens, apostrophes and other marks. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String word : fold(text).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The producer's words a cashier would write: company words and articles aside. */
    private static List<String> distinctive(List<String> producer) {
        List<String> words = new ArrayList<>();
        for (String word : producer) {
            if (!NameWords.COMPANY_WORDS.contains(word) && !STOP.contains(word) && word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae"),
                Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }

    private static String join(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(token.text);
        }
        return text.toString();
    }

    private static String title(String text) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
