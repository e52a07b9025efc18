"""The fictional sample catalogue."""

import numpy as np

from matchwise.selection.catalogue import Program
from matchwise.selection.sample import SAMPLE_LABEL, sample_catalogue
from matchwise.selection.vocabulary import Setting


def test_it_is_the_same_every_time(sample: list[Program]) -> None:
    assert sample_catalogue() == sample
    assert sample_catalogue(seed=1) != sample


def test_it_cannot_be_mistaken_for_real_programs(sample: list[Program]) -> None:
    assert all(p.source == SAMPLE_LABEL for p in sample)
    assert all(p.name.startswith("Fictional ") and "(sample)" in p.name for p in sample)
    assert len({p.program_id for p in sample}) == len(sample)


def test_it_has_realistic_specialty_sizes(sample: list[Program]) -> None:
    sizes = {s: sum(p.specialty == s for p in sample) for s in {p.specialty for p in sample}}
    assert len(sizes) >= 10
    assert 550 <= sizes["Internal Medicine"] <= 650


def test_it_follows_the_published_img_shares_in_internal_medicine(sample: list[Program]) -> None:
    def mean_share(setting: Setting) -> float:
        shares = [
            (p.residents_non_us_img_pct or 0) + (p.residents_us_img_pct or 0)
            for p in sample
            if p.specialty == "Internal Medicine" and p.setting is setting
        ]
        return float(np.mean(shares))

    assert 50 <= mean_share(Setting.COMMUNITY) <= 72
    assert 20 <= mean_share(Setting.UNIVERSITY) <= 32


def test_it_leaves_some_attributes_unknown_as_real_catalogues_do(sample: list[Program]) -> None:
    assert any(p.visa_j1 is None for p in sample) and any(p.step2_invited is None for p in sample)
