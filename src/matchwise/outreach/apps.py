from django.apps import AppConfig


class OutreachConfig(AppConfig):
    name = "matchwise.outreach"
    label = "outreach"
    verbose_name = "Outreach"
