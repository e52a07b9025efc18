from django.apps import AppConfig


class RotationsConfig(AppConfig):
    name = "matchwise.rotations"
    label = "rotations"
    verbose_name = "Rotations and the Match"
