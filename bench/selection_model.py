"""How good the fitted model is, out of sample and against the published anchor.

Reads ../shared/data/nrmp_charting_outcomes_2026_nonus_img.csv (never stored in the repository).
Prints:
  1. leave one specialty out, per specialty: published rate, the new model's prediction, the
     previous engine's prediction for a specialty it was not fitted to (side by side);
  2. the same error with the published rates shuffled across specialties (it must rise);
  3. consistency: a typical non-US IMG applying to 80 Internal Medicine programs of the sample
     catalogue, P(match | at least one interview) with its band, against the anchor read
     straight off the published Step 2 CK distributions, at 230, 245 and 260;
  4. P(match | k interviews) levelling off: the model against the ranks anchor.
Run: .venv/bin/python bench/selection_model.py
"""

import dataclasses
import json
import random
import sys
from pathlib import Path

from matchwise.selection.anchor import p_match_given_ranks, p_match_given_step2
from matchwise.selection.model import shipped_model
from matchwise.selection.outcomes import SpecialtyOutcome, read_outcomes
from matchwise.selection.profile import profile_from_mapping
from matchwise.selection.sample import sample_catalogue
from matchwise.selection.shortlist import build_shortlist
from matchwise.selection.specialty_model import TYPICAL_APPLICATIONS
from matchwise.selection.validation import leave_one_specialty_out, mean_error
from matchwise.selection.vocabulary import ApplicantType
from previous import run_previous

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "nrmp_charting_outcomes_2026_nonus_img.csv"

# The previous engine had no way to carry one specialty's fit to another: a specialty it was
# not calibrated to got its defaults (conversion 0.20, score weight 0.5), a cohort drawn from
# that specialty's published scores, and the other specialties' mean fitted applications and
# spread, on the sample catalogue. Specialties the sample does not have get no prediction.
PREVIOUS_SNIPPET = """
import json, statistics
from pathlib import Path
from matchwise.selection.cohort import Cohort, fit_specialty
from matchwise.selection.match_model import DEFAULT_MODEL, DEFAULT_CONVERSION, DEFAULT_SCORE_WEIGHT
from matchwise.selection.outcomes import read_outcomes
from matchwise.selection.sample import sample_catalogue
from matchwise.selection.vocabulary import ApplicantType
outcomes = read_outcomes(Path(%r))
programs = sample_catalogue()
fits = {n: fit_specialty(o, programs, DEFAULT_MODEL) for n, o in outcomes.items()}
out = {}
for name, outcome in outcomes.items():
    others = [f for n, f in fits.items() if n != name and f is not None]
    if not any(p.specialty == name for p in programs) or not others:
        out[name] = None
        continue
    m, u = outcome.spread("step2ck", "matched"), outcome.spread("step2ck", "not_matched")
    if m is None or u is None or not (m.complete and u.complete):
        out[name] = None
        continue
    cohort = Cohort(outcome, programs, DEFAULT_MODEL, 7)
    n = round(statistics.mean(f.applications for f in others))
    spread = statistics.mean(f.spread for f in others)
    q = DEFAULT_CONVERSION[ApplicantType.NON_US_IMG]
    stats = cohort.stats(DEFAULT_SCORE_WEIGHT, spread, q)
    out[name] = float(stats.rate[min(n, len(stats.rate)) - 1])
print(json.dumps(out))
"""


def shuffled(outcomes: dict[str, SpecialtyOutcome], seed: int) -> dict[str, SpecialtyOutcome]:
    names = list(outcomes)
    counts = [(outcomes[n].matched, outcomes[n].not_matched) for n in names]
    random.Random(seed).shuffle(counts)
    return {
        n: dataclasses.replace(outcomes[n], matched=m, not_matched=u)
        for n, (m, u) in zip(names, counts, strict=True)
    }


