"""Item class ExternallySourcedDataSetIdentificationItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ExternallySourcedDataSetIdentificationItem",
]


class ExternallySourcedDataSetIdentificationItem(DicomModel):
    """An item of Test Point Normals Sequence (0024,0058), as first defined in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    dicom_name: ClassVar[str] = "Test Point Normals Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.4-1"

    DataSetName: Annotated[vr.LO, Attribute(0x00240306, "LO", "1", "1", name="Data Set Name")]
    """Data Set Name (0024,0306): Type 1, VR LO, VM 1. The name assigned to the Externally-Sourced Data Set."""

    DataSetVersion: Annotated[vr.LO, Attribute(0x00240307, "LO", "1", "1", name="Data Set Version")]
    """Data Set Version (0024,0307): Type 1, VR LO, VM 1. The software version identifier assigned to the Externally-Sourced Data Set."""

    DataSetSource: Annotated[vr.LO, Attribute(0x00240308, "LO", "1", "1", name="Data Set Source")]
    """Data Set Source (0024,0308): Type 1, VR LO, VM 1. Source of the Externally-Sourced Data Set. E.g., the name of the manufacturer, researcher, university, etc."""

    DataSetDescription: Annotated[
        vr.LO | None, Attribute(0x00240309, "LO", "1", "3", name="Data Set Description")
    ] = None
    """Data Set Description (0024,0309): Type 3, VR LO, VM 1. Description of the Externally-Sourced Data Set."""
