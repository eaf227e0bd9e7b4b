"""Pure rules and values of the station: no Qt, no database, no I/O."""
