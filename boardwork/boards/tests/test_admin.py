import pytest
from django.contrib import admin
from django.core.management import call_command

pytestmark = pytest.mark.django_db

BOARDWORK_APPS = {"boards", "plans", "activities", "papers"}


def test_it_puts_every_model_in_the_admin():
    from django.apps import apps

    models = [m for app in BOARDWORK_APPS for m in apps.get_app_config(app).get_models()]
    missing = [m.__name__ for m in models if m not in admin.site._registry and not m._meta.auto_created]
    assert missing == []


def test_it_lists_the_demo_records_in_the_admin(client, admin_user):
    call_command("demo", stdout=open("/dev/null", "w"))
    client.force_login(admin_user)
    for model in admin.site._registry:
        if model._meta.app_label not in BOARDWORK_APPS:
            continue
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        response = client.get(url)
        assert response.status_code == 200, url
    assert b"Domestic Abuse Act" in client.get("/admin/activities/policy/").content
