package vn.hoptac.registry.valuechain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.events.OutgoingEvent;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxCollection;

/**
 * The product value chains (chuỗi giá trị) cooperatives join: the ones the alliances report on
 * (Thái Nguyên 2018: tea; hill chicken, pig, goat, rabbit; rice noodles, vermicelli, vegetables,
 * mushrooms, medicinal and forest plants) and those an alliance adds.
 */
@Component
public class ValueChainCatalogue {

    public static final String ADDED = "vn.hoptac.registry.value-chain.added.v1";

    /** A chain: its stable code and its Vietnamese name. */
    public record ValueChain(String code, String name, boolean standard) {
    }

    static final Map<String, String> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("tea", "Chè");
        STANDARD.put("hill-chicken", "Gà đồi");
        STANDARD.put("pig", "Lợn");
        STANDARD.put("goat", "Dê");
        STANDARD.put("rabbit", "Thỏ");
        STANDARD.put("rice-noodles", "Bún, bánh phở");
        STANDARD.put("vermicelli", "Miến");
        STANDARD.put("vegetables", "Rau");
        STANDARD.put("mushrooms", "Nấm");
        STANDARD.put("medicinal-plants", "Dược liệu");
        STANDARD.put("forestry", "Lâm nghiệp");
    }

    private final MongoTemplate mongo;
    private final AggregateStore aggregates;
    private final Alliance alliance;

    public ValueChainCatalogue(MongoTemplate mongo, AggregateStore aggregates, Alliance alliance) {
        this.mongo = mongo;
        this.aggregates = aggregates;
        this.alliance = alliance;
    }

    public List<ValueChain> all() {
        List<ValueChain> chains = new ArrayList<>();
        STANDARD.forEach((code, name) -> chains.add(new ValueChain(code, name, true)));
        mongo.findAll(ValueChainDocument.class).forEach(d -> chains.add(new ValueChain(d.getId(), d.getName(), false)));
        return chains;
    }

    public Optional<ValueChain> find(String code) {
        if (STANDARD.containsKey(code)) {
            return Optional.of(new ValueChain(code, STANDARD.get(code), true));
        }
        return Optional.ofNullable(mongo.findById(code, ValueChainDocument.class))
                .map(d -> new ValueChain(d.getId(), d.getName(), false));
    }

    public ValueChain add(String code, String name, LocalDate on, String actor) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new InvalidFieldException("code", "must be 2 to 40 lower-case letters, digits and dashes, e.g. coffee");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidFieldException("name", "must be 1 to 100 characters");
        }
        if (STANDARD.containsKey(code)) {
            throw new ConflictException("The value chain " + code + " is already in the catalogue.");
        }
        try {
            aggregates.insert(new ValueChainDocument(code, name.strip()), List.of(new OutgoingEvent(ADDED,
                    new ValueChainAdded(code, alliance.provinceCode(), on, actor, name.strip()))));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The value chain " + code + " is already in the catalogue.");
        }
        return new ValueChain(code, name.strip(), false);
    }

    @Configuration
    static class Outbox {
        @Bean
        OutboxCollection valueChainsOutbox() {
            return new OutboxCollection(ValueChainDocument.COLLECTION);
        }
    }
}
