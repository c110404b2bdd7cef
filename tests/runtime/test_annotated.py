"""dicomodel.annotated.Annotated makes what typing.Annotated makes, faster."""

from __future__ import annotations

import typing
from typing import Any

import pytest

from dicomodel import vr
from dicomodel.annotated import Annotated, _FastAnnotated, _FastOptional
from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

T = typing.TypeVar("T")
_NAME = Attribute(0x00100010, "PN", "1", "2", name="Patient's Name")
_ID = Attribute(0x00100020, "LO", "1", "2", name="Patient ID")
# The shapes of generated fields, two of each kind (the second is the checked copy),
# and types typing handles itself (generic ones).
TYPES: list[Any] = [
    vr.PN | None,
    vr.LO | None,
    vr.UI,
    vr.US,
    list[vr.PN] | None,
    list[vr.DS] | None,
    list[vr.CS],
    list[vr.US],
    Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem") | None,
    Lazy("dicomodel.enums.patient_sex", "PatientSexValue") | None,
    Lazy("dicomodel.enums.modality", "ModalityTerm") | vr.CS | None,
    Lazy("dicomodel.enums.patient_sex", "PatientSexValue"),
    Lazy("dicomodel.enums.modality", "ModalityTerm"),
    int,
    str,
    list[T],
    dict[str, T],
    typing.Annotated[int, "unit"],
]


@pytest.mark.parametrize("tp", TYPES, ids=repr)
@pytest.mark.parametrize("metadata", [(_NAME,), (_ID, "more")], ids=["one", "two"])
def test_the_alias_is_typings_attribute_for_attribute(tp: Any, metadata: tuple[Any, ...]) -> None:
    fast = _FastAnnotated()
    for _ in range(3):  # the first alias of a kind, the checked copy, a copy
        made, expected = fast[(tp, *metadata)], typing.Annotated[(tp, *metadata)]
        assert type(made) is type(expected)
        assert vars(made) == vars(expected)
        assert made == expected
        assert hash(made) == hash(expected)
        assert typing.get_args(made) == typing.get_args(expected)


def test_the_kinds_of_generated_fields_are_copied() -> None:
    fast = _FastAnnotated()
    for tp in TYPES:
        for metadata in ((_NAME,), (_ID,), (_NAME, _ID)):
            fast[(tp, *metadata)]
    assert fast._checked  # pyright: ignore[reportPrivateUsage]
    assert all(fast._checked.values())  # pyright: ignore[reportPrivateUsage]


def test_a_generated_models_annotations_are_typings() -> None:
    from dicomodel.iods import CTImage

    annotations = CTImage.__annotations__
    fields = [name for name in annotations if name in CTImage.model_fields]
    assert len(fields) > 300
    for name in fields:
        made = annotations[name]
        expected = typing.Annotated[(made.__origin__, *made.__metadata__)]
        assert vars(made) == vars(expected), name


def test_typings_errors_are_kept() -> None:
    with pytest.raises(TypeError):
        Annotated[int]  # type: ignore[misc]
    assert isinstance(Annotated, _FastAnnotated)


def test_a_references_or_none_is_typings_optional() -> None:
    fast = _FastOptional()
    references = [Lazy("dicomodel.enums.patient_sex", f"Name{i}") for i in range(4)]
    for reference in references:  # the first union, the checked copy, copies
        made, expected = fast(reference), typing.Union[reference, None]  # noqa: UP007
        assert type(made) is type(expected)
        assert vars(made) == vars(expected)
        assert made == expected
        assert hash(made) == hash(expected)
    assert fast._checked == {Lazy: True}  # pyright: ignore[reportPrivateUsage]
    assert typing.get_args(references[0] | None) == (references[0], type(None))


@pytest.mark.parametrize("tp", [int, list[int], int | str, typing.Union[int, str], list[T]])  # noqa: UP007
def test_or_none_of_other_types_is_typings(tp: Any) -> None:
    fast = _FastOptional()
    for _ in range(3):
        made, expected = fast(tp), typing.Union[tp, None]  # noqa: UP007
        assert vars(made) == vars(expected)
