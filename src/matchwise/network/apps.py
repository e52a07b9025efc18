from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "matchwise.network"
    label = "network"
    verbose_name = "Network"

    def ready(self) -> None:
        from matchwise.network import derived  # noqa: F401  (connects the signal receivers)
