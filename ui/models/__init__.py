"""Qt item models that adapt the domain for views."""
