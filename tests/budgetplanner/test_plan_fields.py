"""One list of the plan's written fields: every text column is in it, once, with one label."""

from __future__ import annotations

from sqlalchemy import Text, inspect

from budgetplanner.plan_fields import TEXT_FIELDS, label
from budgetplanner.plan_words import plan_texts
from budgetplanner.review import PLAN_FIELDS
from budgetplanner.storage.models import PlanVersion


def test_every_written_field_of_a_plan_is_listed_once() -> None:
    text_columns = {c.key for c in inspect(PlanVersion).columns if isinstance(c.type, Text)}
    listed = [f.attribute for f in TEXT_FIELDS]
    assert len(listed) == len(set(listed))
    assert set(listed) == text_columns
    assert len({f.label for f in TEXT_FIELDS}) == len(TEXT_FIELDS)


def test_the_language_check_and_the_review_use_the_same_words() -> None:
    version = PlanVersion(decisions="My sister helps me.", support_needs="Getting up.")
    where = dict((text, place) for place, text in plan_texts(version))
    assert where["My sister helps me."] == "About me › How I make decisions, and who helps me"
    assert where["Getting up."] == "What matters to me › What I need support with"
    assert PLAN_FIELDS["decisions"] == label("decisions")
    assert PLAN_FIELDS["support_needs"] == "What I need support with"
