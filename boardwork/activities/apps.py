from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "boardwork.activities"
    label = "activities"
