"""CID 4202 Ophthalmic Photography Acquisition Device.

Extensible, version 20100607, UID 1.2.840.10008.6.1.318.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4202
NAME: _Final[str] = "Ophthalmic Photography Acquisition Device"
KEYWORD: _Final[str | None] = "OphthalmicPhotographyAcquisitionDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.318"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100607"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FundusCamera: _Final[_Code] = _Code("SCT", "409898007", "Fundus Camera", (4202,))
"""Fundus Camera (SCT 409898007)."""

SlitLampBiomicroscope: _Final[_Code] = _Code("SCT", "397247004", "Slit Lamp Biomicroscope", (4202,))
"""Slit Lamp Biomicroscope (SCT 397247004)."""

ExternalCamera: _Final[_Code] = _Code("SCT", "409903006", "External Camera", (4202,))
"""External Camera (SCT 409903006)."""

SpecularMicroscope: _Final[_Code] = _Code("SCT", "409899004", "Specular Microscope", (4202,))
"""Specular Microscope (SCT 409899004)."""

OperatingMicroscope: _Final[_Code] = _Code("SCT", "102321001", "Operating Microscope", (4202,))
"""Operating Microscope (SCT 102321001)."""

ScanningLaserOphthalmoscope: _Final[_Code] = _Code(
    "SCT", "392001008", "Scanning Laser Ophthalmoscope", (4202,)
)
"""Scanning Laser Ophthalmoscope (SCT 392001008)."""

IndirectOphthalmoscope: _Final[_Code] = _Code(
    "SCT", "409901008", "Indirect Ophthalmoscope", (4202,)
)
"""Indirect Ophthalmoscope (SCT 409901008)."""

DirectOphthalmoscope: _Final[_Code] = _Code("SCT", "409900009", "Direct Ophthalmoscope", (4202,))
"""Direct Ophthalmoscope (SCT 409900009)."""

OphthalmicEndoscope: _Final[_Code] = _Code("SCT", "409902001", "Ophthalmic Endoscope", (4202,))
"""Ophthalmic Endoscope (SCT 409902001)."""

Keratoscope: _Final[_Code] = _Code("SCT", "397522002", "Keratoscope", (4202,))
"""Keratoscope (SCT 397522002)."""

Pupillograph: _Final[_Code] = _Code("SCT", "420827006", "Pupillograph", (4202,))
"""Pupillograph (SCT 420827006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
