"""CID 7445 Device Participating Role.

Extensible, version 20120406, UID 1.2.840.10008.6.1.1042.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7445
NAME: _Final[str] = "Device Participating Role"
KEYWORD: _Final[str | None] = "DeviceParticipatingRole"
UID: _Final[str | None] = "1.2.840.10008.6.1.1042"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120406"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IrradiatingDevice: _Final[_Code] = _Code("DCM", "113859", "Irradiating Device", (7445,))
"""Irradiating Device (DCM 113859)."""

Recording: _Final[_Code] = _Code("DCM", "121097", "Recording", (7445, 7453))
"""Recording (DCM 121097)."""

XRayReadingDevice: _Final[_Code] = _Code("DCM", "113942", "X-Ray Reading Device", (7445,))
"""X-Ray Reading Device (DCM 113942)."""

MEMBERS: _Final[tuple[_Code, ...]] = (IrradiatingDevice, Recording, XRayReadingDevice)
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
