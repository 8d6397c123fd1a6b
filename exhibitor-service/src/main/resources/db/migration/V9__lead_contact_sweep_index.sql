-- The contact sweep reads the leads still waiting for their contact, scanned longest ago first, every few seconds:
-- without this index it reads every lead of the expo each time; with it, only the few pending ones.
create index exhibitor_lead_contact_pending_idx on exhibitor_lead (last_scanned_at, id) where contact_pending;
