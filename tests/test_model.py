"""The result model's `@model` classes behave as frozen dataclasses do."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from safeguarding.results import NoBenchmark, Point, model


def test_a_model_object_is_a_frozen_dataclass():
    p = Point("2014-08", 2.5, 1, 4)
    assert (p.covered, p.suppressed) == (True, None)  # defaults
    assert p == Point("2014-08", 2.5, 1, 4) and hash(p) == hash(Point("2014-08", 2.5, 1, 4))
    assert p != Point("2014-08", 2.5, 1, 5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.value = 3  # type: ignore[misc]
    assert dataclasses.replace(p, covered=False) == Point("2014-08", 2.5, 1, 4, covered=False)
    assert pickle.loads(pickle.dumps(p)) == p
    with pytest.raises(TypeError):
        Point("2014-08", 2.5)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point("2014-08", 2.5, 1, 4, colour="red")  # type: ignore[call-arg]


def test_a_field_outside_init_takes_its_default():
    nb = NoBenchmark("no published figure")
    assert (nb.available, nb.reason, nb.measure, nb.year) == (False, "no published figure", None, None)
    with pytest.raises(TypeError):
        NoBenchmark(available=True)  # type: ignore[call-arg]


def test_a_default_factory_is_refused():
    with pytest.raises(TypeError, match="default factory"):
        @model
        class WithFactory:
            items: list = dataclasses.field(default_factory=list)
