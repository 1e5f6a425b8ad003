package vn.hoptac.registry.valuechain;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** A value chain an alliance added to the catalogue; its code is its id. */
@Document(ValueChainDocument.COLLECTION)
public class ValueChainDocument extends OutboxDocument {

    public static final String COLLECTION = "value_chains";

    private String name;

    protected ValueChainDocument() {
    }

    ValueChainDocument(String code, String name) {
        super(code);
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
