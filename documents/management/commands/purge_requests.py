"""Delete upload requests older than a number of days, with their files."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from documents.services.retention import requests_purge


class Command(BaseCommand):
    help = (
        "Delete finished upload requests older than --days, with their stored "
        "files and results. Run it from cron to keep the data directory bounded."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=float,
            required=True,
            help="Age in days past which to delete.",
        )

    def handle(self, *args, days: float, **options):
        if days < 0:
            raise CommandError(f"--days={days} is negative; give an age in days")
        deleted = requests_purge(older_than=timedelta(days=days))
        self.stdout.write(f"Deleted {deleted} request(s) older than {days} day(s)")
