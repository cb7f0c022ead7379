"""Budget Planner: the domain, budget engine, storage and export of a person's support plan.

This package imports no Qt, so the same functions serve the window, the command line and the tests.
"""

__version__ = "0.1.0"
