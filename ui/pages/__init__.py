"""The pages of a plan, each in the person's words."""
