"""An enum file of several enums makes each on first use (issue 16).

``dicomodel/enums/modality.py`` holds 38 enums, one per module that lists
Modality's values; a CT Image needs one of them.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Callable
from enum import StrEnum

import pytest
from pydantic import TypeAdapter, ValidationError
from pydantic_core import SchemaValidator

from dicomodel import enums
from dicomodel.enums import modality
from dicomodel.lazy import enum_schema


def test_each_spelling_of_a_lazy_enum_is_one_class() -> None:
    from dicomodel.enums.modality import ModalityCTSeries, ModalityCTSeriesValue

    assert ModalityCTSeries is ModalityCTSeriesValue is enums.ModalityCTSeries
    assert issubclass(ModalityCTSeries, StrEnum)
    assert ModalityCTSeries.__qualname__ == "ModalityCTSeries"
    assert ModalityCTSeries.__module__ == "dicomodel.enums.modality"
    assert pickle.loads(pickle.dumps(ModalityCTSeries.CT)) is ModalityCTSeries.CT


def test_every_name_of_a_lazy_file_resolves_and_is_listed() -> None:
    assert len(modality.__all__) > 38
    for name in modality.__all__:
        assert issubclass(getattr(modality, name), StrEnum), name
    assert set(modality.__all__) <= set(dir(modality))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchEnum"):
        modality.NoSuchEnum  # noqa: B018


FIRST_USE = """
from pydicom import examples
from dicomodel.iods import CTImage
from dicomodel.enums import modality
image = CTImage.from_dataset(examples.ct, strict=False)
image.Modality = "CT"  # validated against the Defined Terms' enum, among others
made = [name for name in modality._MAKERS if name in vars(modality)]
print(len(made), len(modality._MAKERS))
"""


def test_a_model_makes_only_the_enums_it_uses() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_USE], capture_output=True, text=True, check=True
    )
    made, makers = (int(word) for word in done.stdout.split())
    assert makers > 38
    assert made == 1  # ModalityTerm, the Defined Terms a CT Image's Modality takes


def _outcome(validate: Callable[[object], object], value: object) -> object:
    try:
        return validate(value)
    except ValidationError as error:
        return [(e["type"], e["msg"], e.get("ctx")) for e in error.errors()]


@pytest.mark.parametrize("name", ["ModalityCTSeries", "PatientSex", "PhotometricInterpretation"])
@pytest.mark.parametrize("strict", [False, True])
def test_an_enum_validates_as_pydantic_validates_it(name: str, strict: bool) -> None:
    """The enum validator of a lazy reference (lazy.enum_schema) and pydantic's own
    (a TypeAdapter): the same values and the same errors."""
    enum = getattr(enums, name)
    ours = SchemaValidator(enum_schema(enum))
    theirs = TypeAdapter(enum)
    member = next(iter(enum))
    for value in (member, member.value, "NOT A TERM", "", 5, None, member.value.lower()):
        assert _outcome(lambda v: ours.validate_python(v, strict=strict), value) == _outcome(
            lambda v: theirs.validate_python(v, strict=strict), value
        )
