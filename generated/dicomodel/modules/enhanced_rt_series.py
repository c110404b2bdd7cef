"""Enhanced RT Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityEnhancedRTSeriesValue as _ModalityEnhancedRTSeriesValue,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityEnhancedRTSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityEnhancedRTSeriesValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityEnhancedRTSeries as Modality
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "EnhancedRTSeriesModule",
    "Modality",
    "ReferencedPerformedProcedureStepSequenceItem",
]


class EnhancedRTSeriesModule(DicomModel):
    """Enhanced RT Series Module Attributes (PS3.3 Table C.36.3-1)."""

    dicom_name: ClassVar[str] = "Enhanced RT Series"
    dicom_table: ClassVar[str] = "table_C.36.3-1"

    Modality: Annotated[
        _ModalityEnhancedRTSeriesValue,
        Attribute(
            0x00080060,
            "CS",
            "1",
            "1",
            name="Modality",
            enumerated=((0, ("RTINTENT", "RTRAD", "RTSEGANN", "PLAN")),),
        ),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the Instances in this Series. See Section C.36.3.1.1."""

    SeriesNumber: Annotated[vr.IS, Attribute(0x00200011, "IS", "1", "1", name="Series Number")]
    """Series Number (0020,0011): Type 1, VR IS, VM 1. A number that identifies this series."""

    SeriesDate: Annotated[vr.DA, Attribute(0x00080021, "DA", "1", "1", name="Series Date")]
    """Series Date (0008,0021): Type 1, VR DA, VM 1. Date the Series started."""

    SeriesTime: Annotated[vr.TM, Attribute(0x00080031, "TM", "1", "1", name="Series Time")]
    """Series Time (0008,0031): Type 1, VR TM, VM 1. Time the Series started."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081111,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Procedure Step Sequence",
            when=(
                "and",
                (
                    "unknown",
                    "names no attribute: the series has been created as a result of a single procedure step request",
                ),
                ("not", ("present", 0x30100044)),
            ),
        ),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 1C, VR SQ, VM 1. Required if the series has been created as a result of a single procedure step request and the Instance-Level Referenced Performed Procedure Step Sequence (3010,0044) is not present. Uniquely identifies the Performed Procedure Step SOP Instance that resulted in creation of the Series (e.g. a Modality or Unified Procedure Step SOP Instance). Only a single Item shall be included in this Sequence."""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): Type 3, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances in this Series belong."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityEnhancedRTSeries"),
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
