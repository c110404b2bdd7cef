"""Item class DisplaySubsystemConfigurationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DisplaySubsystemConfigurationSequenceItem",
]


class DisplaySubsystemConfigurationSequenceItem(DicomModel):
    """An item of Display Subsystem Configuration Sequence (0028,700A), as first defined in Display System Module Attributes (C.32.1-1)."""

    dicom_name: ClassVar[str] = "Display Subsystem Configuration Sequence"
    dicom_table: ClassVar[str] = "table_C.32.1-1"

    ConfigurationID: Annotated[
        vr.US | None, Attribute(0x0028700B, "US", "1", None, name="Configuration ID")
    ] = None
    """Configuration ID (0028,700B): no Type, VR US, VM 1. Number that identifies a specific display subsystem configuration within the Display Subsystem Configuration Sequence (0028,700A). The value shall be unique within the Display Subsystem Configuration Sequence (0028,700A)."""

    ConfigurationName: Annotated[
        vr.SH | None, Attribute(0x0028700C, "SH", "1", None, name="Configuration Name")
    ] = None
    """Configuration Name (0028,700C): no Type, VR SH, VM 1. User-defined name for the Display Subsystem Configuration."""

    ConfigurationDescription: Annotated[
        vr.LO | None, Attribute(0x0028700D, "LO", "1", None, name="Configuration Description")
    ] = None
    """Configuration Description (0028,700D): no Type, VR LO, VM 1. A free text description of the Display Subsystem Configuration."""

    ReferencedTargetLuminanceCharacteristicsID: Annotated[
        vr.US | None,
        Attribute(
            0x0028700E, "US", "1", None, name="Referenced Target Luminance Characteristics ID"
        ),
    ] = None
    """Referenced Target Luminance Characteristics ID (0028,700E): no Type, VR US, VM 1. References the intended luminance characteristics for this Configuration of this Display Subsystem. The value is the Luminance Characteristics ID (0028,7009) within the Target Luminance Characteristics Sequence (0028,7008) of the Target Lum..."""
