from django.apps import AppConfig


class RotationsConfig(AppConfig):
    name = "matchwise.rotations"
    label = "rotations"
    verbose_name = "Rotations and the Match"

    def ready(self) -> None:
        # Programs sits below rotations: it counts the ties rotations make through these
        # records instead of importing this app (docs/architecture.md, "The layers").
        from matchwise.programs.network_ties import read_rotations_from
        from matchwise.rotations.ties import RotationsAtPrograms

        read_rotations_from(RotationsAtPrograms())
