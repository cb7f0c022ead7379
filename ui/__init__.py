"""The PySide6 windows of Budget Planner: they show and edit the domain, nothing more."""
