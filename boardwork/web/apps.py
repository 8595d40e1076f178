from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "boardwork.web"
    label = "web"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from . import middleware, pagecache

        pagecache.connect_signals()
        user_logged_in.connect(middleware.stamp_session, dispatch_uid="bw-session-stamp")
