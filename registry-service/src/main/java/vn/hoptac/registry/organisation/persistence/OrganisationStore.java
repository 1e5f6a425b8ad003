package vn.hoptac.registry.organisation.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.plumbing.outbox.AggregateRepository;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.registry.organisation.application.OrganisationSearch.Filters;
import vn.hoptac.registry.organisation.application.OrganisationSearch.Page;
import vn.hoptac.registry.organisation.domain.Organisation;
import vn.hoptac.registry.organisation.domain.OrganisationEvent;
import vn.hoptac.registry.organisation.domain.OrganisationStatus;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.SearchText;
import vn.hoptac.registry.organisation.domain.Sector;
import vn.hoptac.registry.organisation.messaging.OrganisationEventTypes;

/** Organisations through the one command path, and the registry's queries. */
@Component
public class OrganisationStore extends AggregateRepository<Organisation, OrganisationEvent, OrganisationDocument> {

    public OrganisationStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, OrganisationDocument.class, OrganisationEventTypes.TYPES, "organisation");
        createIndexes();
    }

    // Spring Data does not create indexes from annotations by default: made explicitly, at startup.
    private void createIndexes() {
        var indexes = mongo.indexOps(OrganisationDocument.class);
        indexes.createIndex(new Index().on("registrationCode", Sort.Direction.ASC).unique().sparse()
                .named("registration_code_unique"));
        indexes.createIndex(new Index().on("profile.type", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("type_status"));
    }

    public Optional<Versioned<Organisation>> findByRegistrationCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("registrationCode").is(code)),
                OrganisationDocument.class)).map(this::versioned);
    }


    /** Every word of {@code q} must appear in the name, diacritics and case aside. */
    public Page search(String q, Filters filters, int page, int size) {
        OrganisationType type = filters.type();
        Sector sector = filters.sector();
        OrganisationStatus status = filters.status();
        List<Criteria> criteria = new ArrayList<>();
        if (filters.provinceCode() != null) {
            criteria.add(Criteria.where("profile.provinceCode").is(filters.provinceCode()));
        }
        if (filters.formerProvinceCode() != null) {
            criteria.add(Criteria.where("formerProvinceCode").is(filters.formerProvinceCode()));
        }
        if (filters.valueChain() != null) {
            criteria.add(Criteria.where("currentValueChains").is(filters.valueChain()));
        }
        if (filters.newType() != null) {
            criteria.add(Criteria.where("modelStatus.newType").is(filters.newType()));
        }
        if (filters.model() != null) {
            criteria.add(Criteria.where("modelStatus.model").is(filters.model()));
        }
        if (filters.foundedOnModelOf() != null) {
            criteria.add(Criteria.where("modelStatus.foundedOnModelOf").is(filters.foundedOnModelOf()));
        }
        // Folded words hold only letters and digits, so they need no regex escaping.
        for (String word : SearchText.words(q)) {
            criteria.add(Criteria.where("searchName").regex(word));
        }
        if (type != null) {
            criteria.add(Criteria.where("profile.type").is(type));
        }
        if (sector != null) {
            criteria.add(Criteria.where("profile.sector").is(sector));
        }
        if (status != null) {
            criteria.add(Criteria.where("status").is(status));
        }
        Query query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, OrganisationDocument.class);
        query.with(Sort.by("searchName", "_id")).skip((long) page * size).limit(size);
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return new Page(mongo.find(query, OrganisationDocument.class).stream().map(this::versioned).toList(), total);
    }

    /**
     * A search of the register as it stood on a date: names, types, sectors and statuses then. It
     * reads every organisation of the alliance, which a provincial register (thousands) affords.
     */
    public Page searchAsOf(String q, Filters filters, java.time.LocalDate asOf, int page, int size) {
        List<String> words = SearchText.words(q);
        Query all = new Query();
        all.fields().exclude(OutboxDocument.PENDING_EVENTS);
        List<OrganisationDocument> matching = mongo.find(all, OrganisationDocument.class).stream().filter(document -> {
            var then = document.toAggregate().asOf(asOf);
            if (then.isEmpty()) {
                return false;
            }
            var snapshot = then.get();
            String name = SearchText.fold(snapshot.profile().name());
            return words.stream().allMatch(name::contains)
                    && (filters.type() == null || filters.type() == snapshot.profile().type())
                    && (filters.sector() == null || filters.sector() == snapshot.profile().sector())
                    && (filters.status() == null || filters.status() == snapshot.status())
                    && (filters.provinceCode() == null || filters.provinceCode().equals(snapshot.profile().provinceCode()))
                    && (filters.formerProvinceCode() == null
                            || filters.formerProvinceCode().equals(snapshot.profile().formerProvinceCode()))
                    && (filters.valueChain() == null || snapshot.valueChains().contains(filters.valueChain()));
        }).sorted(java.util.Comparator.comparing((OrganisationDocument d) -> SearchText.fold(d.toAggregate().profile().name()))
                .thenComparing(OrganisationDocument::getId)).toList();
        int from = (int) Math.min((long) page * size, matching.size());
        return new Page(matching.subList(from, Math.min(from + size, matching.size())).stream().map(this::versioned).toList(),
                matching.size());
    }

    /** Organisations by type and status, for the register's gauges. */
    public List<org.bson.Document> countByTypeAndStatus() {
        var aggregation = org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation(
                org.springframework.data.mongodb.core.aggregation.Aggregation.group("profile.type", "status").count().as("count"));
        return mongo.aggregate(aggregation, OrganisationDocument.COLLECTION, org.bson.Document.class).getMappedResults();
    }
}
