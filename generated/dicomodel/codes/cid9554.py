"""CID 9554 Equipment Reference Point.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1301.
Includes CID 9544.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9554
NAME: _Final[str] = "Equipment Reference Point"
KEYWORD: _Final[str | None] = "EquipmentReferencePoint"
UID: _Final[str | None] = "1.2.840.10008.6.1.1301"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = (9544,)
EXTERNAL_SCHEME: _Final[str | None] = None

FixedLaserSetupPoint: _Final[_Code] = _Code("DCM", "130360", "Fixed Laser Setup Point", (9554,))
"""Fixed Laser Setup Point (DCM 130360)."""

NominalRadiationSourceLocation: _Final[_Code] = _Code(
    "DCM", "130358", "Nominal Radiation Source Location", (9261, 9544)
)
"""Nominal Radiation Source Location (DCM 130358). Included from CID 9544."""

TreatmentMachineIsocenter: _Final[_Code] = _Code(
    "DCM", "130359", "Treatment Machine Isocenter", (9544,)
)
"""Treatment Machine Isocenter (DCM 130359). Included from CID 9544."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FixedLaserSetupPoint,
    NominalRadiationSourceLocation,
    TreatmentMachineIsocenter,
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
