"""Exposure Index Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ExposureIndexMacro",
]


class ExposureIndexMacro(DicomModel):
    """Exposure Index Macro Attributes (PS3.3 Table 10-23)."""

    dicom_name: ClassVar[str] = "Exposure Index"
    dicom_table: ClassVar[str] = "table_10-23"

    ExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181411, "DS", "1", "3", name="Exposure Index")
    ] = None
    """Exposure Index (0018,1411): Type 3, VR DS, VM 1. Measure of the detector response to radiation in the relevant image region of an image acquired with a digital X-Ray imaging system as defined in IEC 62494-1."""

    TargetExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index")
    ] = None
    """Target Exposure Index (0018,1412): Type 3, VR DS, VM 1. The target value used to calculate Deviation Index (0018,1413) as defined in IEC 62494-1."""

    DeviationIndex: Annotated[
        vr.DS | None, Attribute(0x00181413, "DS", "1", "3", name="Deviation Index")
    ] = None
    """Deviation Index (0018,1413): Type 3, VR DS, VM 1. A scaled representation of the difference of the Exposure Index compared to the Target Exposure Index as defined in IEC 62494-1 and the report of AAPM TG 116."""
