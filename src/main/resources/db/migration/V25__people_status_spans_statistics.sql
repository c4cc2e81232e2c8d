-- Statistics for the periods filled by V24, so that the planner reads them through the person index from the start
-- instead of waiting for autovacuum (without them a page of search results scanned the whole table).
analyze person_status_span;
