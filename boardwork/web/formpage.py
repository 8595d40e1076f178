"""The page of a form that has not been saved (yet)."""

from django.shortcuts import render


def form_page(request, template: str, context: dict):
    """Render a form's page: 400 when a POST came back to it (the form has errors), else 200."""
    return render(request, template, context, status=400 if request.method == "POST" else 200)
