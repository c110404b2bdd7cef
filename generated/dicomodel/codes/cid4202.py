"""CID 4202 Ophthalmic Photography Acquisition Device.

Extensible, version 20100607, UID 1.2.840.10008.6.1.318.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4202
NAME: Final[str] = "Ophthalmic Photography Acquisition Device"
KEYWORD: Final[str | None] = "OphthalmicPhotographyAcquisitionDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.318"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100607"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FundusCamera: Final[Code] = Code("SCT", "409898007", "Fundus Camera", (4202,))
"""Fundus Camera (SCT 409898007)."""

SlitLampBiomicroscope: Final[Code] = Code("SCT", "397247004", "Slit Lamp Biomicroscope", (4202,))
"""Slit Lamp Biomicroscope (SCT 397247004)."""

ExternalCamera: Final[Code] = Code("SCT", "409903006", "External Camera", (4202,))
"""External Camera (SCT 409903006)."""

SpecularMicroscope: Final[Code] = Code("SCT", "409899004", "Specular Microscope", (4202,))
"""Specular Microscope (SCT 409899004)."""

OperatingMicroscope: Final[Code] = Code("SCT", "102321001", "Operating Microscope", (4202,))
"""Operating Microscope (SCT 102321001)."""

ScanningLaserOphthalmoscope: Final[Code] = Code(
    "SCT", "392001008", "Scanning Laser Ophthalmoscope", (4202,)
)
"""Scanning Laser Ophthalmoscope (SCT 392001008)."""

IndirectOphthalmoscope: Final[Code] = Code("SCT", "409901008", "Indirect Ophthalmoscope", (4202,))
"""Indirect Ophthalmoscope (SCT 409901008)."""

DirectOphthalmoscope: Final[Code] = Code("SCT", "409900009", "Direct Ophthalmoscope", (4202,))
"""Direct Ophthalmoscope (SCT 409900009)."""

OphthalmicEndoscope: Final[Code] = Code("SCT", "409902001", "Ophthalmic Endoscope", (4202,))
"""Ophthalmic Endoscope (SCT 409902001)."""

Keratoscope: Final[Code] = Code("SCT", "397522002", "Keratoscope", (4202,))
"""Keratoscope (SCT 397522002)."""

Pupillograph: Final[Code] = Code("SCT", "420827006", "Pupillograph", (4202,))
"""Pupillograph (SCT 420827006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FundusCamera,
    SlitLampBiomicroscope,
    ExternalCamera,
    SpecularMicroscope,
    OperatingMicroscope,
    ScanningLaserOphthalmoscope,
    IndirectOphthalmoscope,
    DirectOphthalmoscope,
    OphthalmicEndoscope,
    Keratoscope,
    Pupillograph,
)
"""The resolved membership: own members, then those of the included groups, in order."""
