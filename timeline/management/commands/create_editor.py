from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.roles import NewsroomRole
from timeline.services import editor_account_save


class Command(BaseCommand):
    help = "Create or update a newsroom staff account with one role: reporter, editor or chief. Idempotent."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=[role.value for role in NewsroomRole])
        parser.add_argument("--password", help="Set this password. A new account without one gets a random one.")
        parser.add_argument("--email", default="")

    def handle(self, *args, username: str, role: str, password: str | None, email: str, **options) -> None:
        try:
            user, created, generated = editor_account_save(
                username=username, role=NewsroomRole(role), password=password, email=email
            )
        except ValidationError as error:
            problems = (
                [f"{field}: {message}" for field, messages in error.message_dict.items() for message in messages]
                if hasattr(error, "error_dict")
                else error.messages
            )
            raise CommandError("; ".join(problems)) from error
        action = "Created" if created else "Updated"
        self.stdout.write(self.style.SUCCESS(f"{action} {user.get_username()} as {NewsroomRole(role).group_name}."))
        if generated:
            self.stdout.write(f"Password: {generated}")
