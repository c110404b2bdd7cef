"""Tractography Results Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityMRSeriesValue as _ModalityMRSeriesValue
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityMRSeriesValue = Lazy("dicomodel.enums.modality", "ModalityMRSeriesValue")
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityMRSeries as Modality
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "Modality",
    "ReferencedPerformedProcedureStepSequenceItem",
    "TractographyResultsSeriesModule",
]


class TractographyResultsSeriesModule(DicomModel):
    """Tractography Results Series Module Attributes (PS3.3 Table C.8.33-1)."""

    dicom_name: ClassVar[str] = "Tractography Results Series"
    dicom_table: ClassVar[str] = "table_C.8.33-1"

    Modality: Annotated[
        _ModalityMRSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("MR",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the Instances in this Series. Enumerated Values: MR See Section C.7.3.1.1.1 for further explanation."""

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


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityMRSeries"),
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
