from decimal import Decimal

from budgetplanner.periods import Frequency, Period


def test_a_year_is_52_weeks_and_a_month_a_twelfth() -> None:
    assert Period.WEEK.to_yearly(Decimal("100")) == Decimal("5200")
    assert Period.MONTH.from_yearly(Decimal("5200")) == Decimal("5200") / 12
    assert Period.FOUR_WEEKS.to_yearly(Decimal("400")) == Decimal("5200")
    assert Period.YEAR.from_yearly(Decimal("7")) == Decimal("7")


def test_round_trip_between_periods_is_exact() -> None:
    for period in Period:
        assert period.from_yearly(period.to_yearly(Decimal("123.45"))) == Decimal("123.45")


def test_one_off_is_not_recurring() -> None:
    assert not Frequency.ONE_OFF.is_recurring()
    assert Frequency.PER_HOUR.is_recurring()
    assert Frequency.PER_MONTH.label == "a month"
