"""Every word list module says where its words come from and under which licence, and no list repeats a
word. (How look-alike lists differ on purpose: test_word_lists.py and tests/extract/quotes/test_lexicon.py.)
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType

import pytest

import bot.extract.lexicon as lexicon
from tests.extract.lexicon.test_word_lists import _literals

# private modules (`_make_world_given_names`) are tools that write a list, not lists
MODULES = [importlib.import_module(f"{lexicon.__name__}.{m.name}")
           for m in pkgutil.iter_modules(lexicon.__path__) if not m.name.startswith("_")]


def test_the_lexicon_has_its_modules() -> None:
    names = {m.__name__.rpartition(".")[2] for m in MODULES}
    assert {"calendar", "numbers", "speech", "speakers", "titles", "stopwords", "given_names", "countries"} <= names


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rpartition(".")[2])
def test_each_module_names_its_source_and_licence(module: ModuleType) -> None:
    doc = module.__doc__ or ""
    assert re.search(r"\b(Source|Derived from)\b", doc), f"{module.__name__}: say where the words come from"
    assert re.search(r"\b(MIT|LGPL|public domain|CC[- ]BY|BSD|Apache)\b", doc, re.I), f"{module.__name__}: licence"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rpartition(".")[2])
def test_no_list_repeats_a_word(module: ModuleType) -> None:
    for name, items in _literals(module):
        words = [w for w in items if isinstance(w, str)]  # (month, day) tuples are values, not word lists
        repeated = sorted({w for w in words if words.count(w) > 1})
        assert not repeated, f"{module.__name__}.{name} repeats {repeated[:10]}"
