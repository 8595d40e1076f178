from django.apps import AppConfig


class PapersConfig(AppConfig):
    name = "boardwork.papers"
    label = "papers"
