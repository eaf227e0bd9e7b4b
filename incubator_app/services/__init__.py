"""Use cases: functions over a caller's Session that enforce the rules and
return frozen dataclasses, never ORM objects. Services never commit."""
