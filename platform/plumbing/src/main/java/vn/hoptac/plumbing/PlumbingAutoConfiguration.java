package vn.hoptac.plumbing;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.util.unit.DataSize;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.plumbing.alliance.AdministrativeUnits;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.AllianceProperties;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.consuming.DeadLetterRedriver;
import vn.hoptac.plumbing.consuming.DeadLettersEndpoint;
import vn.hoptac.plumbing.consuming.DedupGuard;
import vn.hoptac.plumbing.consuming.EventTrustProperties;
import vn.hoptac.plumbing.consuming.TrustedSources;
import vn.hoptac.plumbing.events.TopicCreator;
import vn.hoptac.plumbing.idempotency.IdempotencyKeys;
import vn.hoptac.plumbing.events.TopicsProperties;
import vn.hoptac.plumbing.observability.KafkaHealthIndicator;
import vn.hoptac.plumbing.observability.StoreHealthIndicator;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.EventStamper;
import vn.hoptac.plumbing.outbox.OutboxBacklog;
import vn.hoptac.plumbing.outbox.OutboxCollection;
import vn.hoptac.plumbing.outbox.OutboxProperties;
import vn.hoptac.plumbing.outbox.OutboxRelay;
import vn.hoptac.plumbing.web.AcceptableResponse;
import vn.hoptac.plumbing.web.BodySizeLimitFilter;
import vn.hoptac.plumbing.web.IfMatchResolver;
import vn.hoptac.plumbing.web.StrictParameters;
import vn.hoptac.plumbing.web.ProblemErrorController;
import vn.hoptac.plumbing.web.ProblemsInOpenApi;
import vn.hoptac.plumbing.web.ProblemErrorReportValve;
import vn.hoptac.plumbing.web.RequestHygieneFilter;
import vn.hoptac.plumbing.web.StrictJson;
import vn.hoptac.plumbing.web.ProblemDetailsAdvice;

/** Wires the shared plumbing into every service: one way to publish, consume, fail and be observed. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties({AllianceProperties.class, OutboxProperties.class, TopicsProperties.class,
        EventTrustProperties.class})
@Import(ProblemDetailsAdvice.class)
public class PlumbingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BusinessCalendar.VIETNAM);
    }

    @Bean
    BusinessCalendar businessCalendar(Clock clock) {
        return new BusinessCalendar(clock);
    }

    @Bean
    AdministrativeUnits administrativeUnits() {
        return AdministrativeUnits.load();
    }

    @Bean
    Alliance alliance(AllianceProperties properties, AdministrativeUnits units) {
        return new Alliance(properties, units);
    }

    @Bean
    EventCatalog eventCatalog() {
        return EventCatalog.load();
    }

    @Bean
    EventStamper eventStamper(Alliance alliance, EventCatalog catalog, Clock clock, TopicsProperties topics) {
        return new EventStamper(alliance, catalog, clock, topics.prefix());
    }

    /** The sources each topic's consumers believe; everything else is quarantined. */
    @Bean
    TrustedSources trustedSources(Alliance alliance, TopicsProperties topics, EventTrustProperties trust) {
        return new TrustedSources(alliance, topics.prefix(), trust.trustedSources());
    }

    /** Connection settings for every Kafka client the plumbing makes (bootstrap servers, security). */
    @Bean
    KafkaClientSettings kafkaClientSettings(KafkaAdmin admin) {
        return new KafkaClientSettings(Map.copyOf(admin.getConfigurationProperties()));
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, ObjectProvider<OutboxCollection> collections, KafkaClientSettings kafka,
            OutboxProperties properties, Alliance alliance, Clock clock, MeterRegistry meters) {
        Map<String, Object> config = OutboxRelay.producerConfig(kafka.config(),
                alliance.eventSource().replace('/', '-').substring(1) + "-relay");
        return new OutboxRelay(mongo, names(collections),
                () -> new KafkaProducer<>(config), alliance.eventSource(), relayOwner(), properties, clock, meters);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, EventStamper stamper, OutboxRelay relay) {
        return new AggregateStore(mongo, stamper, relay);
    }

    @Bean
    OutboxBacklog outboxBacklog(MongoTemplate mongo, ObjectProvider<OutboxCollection> collections, Clock clock,
            MeterRegistry meters) {
        return new OutboxBacklog(mongo, names(collections), clock, meters);
    }

    @Bean
    TopicCreator topicCreator(KafkaClientSettings kafka, TopicsProperties topics) {
        return new TopicCreator(kafka.config(), topics);
    }

    /** Starts the relay, topic creation and backlog measuring after startup; stops the relay first on shutdown. */
    @Bean
    SmartLifecycle outboxLifecycle(OutboxRelay relay, TopicCreator topics, OutboxBacklog backlog,
            @Value("${hoptac.outbox.measure-every:10s}") Duration measureEvery) {
        return new PlumbingLifecycle(relay, topics, backlog, measureEvery);
    }

    @Bean("kafka")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaClientSettings kafka, OutboxBacklog backlog) {
        return new KafkaHealthIndicator(kafka.config(), backlog);
    }

    @Bean("store")
    StoreHealthIndicator storeHealthIndicator(MongoTemplate mongo) {
        return new StoreHealthIndicator(mongo);
    }

    @Bean
    DeadLetterRedriver deadLetterRedriver(KafkaClientSettings kafka) {
        return new DeadLetterRedriver(kafka.config());
    }

    @Bean
    @ConditionalOnAvailableEndpoint
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterRedriver redriver) {
        return new DeadLettersEndpoint(redriver);
    }

    @Bean
    IdempotencyKeys idempotencyKeys(MongoTemplate mongo, Clock clock) {
        return new IdempotencyKeys(mongo, clock);
    }

    @Bean
    DedupGuard dedupGuard(MongoTemplate mongo) {
        return new DedupGuard(mongo);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${hoptac.web.max-body-size:64KB}") DataSize limit) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Before everything else, security included: a malformed query or header never goes further. */
    @Bean
    FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter() {
        FilterRegistrationBean<RequestHygieneFilter> registration = new FilterRegistrationBean<>(new RequestHygieneFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    ProblemsInOpenApi problemsInOpenApi() {
        return new ProblemsInOpenApi();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    WebMvcConfigurer strictWebInput() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptableResponse()).excludePathPatterns("/error");
            }

            @Override
            public void addArgumentResolvers(java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new IfMatchResolver());
            }

            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverter(String.class, LocalDate.class, new StrictParameters.Dates());
                registry.addConverterFactory(new StrictParameters.Enums());
            }
        };
    }

    /** Tomcat's own error answers (before Spring sees the request) as problem details too. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    private static List<String> names(ObjectProvider<OutboxCollection> collections) {
        return collections.orderedStream().map(OutboxCollection::name).toList();
    }

    private static String relayOwner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
    }

    /** Kafka connection settings, as Spring Boot resolved them. */
    public record KafkaClientSettings(Map<String, Object> config) {
    }
}
