"""lexpert: offline anti-corruption expertise of draft legal acts (Kazakh, Russian)."""

__version__ = "0.1.0"
