"""The rule engine: factor catalogue, YAML rules, Python checks and the actor model."""
