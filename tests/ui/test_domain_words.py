"""Every label the domain shows in the window is marked for translation in ui/domain_words."""

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.export.pdf import SECTION_TITLES, Variant
from budgetplanner.pa_costs import AgeBand, HoursPattern, PayFrequency
from budgetplanner.periods import Frequency, Period
from budgetplanner.spending import DateOrder, Flag
from ui.domain_words import MARKED, domain_tr


def test_every_domain_label_is_marked_for_translation() -> None:
    labels = {p.label for p in Period} | {p.heading for p in Period}
    labels |= {f.label for f in Frequency} | {k.label for k in OptionKind}
    labels |= {p.label for p in Payer} | {p.short_label for p in Payer}
    labels |= {f.label for f in PayFrequency} | {a.label for a in AgeBand}
    labels |= {f.label for f in Flag} | {d.label for d in DateOrder}
    labels |= {v.label for v in Variant} | set(SECTION_TITLES.values())
    labels |= {p.label for p in HoursPattern}
    assert sorted(labels - MARKED) == []
    assert sorted(MARKED - labels) == []  # nothing marked that the domain no longer says


def test_without_a_translation_a_label_reads_as_written(qapp: object) -> None:
    assert domain_tr("Per week") == "Per week"
