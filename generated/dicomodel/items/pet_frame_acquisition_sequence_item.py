"""Item class PETFrameAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PETFrameAcquisitionSequenceItem",
]


class PETFrameAcquisitionSequenceItem(DicomModel):
    """An item of PET Frame Acquisition Sequence (0018,9732), as first defined in PET Frame Acquisition Macro Attributes (C.8.22-11)."""

    dicom_name: ClassVar[str] = "PET Frame Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.8.22-11"

    TableHeight: Annotated[vr.DS, Attribute(0x00181130, "DS", "1", "1", name="Table Height")]
    """Table Height (0018,1130): Type 1, VR DS, VM 1. The distance in mm from the top of the patient table to the data collection center. The distance is positive when the table is below the data collection center."""

    GantryDetectorTilt: Annotated[
        vr.DS, Attribute(0x00181120, "DS", "1", "1", name="Gantry/Detector Tilt")
    ]
    """Gantry/Detector Tilt (0018,1120): Type 1, VR DS, VM 1. Nominal angle of tilt in degrees of the scanning gantry. Not intended for mathematical computations. Zero degrees means the gantry is not tilted, negative degrees are when the top of the gantry is tilted away from where the table enters the..."""

    GantryDetectorSlew: Annotated[
        vr.DS, Attribute(0x00181121, "DS", "1", "1", name="Gantry/Detector Slew")
    ]
    """Gantry/Detector Slew (0018,1121): Type 1, VR DS, VM 1. Nominal angle of slew in degrees of the gantry. Not intended for mathematical computations. Zero degrees means the gantry is no slewed."""

    DataCollectionDiameter: Annotated[
        vr.DS, Attribute(0x00180090, "DS", "1", "1", name="Data Collection Diameter")
    ]
    """Data Collection Diameter (0018,0090): Type 1, VR DS, VM 1. The diameter in mm of the region over which data were collected. See Section C.8.22.5.4.1."""
