"""Delete upload requests older than a number of days, with their files."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from documents.services.retention import llm_jobs_purge, requests_purge


class Command(BaseCommand):
    help = (
        "Delete finished upload requests older than --days, with their stored "
        "files and results, and finished LLM jobs with their call records. Run "
        "it from cron to keep the data directory and the database bounded."
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
        age = timedelta(days=days)
        deleted = requests_purge(older_than=age)
        jobs = llm_jobs_purge(older_than=age)
        self.stdout.write(
            f"Deleted {deleted} request(s) and {jobs} LLM job(s) older than "
            f"{days} day(s)"
        )
