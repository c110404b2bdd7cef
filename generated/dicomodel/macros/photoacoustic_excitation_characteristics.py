"""Photoacoustic Excitation Characteristics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.photoacoustic_excitation_characteristics_sequence_item import (
        PhotoacousticExcitationCharacteristicsSequenceItem as _PhotoacousticExcitationCharacteristicsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PhotoacousticExcitationCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.photoacoustic_excitation_characteristics_sequence_item",
        "PhotoacousticExcitationCharacteristicsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.photoacoustic_excitation_characteristics_sequence_item import (
        PhotoacousticExcitationCharacteristicsSequenceItem as PhotoacousticExcitationCharacteristicsSequenceItem,
    )

__all__ = [
    "PhotoacousticExcitationCharacteristicsMacro",
    "PhotoacousticExcitationCharacteristicsSequenceItem",
]


class PhotoacousticExcitationCharacteristicsMacro(DicomModel):
    """Photoacoustic Excitation Characteristics Macro Attributes (PS3.3 Table C.8.34.5.1-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Excitation Characteristics"
    dicom_table: ClassVar[str] = "table_C.8.34.5.1-1"

    PhotoacousticExcitationCharacteristicsSequence: Annotated[
        list[_PhotoacousticExcitationCharacteristicsSequenceItem],
        Attribute(
            0x00189821, "SQ", "1", "1", name="Photoacoustic Excitation Characteristics Sequence"
        ),
    ]
    """Photoacoustic Excitation Characteristics Sequence (0018,9821): Type 1, VR SQ, VM 1. Characteristics of the light emitted by the illuminator, used for excitation of the target in Photoacoustic Imaging of this frame. These values are recorded during Photoacoustic frame acquisition."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PhotoacousticExcitationCharacteristicsSequenceItem": (
        "dicomodel.items.photoacoustic_excitation_characteristics_sequence_item",
        "PhotoacousticExcitationCharacteristicsSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
