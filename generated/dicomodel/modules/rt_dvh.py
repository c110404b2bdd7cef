"""RT DVH Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.dvh_sequence_item import DVHSequenceItem as _DVHSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DVHSequenceItem = Lazy("dicomodel.items.dvh_sequence_item", "DVHSequenceItem")
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.dose_type import DoseTypeTerm as DoseTypeTerm
    from dicomodel.enums.dose_units import DoseUnits as DoseUnits
    from dicomodel.enums.dvh_type import DVHType as DVHType
    from dicomodel.enums.dvh_volume_units import DVHVolumeUnitsTerm as DVHVolumeUnitsTerm
    from dicomodel.enums.dvhroi_contribution_type import (
        DVHROIContributionType as DVHROIContributionType,
    )
    from dicomodel.items.dvh_referenced_roi_sequence_item import (
        DVHReferencedROISequenceItem as DVHReferencedROISequenceItem,
    )
    from dicomodel.items.dvh_sequence_item import DVHSequenceItem as DVHSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStructureSetSequenceItem,
    )

__all__ = [
    "DVHROIContributionType",
    "DVHReferencedROISequenceItem",
    "DVHSequenceItem",
    "DVHType",
    "DVHVolumeUnitsTerm",
    "DoseTypeTerm",
    "DoseUnits",
    "RTDVHModule",
    "ReferencedStructureSetSequenceItem",
]


class RTDVHModule(DicomModel):
    """RT DVH Module Attributes (PS3.3 Table C.8-40)."""

    dicom_name: ClassVar[str] = "RT DVH"
    dicom_table: ClassVar[str] = "table_C.8-40"

    ReferencedStructureSetSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300C0060, "SQ", "1", "1", name="Referenced Structure Set Sequence"),
    ]
    """Referenced Structure Set Sequence (300C,0060): Type 1, VR SQ, VM 1. Sequence of one Class/Instance pair describing Structure Set containing structures that are used to calculate Dose-Volume Histograms (DVHs). Only a single Item shall be included in this Sequence. See Section C.8.8.4.1."""

    DVHNormalizationPoint: Annotated[
        list[vr.DS] | None, Attribute(0x30040040, "DS", "3", "3", name="DVH Normalization Point")
    ] = None
    """DVH Normalization Point (3004,0040): Type 3, VR DS, VM 3. Coordinates (x, y, z) of common DVH normalization point in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm)."""

    DVHNormalizationDoseValue: Annotated[
        vr.DS | None, Attribute(0x30040042, "DS", "1", "3", name="DVH Normalization Dose Value")
    ] = None
    """DVH Normalization Dose Value (3004,0042): Type 3, VR DS, VM 1. Dose Value at DVH Normalization Point (3004,0040) used as reference for individual DVHs when Dose Units (3004,0002) is RELATIVE."""

    DVHSequence: Annotated[
        list[_DVHSequenceItem], Attribute(0x30040050, "SQ", "1", "1", name="DVH Sequence")
    ]
    """DVH Sequence (3004,0050): Type 1, VR SQ, VM 1. Sequence of DVHs. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DVHROIContributionType": (
        "dicomodel.enums.dvhroi_contribution_type",
        "DVHROIContributionType",
    ),
    "DVHReferencedROISequenceItem": (
        "dicomodel.items.dvh_referenced_roi_sequence_item",
        "DVHReferencedROISequenceItem",
    ),
    "DVHSequenceItem": ("dicomodel.items.dvh_sequence_item", "DVHSequenceItem"),
    "DVHType": ("dicomodel.enums.dvh_type", "DVHType"),
    "DVHVolumeUnitsTerm": ("dicomodel.enums.dvh_volume_units", "DVHVolumeUnitsTerm"),
    "DoseTypeTerm": ("dicomodel.enums.dose_type", "DoseTypeTerm"),
    "DoseUnits": ("dicomodel.enums.dose_units", "DoseUnits"),
    "ReferencedStructureSetSequenceItem": (
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
