from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "boardwork.web"
    label = "web"
