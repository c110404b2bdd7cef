"""Intravascular OCT Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityIntravascularOCTSeriesValue as _ModalityIntravascularOCTSeriesValue,
    )
    from dicomodel.enums.presentation_intent_type import (
        PresentationIntentTypeValue as _PresentationIntentTypeValue,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityIntravascularOCTSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityIntravascularOCTSeriesValue"
    )
    _PresentationIntentTypeValue = Lazy(
        "dicomodel.enums.presentation_intent_type", "PresentationIntentTypeValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityIntravascularOCTSeries as Modality
    from dicomodel.enums.presentation_intent_type import (
        PresentationIntentType as PresentationIntentType,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "IntravascularOCTSeriesModule",
    "Modality",
    "PresentationIntentType",
    "ReferencedPerformedProcedureStepSequenceItem",
]


class IntravascularOCTSeriesModule(DicomModel):
    """Intravascular OCT Series Module Attributes (PS3.3 Table C.8.27.1-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Series"
    dicom_table: ClassVar[str] = "table_C.8.27.1-1"

    Modality: Annotated[
        _ModalityIntravascularOCTSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("IVOCT",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: IVOCT See Section C.7.3.1.1.1 for further explanation."""

    SeriesNumber: Annotated[vr.IS, Attribute(0x00200011, "IS", "1", "1", name="Series Number")]
    """Series Number (0020,0011): Type 1, VR IS, VM 1. A number that identifies this Series."""

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
                "names no attribute: a Performed Procedure Step SOP Class was involved in the creation of this Series",
            ),
        ),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 1C, VR SQ, VM 1. Required if a Performed Procedure Step SOP Class was involved in the creation of this Series. Uniquely identifies the Performed Procedure Step SOP Instance to which the Series is related. Only a single Item shall be included in this Sequence."""

    PresentationIntentType: Annotated[
        _PresentationIntentTypeValue,
        Attribute(
            0x00080068,
            "CS",
            "1",
            "1",
            name="Presentation Intent Type",
            enumerated=((0, ("FOR PRESENTATION", "FOR PROCESSING")),),
        ),
    ]
    """Presentation Intent Type (0008,0068): Type 1, VR CS, VM 1. Identifies the intent of the images that are contained within this Series. Enumerated Values: FOR PRESENTATION FOR PROCESSING"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityIntravascularOCTSeries"),
    "PresentationIntentType": (
        "dicomodel.enums.presentation_intent_type",
        "PresentationIntentType",
    ),
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
