"""Storage: the SQLite file, its typed models, migrations and the plan store."""
