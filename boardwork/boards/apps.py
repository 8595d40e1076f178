from django.apps import AppConfig


class BoardsConfig(AppConfig):
    name = "boardwork.boards"
    label = "boards"
