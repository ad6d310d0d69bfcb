"""The index cache's text column behaves like the list of strings it stores, and survives pickling."""
from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.index import TextColumn


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), max_size=20))
def test_a_text_column_is_the_list_it_was_made_from(texts):
    column = pickle.loads(pickle.dumps(TextColumn(texts), protocol=pickle.HIGHEST_PROTOCOL))
    assert len(column) == len(texts) and list(column) == texts
    assert [column[i] for i in range(-len(texts), len(texts))] == texts + texts
    assert column[1:3] == texts[1:3]
    with pytest.raises(IndexError):
        column[len(texts)]
