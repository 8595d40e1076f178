from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "boardwork.web"
    label = "web"

    def ready(self):
        from . import pagecache

        pagecache.connect_signals()
