package org.exposuite.exhibitor.api;

import java.util.List;

/** An approved exhibitor's public page: the directory entry with its products. */
public record ExhibitorProfile(DirectoryEntry exhibitor, List<ProductView> products) {
}
