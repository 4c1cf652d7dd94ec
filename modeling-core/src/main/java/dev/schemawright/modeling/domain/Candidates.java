package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.read.Claim;
import dev.schemawright.modeling.read.Reading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The prose's evidence for each noun, gathered from the reading's claims: what was done to it (created, stored,
 * listed...) and in how many statements, the fields it was given, its links, how often it is mentioned, and rules saying
 * it is derived or a view. Its score is the probability {@link EvidenceWeights} gives those features.
 */
public final class Candidates {
    /** The evidence for one noun (its singular snake_case name); {@code features} in the order of {@link EvidenceWeights#FEATURES}. */
    public record Evidence(String name, Map<String, Integer> kinds, Set<String> sources, Set<String> fields, int parentLinks, int childLinks,
                           int notStored, Reading.Mentions mentions, double[] features, double score) {
        /** Statements that treat it as data (something done to it, fields, a link), not mere mentions. */
        public int dataStatements() {
            return sources.size();
        }

        public int kind(String evidence) {
            return kinds.getOrDefault(evidence, 0);
        }
    }

    private final Map<String, Evidence> byName;

    private Candidates(Map<String, Evidence> byName) {
        this.byName = byName;
    }

    public static Candidates of(Reading reading, EvidenceWeights w) {
        Map<String, Map<String, Set<String>>> kinds = new TreeMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        Map<String, Set<String>> fields = new HashMap<>();
        Map<String, int[]> links = new HashMap<>();
        Map<String, Integer> notStored = new HashMap<>();
        for (Claim c : reading.claims()) {
            if (c.origin() != Claim.Origin.PROSE) {
                continue;
            }
            if (c instanceof Claim.EntityClaim e) {
                kinds.computeIfAbsent(e.name(), k -> new TreeMap<>()).computeIfAbsent(e.evidence(), k -> new LinkedHashSet<>()).add(e.source());
                sources.computeIfAbsent(e.name(), k -> new LinkedHashSet<>()).add(e.source());
            } else if (c instanceof Claim.FieldClaim f && !f.entity().isEmpty()) {
                fields.computeIfAbsent(f.entity(), k -> new LinkedHashSet<>()).add(f.field());
                sources.computeIfAbsent(f.entity(), k -> new LinkedHashSet<>()).add(f.source());
                kinds.computeIfAbsent(f.entity(), k -> new TreeMap<>());
            } else if (c instanceof Claim.LinkClaim l) {
                links.computeIfAbsent(l.parent(), k -> new int[2])[0]++;
                links.computeIfAbsent(l.child(), k -> new int[2])[1]++;
                sources.computeIfAbsent(l.parent(), k -> new LinkedHashSet<>()).add(l.source());
                sources.computeIfAbsent(l.child(), k -> new LinkedHashSet<>()).add(l.source());
                kinds.computeIfAbsent(l.parent(), k -> new TreeMap<>());
                kinds.computeIfAbsent(l.child(), k -> new TreeMap<>());
            } else if (c instanceof Claim.NotStoredClaim n) {
                notStored.merge(n.name(), 1, Integer::sum);
                kinds.computeIfAbsent(n.name(), k -> new TreeMap<>());
            }
        }
        int maxMentions = 1;
        int maxData = 1;
        for (String name : kinds.keySet()) {
            maxMentions = Math.max(maxMentions, reading.mentions(name).count());
            maxData = Math.max(maxData, dataClaims(kinds.get(name), fields.getOrDefault(name, Set.of()), links.getOrDefault(name, new int[2])));
        }
        Map<String, Evidence> out = new TreeMap<>();
        double shift = EvidenceWeights.priorShift(kinds.size());
        for (Map.Entry<String, Map<String, Set<String>>> e : kinds.entrySet()) {
            String name = e.getKey();
            Map<String, Integer> counts = new TreeMap<>();
            e.getValue().forEach((k, v) -> counts.put(k, v.size()));
            Set<String> f = fields.getOrDefault(name, Set.of());
            int[] l = links.getOrDefault(name, new int[2]);
            int ns = notStored.getOrDefault(name, 0);
            Reading.Mentions m = reading.mentions(name);
            String head = name.substring(name.lastIndexOf('_') + 1);
            double[] x = new double[EvidenceWeights.FEATURES.size()];
            int i = 0;
            for (String kind : EvidenceWeights.KINDS) {
                x[i++] = Math.log1p(counts.getOrDefault(kind, 0));
            }
            x[i++] = Math.log1p(f.size());
            x[i++] = Math.log1p(l[0]);
            x[i++] = Math.log1p(l[1]);
            x[i++] = Math.log1p(ns);
            x[i++] = Math.log1p(m.count());
            x[i++] = (double) m.count() / maxMentions;
            x[i++] = Math.log1p(m.sentences());
            x[i++] = m.count() == 0 ? 0 : (double) m.plural() / m.count();
            x[i++] = Things.isAttribute(head) && head.equals(name) ? 1 : 0; // a compound ("ticket_type") is read where only a thing stands
            x[i++] = Things.isSoft(head) ? 1 : 0;
            x[i++] = Things.isLabel(head) ? 1 : 0;
            x[i++] = name.indexOf('_') > 0 ? 1 : 0;
            x[i++] = (double) dataClaims(e.getValue(), f, l) / maxData;
            x[i] = 1;
            out.put(name, new Evidence(name, ordered(counts), ordered(sources.getOrDefault(name, Set.of())), ordered(f), l[0], l[1], ns, m,
                    x, w.probability(x, shift)));
        }
        return new Candidates(out);
    }

    // Map.copyOf and Set.copyOf iterate in an order salted per JVM: a design read through them differed run to run
    private static Map<String, Integer> ordered(Map<String, Integer> m) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(m));
    }

    private static Set<String> ordered(Set<String> s) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(s));
    }

    /** Claims that treat a noun as data: something done to it, its fields, its links. */
    private static int dataClaims(Map<String, Set<String>> kinds, Set<String> fields, int[] links) {
        int n = fields.size() + links[0] + links[1];
        for (Set<String> v : kinds.values()) {
            n += v.size();
        }
        return n;
    }

    public Evidence get(String name) {
        return byName.get(name);
    }

    /** Best evidence first; ties by name, so the order is the same on every run. */
    public List<Evidence> ranked() {
        List<Evidence> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparingDouble((Evidence e) -> -e.score()).thenComparing(Evidence::name));
        return out;
    }
}
