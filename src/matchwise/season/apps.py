from django.apps import AppConfig


class SeasonConfig(AppConfig):
    name = "matchwise.season"
    label = "season"
    verbose_name = "The application season"