def held_out(outcomes: dict[str, SpecialtyOutcome]) -> None:
    results = leave_one_specialty_out(outcomes)
    previous = run_previous(PREVIOUS_SNIPPET % str(DATA))
    assert isinstance(previous, dict)
    print("1. Leave one specialty out (non-US IMG match rate, percent):")
    print(
        f"   {'specialty':36} {'published':>9} {'new':>6} {'error':>6} {'previous':>8} {'error':>6}"
    )
    old_errors = []
    for r in sorted(results, key=lambda r: r.specialty):
        old = previous.get(r.specialty)
        old_text = "     —      —"
        if isinstance(old, float):
            old_errors.append(abs(old - r.published))
            old_text = f"{100 * old:8.1f} {100 * abs(old - r.published):6.1f}"
        print(
            f"   {r.specialty[:36]:36} {100 * r.published:9.1f} {100 * r.predicted:6.1f} "
            f"{100 * r.error:6.1f} {old_text}"
        )
    new_mean = mean_error(results) or 0.0
    worst = max(r.error for r in results)
    print(
        f"   mean error: new {100 * new_mean:.1f} points over {len(results)} specialties "
        f"(worst {100 * worst:.1f}; goal: mean <= 5)"
    )
    if old_errors:
        print(
            f"   previous engine: {100 * sum(old_errors) / len(old_errors):.1f} points over "
            f"the {len(old_errors)} specialties it could predict at all"
        )
    noise = [mean_error(leave_one_specialty_out(shuffled(outcomes, s))) or 0.0 for s in range(20)]
    print(
        f"2. Rates shuffled across specialties (20 shuffles): mean error {100 * min(noise):.1f}"
        f" to {100 * max(noise):.1f} points, against {100 * new_mean:.1f} on the real table"
    )


def consistency(outcomes: dict[str, SpecialtyOutcome]) -> None:
    im = outcomes["Internal Medicine"]
    programs = sample_catalogue()
    print(
        f"3. A typical non-US IMG applying to {TYPICAL_APPLICATIONS} Internal Medicine programs"
        " of the sample catalogue, P(match | at least one interview):"
    )
    for score in (230, 245, 260):
        profile = profile_from_mapping(
            {
                "applicant_type": "non_us_img",
                "specialties": ["Internal Medicine"],
                "step2_score": score,
                "years_since_graduation": 2,
                "visa": "none",
                "usce_months": 3,
                "us_letters": 2,
                "publications": 2,
                "presentations": 1,
            }
        )
        result = build_shortlist(profile, programs, max_n=TYPICAL_APPLICATIONS, stop_below=0)
        ranked = 1 - result.interviews_distribution[0]
        anchor = p_match_given_step2(im, score) or 0.0
        mine = result.p_match / ranked
        print(
            f"   Step 2 CK {score}: list {100 * mine:.1f}% (band "
            f"{100 * result.p_match_low / ranked:.1f}-{100 * result.p_match_high / ranked:.1f}), "
            f"anchor {100 * anchor:.1f}%, difference {100 * (mine - anchor):+.1f} points; "
            f"unconditional P(match) {100 * result.p_match:.1f}%"
        )


def levelling_off(outcomes: dict[str, SpecialtyOutcome]) -> None:
    model = shipped_model()
    print("4. P(match | k interviews): model / ranks anchor (percent)")
    for name in ("Internal Medicine", "Surgery-General", "Neurological Surgery"):
        values = model.parameters(name, ApplicantType.NON_US_IMG).values
        cells = []
        for k in (1, 3, 5, 10):
            anchor = p_match_given_ranks(outcomes[name], k)
            shown = "—" if anchor is None else f"{100 * anchor:.0f}"
            cells.append(f"k={k}: {100 * float(values.p_match_given_interviews(k)):.0f}/{shown}")
        print(f"   {name:22} " + "  ".join(cells) + f"  (ceiling {100 * values.ceiling:.0f})")


def main() -> int:
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    outcomes = read_outcomes(DATA)
    held_out(outcomes)
    consistency(outcomes)
    levelling_off(outcomes)
    print(json.dumps({"citation": shipped_model().citation}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
