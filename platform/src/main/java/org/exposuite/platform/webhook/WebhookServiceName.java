package org.exposuite.platform.webhook;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The name this service's webhooks answer under, /api/webhooks/{service}; its API document gives that path parameter
 * this one value, so a client reads from each service's document the name it serves.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
public class WebhookServiceName implements OASFilter {

    /** expo.webhooks.service, or else the application's name less "-service". */
    static String current() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("expo.webhooks.service", String.class)
                .orElseGet(() -> config.getValue("quarkus.application.name", String.class).replaceFirst("-service$", ""));
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if ("service".equals(parameter.getName()) && Parameter.In.PATH == parameter.getIn()) {
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of(current())));
        }
        return parameter;
    }
}
