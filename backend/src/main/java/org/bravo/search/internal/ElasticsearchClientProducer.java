package org.bravo.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.jboss.logging.Logger;

/**
 * The Elasticsearch Java API client. The Quarkus extension for it is not published for our Quarkus version, so this
 * small producer stands in; the search module is its only user.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {
    private static final Logger LOG = Logger.getLogger(ElasticsearchClientProducer.class);

    @Produces
    @Singleton
    RestClient restClient(SearchConfig config) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(config.url()))
                .setRequestConfigCallback(request -> request.setConnectTimeout(
                                (int) config.connectTimeout().toMillis())
                        .setSocketTimeout((int) config.socketTimeout().toMillis()));
        if (config.username().isPresent()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    AuthScope.ANY,
                    new UsernamePasswordCredentials(
                            config.username().get(), config.password().orElse("")));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    @Produces
    @Singleton
    ElasticsearchClient client(RestClient restClient, ObjectMapper objectMapper) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(objectMapper)));
    }

    void close(@Disposes RestClient restClient) {
        try {
            restClient.close();
        } catch (IOException e) {
            LOG.warn("Closing the Elasticsearch client failed", e);
        }
    }
}
