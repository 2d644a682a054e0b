from django.apps import AppConfig
from django.conf import settings
from django.core import checks
from django.db.models.signals import post_migrate


def check_llm_settings(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Warn when the default engine needs an LLM that is not configured."""
    from ai_agents.llm_service import llm_configured

    if settings.DOCAI_ENGINE == "embedded" or llm_configured():
        return []
    return [
        checks.Error(
            f"DOCAI_ENGINE={settings.DOCAI_ENGINE} needs an LLM server.",
            hint="Set OPENAI_BASE_URL and DOCAI_LLM_MODEL, or DOCAI_ENGINE=embedded.",
            id="ai_agents.E001",
        )
    ]


def _sync_builtin_types(sender, **kwargs) -> None:
    from ai_agents.document_types import sync_builtin_types

    sync_builtin_types()


class AiAgentsConfig(AppConfig):
    name = "ai_agents"
    verbose_name = "AI agents"

    def ready(self) -> None:
        post_migrate.connect(_sync_builtin_types, sender=self)
        checks.register(check_llm_settings)
        from ai_agents.engines.embedding import configure_disk_cache

        configure_disk_cache(settings.DATA_DIR / "embeddings")
