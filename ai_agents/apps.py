from django.apps import AppConfig


class AiAgentsConfig(AppConfig):
    name = "ai_agents"
    verbose_name = "AI agents"
