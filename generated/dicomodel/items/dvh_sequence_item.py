"""Item class DVHSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.dose_type import DoseTypeTerm as _DoseTypeTerm
    from dicomodel.enums.dose_units import DoseUnitsValue as _DoseUnitsValue
    from dicomodel.enums.dvh_type import DVHTypeValue as _DVHTypeValue
    from dicomodel.enums.dvh_volume_units import DVHVolumeUnitsTerm as _DVHVolumeUnitsTerm
    from dicomodel.items.dvh_referenced_roi_sequence_item import (
        DVHReferencedROISequenceItem as _DVHReferencedROISequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DVHReferencedROISequenceItem = Lazy(
        "dicomodel.items.dvh_referenced_roi_sequence_item", "DVHReferencedROISequenceItem"
    )
    _DVHTypeValue = Lazy("dicomodel.enums.dvh_type", "DVHTypeValue")
    _DVHVolumeUnitsTerm = Lazy("dicomodel.enums.dvh_volume_units", "DVHVolumeUnitsTerm")
    _DoseTypeTerm = Lazy("dicomodel.enums.dose_type", "DoseTypeTerm")
    _DoseUnitsValue = Lazy("dicomodel.enums.dose_units", "DoseUnitsValue")

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

__all__ = [
    "DVHROIContributionType",
    "DVHReferencedROISequenceItem",
    "DVHSequenceItem",
    "DVHType",
    "DVHVolumeUnitsTerm",
    "DoseTypeTerm",
    "DoseUnits",
]


class DVHSequenceItem(DicomModel):
    """An item of DVH Sequence (3004,0050), as first defined in RT DVH Module Attributes (C.8-40)."""

    dicom_name: ClassVar[str] = "DVH Sequence"
    dicom_table: ClassVar[str] = "table_C.8-40"

    DVHReferencedROISequence: Annotated[
        list[_DVHReferencedROISequenceItem],
        Attribute(0x30040060, "SQ", "1", "1", name="DVH Referenced ROI Sequence"),
    ]
    """DVH Referenced ROI Sequence (3004,0060): Type 1, VR SQ, VM 1. Sequence of referenced ROIs used to calculate DVH. One or more Items shall be included in this Sequence."""

    DVHType: Annotated[
        _DVHTypeValue,
        Attribute(
            0x30040001,
            "CS",
            "1",
            "1",
            name="DVH Type",
            enumerated=((0, ("DIFFERENTIAL", "CUMULATIVE", "NATURAL")),),
        ),
    ]
    """DVH Type (3004,0001): Type 1, VR CS, VM 1. Type of DVH. Enumerated Values: DIFFERENTIAL differential dose-volume histogram CUMULATIVE cumulative dose-volume histogram NATURAL natural dose volume histogram"""

    DoseUnits: Annotated[
        _DoseUnitsValue,
        Attribute(
            0x30040002, "CS", "1", "1", name="Dose Units", enumerated=((0, ("GY", "RELATIVE")),)
        ),
    ]
    """Dose Units (3004,0002): Type 1, VR CS, VM 1. Dose axis units. Enumerated Values: GY Gray RELATIVE dose relative to reference value specified in DVH Normalization Dose Value (3004,0042)"""

    DoseType: Annotated[
        _DoseTypeTerm | vr.CS, Attribute(0x30040004, "CS", "1", "1", name="Dose Type")
    ]
    """Dose Type (3004,0004): Type 1, VR CS, VM 1. Type of dose. Defined Terms: PHYSICAL physical dose EFFECTIVE physical dose after correction for biological effect using user-defined modeling technique ERROR difference between desired and planned dose"""

    DVHDoseScaling: Annotated[vr.DS, Attribute(0x30040052, "DS", "1", "1", name="DVH Dose Scaling")]
    """DVH Dose Scaling (3004,0052): Type 1, VR DS, VM 1. Scaling factor that when multiplied by the dose bin widths found in DVH Data (3004,0058), yields dose bin widths in the dose units as specified by Dose Units (3004,0002)."""

    DVHVolumeUnits: Annotated[
        _DVHVolumeUnitsTerm | vr.CS, Attribute(0x30040054, "CS", "1", "1", name="DVH Volume Units")
    ]
    """DVH Volume Units (3004,0054): Type 1, VR CS, VM 1. Volume axis units. Defined Terms: CM3 cubic centimeters PERCENT percent PER_U volume per u with u(dose)=dose-3/2. See Section C.8.8.4.3."""

    DVHNumberOfBins: Annotated[
        vr.IS, Attribute(0x30040056, "IS", "1", "1", name="DVH Number of Bins")
    ]
    """DVH Number of Bins (3004,0056): Type 1, VR IS, VM 1. Number of bins n used to store DVH Data (3004,0058)."""

    DVHData: Annotated[list[vr.DS], Attribute(0x30040058, "DS", "2-2n", "1", name="DVH Data")]
    """DVH Data (3004,0058): Type 1, VR DS, VM 2-2n. A data stream describing the dose bin widths Dn and associated volumes Vn in DVH Volume Units (3004,0054) in the order D1V1, D2V2, … DnVn."""

    DVHMinimumDose: Annotated[
        vr.DS | None, Attribute(0x30040070, "DS", "1", "3", name="DVH Minimum Dose")
    ] = None
    """DVH Minimum Dose (3004,0070): Type 3, VR DS, VM 1. Minimum calculated dose to ROI(s) described by DVH Referenced ROI Sequence (3004,0060) in units specified by Dose Units (3004,0002) of the current Sequence Item."""

    DVHMaximumDose: Annotated[
        vr.DS | None, Attribute(0x30040072, "DS", "1", "3", name="DVH Maximum Dose")
    ] = None
    """DVH Maximum Dose (3004,0072): Type 3, VR DS, VM 1. Maximum calculated dose to ROI(s) described by DVH Referenced ROI Sequence (3004,0060) in units specified by Dose Units (3004,0002) of the current Sequence Item."""

    DVHMeanDose: Annotated[
        vr.DS | None, Attribute(0x30040074, "DS", "1", "3", name="DVH Mean Dose")
    ] = None
    """DVH Mean Dose (3004,0074): Type 3, VR DS, VM 1. Mean calculated dose to ROI(s) described by DVH Referenced ROI Sequence (3004,0060) in units specified by Dose Units (3004,0002) of the current Sequence Item."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DVHROIContributionType": (
        "dicomodel.enums.dvhroi_contribution_type",
        "DVHROIContributionType",
    ),
    "DVHReferencedROISequenceItem": (
        "dicomodel.items.dvh_referenced_roi_sequence_item",
        "DVHReferencedROISequenceItem",
    ),
    "DVHType": ("dicomodel.enums.dvh_type", "DVHType"),
    "DVHVolumeUnitsTerm": ("dicomodel.enums.dvh_volume_units", "DVHVolumeUnitsTerm"),
    "DoseTypeTerm": ("dicomodel.enums.dose_type", "DoseTypeTerm"),
    "DoseUnits": ("dicomodel.enums.dose_units", "DoseUnits"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
