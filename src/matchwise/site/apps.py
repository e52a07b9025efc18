from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "matchwise.site"
    label = "site"
