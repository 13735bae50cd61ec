"""The typed way handlers reach the services: ``context.services``, never a string key."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.flood import FloodGate
from bot.services import Services


class BotData:
    """``application.bot_data``: what the composition root hands to every callback."""

    def __init__(self) -> None:
        self.services: Services | None = None
        self.flood: FloodGate | None = None


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """The callback context of this bot, with the services built by the composition root."""

    @property
    def services(self) -> Services:
        services = self.bot_data.services
        if services is None:
            raise RuntimeError("the application was not built by bot.app.build_application")
        return services

    @property
    def flood(self) -> FloodGate:
        gate = self.bot_data.flood
        if gate is None:
            raise RuntimeError("the application was not built by bot.app.build_application")
        return gate


CONTEXT_TYPES = ContextTypes(context=BotContext, bot_data=BotData)


def attach_services(
    application: Application[Any, Any, Any, Any, Any, Any], services: Services
) -> None:
    """Hand the services to every callback of ``application``."""
    application.bot_data.services = services
    application.bot_data.flood = FloodGate(services.clock)


def services_of(application: Application[Any, Any, Any, Any, Any, Any]) -> Services:
    """Return the services of an application built by bot.app."""
    services = application.bot_data.services
    if services is None:
        raise RuntimeError("the application was not built by bot.app.build_application")
    return services
