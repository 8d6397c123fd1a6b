package org.exposuite.exhibitor.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** The part of pavilion-service's booth that this service keeps: where the booth is and how big. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BoothView(String code, String pavilionCode, String type, BigDecimal areaM2, String status,
                        String exhibitorId, String exhibitorName) {
}
