"""Corneal Topography Map Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.body_part_examined import BodyPartExaminedValue as _BodyPartExaminedValue
    from dicomodel.enums.modality import (
        ModalityOphthalmicThicknessMapSeriesValue as _ModalityOphthalmicThicknessMapSeriesValue,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BodyPartExaminedValue = Lazy("dicomodel.enums.body_part_examined", "BodyPartExaminedValue")
    _ModalityOphthalmicThicknessMapSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityOphthalmicThicknessMapSeriesValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.body_part_examined import BodyPartExamined as BodyPartExamined
    from dicomodel.enums.modality import ModalityOphthalmicThicknessMapSeries as Modality
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "BodyPartExamined",
    "CornealTopographyMapSeriesModule",
    "Modality",
    "ReferencedPerformedProcedureStepSequenceItem",
]


class CornealTopographyMapSeriesModule(DicomModel):
    """Corneal Topography Map Series Module Attributes (PS3.3 Table C.8.30.1-1)."""

    dicom_name: ClassVar[str] = "Corneal Topography Map Series"
    dicom_table: ClassVar[str] = "table_C.8.30.1-1"

    Modality: Annotated[
        _ModalityOphthalmicThicknessMapSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("OPM",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the maps in this Series. Enumerated Values: OPM See Section C.7.3.1.1.1 for further explanation."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081111,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Procedure Step Sequence",
            when=(
                "unknown",
                "names no attribute: the Modality Performed Procedure Step SOP Class , or General Purpose Performed Procedure Step SOP Class is supported",
            ),
        ),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 1C, VR SQ, VM 1. Required if the Modality Performed Procedure Step SOP Class, or General Purpose Performed Procedure Step SOP Class is supported. Uniquely identifies the Performed Procedure Step SOP Instance to which the Series is related (e.g., a Modality or General-Purpose Performed Procedure Step SOP Instance). Only a single Item shall be included in this Sequence."""

    BodyPartExamined: Annotated[
        _BodyPartExaminedValue,
        Attribute(
            0x00180015, "CS", "1", "1", name="Body Part Examined", enumerated=((0, ("EYE",)),)
        ),
    ]
    """Body Part Examined (0018,0015): Type 1, VR CS, VM 1. Text description of the part of the body examined. Enumerated Values: EYE Some IODs support the Anatomic Region Sequence (0008,2218), which can provide a more comprehensive mechanism for specifying the body part being examined."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BodyPartExamined": ("dicomodel.enums.body_part_examined", "BodyPartExamined"),
    "Modality": ("dicomodel.enums.modality", "ModalityOphthalmicThicknessMapSeries"),
    "ReferencedPerformedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
