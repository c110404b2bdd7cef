"""Modality LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rescale_type import RescaleTypeTerm as _RescaleTypeTerm
    from dicomodel.items.modality_lut_sequence_item import (
        ModalityLUTSequenceItem as _ModalityLUTSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityLUTSequenceItem = Lazy(
        "dicomodel.items.modality_lut_sequence_item", "ModalityLUTSequenceItem"
    )
    _RescaleTypeTerm = Lazy("dicomodel.enums.rescale_type", "RescaleTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.rescale_type import RescaleTypeTerm as RescaleTypeTerm
    from dicomodel.items.modality_lut_sequence_item import (
        ModalityLUTSequenceItem as ModalityLUTSequenceItem,
    )

__all__ = [
    "ModalityLUTModule",
    "ModalityLUTSequenceItem",
    "RescaleTypeTerm",
]


class ModalityLUTModule(DicomModel):
    """Modality LUT Module Attributes (PS3.3 Table C.11-1)."""

    dicom_name: ClassVar[str] = "Modality LUT"
    dicom_table: ClassVar[str] = "table_C.11-1"

    ModalityLUTSequence: Annotated[
        list[_ModalityLUTSequenceItem] | None,
        Attribute(
            0x00283000,
            "SQ",
            "1",
            "1C",
            name="Modality LUT Sequence",
            forbid=("present", 0x00281052),
        ),
    ] = None
    """Modality LUT Sequence (0028,3000): Type 1C, VR SQ, VM 1. Shall not be present if Rescale Intercept (0028,1052) is present. Defines a Sequence of Modality LUTs. Only a single Item shall be included in this Sequence. Shall not be present if Rescale Intercept (0028,1052) is present."""

    RescaleIntercept: Annotated[
        vr.DS | None,
        Attribute(
            0x00281052,
            "DS",
            "1",
            "1C",
            name="Rescale Intercept",
            when=("not", ("present", 0x00283000)),
            otherwise="shall_not",
        ),
    ] = None
    """Rescale Intercept (0028,1052): Type 1C, VR DS, VM 1. Required if Modality LUT Sequence (0028,3000) is not present. Shall not be present otherwise. The value b in relationship between stored values (SV) and the output units specified in Rescale Type (0028,1054). Output units = m*SV + b. Required if Modality LUT Sequence (0028,3000) is not present. Shall not be present otherwise."""

    RescaleSlope: Annotated[
        vr.DS | None,
        Attribute(0x00281053, "DS", "1", "1C", name="Rescale Slope", when=("present", 0x00281052)),
    ] = None
    """Rescale Slope (0028,1053): Type 1C, VR DS, VM 1. Required if Rescale Intercept is present. m in the equation specified by Rescale Intercept (0028,1052). Required if Rescale Intercept is present."""

    RescaleType: Annotated[
        _RescaleTypeTerm | vr.LO | None,
        Attribute(0x00281054, "LO", "1", "1C", name="Rescale Type", when=("present", 0x00281052)),
    ] = None
    """Rescale Type (0028,1054): Type 1C, VR LO, VM 1. Required if Rescale Intercept is present. Specifies the output units of Rescale Slope (0028,1053) and Rescale Intercept (0028,1052). See Section C.11.1.1.2 for further explanation. Required if Rescale Intercept is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ModalityLUTSequenceItem": (
        "dicomodel.items.modality_lut_sequence_item",
        "ModalityLUTSequenceItem",
    ),
    "RescaleTypeTerm": ("dicomodel.enums.rescale_type", "RescaleTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
