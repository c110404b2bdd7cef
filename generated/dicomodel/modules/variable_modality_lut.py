"""Variable Modality LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.variable_modality_lut_sequence_item import (
        VariableModalityLUTSequenceItem as _VariableModalityLUTSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _VariableModalityLUTSequenceItem = Lazy(
        "dicomodel.items.variable_modality_lut_sequence_item", "VariableModalityLUTSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.rescale_type import RescaleTypeTerm as RescaleTypeTerm
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.modality_lut_sequence_item import (
        ModalityLUTSequenceItem as ModalityLUTSequenceItem,
    )
    from dicomodel.items.variable_modality_lut_sequence_item import (
        VariableModalityLUTSequenceItem as VariableModalityLUTSequenceItem,
    )

__all__ = [
    "ModalityLUTSequenceItem",
    "ReferencedImageSequenceItem",
    "RescaleTypeTerm",
    "VariableModalityLUTModule",
    "VariableModalityLUTSequenceItem",
]


class VariableModalityLUTModule(DicomModel):
    """Variable Modality LUT Module Attributes (PS3.3 Table C.11.35-1)."""

    dicom_name: ClassVar[str] = "Variable Modality LUT"
    dicom_table: ClassVar[str] = "table_C.11.35-1"

    VariableModalityLUTSequence: Annotated[
        list[_VariableModalityLUTSequenceItem],
        Attribute(0x00283001, "SQ", "1", "1", name="Variable Modality LUT Sequence"),
    ]
    """Variable Modality LUT Sequence (0028,3001): Type 1, VR SQ, VM 1. Modality LUTs or Rescale Slopes and Intercepts for specific images and frames. Any given image or frame shall not be referenced in more than one item of this Sequence. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ModalityLUTSequenceItem": (
        "dicomodel.items.modality_lut_sequence_item",
        "ModalityLUTSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "RescaleTypeTerm": ("dicomodel.enums.rescale_type", "RescaleTypeTerm"),
    "VariableModalityLUTSequenceItem": (
        "dicomodel.items.variable_modality_lut_sequence_item",
        "VariableModalityLUTSequenceItem",
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
