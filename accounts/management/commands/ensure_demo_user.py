"""Create the demo superuser, or reset its password, from DOCAI_DEMO_PASSWORD."""

import os

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User


class Command(BaseCommand):
    help = (
        "Create a superuser with the given email, or reset its password, using "
        "the password in the DOCAI_DEMO_PASSWORD environment variable."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="Login email of the user.")

    def handle(self, *args, email: str, **options):
        password = os.environ.get("DOCAI_DEMO_PASSWORD")
        if not password:
            raise CommandError("DOCAI_DEMO_PASSWORD is not set; set it to a password")
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            User.objects.create_superuser(email, password)
            self.stdout.write(f"Created superuser {email}")
            return
        user.is_active = user.is_staff = user.is_superuser = True
        if user.check_password(password):
            # Setting the same password again would change its hash and so
            # revoke every token already issued.
            user.save()
            self.stdout.write(f"Superuser {email} is ready")
            return
        user.set_password(password)
        user.save()
        self.stdout.write(f"Reset the password of {email}")
