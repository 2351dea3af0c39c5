"""Every Answer class has a console and an embed renderer; anything else is refused loudly, never shown as repr."""

from __future__ import annotations

import inspect
import typing

import pytest

from bot.answer import models
from bot.render.embeds import render_embed, render_pages
from bot.render.text import render_text


def answer_classes() -> list[type]:
    """The Answer classes as bot/answer/models.py defines them: its classes named *Answer."""
    return [cls for name, cls in inspect.getmembers(models, inspect.isclass)
            if cls.__module__ == models.__name__ and name.endswith("Answer")]


def test_the_answer_union_lists_every_answer_class() -> None:
    assert answer_classes(), "no Answer classes found in bot/answer/models.py"
    assert set(typing.get_args(models.Answer)) == set(answer_classes())


@pytest.mark.parametrize("cls", answer_classes(), ids=lambda cls: cls.__name__)
def test_every_answer_has_a_console_and_an_embed_renderer(cls: type) -> None:
    assert render_text.dispatch(cls) is not render_text.dispatch(object), f"no console renderer for {cls.__name__}"
    assert render_embed.dispatch(cls) is not render_embed.dispatch(object), f"no embed renderer for {cls.__name__}"


@pytest.mark.parametrize("render", [render_text, render_embed, render_pages])
def test_an_unknown_type_is_refused_by_name(render: typing.Callable[[object], object]) -> None:
    class NotAnAnswer:
        pass

    with pytest.raises(TypeError, match="NotAnAnswer"):
        render(NotAnAnswer())
