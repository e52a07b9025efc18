from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "matchwise.programs"
    label = "programs"
    verbose_name = "Programs"
