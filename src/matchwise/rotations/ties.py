"""What the rotations tell the shortlist about the applicant's ties to programs.

Programs sits below rotations and never imports them; it counts ties from these records, which
`matchwise.rotations.apps.RotationsConfig.ready` hands to `matchwise.programs.network_ties`.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef

from matchwise.rotations.models import Rotation, RotationMember


class RotationsAtPrograms:
    """The rotation records as `matchwise.programs.network_ties.RotationRecords` reads them."""

    def met_on_rotation(self) -> Exists:
        return Exists(RotationMember.objects.filter(contact=OuterRef("pk")))

    def places(self) -> list[tuple[str, str]]:
        # order_by(): the model's ordering would add its columns and defeat the distinct.
        rows = Rotation.objects.order_by().values_list("institution", "program_id").distinct()
        return list(rows)
