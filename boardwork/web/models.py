"""The web app's own table: the data version its page cache is keyed on."""

from django.db import models


class DataVersion(models.Model):
    """One row whose number goes up after every committed change to the records (see pagecache.py).

    It lives in the database, not in the cache, because every server process must see the same
    number: a page cached by one gunicorn worker must go stale in all of them at once."""

    number = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "data version"

    def __str__(self):
        return f"data version {self.number}"


class Throttle(models.Model):
    """One counter of the throttle (web/throttle.py): failed sign-ins per account and address,
    files read per person, bad API tokens per address. In the database so that every server
    process counts together; a row is reused once it expires."""

    key = models.CharField(max_length=80, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "throttle counter"

    def __str__(self):
        return f"{self.key}: {self.count} until {self.expires:%Y-%m-%d %H:%M}"
