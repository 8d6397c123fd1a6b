package org.exposuite.pavilion.api;

import java.util.List;

/** One page of a longer list; `page` counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
