package org.exposuite.platform.webhook;

import java.util.List;

/** A page of a subscription's delivery log, newest event first. */
public record DeliveryPage(int page, int size, List<DeliveryView> items) {
}
