"""DX Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityDXSeriesValue as _ModalityDXSeriesValue
    from dicomodel.enums.presentation_intent_type import (
        PresentationIntentTypeValue as _PresentationIntentTypeValue,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityDXSeriesValue = Lazy("dicomodel.enums.modality", "ModalityDXSeriesValue")
    _PresentationIntentTypeValue = Lazy(
        "dicomodel.enums.presentation_intent_type", "PresentationIntentTypeValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityDXSeries as Modality
    from dicomodel.enums.presentation_intent_type import (
        PresentationIntentType as PresentationIntentType,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "DXSeriesModule",
    "Modality",
    "PresentationIntentType",
    "ReferencedPerformedProcedureStepSequenceItem",
]


class DXSeriesModule(DicomModel):
    """DX Series Module Attributes (PS3.3 Table C.8-68)."""

    dicom_name: ClassVar[str] = "DX Series"
    dicom_table: ClassVar[str] = "table_C.8-68"

    Modality: Annotated[
        _ModalityDXSeriesValue,
        Attribute(
            0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("DX", "PX", "IO", "MG")),)
        ),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: DX PX IO MG See Section C.7.3.1.1.1 for further explanation."""

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
    """Presentation Intent Type (0008,0068): Type 1, VR CS, VM 1. Identifies the intent of the images that are contained within this Series. Enumerated Values: FOR PRESENTATION FOR PROCESSING See Section C.8.11.1.1.1 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityDXSeries"),
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
