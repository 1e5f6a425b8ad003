package vn.hoptac.plumbing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The strict reader of request bodies and the text and query rules, without a server. */
class StrictInputTest {

    enum Kind { COOPERATIVE, COOPERATIVE_GROUP }

    record Body(String name, Integer members, Long amount, Boolean model, LocalDate on, Kind kind, List<String> ids) {
    }

    static final JsonMapper STRICT = strict();

    static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        return builder.build();
    }

    static Body read(String json) {
        return STRICT.readValue(json, Body.class);
    }

    @Test
    void aWellFormedBodyIsReadWithItsVietnameseText() {
        Body body = read("""
                {"name": "Hợp tác xã Chè Tân Hương\\nxã Tân Cương", "members": 45, "amount": 250000000, "model": false,
                 "on": "2019-03-01", "kind": "COOPERATIVE", "ids": ["a"]}""");
        assertThat(body.name()).isEqualTo("Hợp tác xã Chè Tân Hương\nxã Tân Cương");
        assertThat(body.on()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(body.kind()).isEqualTo(Kind.COOPERATIVE);
    }

    @Test
    void valuesOfTheWrongKindAreRefusedNotCoerced() {
        for (String json : List.of("{\"members\": 1.9}", "{\"members\": \"45\"}", "{\"amount\": 1.0E3}", "{\"model\": \"false\"}",
                "{\"model\": 2}", "{\"name\": 42}", "{\"name\": true}", "{\"kind\": \" COOPERATIVE\"}", "{\"kind\": 0}",
                "{\"kind\": \"cooperative\"}", "{\"on\": 20190301}", "{\"on\": [2019, 3, 1]}", "{\"on\": \"2019-3-1\"}",
                "{\"on\": \"+999999999-12-31\"}", "{\"on\": \"1899-12-31\"}", "{\"on\": \"2019-02-30\"}", "{\"ids\": \"a\"}",
                "{\"name\": \"HTX\\u0000\"}", "{\"name\": \"HTX\\ud800\"}", "{\"name\": \"\\u0007\"}", "{} 42")) {
            assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(tools.jackson.core.JacksonException.class);
        }
        assertThatThrownBy(() -> read("{\"on\": \"2019-02-30\"}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("not a date on the calendar");
    }

    @Test
    void textMayHoldAnyScriptAndLineBreaksButNoControlCharactersOrLoneSurrogates() {
        assertThat(Text.problem("Đắk Nông\tLâm Đồng\r\n😀")).isEmpty();
        assertThat(Text.problem("a\u0000")).get().asString().contains("U+0000");
        assertThat(Text.problem("a\u009F")).get().asString().contains("U+009F");
        assertThat(Text.problem("\udc00a")).get().asString().contains("unpaired surrogate");
        assertThat(Text.problem("a\ud83d")).get().asString().contains("unpaired surrogate");
    }

    @Test
    void queryValuesMustBeValidPercentEncodedUtf8() {
        assertThat(RequestHygieneFilter.decode("ch%C3%A8+t%C3%A2n")).isEqualTo("chè tân");
        assertThat(RequestHygieneFilter.decode("%zz")).isNull();
        assertThat(RequestHygieneFilter.decode("%E")).isNull();
        assertThat(RequestHygieneFilter.decode("%ED%A0%80")).as("an encoded lone surrogate is not UTF-8").isNull();
        assertThat(RequestHygieneFilter.decode("%C3")).isNull();
    }
}
