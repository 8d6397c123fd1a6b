-- One PostgreSQL server for the suite, one database per service (each service owns its schema via Flyway).
CREATE DATABASE expo_registration OWNER expo;
CREATE DATABASE expo_exhibitor OWNER expo;
CREATE DATABASE expo_pavilion OWNER expo;
