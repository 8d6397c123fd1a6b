package org.exposuite.exhibitor.api;

import java.util.List;

/** The exhibitor's staff and how many badges its booth allows (3 plus one per 9 m²). */
public record StaffRosterView(int allowance, List<StaffMemberView> members) {
}
