from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "boardwork.plans"
    label = "plans"
