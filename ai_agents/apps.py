from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_builtin_types(sender, **kwargs) -> None:
    from ai_agents.document_types import sync_builtin_types

    sync_builtin_types()


class AiAgentsConfig(AppConfig):
    name = "ai_agents"
    verbose_name = "AI agents"

    def ready(self) -> None:
        post_migrate.connect(_sync_builtin_types, sender=self)
