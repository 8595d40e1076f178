"""django-tasks entry points for papers (see `papers.jobs`)."""

from django_tasks import task


@task()
def run_read_job(job_id: int) -> str:
    """Read (and import, or extract) the file of one `ReadJob`."""
    from .jobs import run

    return run(job_id)


@task()
def run_render_job(job_id: int) -> str:
    """Compose (or load) and write the paper of one `RenderJob`."""
    from .services.rendering import run

    return run(job_id)
